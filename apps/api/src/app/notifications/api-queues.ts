/** Read access to every queue (dashboard, metrics) on one shared Redis connection. */
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { ApiConfig } from '@jumush/server/config';
import { QueueName, redisConnectionOptions } from '@jumush/server/queues';

@Injectable()
export class ApiQueues implements OnModuleDestroy {
  private readonly redis: Redis;
  readonly queues: Queue[];

  constructor(config: ApiConfig) {
    this.redis = new Redis({
      ...redisConnectionOptions(config.REDIS_URL),
      connectionName: 'jumush-api-queues',
    });
    this.redis.on('error', () => undefined);
    this.queues = Object.values(QueueName).map((name) => {
      const queue = new Queue(name, { connection: this.redis });
      queue.on('error', () => undefined);
      return queue;
    });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
