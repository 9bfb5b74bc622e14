/** Starts and stops the pipeline's parts in order: stop taking in work first, then let running jobs finish. */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationJob, QueueName, notifyJobId, type NotifyJobData } from '@jumush/server/queues';
import { NotificationChannels } from './channels/notification-channels';
import { FanOutService } from './fan-out.service';
import { NOTIFICATION_PIPELINE_OPTIONS, type NotificationPipelineOptions } from './notification-options';
import { NotificationQueues } from './notification-queues';
import { NotificationWorkers } from './notification-workers';
import { OutboxRelay, type OutboxRowRef } from './outbox-relay';
import { NotificationSweeper } from './sweeper';
import { WebhookFanOutService } from '../webhooks/webhook-fan-out.service';
import { WorkerMetrics } from './worker-metrics';

@Injectable()
export class NotificationPipeline implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationPipeline.name);
  readonly relay: OutboxRelay;
  readonly sweeper: NotificationSweeper;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(NOTIFICATION_PIPELINE_OPTIONS) private readonly options: NotificationPipelineOptions,
    private readonly queues: NotificationQueues,
    private readonly channels: NotificationChannels,
    private readonly workers: NotificationWorkers,
    fanOut: FanOutService,
    webhooks: WebhookFanOutService,
    metrics: WorkerMetrics,
  ) {
    this.relay = new OutboxRelay(
      dataSource,
      (rows) => this.publish(rows),
      { batchSize: options.relayBatchSize, intervalMs: options.relayIntervalMs },
      (count) => metrics.relayed.inc(count),
    );
    this.sweeper = new NotificationSweeper(
      dataSource,
      async (outboxIds) => {
        metrics.requeued.inc({ kind: 'notify' }, outboxIds.length);
        for (let offset = 0; offset < outboxIds.length; offset += options.relayBatchSize) {
          await this.publish(outboxIds.slice(offset, offset + options.relayBatchSize).map((id) => ({ id, topic: '' })));
        }
      },
      async (deliveries) => {
        metrics.requeued.inc({ kind: 'deliver' }, deliveries.length);
        await fanOut.enqueue(deliveries);
      },
      { intervalMs: options.sweepIntervalMs, graceMs: options.sweepGraceMs },
      async (webhookDeliveryIds) => {
        metrics.requeued.inc({ kind: 'webhook' }, webhookDeliveryIds.length);
        await webhooks.enqueue(webhookDeliveryIds);
      },
    );
  }

  /** Adds one `notify` job for the batch (rows in creation order) under an id derived from its rows. */
  async publish(rows: OutboxRowRef[]): Promise<void> {
    if (rows.length === 0) return;
    const data: NotifyJobData = { outboxIds: rows.map((row) => row.id) };
    await this.queues.get(QueueName.Notifications).add(NotificationJob.Notify, data, { jobId: notifyJobId(data.outboxIds) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.connect();
    await this.channels.start();
    if (this.options.runWorkers) this.workers.start();
    if (this.options.runRelay) this.relay.start();
    if (this.options.runSweeper) this.sweeper.start();
    this.logger.log(
      `Notification pipeline running (relay ${this.options.runRelay ? 'on' : 'off'}, sweeper ${this.options.runSweeper ? 'on' : 'off'})`,
    );
  }

  /** Graceful shutdown: no new outbox rows are taken, running jobs finish, then the connections close. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.relay.stop(), this.sweeper.stop()]);
    await this.workers.close();
    await this.channels.stop();
    await this.queues.close();
  }
}
