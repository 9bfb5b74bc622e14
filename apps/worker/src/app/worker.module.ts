import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { WorkerConfig } from '@jumush/server/config';
import { DEFAULT_JOB_OPTIONS, QueueName, redisConnectionOptions } from '@jumush/server/queues';
import { WorkerHealthServer } from './health/worker-health.server';
import { WORKER_REDIS, workerRedisProvider } from './redis.provider';
import { SystemProcessor } from './system/smoke.processor';

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(WORKER_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig, options: { healthServer?: boolean } = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } }),
        BullModule.forRoot({ connection: redisConnectionOptions(config.REDIS_URL), defaultJobOptions: DEFAULT_JOB_OPTIONS }),
        BullModule.registerQueue({ name: QueueName.System }),
      ],
      providers: [
        { provide: WorkerConfig, useValue: config },
        workerRedisProvider,
        RedisCloser,
        SystemProcessor,
        ...(options.healthServer === false ? [] : [WorkerHealthServer]),
      ],
      exports: [WorkerConfig],
    };
  }
}
