import type { Provider } from '@nestjs/common';
import Redis from 'ioredis';
import { WorkerConfig } from '@jumush/server/config';
import { redisConnectionOptions } from '@jumush/server/queues';

export const WORKER_REDIS = Symbol('WORKER_REDIS');

export const workerRedisProvider: Provider = {
  provide: WORKER_REDIS,
  inject: [WorkerConfig],
  useFactory: (config: WorkerConfig) =>
    new Redis({ ...redisConnectionOptions(config.REDIS_URL), maxRetriesPerRequest: 1, connectionName: 'jumush-worker-health' }),
};
