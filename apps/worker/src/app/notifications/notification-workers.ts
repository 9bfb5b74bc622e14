/**
 * The BullMQ workers of the notification queues: one per queue, so each delivery channel has its
 * own rate limit (BullMQ's limiter is per queue). Concurrency is WORKER_CONCURRENCY per queue.
 * Closing waits for running jobs to finish; a job of a worker that died is taken back by another
 * worker once its lock expires (stalled-job check) and runs again — harmless, thanks to the
 * delivery records.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Worker, type Job, type Processor } from 'bullmq';
import { WorkerConfig } from '@jumush/server/config';
import {
  DELIVERY_QUEUES,
  DeliveryJob,
  NotificationJob,
  QUEUE_POLICIES,
  QueueName,
  ReminderJob,
  redisConnectionOptions,
  type DeliverJobData,
  type DeliverJobReturn,
  type NotifyJobData,
  type NotifyJobReturn,
  type RemindJobData,
  type RemindJobReturn,
  WebhookJob,
  type WebhookDeliverJobData,
  type WebhookDeliverJobReturn,
} from '@jumush/server/queues';
import { JobHandlerRegistry } from '../job-handler-registry';
import { WebhookDeliveryService } from '../webhooks/webhook-delivery.service';
import { ProviderRateLimitedError } from './channels/channel-adapter';
import { DeliveryService } from './delivery.service';
import { FanOutService } from './fan-out.service';
import { NOTIFICATION_PIPELINE_OPTIONS, type NotificationPipelineOptions } from './notification-options';
import { NotificationQueues, type NotificationQueueName } from './notification-queues';
import { RemindersService } from './reminders.service';

type AnyRegistry =
  | JobHandlerRegistry<NotifyJobData, NotifyJobReturn>
  | JobHandlerRegistry<DeliverJobData, DeliverJobReturn>
  | JobHandlerRegistry<RemindJobData, RemindJobReturn>
  | JobHandlerRegistry<WebhookDeliverJobData, WebhookDeliverJobReturn>;

@Injectable()
export class NotificationWorkers {
  private readonly logger = new Logger(NotificationWorkers.name);
  /** Built at construction: a declared job without a handler stops the worker before it starts. */
  private readonly registries: ReadonlyMap<NotificationQueueName, AnyRegistry>;
  private workers: Worker[] = [];
  private errorCount = 0;

  constructor(
    private readonly config: WorkerConfig,
    @Inject(NOTIFICATION_PIPELINE_OPTIONS) private readonly options: NotificationPipelineOptions,
    private readonly queues: NotificationQueues,
    fanOut: FanOutService,
    delivery: DeliveryService,
    reminders: RemindersService,
    webhooks: WebhookDeliveryService,
  ) {
    const deliver = new JobHandlerRegistry<DeliverJobData, DeliverJobReturn>(QueueName.DeliveriesInApp, {
      [DeliveryJob.Deliver]: (job) => delivery.handle(job),
    });
    this.registries = new Map<NotificationQueueName, AnyRegistry>([
      [
        QueueName.Notifications,
        new JobHandlerRegistry<NotifyJobData, NotifyJobReturn>(QueueName.Notifications, {
          [NotificationJob.Notify]: (job) => fanOut.fanOut(job.data.outboxIds),
        }),
      ],
      ...Object.values(DELIVERY_QUEUES).map((queue): [NotificationQueueName, AnyRegistry] => [
        queue as NotificationQueueName,
        deliver.forQueue(queue),
      ]),
      [
        QueueName.Reminders,
        new JobHandlerRegistry<RemindJobData, RemindJobReturn>(QueueName.Reminders, { [ReminderJob.Remind]: (job) => reminders.remind(job) }),
      ],
      [
        QueueName.Webhooks,
        new JobHandlerRegistry<WebhookDeliverJobData, WebhookDeliverJobReturn>(QueueName.Webhooks, {
          [WebhookJob.Deliver]: (job, token) => webhooks.handle(job, token),
        }),
      ],
    ]);
  }

  /** Queues this process consumes. */
  get queueNames(): NotificationQueueName[] {
    return [...this.registries.keys()];
  }

  start(): void {
    for (const [name, registry] of this.registries) {
      const queue = this.queues.get(name);
      const processor: Processor = async (job: Job, token?: string) => {
        try {
          return await (registry as JobHandlerRegistry<unknown, unknown>).handle(job, token);
        } catch (error) {
          if (error instanceof ProviderRateLimitedError) {
            // The provider said "slow down": pause the whole queue and put the job back without using an attempt.
            await queue.rateLimit(error.retryAfterMs);
            throw Worker.RateLimitError();
          }
          throw error;
        }
      };
      const worker = new Worker(name, processor, {
        connection: { ...redisConnectionOptions(this.config.REDIS_URL), connectionName: `jumush-worker-${name}` },
        prefix: this.options.queuePrefix,
        concurrency: this.config.WORKER_CONCURRENCY,
        limiter: this.options.rateLimits ? QUEUE_POLICIES[name].limiter : undefined,
        lockDuration: this.options.lockDurationMs,
        stalledInterval: this.options.stalledIntervalMs,
        // A job whose worker died twice in a row is failed rather than retried forever.
        maxStalledCount: 2,
      });
      worker.on('error', (error) => {
        this.errorCount += 1;
        if (this.errorCount === 1 || this.errorCount % 100 === 0) this.logger.warn(`Worker of ${name}: ${error.message} (${this.errorCount}×)`);
      });
      this.workers.push(worker);
    }
    this.logger.log(`Consuming ${this.queueNames.join(', ')} (concurrency ${this.config.WORKER_CONCURRENCY} each)`);
  }

  /** Stops taking jobs and waits for the running ones. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.close()));
  }
}
