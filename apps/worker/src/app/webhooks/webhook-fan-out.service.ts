/**
 * The webhook part of a `notify` job: the outbox rows the state changes wrote (a new application, a withdrawal, a batch
 * decision) and the owner's test events and replays become one delivery per endpoint that hears of them, each with its
 * event id and exact body, then one `deliver` job per delivery. Idempotent like the rest of the fan-out: a delivery is
 * written once per outbox row and endpoint, and a job once per delivery (its id).
 */
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { WebhookEventBody } from '@jumush/contracts';
import { WEBHOOK_EVENT_OF_TOPIC, WEBHOOK_TEST_EVENT } from '@jumush/domain';
import { QueueName, WebhookJob, webhookJobId, type WebhookDeliverJobData } from '@jumush/server/queues';
import { NOTIFICATION_PIPELINE_OPTIONS, type NotificationPipelineOptions } from '../notifications/notification-options';
import { NotificationQueues } from '../notifications/notification-queues';
import { WebhooksRepository, type NewWebhookDelivery, type WebhookCandidateRow } from './webhooks.repository';

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The `data` of each event: ids and the minimal facts, never a person's details. */
export function webhookData(row: Pick<WebhookCandidateRow, 'topic' | 'payload' | 'aggregate_id' | 'endpoint_id'>): WebhookEventBody['data'] {
  const { payload } = row;
  switch (WEBHOOK_EVENT_OF_TOPIC[row.topic] ?? row.topic) {
    case 'application.created':
      return { application_id: text(payload['applicationId']) ?? row.aggregate_id, vacancy_id: text(payload['vacancyId']) ?? '' };
    case 'application.withdrawn':
      return {
        application_id: text(payload['applicationId']) ?? row.aggregate_id,
        vacancy_id: text(payload['vacancyId']) ?? '',
        previous_status: text(payload['from']) ?? '',
      };
    case 'batch.decided':
      return {
        batch_id: text(payload['batchId']) ?? row.aggregate_id,
        vacancy_id: text(payload['vacancyId']) ?? '',
        decision: text(payload['kind']) ?? '',
        approved: count(payload['approved']),
        refused: count(payload['refused']),
      };
    default:
      return { endpoint_id: row.endpoint_id };
  }
}

export function webhookBody(row: WebhookCandidateRow, eventId: string): { type: string; body: string } {
  const type = WEBHOOK_EVENT_OF_TOPIC[row.topic] ?? WEBHOOK_TEST_EVENT;
  const body: WebhookEventBody = {
    id: eventId,
    type,
    occurred_at: new Date(row.created_at).toISOString(),
    company_id: row.company_id,
    data: webhookData(row),
  };
  return { type, body: JSON.stringify(body) };
}

@Injectable()
export class WebhookFanOutService {
  constructor(
    private readonly repository: WebhooksRepository,
    private readonly queues: NotificationQueues,
    @Inject(NOTIFICATION_PIPELINE_OPTIONS) private readonly options: NotificationPipelineOptions,
  ) {}

  /** Returns how many deliveries were queued (pending ones of these rows, new or left by an earlier run). */
  async fanOut(outboxIds: string[]): Promise<number> {
    const candidates = await this.repository.candidates(outboxIds);
    const deliveries: NewWebhookDelivery[] = candidates.map((row) => {
      const eventId = randomUUID();
      const { type, body } = webhookBody(row, eventId);
      return { endpointId: row.endpoint_id, outboxId: row.outbox_id, eventId, eventType: type, body };
    });
    const pending = await this.repository.record(outboxIds, deliveries);
    await this.enqueue(pending);
    return pending.length;
  }

  async enqueue(deliveryIds: readonly string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    const backoff = { type: 'exponential', delay: this.options.webhooks.backoffMs, jitter: 0.5 };
    await this.queues.get(QueueName.Webhooks).addBulk(
      deliveryIds.map((deliveryId) => ({
        name: WebhookJob.Deliver,
        data: { deliveryId } satisfies WebhookDeliverJobData,
        opts: { jobId: webhookJobId(deliveryId), backoff },
      })),
    );
  }
}
