/**
 * Live updates for the notification centre. The worker publishes "account X has a new notification"
 * on one Redis channel; every API instance subscribes once and hands the event to the streams its
 * own clients have open — so it does not matter which instance a browser is connected to.
 */
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { ApiConfig } from '@jumush/server/config';
import { IN_APP_EVENTS_CHANNEL, parseInAppNotificationEvent, redisConnectionOptions } from '@jumush/server/queues';

export type NotificationListener = (notificationId: string) => void;

@Injectable()
export class NotificationEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationEventsService.name);
  private readonly listeners = new Map<string, Set<NotificationListener>>();
  private readonly closers = new Set<() => void>();
  private subscriber?: Redis;

  constructor(private readonly config: ApiConfig) {}

  async onModuleInit(): Promise<void> {
    // A connection in subscriber mode cannot run other commands: this one only listens.
    const subscriber = new Redis({
      ...redisConnectionOptions(this.config.REDIS_URL),
      connectionName: 'jumush-api-notifications',
      maxRetriesPerRequest: null,
    });
    this.subscriber = subscriber;
    subscriber.on('error', (error: Error) => this.logger.warn(`Notification events: ${error.message}`));
    subscriber.on('message', (_channel: string, message: string) => {
      const event = parseInAppNotificationEvent(message);
      if (!event) return;
      for (const listener of this.listeners.get(event.accountId) ?? []) listener(event.notificationId);
    });
    await subscriber.subscribe(IN_APP_EVENTS_CHANNEL);
  }

  /** Calls `listener` for each new notification of the account; returns the unsubscribe function. */
  subscribe(accountId: string, listener: NotificationListener): () => void {
    const set = this.listeners.get(accountId) ?? new Set<NotificationListener>();
    set.add(listener);
    this.listeners.set(accountId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(accountId);
    };
  }

  /** Open streams register how to end them, so a shutdown does not wait for browsers to hang up. */
  trackStream(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  get openStreams(): number {
    return this.closers.size;
  }

  async onModuleDestroy(): Promise<void> {
    for (const close of [...this.closers]) close();
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }
}
