/** The notification centre (in-app notifications), preferences, and the admins' view of captured and failed messages. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  NotificationChannel,
  type CapturedMessageView,
  type FailedDeliveryView,
  type InAppNotificationView,
  type NotificationPreferencesView,
  type NotificationStreamEvent,
  type NotificationType,
  type Page,
  type UpdateNotificationPreferencesDto,
} from '@jumush/contracts';
import type { Actor } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import { availableChannels, contactsOf, preferencesOf, type RecipientRow } from '@jumush/server/notifications';
import { ProblemException } from '../http/problem';

interface InAppRow {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

const toView = (row: InAppRow): InAppNotificationView => ({
  id: row.id,
  type: row.type,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: new Date(row.created_at).toISOString(),
  readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
});

const IN_APP_COLUMNS = 'id, type, title, body, link, created_at, read_at';

@Injectable()
export class NotificationsService {
  /** Every channel but Telegram works in every deployment; Telegram where the bot is configured, once a chat is linked. */
  private readonly configured: ReadonlySet<NotificationChannel>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ApiConfig,
  ) {
    this.configured = new Set(
      Object.values(NotificationChannel).filter((channel) => channel !== NotificationChannel.Telegram || config.telegramConfigured),
    );
  }

  async list(actor: Actor, page: number, pageSize: number): Promise<Page<InAppNotificationView>> {
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<InAppRow[]>(
        `SELECT ${IN_APP_COLUMNS} FROM in_app_notifications WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
        [actor.id, pageSize, (page - 1) * pageSize],
      ),
      this.dataSource.query<Array<{ total: number }>>('SELECT count(*)::int AS total FROM in_app_notifications WHERE account_id = $1', [actor.id]),
    ]);
    return { items: rows.map(toView), total, page, pageSize };
  }

  async unreadCount(accountId: string): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM in_app_notifications WHERE account_id = $1 AND read_at IS NULL',
      [accountId],
    );
    return row?.count ?? 0;
  }

  /** What a stream sends: the unread count and the given (or newest) notification. */
  async snapshot(accountId: string, notificationId?: string): Promise<NotificationStreamEvent> {
    const [latest] = notificationId
      ? await this.dataSource.query<InAppRow[]>(`SELECT ${IN_APP_COLUMNS} FROM in_app_notifications WHERE id = $1 AND account_id = $2`, [
          notificationId,
          accountId,
        ])
      : await this.dataSource.query<InAppRow[]>(
          `SELECT ${IN_APP_COLUMNS} FROM in_app_notifications WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
          [accountId],
        );
    return {
      unreadCount: await this.unreadCount(accountId),
      latest: latest ? toView(latest) : null,
    };
  }

  async markRead(actor: Actor, id: string): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      'UPDATE in_app_notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND account_id = $2 RETURNING id',
      [id, actor.id],
    );
    if (rows.length === 0)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such notification.',
      });
    return this.unreadCount(actor.id);
  }

  async markAllRead(actor: Actor): Promise<number> {
    await this.dataSource.query('UPDATE in_app_notifications SET read_at = now() WHERE account_id = $1 AND read_at IS NULL', [actor.id]);
    return this.unreadCount(actor.id);
  }

  async preferences(actor: Actor): Promise<NotificationPreferencesView> {
    const row = await this.preferencesRow(actor.id);
    const { channels: wanted, locale } = preferencesOf(row);
    const available = availableChannels(contactsOf(row), this.configured);
    const channels = wanted.filter((channel) => available.includes(channel));
    return {
      channels: [...new Set([NotificationChannel.InApp, ...channels])],
      locale,
      availableChannels: available,
      telegramLinked: row.telegram_chat_id !== null,
      isDefault: row.channels === null && row.locale === null,
    };
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
    const channels = [...new Set([NotificationChannel.InApp, ...dto.channels])];
    await this.dataSource.query(
      `INSERT INTO notification_preferences (account_id, channels, locale) VALUES ($1, $2::notification_channel[], $3)
       ON CONFLICT (account_id) DO UPDATE SET channels = EXCLUDED.channels, locale = EXCLUDED.locale, updated_at = now()`,
      [actor.id, channels, dto.locale],
    );
    return this.preferences(actor);
  }

  async capturedMessages(page: number, pageSize: number, channel?: NotificationChannel): Promise<Page<CapturedMessageView>> {
    const where = channel ? 'WHERE channel = $3' : '';
    const params = channel ? [pageSize, (page - 1) * pageSize, channel] : [pageSize, (page - 1) * pageSize];
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        channel: NotificationChannel;
        recipient: string;
        subject: string | null;
        body: string;
        account_id: string | null;
        outbox_id: string | null;
        created_at: Date;
      }>
    >(
      `SELECT id::text AS id, channel, recipient, subject, body, account_id, outbox_id::text AS outbox_id, created_at FROM captured_messages ${where} ORDER BY id DESC LIMIT $1 OFFSET $2`,
      params,
    );
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM captured_messages ${channel ? 'WHERE channel = $1' : ''}`,
      channel ? [channel] : [],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        channel: row.channel,
        recipient: row.recipient,
        subject: row.subject,
        body: row.body,
        accountId: row.account_id,
        outboxId: row.outbox_id,
        createdAt: new Date(row.created_at).toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }

  async failedDeliveries(page: number, pageSize: number): Promise<Page<FailedDeliveryView>> {
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        outbox_id: string;
        topic: string;
        account_id: string;
        channel: NotificationChannel;
        attempts: number;
        last_error: string | null;
        created_at: Date;
        updated_at: Date;
      }>
    >(
      `SELECT d.id::text AS id, d.outbox_id::text AS outbox_id, o.topic, d.account_id, d.channel, d.attempts, d.last_error, d.created_at, d.updated_at
         FROM notification_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id
        WHERE d.status = 'FAILED' ORDER BY d.updated_at DESC, d.id DESC LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM notification_deliveries WHERE status = 'FAILED'`,
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        outboxId: row.outbox_id,
        topic: row.topic,
        accountId: row.account_id,
        channel: row.channel,
        attempts: row.attempts,
        reason: row.last_error,
        createdAt: new Date(row.created_at).toISOString(),
        updatedAt: new Date(row.updated_at).toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }

  private async preferencesRow(accountId: string): Promise<RecipientRow> {
    const [row] = await this.dataSource.query<RecipientRow[]>(
      `SELECT a.role, a.phone, a.email, p.channels::text[] AS channels, p.locale, p.telegram_chat_id
         FROM accounts a LEFT JOIN notification_preferences p ON p.account_id = a.id WHERE a.id = $1`,
      [accountId],
    );
    if (!row)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such account.',
      });
    return row;
  }
}
