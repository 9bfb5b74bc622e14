import { Module, type DynamicModule } from '@nestjs/common';
import { NotificationChannels } from './channels/notification-channels';
import { DeliveryService } from './delivery.service';
import { FanOutService } from './fan-out.service';
import { DEFAULT_PIPELINE_OPTIONS, NOTIFICATION_PIPELINE_OPTIONS, type NotificationPipelineOptions } from './notification-options';
import { NotificationPipeline } from './notification-pipeline';
import { NotificationQueues, producerRedisProvider } from './notification-queues';
import { NotificationWorkers } from './notification-workers';
import { PreparedStatements } from './prepared-statements';
import { RemindersService } from './reminders.service';
import { secretOpenerProvider } from './secret-opener';
import { WorkerMetrics } from './worker-metrics';
import { WebhookDeliveryService } from '../webhooks/webhook-delivery.service';
import { WebhookFanOutService } from '../webhooks/webhook-fan-out.service';
import { WebhooksRepository } from '../webhooks/webhooks.repository';

/** Outbox relay, fan-out, delivery on every channel, reminders and the sweeper. Needs WorkerConfig and a TypeORM DataSource. */
@Module({})
export class NotificationPipelineModule {
  static forRoot(options: Partial<NotificationPipelineOptions> = {}): DynamicModule {
    const providers = [
      { provide: NOTIFICATION_PIPELINE_OPTIONS, useValue: { ...DEFAULT_PIPELINE_OPTIONS, ...options } satisfies NotificationPipelineOptions },
      producerRedisProvider,
      secretOpenerProvider,
      NotificationQueues,
      NotificationChannels,
      WorkerMetrics,
      PreparedStatements,
      FanOutService,
      DeliveryService,
      RemindersService,
      WebhooksRepository,
      WebhookFanOutService,
      WebhookDeliveryService,
      NotificationWorkers,
      NotificationPipeline,
    ];
    return { module: NotificationPipelineModule, providers, exports: providers };
  }
}
