/**
 * Prometheus metrics of the API at /metrics (outside /api, so the public proxy does not forward it):
 * queue depth, notification deliveries by state, the outbox backlog, open notification streams.
 * Delivered/failed counters and the state-change-to-delivery latency histogram come from the
 * worker's /metrics, where the deliveries happen.
 */
import { Injectable } from '@nestjs/common';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { registerQueueDepthGauge } from '@jumush/server/queues';
import { ApiQueues } from './api-queues';
import { NotificationEventsService } from './notification-events.service';
import { NotificationsRepository, type DeliveryBacklogRow } from './notifications.repository';

@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();

  constructor(queues: ApiQueues, notifications: NotificationsRepository, events: NotificationEventsService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'jumush_api_' });
    registerQueueDepthGauge(this.registry, () => queues.queues);
    new Gauge({
      name: 'jumush_notification_deliveries',
      help: 'Notification deliveries not (yet) delivered, by state and channel',
      labelNames: ['status', 'channel'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: DeliveryBacklogRow[] = await notifications.deliveryBacklog().catch(() => []);
        for (const row of rows) this.set({ status: row.status, channel: row.channel }, row.count);
      },
    });
    new Gauge({
      name: 'jumush_outbox_unpublished',
      help: 'Outbox rows waiting for the relay',
      registers: [this.registry],
      async collect() {
        const count = await notifications.unpublishedOutboxCount().catch(() => undefined);
        if (count !== undefined) this.set(count);
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
