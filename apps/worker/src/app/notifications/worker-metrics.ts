/** Prometheus metrics of the worker, served at /metrics next to /health. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { registerQueueDepthGauge } from '@jumush/server/queues';
import { NotificationQueues } from './notification-queues';

@Injectable()
export class WorkerMetrics {
  /** Per application instance (tests start several in one process). */
  readonly registry = new Registry();

  readonly delivered = new Counter({
    name: 'jumush_notifications_delivered_total',
    help: 'Messages delivered, by channel',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });
  readonly failed = new Counter({
    name: 'jumush_notifications_failed_total',
    help: 'Failed delivery attempts, by channel; final="true" when no attempt is left',
    labelNames: ['channel', 'final'] as const,
    registers: [this.registry],
  });
  readonly skipped = new Counter({
    name: 'jumush_notifications_skipped_total',
    help: 'Deliveries with nothing to send (no address, channel switched off)',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'jumush_notification_latency_seconds',
    help: 'From the state change (outbox row created) to delivery, by channel',
    labelNames: ['channel'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900],
    registers: [this.registry],
  });
  readonly relayed = new Counter({
    name: 'jumush_outbox_relayed_total',
    help: 'Outbox rows published to the notifications queue',
    registers: [this.registry],
  });
  readonly requeued = new Counter({
    name: 'jumush_notifications_requeued_total',
    help: 'Jobs queued again by the sweeper (lost with Redis data, or never queued)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly unmapped = new Counter({
    name: 'jumush_notifications_unmapped_total',
    help: 'Outbox rows whose topic has no notification',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });

  constructor(queues: NotificationQueues, @InjectDataSource() dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'jumush_worker_' });
    registerQueueDepthGauge(this.registry, () => queues.all());
    new Gauge({
      name: 'jumush_outbox_unpublished',
      help: 'Outbox rows waiting for the relay',
      registers: [this.registry],
      async collect() {
        const rows: Array<{ count: string }> = await dataSource
          .query('SELECT count(*) AS count FROM outbox_messages WHERE published_at IS NULL')
          .catch(() => []);
        if (rows[0]) this.set(Number(rows[0].count));
      },
    });
  }
}
