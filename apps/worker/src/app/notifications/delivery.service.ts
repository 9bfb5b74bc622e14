/**
 * The `deliver` job: one message to one person on one channel, effectively once.
 *
 * The delivery row (unique on outbox row, account, channel) is the source of truth. A job that
 * finds it DELIVERED does nothing, however often the queue hands the job out (duplicates, retries,
 * a worker that died after sending, jobs queued again after Redis lost its data).
 * - Recording channels (in-app, captured SMS): one statement marks the row DELIVERED and writes the
 *   message, or does neither — exactly once.
 * - External channels (SMTP, SMS gateway, Telegram): the row is locked (so a duplicate job running
 *   at the same moment waits), the provider is called, and the row is marked DELIVERED in the
 *   same transaction.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { NotificationChannel } from '@jumush/contracts';
import { WorkerConfig } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import { addressFor, deliveryChannels, notificationContent, notificationTypeFor, renderNotification } from '@jumush/server/notifications';
import { deliverJobId, type DeliverJobData, type DeliverJobReturn } from '@jumush/server/queues';
import { PermanentDeliveryError, ProviderRateLimitedError, type ExternalChannelAdapter, type OutgoingMessage, type RecordingChannelAdapter } from './channels/channel-adapter';
import { NotificationChannels } from './channels/notification-channels';
import { contactsOf, preferencesOf, type RecipientRow } from './recipients';
import { PreparedStatements } from './prepared-statements';
import { WorkerMetrics } from './worker-metrics';

interface DeliveryContextRow extends Partial<RecipientRow> {
  topic: string;
  payload: Record<string, unknown>;
  created_at: Date;
  account_exists: boolean;
  vacancy_title: string | null;
  delivery_status: string | null;
}

const UUID_PATTERN = '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$';

/** Claims the delivery for an external send: inserts or locks the row unless it is DELIVERED already. */
const CLAIM_SQL = `INSERT INTO notification_deliveries AS d (outbox_id, account_id, channel, status, attempts)
  VALUES ($1, $2, $3, 'PENDING', 1)
  ON CONFLICT (outbox_id, account_id, channel) DO UPDATE SET attempts = d.attempts + 1, updated_at = now()
  WHERE d.status <> 'DELIVERED'
  RETURNING d.id::text AS id`;

/** Claims the delivery for a recording channel and marks it DELIVERED at once; the adapter's insert reads `claimed`. */
const RECORD_CLAIM_SQL = `INSERT INTO notification_deliveries AS d (outbox_id, account_id, channel, status, attempts, delivered_at)
  VALUES ($1, $2, $3, 'DELIVERED', 1, now())
  ON CONFLICT (outbox_id, account_id, channel) DO UPDATE SET status = 'DELIVERED', attempts = d.attempts + 1, delivered_at = now(), updated_at = now(), last_error = NULL
  WHERE d.status <> 'DELIVERED'
  RETURNING d.id`;

/** Everything a delivery needs, in one statement: the event, the recipient, their preferences, the vacancy's title, the delivery's state. */
const DELIVERY_CONTEXT_SQL = `SELECT o.topic, o.payload, o.created_at, a.id IS NOT NULL AS account_exists, a.role, a.phone, a.email,
              p.channels::text[] AS channels, p.locale, p.telegram_chat_id, v.title AS vacancy_title, d.status AS delivery_status
         FROM outbox_messages o
         LEFT JOIN accounts a ON a.id = $2
         LEFT JOIN notification_preferences p ON p.account_id = $2
         LEFT JOIN vacancies v ON v.id = CASE WHEN (o.payload->>'vacancyId') ~* '${UUID_PATTERN}' THEN (o.payload->>'vacancyId')::uuid END
         LEFT JOIN notification_deliveries d ON d.outbox_id = o.id AND d.account_id = $2 AND d.channel = $3
        WHERE o.id = $1`;

const MAX_REASON = 1_000;

@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: NotificationChannels,
    private readonly metrics: WorkerMetrics,
    private readonly config: WorkerConfig,
    private readonly statements: PreparedStatements,
  ) {}

  /** The job handler: delivers, and on failure records the reason (FAILED after the last attempt). */
  async handle(job: Job<DeliverJobData, DeliverJobReturn>): Promise<DeliverJobReturn> {
    try {
      return await this.deliver(job.data);
    } catch (error) {
      if (error instanceof ProviderRateLimitedError) throw error;
      const permanent = error instanceof PermanentDeliveryError;
      const final = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.metrics.failed.inc({ channel: job.data.channel, final: String(final) });
      await this.recordFailure(job.data, (error as Error).message, final).catch((recordError: Error) =>
        this.logger.error(`Could not record the failure of ${deliverJobId(job.data)}: ${recordError.message}`),
      );
      if (final) this.logger.warn(`Delivery ${deliverJobId(job.data)} failed for good: ${(error as Error).message}`);
      throw permanent ? new UnrecoverableError((error as Error).message) : error;
    }
  }

  async deliver(data: DeliverJobData): Promise<DeliverJobReturn> {
    const channel = data.channel as NotificationChannel;
    const [context] = await this.statements.query<DeliveryContextRow>('jumush_delivery_context', DELIVERY_CONTEXT_SQL, [data.outboxId, data.accountId, channel]);
    // The outbox row or the account was deleted since: there is nobody to tell and nothing to record.
    if (!context || !context.account_exists || !context.role) return { outcome: 'skipped' };
    if (context.delivery_status === 'DELIVERED') return { outcome: 'alreadyDelivered' };

    const recipient = context as DeliveryContextRow & RecipientRow;
    const type = notificationTypeFor(context, recipient.role);
    const preferences = preferencesOf(recipient);
    const contacts = contactsOf(recipient);
    const address = addressFor(channel, contacts, data.accountId);
    const adapter = this.channels.adapter(channel);
    const skip = !type
      ? 'the topic tells this recipient nothing'
      : !adapter
        ? `channel ${channel} is not configured`
        : !deliveryChannels(preferences, contacts, this.channels.configured).includes(channel) || !address
          ? `the recipient switched ${channel} off or has no address for it`
          : null;
    if (skip || !type || !adapter || !address) {
      await this.markSkipped(data, skip ?? 'nothing to send');
      this.metrics.skipped.inc({ channel });
      return { outcome: 'skipped' };
    }

    const content = notificationContent(type, context.payload, { webUrl: this.config.PUBLIC_WEB_URL, locale: preferences.locale, now: new Date(), vacancyTitle: context.vacancy_title });
    const rendered = renderNotification(type, preferences.locale, content.params);
    const message: OutgoingMessage = {
      ...data,
      channel,
      address,
      type,
      locale: preferences.locale,
      title: rendered.title,
      body: rendered.body,
      sms: rendered.sms,
      link: content.link,
      idempotencyKey: deliverJobId(data),
    };
    const delivered = adapter.kind === 'recording' ? await this.record(adapter, message) : await this.sendExternally(adapter, message);
    if (!delivered) return { outcome: 'alreadyDelivered' };
    this.metrics.delivered.inc({ channel });
    this.metrics.latency.observe({ channel }, (Date.now() - new Date(context.created_at).getTime()) / 1_000);
    return { outcome: 'delivered' };
  }

  private async record(adapter: RecordingChannelAdapter, message: OutgoingMessage): Promise<boolean> {
    const recording = adapter.recordSql(message);
    const [result] = await this.statements.query<{ delivery_id: string | null; record_id: string | null }>(
      `jumush_record_${adapter.name}`,
      `WITH claimed AS (${RECORD_CLAIM_SQL}), recorded AS (${recording.sql})
       SELECT (SELECT id::text FROM claimed) AS delivery_id, (SELECT id::text FROM recorded LIMIT 1) AS record_id`,
      [message.outboxId, message.accountId, message.channel, ...recording.params],
    );
    if (!result?.delivery_id) return false;
    if (result.record_id && adapter.afterRecorded) await adapter.afterRecorded(message, result.record_id);
    return true;
  }

  private sendExternally(adapter: ExternalChannelAdapter, message: OutgoingMessage): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [claimed] = await queryRows<{ id: string }>(manager, CLAIM_SQL, [message.outboxId, message.accountId, message.channel]);
      if (!claimed) return false;
      const result = await adapter.send(message);
      await manager.query(
        `UPDATE notification_deliveries SET status = 'DELIVERED', delivered_at = now(), updated_at = now(), provider_message_id = $2, last_error = NULL WHERE id = $1`,
        [claimed.id, result.providerMessageId],
      );
      return true;
    });
  }

  private async markSkipped(data: DeliverJobData, reason: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_deliveries AS d (outbox_id, account_id, channel, status, last_error) VALUES ($1, $2, $3, 'SKIPPED', $4)
       ON CONFLICT (outbox_id, account_id, channel) DO UPDATE SET status = 'SKIPPED', last_error = EXCLUDED.last_error, updated_at = now() WHERE d.status <> 'DELIVERED'`,
      [data.outboxId, data.accountId, data.channel, reason],
    );
  }

  /** Keeps the reason; after the last attempt the delivery is FAILED and shows on the admins' list. */
  async recordFailure(data: DeliverJobData, reason: string, final: boolean): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_deliveries AS d (outbox_id, account_id, channel, status, attempts, last_error) VALUES ($1, $2, $3, $4, 1, $5)
       ON CONFLICT (outbox_id, account_id, channel) DO UPDATE SET status = EXCLUDED.status, attempts = d.attempts + 1, last_error = EXCLUDED.last_error, updated_at = now()
       WHERE d.status <> 'DELIVERED'`,
      [data.outboxId, data.accountId, data.channel, final ? 'FAILED' : 'PENDING', reason.slice(0, MAX_REASON)],
    );
  }
}
