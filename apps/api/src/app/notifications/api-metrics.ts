/**
 * Prometheus metrics of the API at /metrics (outside /api, so the public proxy does not forward it):
 * queue depth, notification deliveries by state, the outbox backlog, open notification streams.
 * Delivered/failed counters and the state-change-to-delivery latency histogram come from the
 * worker's /metrics, where the deliveries happen.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { registerQueueDepthGauge } from '@jumush/server/queues';
import { ApiQueues } from './api-queues';
import { NotificationEventsService } from './notification-events.service';

@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();

  constructor(queues: ApiQueues, @InjectDataSource() dataSource: DataSource, events: NotificationEventsService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'jumush_api_' });
    registerQueueDepthGauge(this.registry, () => queues.queues);
    new Gauge({
      name: 'jumush_notification_deliveries',
      help: 'Notification deliveries not (yet) delivered, by state and channel',
      labelNames: ['status', 'channel'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: Array<{ status: string; channel: string; count: number }> = await dataSource
          .query(
            `SELECT status, channel, count(*)::int AS count FROM notification_deliveries WHERE status IN ('PENDING', 'FAILED') GROUP BY status, channel`,
          )
          .catch(() => []);
        for (const row of rows) this.set({ status: row.status, channel: row.channel }, row.count);
      },
    });
    new Gauge({
      name: 'jumush_outbox_unpublished',
      help: 'Outbox rows waiting for the relay',
      registers: [this.registry],
      async collect() {
        const rows: Array<{ count: number }> = await dataSource
          .query('SELECT count(*)::int AS count FROM outbox_messages WHERE published_at IS NULL')
          .catch(() => []);
        if (rows[0]) this.set(rows[0].count);
      },
    });
    new Gauge({
      name: 'jumush_notification_streams',
      help: 'Open notification streams (server-sent events) on this instance',
      registers: [this.registry],
      collect() {
        this.set(events.openStreams);
      },
    });
  }
}
