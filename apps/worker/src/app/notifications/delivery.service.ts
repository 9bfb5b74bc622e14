/**
 * The `deliver` job: a chunk of deliveries on one channel, each effectively once.
 *
 * The delivery row (unique on outbox row, account, channel, written PENDING by the fan-out) is the
 * source of truth; a job only ever acts on rows still PENDING, however often the queue hands it out
 * (duplicates, retries, a worker that died after sending, jobs queued again after Redis lost its data).
 * - Recording channels (in-app, captured SMS): one statement claims every PENDING row of the chunk,
 *   marks them DELIVERED and writes their messages, or does none of it — exactly once.
 * - External channels (SMTP, SMS gateway, Telegram): one message at a time, each in its own
 *   transaction — the row is locked (a duplicate job running at the same moment waits), the provider
 *   is called, the row is marked DELIVERED. A retry re-sends only what is not recorded yet.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { NotificationChannel, NotificationLocale, NotificationType, isNotificationLocale } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import { Clock, WorkerConfig } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import {
  ADDRESS_FIELD,
  LOCALE_FIELD,
  addressFor,
  carriesSecret,
  contactsOf,
  isAddressedEmailTopic,
  notificationContent,
  notificationTypeFor,
  openSealedSecret,
  preferencesOf,
  RECIPIENT_COLUMNS,
  recipientChannels,
  type RecipientRow,
  type SecretOpener,
} from '@jumush/server/notifications';
import { deliverJobId, deliveryIdempotencyKey, type DeliverJobData, type DeliverJobReturn } from '@jumush/server/queues';
import {
  PermanentDeliveryError,
  ProviderRateLimitedError,
  type ExternalChannelAdapter,
  type OutgoingMessage,
  type RecordedMessage,
  type RecordingChannelAdapter,
} from './channels/channel-adapter';
import { NotificationChannels } from './channels/notification-channels';
import { RenderedMessage } from './rendered-message';
import { SECRET_OPENER } from './secret-opener';

import { PreparedStatements } from './prepared-statements';
import { WorkerMetrics } from './worker-metrics';

interface DeliveryContextRow extends RecipientRow {
  delivery_id: string;
  outbox_id: string;
  account_id: string | null;
  delivery_status: string;
  last_error: string | null;
  topic: string;
  payload: Record<string, unknown>;
  created_at: Date;
  vacancy_title: string | null;
}

const UUID_PATTERN = '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$';

/**
 * Everything a chunk needs, in one statement: each delivery's state, its event, the recipient, their
 * preferences and the vacancy's title. A delivery whose outbox row or account was deleted is gone
 * with it (ON DELETE CASCADE): there is nobody to tell and nothing to record. An addressed e-mail (an
 * invitation to an address without an account) has no account: its address is in the payload.
 */
const CHUNK_CONTEXT_SQL = `SELECT d.id::text AS delivery_id, d.outbox_id::text AS outbox_id, d.account_id, d.status AS delivery_status, d.last_error,
              o.topic, o.payload, o.created_at, ${RECIPIENT_COLUMNS}, v.title AS vacancy_title
         FROM notification_deliveries d
         JOIN outbox_messages o ON o.id = d.outbox_id
         LEFT JOIN accounts a ON a.id = d.account_id
         LEFT JOIN notification_preferences p ON p.account_id = d.account_id
         LEFT JOIN vacancies v ON v.id = CASE WHEN (o.payload->>'vacancyId') ~* '${UUID_PATTERN}' THEN (o.payload->>'vacancyId')::uuid END
        WHERE d.id = ANY($1::bigint[]) AND d.channel = $2::notification_channel
        ORDER BY d.id`;

/**
 * Claims the chunk's rows still PENDING, marks them DELIVERED and (through the adapter's INSERT, which
 * reads `claimed_messages`) writes their messages — all in one statement. Two jobs holding the same
 * delivery: the second waits for the first's row lock, then finds the row DELIVERED and claims nothing.
 */
const recordChunkSql = (adapter: RecordingChannelAdapter) => `WITH messages AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS m(delivery_id bigint, address text, type text, title text, body text, sms text, link text)
  ), claimed AS (
    UPDATE notification_deliveries d
       SET status = 'DELIVERED', attempts = d.attempts + 1, delivered_at = now(), updated_at = now(), last_error = NULL
      FROM messages m
     WHERE d.id = m.delivery_id AND d.status = 'PENDING'
    RETURNING d.id, d.outbox_id, d.account_id
  ), claimed_messages AS (
    SELECT c.id AS delivery_id, c.outbox_id, c.account_id, m.address, m.type, m.title, m.body, m.sms, m.link
      FROM claimed c JOIN messages m ON m.delivery_id = c.id
  ), recorded AS (${adapter.recordSql})
  SELECT (SELECT coalesce(array_agg(c.id::text), '{}') FROM claimed c) AS claimed,
         (SELECT coalesce(json_agg(json_build_object('recordId', r.id::text, 'accountId', r.account_id)), '[]'::json) FROM recorded r) AS records`;

/** Locks one PENDING delivery for an external send (the transaction holds it until the row is marked). */
const CLAIM_ONE_SQL = `UPDATE notification_deliveries SET attempts = attempts + 1, updated_at = now() WHERE id = $1 AND status = 'PENDING' RETURNING id::text AS id`;

const MAX_REASON = 1_000;

/** Failures of single messages, already recorded on their delivery rows; the job only has to fail or retry. */
class RecordedDeliveryFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'RecordedDeliveryFailure';
  }
}

@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: NotificationChannels,
    private readonly metrics: WorkerMetrics,
    private readonly config: WorkerConfig,
    private readonly statements: PreparedStatements,
    private readonly clock: Clock,
    @Inject(SECRET_OPENER) private readonly secrets: SecretOpener,
  ) {}

  /** The job handler: delivers, and on failure records the reason (FAILED after the last attempt). */
  async handle(job: Job<DeliverJobData, DeliverJobReturn>): Promise<DeliverJobReturn> {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      return await this.deliver(job.data, finalAttempt);
    } catch (error) {
      if (error instanceof ProviderRateLimitedError) throw error;
      if (error instanceof RecordedDeliveryFailure) throw error.permanent ? new UnrecoverableError(error.message) : error;
      // The chunk failed as a whole (the database, a recording statement): every delivery of it still PENDING keeps the reason.
      const reason = (error as Error).message;
      this.metrics.failed.inc({ channel: job.data.channel, final: String(finalAttempt) }, job.data.deliveryIds.length);
      await this.recordFailure(job.data.deliveryIds, reason, finalAttempt).catch((recordError: Error) =>
        this.logger.error(`Could not record the failure of ${deliverJobId(job.data)}: ${recordError.message}`),
      );
      if (finalAttempt) this.logger.warn(`Delivery job ${deliverJobId(job.data)} failed for good: ${reason}`);
      throw error;
    }
  }

  async deliver(data: DeliverJobData, finalAttempt = false): Promise<DeliverJobReturn> {
    const channel = data.channel as NotificationChannel;
    const result: DeliverJobReturn = { delivered: 0, alreadyDone: 0, skipped: 0, failed: 0 };
    if (data.deliveryIds.length === 0) return result;
    const rows = await this.statements.query<DeliveryContextRow>('jumush_delivery_chunk_context', CHUNK_CONTEXT_SQL, [data.deliveryIds, channel]);
    const adapter = this.channels.adapter(channel);
    const messages: OutgoingMessage[] = [];
    const createdAt = new Map<string, Date>();
    const skips: Array<{ deliveryId: string; reason: string }> = [];
    // Failed for good on an earlier attempt of this job: the job fails too, so it stays in the failed set with the reason.
    let failedBefore: string | undefined;
    for (const row of rows) {
      if (row.delivery_status !== 'PENDING') {
        result.alreadyDone += 1;
        if (row.delivery_status === 'FAILED') failedBefore ??= row.last_error ?? 'failed';
        continue;
      }
      const prepared = this.prepare(row, channel, adapter);
      if ('skip' in prepared) skips.push({ deliveryId: row.delivery_id, reason: prepared.skip });
      else {
        messages.push(prepared.message);
        createdAt.set(prepared.message.deliveryId, row.created_at);
      }
    }
    if (skips.length > 0) {
      await this.markSkipped(skips);
      this.metrics.skipped.inc({ channel }, skips.length);
      result.skipped = skips.length;
    }
    if (messages.length === 0 || !adapter) return this.settle(result, failedBefore);

    const observe = (message: OutgoingMessage) => {
      this.metrics.delivered.inc({ channel });
      this.metrics.latency.observe({ channel }, (Date.now() - (createdAt.get(message.deliveryId)?.getTime() ?? Date.now())) / 1_000);
    };
    if (adapter.kind === 'recording') {
      const claimed = new Set(await this.record(adapter, messages));
      for (const message of messages) if (claimed.has(message.deliveryId)) observe(message);
      result.delivered = claimed.size;
      // Delivered by another job between reading the context and claiming.
      result.alreadyDone += messages.length - claimed.size;
      return this.settle(result, failedBefore);
    }
    return this.sendEach(adapter, messages, result, finalAttempt, observe, failedBefore);
  }

  private settle(result: DeliverJobReturn, failedBefore: string | undefined): DeliverJobReturn {
    if (failedBefore !== undefined) throw new RecordedDeliveryFailure(failedBefore, true);
    return result;
  }

  /** The message of one PENDING delivery, or why there is nothing to send. */
  private prepare(
    row: DeliveryContextRow,
    channel: NotificationChannel,
    adapter: ExternalChannelAdapter | RecordingChannelAdapter | undefined,
  ): { message: OutgoingMessage } | { skip: string } {
    if (isAddressedEmailTopic(row.topic)) return this.prepareAddressed(row, channel, adapter);
    if (!row.account_id) return { skip: 'the recipient account is gone' };
    const accountId = row.account_id;
    const type = notificationTypeFor(row, row.role);
    const preferences = preferencesOf(row);
    const contacts = contactsOf(row);
    const address = addressFor(channel, contacts, accountId);
    if (!type) return { skip: 'the topic tells this recipient nothing' };
    if (!adapter) return { skip: `channel ${channel} is not configured` };
    if (!recipientChannels(row, row.role, preferences, contacts, this.channels.configured).includes(channel) || !address)
      return { skip: `the recipient switched ${channel} off or has no address for it` };
    const secret = this.openSecret(row, adapter);
    if ('skip' in secret) return secret;
    const content = notificationContent(type, secret.payload, {
      webUrl: this.config.PUBLIC_WEB_URL,
      locale: preferences.locale,
      now: this.clock.now(),
      vacancyTitle: row.vacancy_title,
    });
    const envelope = {
      deliveryId: row.delivery_id,
      outboxId: row.outbox_id,
      accountId,
      channel,
      address,
      type,
      locale: preferences.locale,
      link: content.link,
      idempotencyKey: deliveryIdempotencyKey({ outboxId: row.outbox_id, accountId, channel }),
      checkInId: type === NotificationType.CheckInDue && typeof secret.payload['checkInId'] === 'string' ? secret.payload['checkInId'] : null,
    };
    return { message: new RenderedMessage(envelope, content.params) };
  }

  /**
   * An addressed e-mail (security.ts): to the payload's address, in the payload's language, whatever the recipient's
   * preferences; its secret opened as any other's, only into the rendered message.
   */
  private prepareAddressed(
    row: DeliveryContextRow,
    channel: NotificationChannel,
    adapter: ExternalChannelAdapter | RecordingChannelAdapter | undefined,
  ): { message: OutgoingMessage } | { skip: string } {
    const type = notificationTypeFor(row, Role.Employer);
    const address = row.payload[ADDRESS_FIELD];
    if (!type || channel !== NotificationChannel.Email || typeof address !== 'string') return { skip: 'an addressed e-mail without an address' };
    if (!adapter) return { skip: `channel ${channel} is not configured` };
    const secret = this.openSecret(row, adapter);
    if ('skip' in secret) return secret;
    const requested = row.payload[LOCALE_FIELD];
    const locale = isNotificationLocale(requested) ? requested : NotificationLocale.Russian;
    const content = notificationContent(type, secret.payload, { webUrl: this.config.PUBLIC_WEB_URL, locale, now: this.clock.now() });
    const envelope = {
      deliveryId: row.delivery_id,
      outboxId: row.outbox_id,
      accountId: row.account_id,
      channel,
      address,
      type,
      locale,
      link: content.link,
      idempotencyKey: deliveryIdempotencyKey({ outboxId: row.outbox_id, accountId: row.account_id ?? 'address', channel }),
    };
    return { message: new RenderedMessage(envelope, content.params) };
  }

  /**
   * The payload to render from, with a sealed one-time secret opened (in memory only: the stored payload keeps it
   * sealed): the one place the worker reads a secret, for a reset, a verification and an invitation alike. In
   * production a capture channel (no SMTP_URL / SMS_GATEWAY_URL) does not get a secret: it would keep it readable in
   * captured_messages, where every admin can read it.
   */
  private openSecret(
    row: DeliveryContextRow,
    adapter: ExternalChannelAdapter | RecordingChannelAdapter,
  ): { payload: Record<string, unknown> } | { skip: string } {
    if (!carriesSecret(row)) return { payload: row.payload };
    const captures = adapter.kind === 'recording' || adapter.captures === true;
    if (captures && this.config.NODE_ENV === 'production')
      return { skip: `a one-time secret is not captured in production: configure a real ${adapter.channel} provider` };
    try {
      return { payload: openSealedSecret(row, row.account_id, this.secrets) };
    } catch (error) {
      return { skip: `the one-time secret could not be opened (PASSPORT_ENCRYPTION_KEYS?): ${(error as Error).message}` };
    }
  }

  /** One statement for the chunk; returns the ids of the deliveries it claimed (any other was done by another job meanwhile). */
  private async record(adapter: RecordingChannelAdapter, messages: OutgoingMessage[]): Promise<string[]> {
    // One JSON parameter (serialising it is native code, unlike pg's escaping of text arrays), with only the
    // fields the adapter records: the others are never rendered.
    const rows = messages.map((message) => {
      const row: Record<string, string | null> = { delivery_id: message.deliveryId };
      for (const field of adapter.recordedFields) row[field] = message[field];
      return row;
    });
    const [result] = await this.statements.query<{ claimed: string[]; records: RecordedMessage[] }>(
      `jumush_record_chunk_${adapter.name}`,
      recordChunkSql(adapter),
      [JSON.stringify(rows)],
    );
    if (!result || result.claimed.length === 0) return [];
    if (adapter.afterRecorded && result.records.length > 0) await adapter.afterRecorded(result.records);
    return result.claimed;
  }

  /**
   * External providers: one message at a time, each marked as it goes. A transient failure of one
   * does not hold back the others; the job then fails and its retry sends only what is still PENDING.
   */
  private async sendEach(
    adapter: ExternalChannelAdapter,
    messages: OutgoingMessage[],
    result: DeliverJobReturn,
    finalAttempt: boolean,
    observe: (message: OutgoingMessage) => void,
    failedBefore: string | undefined,
  ): Promise<DeliverJobReturn> {
    let transient: Error | undefined;
    let permanent: Error | undefined;
    for (const message of messages) {
      try {
        if (await this.sendExternally(adapter, message)) {
          result.delivered += 1;
          observe(message);
        } else result.alreadyDone += 1;
      } catch (error) {
        // The provider asked to slow down: the rest stay PENDING and the job comes back without using an attempt.
        if (error instanceof ProviderRateLimitedError) throw error;
        const isPermanent = error instanceof PermanentDeliveryError;
        const final = isPermanent || finalAttempt;
        const reason = (error as Error).message;
        this.metrics.failed.inc({ channel: message.channel, final: String(final) });
        await this.recordFailure([message.deliveryId], reason, final);
        if (final) {
          result.failed += 1;
          this.logger.warn(`Delivery ${message.idempotencyKey} failed for good: ${reason}`);
        }
        if (isPermanent) permanent ??= error as Error;
        else transient ??= error as Error;
      }
    }
    if (transient) throw new RecordedDeliveryFailure(transient.message, false);
    if (permanent) throw new RecordedDeliveryFailure(permanent.message, true);
    return this.settle(result, failedBefore);
  }

  private sendExternally(adapter: ExternalChannelAdapter, message: OutgoingMessage): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [claimed] = await queryRows<{ id: string }>(manager, CLAIM_ONE_SQL, [message.deliveryId]);
      if (!claimed) return false;
      const sent = await adapter.send(message);
      await manager.query(
        `UPDATE notification_deliveries SET status = 'DELIVERED', delivered_at = now(), updated_at = now(), provider_message_id = $2, last_error = NULL WHERE id = $1`,
        [claimed.id, sent.providerMessageId],
      );
      return true;
    });
  }

  private async markSkipped(skips: Array<{ deliveryId: string; reason: string }>): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_deliveries d SET status = 'SKIPPED', last_error = s.reason, updated_at = now()
         FROM unnest($1::bigint[], $2::text[]) AS s(id, reason)
        WHERE d.id = s.id AND d.status = 'PENDING'`,
      [skips.map((skip) => skip.deliveryId), skips.map((skip) => skip.reason)],
    );
  }

  /** Keeps the reason on each delivery still PENDING; after the last attempt it is FAILED and shows on the admins' list. */
  async recordFailure(deliveryIds: string[], reason: string, final: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_deliveries SET status = $2, attempts = attempts + 1, last_error = $3, updated_at = now() WHERE id = ANY($1::bigint[]) AND status = 'PENDING'`,
      [deliveryIds, final ? 'FAILED' : 'PENDING', reason.slice(0, MAX_REASON)],
    );
  }
}
