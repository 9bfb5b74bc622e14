/** Producers of the notification queues (relay, fan-out, sweeper), on one Redis connection that fails fast when Redis is down. */
import { Inject, Injectable, Logger, type Provider } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { WorkerConfig } from '@jumush/server/config';
import { DELIVERY_QUEUES, QUEUE_POLICIES, QueueName, redisConnectionOptions, type DeliveryChannel } from '@jumush/server/queues';
import { NOTIFICATION_PIPELINE_OPTIONS, type NotificationPipelineOptions } from './notification-options';

export const PRODUCER_REDIS = Symbol('PRODUCER_REDIS');

/**
 * No offline queue: while Redis is unreachable a command fails at once instead of waiting, so the
 * relay's transaction rolls back and its rows stay in the outbox until Redis is back.
 */
export const producerRedisProvider: Provider = {
  provide: PRODUCER_REDIS,
  inject: [WorkerConfig],
  useFactory: (config: WorkerConfig) =>
    new Redis({
      ...redisConnectionOptions(config.REDIS_URL),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectionName: 'jumush-worker-producer',
    }),
};

export const NOTIFICATION_QUEUE_NAMES = [
  QueueName.Notifications,
  QueueName.DeliveriesInApp,
  QueueName.DeliveriesEmail,
  QueueName.DeliveriesSms,
  QueueName.DeliveriesTelegram,
  QueueName.Reminders,
  QueueName.Webhooks,
] as const;
export type NotificationQueueName = (typeof NOTIFICATION_QUEUE_NAMES)[number];

@Injectable()
export class NotificationQueues {
  private readonly logger = new Logger(NotificationQueues.name);
  private readonly queues: Map<NotificationQueueName, Queue>;
  private errors = 0;

  constructor(
    @Inject(PRODUCER_REDIS) private readonly redis: Redis,
    @Inject(NOTIFICATION_PIPELINE_OPTIONS) options: NotificationPipelineOptions,
  ) {
    this.queues = new Map(
      NOTIFICATION_QUEUE_NAMES.map((name) => [
        name,
        new Queue(name, { connection: redis, prefix: options.queuePrefix, defaultJobOptions: QUEUE_POLICIES[name].jobOptions }),
      ]),
    );
    // While Redis is away every connection reports it; the relay says what that means, once.
    const onError = (error: Error) => {
      this.errors += 1;
      if (this.errors % 1_000 === 1) this.logger.warn(`Redis (producer): ${error.message}`);
    };
    redis.on('error', onError);
    for (const queue of this.queues.values()) queue.on('error', onError);
  }

  get(name: NotificationQueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`No queue ${name}`);
    return queue;
  }

  delivery(channel: DeliveryChannel): Queue {
    return this.get(DELIVERY_QUEUES[channel] as NotificationQueueName);
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }

  /** Waits for Redis (a worker may start before it). */
  async connect(): Promise<void> {
    await Promise.all(this.all().map((queue) => queue.waitUntilReady()));
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((queue) => queue.close()));
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
