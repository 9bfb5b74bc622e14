/**
 * The notification centre's API (list, unread count, read, preferences, live stream), the admins'
 * captured messages and failed deliveries, the queue dashboard at /admin/queues and /metrics.
 */
import { Module, RequestMethod, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { Express, Request, Response } from 'express';
import { QUEUE_BOARD_PATH } from '@jumush/contracts';
import { ApiConfig } from '@jumush/server/config';
import { AdminNotificationsController } from './admin-notifications.controller';
import { ApiMetrics } from './api-metrics';
import { ApiQueues } from './api-queues';
import { NotificationEventsService } from './notification-events.service';
import { NotificationsController } from './notifications.controller';
import { NotificationStreams } from './notification-stream';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { QueueBoardAccess } from './queue-board';
import { accessTokenKey } from '../auth/jwt.strategy';
import { StreamTickets } from './stream-tickets';
import { StreamTicketMiddleware } from './stream-token.middleware';

export const METRICS_PATH = '/metrics';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => ({ secret: accessTokenKey(config.JWT_ACCESS_SECRET) }),
    }),
  ],
  controllers: [NotificationsController, AdminNotificationsController],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationStreams,
    NotificationEventsService,
    StreamTickets,
    ApiQueues,
    ApiMetrics,
    QueueBoardAccess,
  ],
})
export class NotificationsModule implements NestModule, OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly board: QueueBoardAccess,
    private readonly metrics: ApiMetrics,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(StreamTicketMiddleware).forRoutes({ path: 'notifications/stream', method: RequestMethod.GET });
  }

  /** Mounted on Express directly, outside the /api prefix; before Nest adds its not-found handler. */
  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter?.getInstance<Express>();
    if (!app) return;
    app.use(QUEUE_BOARD_PATH, ...this.board.handlers());
    app.get(METRICS_PATH, (_request: Request, response: Response) => {
      this.metrics.registry
        .metrics()
        .then((text) => response.type(this.metrics.registry.contentType).send(text))
        .catch((error: Error) => response.status(500).type('text/plain').send(error.message));
    });
  }
}
