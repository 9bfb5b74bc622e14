/**
 * The `notify` job: a relay batch of outbox rows → one delivery per recipient and channel. Renders
 * nothing. A bundle among the rows (one row for the many messages of one application move) is first
 * written out as one ordinary outbox row per message, which the relay then takes like any other; the
 * bundle itself tells nobody. Then it decides who hears on which channel (one query for the whole
 * batch), writes a PENDING delivery record for each and a fan-out record per outbox row (one
 * statement), then queues the deliveries by channel in chunks under deterministic ids. Every step is
 * idempotent, so a retried or duplicated job changes nothing: records already there are kept, and a
 * chunk queued again is either ignored by BullMQ (same id) or finds its deliveries done.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DeliveryStatus, NotificationChannel } from '@jumush/contracts';
import {
  bundledMessages,
  type BundledMessage,
  type OutboxBundle,
  RECIPIENT_COLUMNS,
  contactsOf,
  isAddressedEmailTopic,
  isSilentTopic,
  notificationTypeFor,
  preferencesOf,
  recipientChannels,
  unhandledReason,
  type RecipientRow,
} from '@jumush/server/notifications';
import { DELIVERY_CHUNK_SIZE, DeliveryJob, deliverJobId, deliveryChunks, type DeliveryChannel, type NotifyJobReturn } from '@jumush/server/queues';
import { NotificationChannels } from './channels/notification-channels';
import { NOTIFICATION_PIPELINE_OPTIONS, type NotificationPipelineOptions } from './notification-options';
import { NotificationQueues } from './notification-queues';

import { WebhookFanOutService } from '../webhooks/webhook-fan-out.service';
import { PreparedStatements } from './prepared-statements';
import { WorkerMetrics } from './worker-metrics';

interface FanOutRow extends RecipientRow {
  outbox_id: string;
  topic: string;
  payload: Record<string, unknown>;
  account_id: string | null;
}

/** A delivery record to queue: its id and channel. */
export interface PendingDelivery {
  id: string;
  channel: DeliveryChannel;
}

const BUNDLES_SQL = `SELECT id::text AS id, payload FROM outbox_messages WHERE id = ANY($1::bigint[]) AND bundle_size IS NOT NULL ORDER BY id`;

/**
 * Writes out a bundle's messages as rows of their own: unpublished (the relay takes them like any other), dated like
 * their bundle. Unique on (bundle, position): a bundle written out twice — a retried or duplicated job, one the
 * sweeper requeued — gets its rows once.
 */
const UNBUNDLE_SQL = `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload, created_at, bundle_id, bundle_index)
  SELECT b.topic, b.aggregate_type, m.aggregate_id, m.recipient_ids, m.payload, b.created_at, b.id, m.index
    FROM outbox_messages b CROSS JOIN LATERAL jsonb_to_recordset($2::jsonb) AS m(index int, aggregate_id text, recipient_ids uuid[], payload jsonb)
   WHERE b.id = $1::bigint ORDER BY m.index
  ON CONFLICT (bundle_id, bundle_index) WHERE bundle_id IS NOT NULL DO NOTHING`;

const RECIPIENTS_SQL = `SELECT o.id::text AS outbox_id, o.topic, o.payload, a.id AS account_id, ${RECIPIENT_COLUMNS}
         FROM outbox_messages o
         LEFT JOIN accounts a ON a.id = ANY(o.recipient_ids)
         LEFT JOIN notification_preferences p ON p.account_id = a.id
        WHERE o.id = ANY($1::bigint[])
        ORDER BY o.id`;

/**
 * Writes the deliveries (PENDING; FAILED with the reason for a recipient no catalogued topic tells, so the admins see
 * it among the failed deliveries) and the fan-out records, and returns every delivery of these outbox
 * rows still PENDING: the new ones (from RETURNING) and those a previous run wrote but perhaps never
 * queued (the second SELECT sees the table as it was before this statement, so nothing comes twice).
 */
const RECORD_SQL = `WITH inserted AS (
    INSERT INTO notification_deliveries (outbox_id, account_id, channel, status, last_error)
    SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::notification_channel[], $6::notification_delivery_status[], $7::text[])
    ON CONFLICT (outbox_id, account_id, channel) DO NOTHING
    RETURNING id, channel, status
  ), fanouts AS (
    INSERT INTO notification_fanouts (outbox_id, deliveries)
    SELECT * FROM unnest($4::bigint[], $5::int[])
    ON CONFLICT (outbox_id) DO NOTHING
  )
  SELECT id::text AS id, channel::text AS channel FROM inserted WHERE status = 'PENDING'
  UNION ALL
  SELECT id::text, channel::text FROM notification_deliveries WHERE outbox_id = ANY($4::bigint[]) AND status = 'PENDING'`;

@Injectable()
export class FanOutService {
  private readonly logger = new Logger(FanOutService.name);

  constructor(
    private readonly queues: NotificationQueues,
    private readonly channels: NotificationChannels,
    private readonly metrics: WorkerMetrics,
    private readonly statements: PreparedStatements,
    private readonly webhooks: WebhookFanOutService,
    @Inject(NOTIFICATION_PIPELINE_OPTIONS) private readonly options: NotificationPipelineOptions,
  ) {}

  async fanOut(outboxIds: string[]): Promise<NotifyJobReturn> {
    // Before the bundles' own fan-out record says they are done: a job that fails in between is retried or swept.
    await this.unbundle(outboxIds);
    // Employers' systems hear of some of these rows too (their webhooks); the rows people hear of are unchanged.
    await this.webhooks.fanOut(outboxIds);
    const rows = await this.statements.query<FanOutRow>('jumush_fan_out_batch_recipients', RECIPIENTS_SQL, [outboxIds]);
    const found = new Set(rows.map((row) => row.outbox_id));
    const gone = outboxIds.filter((id) => !found.has(id));
    if (gone.length > 0) this.logger.warn(`Outbox row(s) ${gone.join(', ')} are gone; nothing to notify`);
    if (found.size === 0) return { deliveries: 0, jobs: 0 };

    const deliveries = {
      outboxIds: [] as string[],
      accountIds: [] as (string | null)[],
      channels: [] as string[],
      statuses: [] as string[],
      errors: [] as (string | null)[],
    };
    const perOutboxRow = new Map<string, number>([...found].map((id) => [id, 0]));
    const add = (row: FanOutRow, channel: NotificationChannel, failure: string | null = null) => {
      deliveries.outboxIds.push(row.outbox_id);
      deliveries.accountIds.push(row.account_id);
      deliveries.channels.push(channel);
      deliveries.statuses.push(failure ? DeliveryStatus.Failed : DeliveryStatus.Pending);
      deliveries.errors.push(failure);
      perOutboxRow.set(row.outbox_id, (perOutboxRow.get(row.outbox_id) ?? 0) + 1);
    };
    const addressed = new Set<string>();
    for (const row of rows) {
      if (isAddressedEmailTopic(row.topic)) {
        // One e-mail to the address in the payload, on its own channel whatever the preferences (and never in-app:
        // it carries a secret). The recipient account, when there is one, is noted; an invited address may have none.
        if (addressed.has(row.outbox_id)) continue;
        addressed.add(row.outbox_id);
        if (this.channels.configured.has(NotificationChannel.Email)) add(row, NotificationChannel.Email);
        else add(row, NotificationChannel.Email, 'e-mail is not configured in this deployment');
        continue;
      }
      if (!row.account_id) continue;
      const recipient = row;
      if (notificationTypeFor(row, row.role) === null) {
        if (isSilentTopic(row.topic)) continue;
        // Nobody handles it: a bug in the catalogue or its writer. It fails at once, on the in-app channel, where the admins' list shows it.
        const reason = unhandledReason(row, row.role);
        this.metrics.unmapped.inc({ topic: row.topic });
        this.logger.warn(`${reason} (outbox row ${row.outbox_id})`);
        add(recipient, NotificationChannel.InApp, reason);
        continue;
      }
      // Security messages go to the sign-in address whatever the preferences (security.ts).
      for (const channel of recipientChannels(row, row.role, preferencesOf(row), contactsOf(row), this.channels.configured)) add(recipient, channel);
    }
    // Should queueing fail after this statement, the job's retry queues the PENDING rows at once (and the sweeper later).
    const pending = await this.statements.query<PendingDelivery>('jumush_fan_out_batch_record', RECORD_SQL, [
      deliveries.outboxIds,
      deliveries.accountIds,
      deliveries.channels,
      [...perOutboxRow.keys()],
      [...perOutboxRow.values()],
      deliveries.statuses,
      deliveries.errors,
    ]);
    const jobs = await this.enqueue(pending);
    return { deliveries: pending.length, jobs };
  }

  /** Writes out the messages of the bundles among these outbox rows (see UNBUNDLE_SQL); returns how many rows it wrote. */
  async unbundle(outboxIds: string[]): Promise<number> {
    const bundles = await this.statements.query<{ id: string; payload: OutboxBundle }>('jumush_fan_out_bundles', BUNDLES_SQL, [outboxIds]);
    let written = 0;
    for (const bundle of bundles) {
      let contents: BundledMessage[];
      try {
        contents = bundledMessages(bundle.payload);
      } catch (error) {
        // A writer's bug; the other rows of the batch must not wait for its fix. The bundle tells nobody, and says so.
        this.logger.error(`Outbox bundle ${bundle.id} cannot be read, nobody is told of it: ${(error as Error).message}`);
        this.metrics.unmapped.inc({ topic: 'bundle' });
        continue;
      }
      const messages = contents.map((message) => ({
        index: message.index,
        aggregate_id: message.aggregateId,
        recipient_ids: message.recipientIds,
        payload: message.payload,
      }));
      written += await this.statements.count('jumush_fan_out_unbundle', UNBUNDLE_SQL, [bundle.id, JSON.stringify(messages)]);
    }
    return written;
  }

  /**
   * Queues deliveries, one queue per channel, in chunks: a recording channel takes many per job, an
   * external provider one (DELIVERY_CHUNK_SIZE). A job whose id exists already is not added again.
   */
  async enqueue(deliveries: PendingDelivery[]): Promise<number> {
    const byChannel = new Map<DeliveryChannel, string[]>();
    for (const { id, channel } of deliveries) {
      const ids = byChannel.get(channel);
      if (ids) ids.push(id);
      else byChannel.set(channel, [id]);
    }
    let jobs = 0;
    await Promise.all(
      [...byChannel].map(([channel, ids]) => {
        const chunks = deliveryChunks(channel, ids, this.chunkSize(channel));
        jobs += chunks.length;
        return this.queues
          .delivery(channel)
          .addBulk(chunks.map((data) => ({ name: DeliveryJob.Deliver, data, opts: { jobId: deliverJobId(data) } })));
      }),
    );
    return jobs;
  }

  /** Deliveries per job on a channel: by the kind of its adapter in this process (external when unknown). */
  private chunkSize(channel: DeliveryChannel): number {
    const kind = this.channels.adapter(channel as NotificationChannel)?.kind ?? 'external';
    return kind === 'recording' ? this.options.recordingChunkSize : DELIVERY_CHUNK_SIZE.external;
  }
}
