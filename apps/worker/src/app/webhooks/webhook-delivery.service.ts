/**
 * The `deliver` job of a webhook: POSTs one delivery, signed, to its endpoint — in turn. Deliveries of one endpoint go
 * in the order of their outbox rows: a job whose delivery is not the endpoint's first pending one waits (moved to
 * delayed, no attempt used) until that one is delivered or given up. A failed attempt is retried by BullMQ with
 * exponential backoff and the same event id; every attempt is logged; the endpoint is switched off after repeated
 * failures (shouldDisableWebhook), and its owners told.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import { shouldDisableWebhook } from '@jumush/domain';
import { Clock, WorkerConfig } from '@jumush/server/config';
import {
  FieldCipher,
  WEBHOOK_EVENT_ID_HEADER,
  WEBHOOK_EVENT_TYPE_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  webhookSignatureHeader,
} from '@jumush/server/crypto';
import type { WebhookDeliverJobData, WebhookDeliverJobReturn } from '@jumush/server/queues';
import { NOTIFICATION_PIPELINE_OPTIONS, type NotificationPipelineOptions } from '../notifications/notification-options';
import { SECRET_OPENER } from '../notifications/secret-opener';
import { isSuccess, sendWebhook } from './webhook-sender';
import { WebhooksRepository } from './webhooks.repository';

/** The context the API seals an endpoint's secret under (the same in apps/api webhooks). */
export const webhookSecretContext = (endpointId: string) => `webhook_endpoints.secret:${endpointId}`;

@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly config: WorkerConfig,
    private readonly clock: Clock,
    @Inject(SECRET_OPENER) private readonly cipher: FieldCipher,
    @Inject(NOTIFICATION_PIPELINE_OPTIONS) private readonly options: NotificationPipelineOptions,
  ) {}

  async handle(job: Job<WebhookDeliverJobData, WebhookDeliverJobReturn>, token?: string): Promise<WebhookDeliverJobReturn> {
    const delivery = await this.repository.delivery(job.data.deliveryId);
    if (!delivery || delivery.status !== 'PENDING') return { outcome: 'alreadyDone' };
    if (delivery.endpoint_status !== 'ACTIVE') {
      await this.repository.skip(delivery.id);
      return { outcome: 'skipped' };
    }
    const head = await this.repository.head(delivery.endpoint_id);
    if (head && head.id !== delivery.id) {
      // An earlier delivery of this endpoint is not done: wait for it (until its next attempt at the earliest).
      const poll = Date.now() + this.options.webhooks.orderPollMs;
      await job.moveToDelayed(Math.max(poll, head.next_attempt_at?.getTime() ?? 0), token);
      throw new DelayedError();
    }

    const attempt = delivery.attempts + 1;
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const secret = this.cipher.decrypt(delivery.secret_sealed, webhookSecretContext(delivery.endpoint_id));
    const result = await sendWebhook({
      url: delivery.url,
      body: delivery.body,
      headers: {
        'user-agent': 'Jumush-Webhooks/1',
        [WEBHOOK_EVENT_ID_HEADER]: delivery.event_id,
        [WEBHOOK_EVENT_TYPE_HEADER]: delivery.event_type,
        [WEBHOOK_SIGNATURE_HEADER]: webhookSignatureHeader(secret, timestamp, delivery.body),
      },
      timeoutMs: this.options.webhooks.timeoutMs,
      allowLocalHttp: this.config.WEBHOOKS_ALLOW_LOCAL_HTTP,
    });
    if (isSuccess(result)) {
      await this.repository.recordSuccess(delivery, attempt, result);
      return { outcome: 'delivered', responseStatus: result.statusCode ?? undefined };
    }

    const error = result.error ?? `HTTP ${result.statusCode}`;
    const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    // BullMQ's exponential backoff: delay × 2^(attempts made − 1); the next ones in line wait at least this long.
    const nextAttemptAt = final ? null : new Date(Date.now() + this.options.webhooks.backoffMs * 2 ** job.attemptsMade);
    const disabled = await this.repository.recordFailure(delivery, attempt, { ...result, error }, final, nextAttemptAt, (record) =>
      shouldDisableWebhook(
        { consecutiveFailures: record.consecutive_failures, failingSince: record.failing_since },
        this.clock.now(),
        this.options.webhooks.disablePolicy,
      ),
    );
    if (disabled) {
      this.logger.warn(`Webhook endpoint ${delivery.endpoint_id} switched off after repeated failures (${error})`);
      return { outcome: 'skipped', responseStatus: result.statusCode ?? undefined };
    }
    throw new Error(`Webhook delivery ${delivery.id} attempt ${attempt}: ${error}`);
  }
}
