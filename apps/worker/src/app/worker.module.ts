import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { Clock, WorkerConfig } from '@jumush/server/config';
import { dataSourceOptions } from '@jumush/server/database';
import { DEFAULT_JOB_OPTIONS, QueueName, redisConnectionOptions } from '@jumush/server/queues';
import { AuditHeadPublicationsRepository } from './audit/audit-head-publications.repository';
import { AuditHeadPublisher, AuditHeadSchedule } from './audit/audit-head-publisher';
import { WorkerHealthServer } from './health/worker-health.server';
import { assertEveryQueueConsumed } from './job-handler-registry';
import { NotificationPipelineModule } from './notifications/notification-pipeline.module';
import type { NotificationPipelineOptions } from './notifications/notification-options';
import { NOTIFICATION_QUEUE_NAMES } from './notifications/notification-queues';
import { WORKER_REDIS, workerRedisProvider } from './redis.provider';
import { ReminderOutboxRelay } from './reminders/reminder-outbox.relay';
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
  static forRoot(
    config: WorkerConfig,
    options: { healthServer?: boolean; notifications?: Partial<NotificationPipelineOptions> } = {},
  ): DynamicModule {
    // The system queue has the Nest processor below; every notification queue has a worker in the pipeline.
    assertEveryQueueConsumed([QueueName.System, ...NOTIFICATION_QUEUE_NAMES]);
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } }),
        // No migrations here: the API applies them. Delivery jobs hold a connection while a provider answers, so the pool has one per job slot.
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.DATABASE_URL, {
            applicationName: 'jumush-worker',
            poolSize: config.WORKER_CONCURRENCY * NOTIFICATION_QUEUE_NAMES.length + 4,
          }),
        }),
        BullModule.forRoot({ connection: redisConnectionOptions(config.REDIS_URL), defaultJobOptions: DEFAULT_JOB_OPTIONS }),
        BullModule.registerQueue({ name: QueueName.System }),
        NotificationPipelineModule.forRoot(options.notifications),
      ],
      providers: [
        { provide: WorkerConfig, useValue: config },
        Clock,
        workerRedisProvider,
        RedisCloser,
        SystemProcessor,
        AuditHeadPublicationsRepository,
        AuditHeadPublisher,
        AuditHeadSchedule,
        ReminderOutboxRelay,
        ...(options.healthServer === false ? [] : [WorkerHealthServer]),
      ],
      exports: [WorkerConfig, Clock],
    };
  }
}
