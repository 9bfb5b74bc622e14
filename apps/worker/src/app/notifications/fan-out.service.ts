/**
 * The `notify` job: one outbox row → one delivery per recipient and channel. Renders nothing: it
 * decides who hears on which channel, writes a PENDING delivery record for each and the fan-out
 * record, then queues one `deliver` job each under a deterministic id. Every step is idempotent,
 * so a retried or duplicated job changes nothing.
 */
import { Injectable, Logger } from '@nestjs/common';
import { SILENT_TOPICS, deliveryChannels, notificationTypeFor } from '@jumush/server/notifications';
import { DeliveryJob, deliverJobId, type DeliverJobData, type DeliveryChannel, type NotifyJobReturn } from '@jumush/server/queues';
import { NotificationChannels } from './channels/notification-channels';
import { NotificationQueues } from './notification-queues';
import { contactsOf, preferencesOf, type RecipientRow } from './recipients';
import { PreparedStatements } from './prepared-statements';
import { WorkerMetrics } from './worker-metrics';

interface FanOutRow extends RecipientRow {
  topic: string;
  payload: Record<string, unknown>;
  account_id: string | null;
}

@Injectable()
export class FanOutService {
  private readonly logger = new Logger(FanOutService.name);

  constructor(
    private readonly queues: NotificationQueues,
    private readonly channels: NotificationChannels,
    private readonly metrics: WorkerMetrics,
    private readonly statements: PreparedStatements,
  ) {}

  async fanOut(outboxId: string): Promise<NotifyJobReturn> {
    const rows = await this.statements.query<FanOutRow>(
      'jumush_fan_out_recipients',
      `SELECT o.topic, o.payload, a.id AS account_id, a.role, a.phone, a.email, p.channels::text[] AS channels, p.locale, p.telegram_chat_id
         FROM outbox_messages o
         LEFT JOIN accounts a ON a.id = ANY(o.recipient_ids)
         LEFT JOIN notification_preferences p ON p.account_id = a.id
        WHERE o.id = $1`,
      [outboxId],
    );
    if (rows.length === 0) {
      this.logger.warn(`Outbox row ${outboxId} is gone; nothing to notify`);
      return { deliveries: 0 };
    }
    const deliveries: DeliverJobData[] = [];
    for (const row of rows) {
      if (!row.account_id) continue;
      if (notificationTypeFor(row, row.role) === null) {
        if (!SILENT_TOPICS.has(row.topic)) {
          this.metrics.unmapped.inc({ topic: row.topic });
          this.logger.warn(`No notification for topic "${row.topic}" (outbox row ${outboxId})`);
        }
        continue;
      }
      for (const channel of deliveryChannels(preferencesOf(row), contactsOf(row), this.channels.configured)) {
        deliveries.push({ outboxId, accountId: row.account_id, channel });
      }
    }
    // One statement records the PENDING deliveries and the fan-out. Should queueing the jobs fail after it,
    // the sweeper finds the PENDING rows and queues them (and this job's retry queues them at once).
    await this.statements.query(
      'jumush_fan_out_record',
      `WITH pending AS (
         INSERT INTO notification_deliveries (outbox_id, account_id, channel)
         SELECT $1, r.account_id, r.channel::notification_channel FROM jsonb_to_recordset($2::jsonb) AS r(account_id uuid, channel text)
         ON CONFLICT (outbox_id, account_id, channel) DO NOTHING
       )
       INSERT INTO notification_fanouts (outbox_id, deliveries) SELECT $1, $3 WHERE EXISTS (SELECT 1 FROM outbox_messages WHERE id = $1) ON CONFLICT (outbox_id) DO NOTHING`,
      [outboxId, JSON.stringify(deliveries.map(({ accountId, channel }) => ({ account_id: accountId, channel }))), deliveries.length],
    );
    if (deliveries.length > 0) await this.enqueue(deliveries);
    return { deliveries: deliveries.length };
  }

  /** Queues delivery jobs, one queue per channel; a job whose id exists already is not added again. */
  async enqueue(deliveries: DeliverJobData[]): Promise<void> {
    const byChannel = new Map<DeliveryChannel, DeliverJobData[]>();
    for (const delivery of deliveries) byChannel.set(delivery.channel, [...(byChannel.get(delivery.channel) ?? []), delivery]);
    await Promise.all(
      [...byChannel].map(([channel, jobs]) =>
        this.queues.delivery(channel).addBulk(jobs.map((data) => ({ name: DeliveryJob.Deliver, data, opts: { jobId: deliverJobId(data) } }))),
      ),
    );
  }
}
