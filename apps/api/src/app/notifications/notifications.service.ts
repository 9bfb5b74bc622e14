/** The notification centre (in-app notifications), preferences, and the admins' view of captured and failed messages. */
import { Injectable } from '@nestjs/common';
import {
  NotificationChannel,
  type CapturedMessageView,
  type FailedDeliveryView,
  type InAppNotificationView,
  type NotificationPreferencesView,
  type NotificationStreamEvent,
  type Page,
  type UpdateNotificationPreferencesDto,
} from '@jumush/contracts';
import type { Actor } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import { availableChannels, contactsOf, type RecipientRow } from '@jumush/server/notifications';
import { ProblemException } from '../http/problem';
import { NotificationsRepository, type CapturedMessageFilter } from './notifications.repository';
import { toCapturedMessageView, toFailedDeliveryView, toInAppNotificationView, toPreferencesView } from './notification-views';

@Injectable()
export class NotificationsService {
  /** Every channel but Telegram works in every deployment; Telegram where the bot is configured, once a chat is linked. */
  private readonly configured: ReadonlySet<NotificationChannel>;

  constructor(
    private readonly notifications: NotificationsRepository,
    config: ApiConfig,
  ) {
    this.configured = new Set(
      Object.values(NotificationChannel).filter((channel) => channel !== NotificationChannel.Telegram || config.telegramConfigured),
    );
  }

  async list(actor: Actor, page: number, pageSize: number): Promise<Page<InAppNotificationView>> {
    const [rows, total] = await Promise.all([
      this.notifications.inAppPage(actor.id, pageSize, (page - 1) * pageSize),
      this.notifications.inAppCount(actor.id),
    ]);
    return { items: rows.map(toInAppNotificationView), total, page, pageSize };
  }

  unreadCount(accountId: string): Promise<number> {
    return this.notifications.unreadCount(accountId);
  }

  /** What a stream sends: the unread count and the given (or newest) notification. */
  async snapshot(accountId: string, notificationId?: string): Promise<NotificationStreamEvent> {
    const latest = notificationId ? await this.notifications.inAppById(accountId, notificationId) : await this.notifications.newestInApp(accountId);
    return {
      unreadCount: await this.unreadCount(accountId),
      latest: latest ? toInAppNotificationView(latest) : null,
    };
  }

  async markRead(actor: Actor, id: string): Promise<number> {
    if (!(await this.notifications.markRead(actor.id, id)))
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such notification.',
      });
    return this.unreadCount(actor.id);
  }

  async markAllRead(actor: Actor): Promise<number> {
    await this.notifications.markAllRead(actor.id);
    return this.unreadCount(actor.id);
  }

  async preferences(actor: Actor): Promise<NotificationPreferencesView> {
    const row = await this.preferencesRow(actor.id);
    return toPreferencesView(row, availableChannels(contactsOf(row), this.configured));
  }

  async updatePreferences(actor: Actor, dto: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesView> {
    const row = await this.preferencesRow(actor.id);
    const available = availableChannels(contactsOf(row), this.configured);
    const unavailable = dto.channels.find((channel) => !available.includes(channel));
    if (unavailable) {
      throw new ProblemException(422, {
        code: 'notifications.channelUnavailable',
        detail: `There is no address for ${unavailable} on this account.`,
        params: { channel: unavailable },
        errors: [
          {
            field: 'channels',
            code: 'notifications.channelUnavailable',
            message: `No address for ${unavailable}.`,
          },
        ],
      });
    }
    await this.notifications.savePreferences(actor.id, [...new Set([NotificationChannel.InApp, ...dto.channels])], dto.locale);
    return this.preferences(actor);
  }

  async capturedMessages(page: number, pageSize: number, filter: CapturedMessageFilter): Promise<Page<CapturedMessageView>> {
    const [rows, total] = await Promise.all([
      this.notifications.capturedMessages(pageSize, (page - 1) * pageSize, filter),
      this.notifications.capturedMessageCount(filter),
    ]);
    return { items: rows.map(toCapturedMessageView), total, page, pageSize };
  }

  async failedDeliveries(page: number, pageSize: number): Promise<Page<FailedDeliveryView>> {
    const [rows, total] = await Promise.all([
      this.notifications.failedDeliveries(pageSize, (page - 1) * pageSize),
      this.notifications.failedDeliveryCount(),
    ]);
    return { items: rows.map(toFailedDeliveryView), total, page, pageSize };
  }

  private async preferencesRow(accountId: string): Promise<RecipientRow> {
    const row = await this.notifications.preferencesOf(accountId);
    if (!row)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such account.',
      });
    return row;
  }
}
