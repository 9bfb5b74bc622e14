/**
 * The only code of the notification centre that writes SQL: in-app notifications, preferences, and the admins'
 * captured messages, failed deliveries and backlog counts. Rows come back typed as PostgreSQL names them.
 */
import { Injectable } from '@nestjs/common';
import { RECIPIENT_COLUMNS, type RecipientRow } from '@jumush/server/notifications';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationChannel, NotificationType } from '@jumush/contracts';
import { queryRows } from '@jumush/server/database';

export interface InAppRow {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** An account's contact points and its stored choices (null where it never chose). */
export interface CapturedMessageFilter {
  channel?: NotificationChannel;
  /** Part of the recipient: an e-mail, or a phone number typed any way ("0555 12 34", "+996 555…"). */
  search?: string;
}

/** The WHERE clause of a captured-message filter, its placeholders numbered from `first`. */
function capturedMessageWhere(filter: CapturedMessageFilter, first: number): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.channel) {
    params.push(filter.channel);
    conditions.push(`m.channel = $${first + params.length - 1}`);
  }
  const search = filter.search?.trim();
  if (search) {
    const digits = search.replace(/\D/g, '');
    // A phone is typed with spaces, dashes or a national 0: compare digits, dropping that leading 0.
    const phoneLike = !search.includes('@') && digits.length >= 3;
    params.push(`%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const text = `lower(m.recipient) LIKE $${first + params.length - 1}`;
    if (phoneLike) {
      params.push(`%${digits.replace(/^0/, '')}%`);
      conditions.push(`(${text} OR regexp_replace(m.recipient, '\\D', '', 'g') LIKE $${first + params.length - 1})`);
    } else conditions.push(text);
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export interface CapturedMessageRow {
  id: string;
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
  account_id: string | null;
  outbox_id: string | null;
  created_at: Date;
}

export interface FailedDeliveryRow {
  id: string;
  outbox_id: string;
  topic: string;
  account_id: string;
  channel: NotificationChannel;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface DeliveryBacklogRow {
  status: string;
  channel: string;
  count: number;
}

const IN_APP_COLUMNS = 'id, type, title, body, link, created_at, read_at';

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An account's notifications, newest first. */
  inAppPage(accountId: string, limit: number, offset: number): Promise<InAppRow[]> {
    return this.dataSource.query<InAppRow[]>(
      `SELECT ${IN_APP_COLUMNS} FROM in_app_notifications WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [accountId, limit, offset],
    );
  }

  async inAppCount(accountId: string): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ total: number }>>(
      'SELECT count(*)::int AS total FROM in_app_notifications WHERE account_id = $1',
      [accountId],
    );
    return row?.total ?? 0;
  }

  async unreadCount(accountId: string): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM in_app_notifications WHERE account_id = $1 AND read_at IS NULL',
      [accountId],
    );
    return row?.count ?? 0;
  }

  /** One of the account's notifications, or undefined (another account's is undefined too). */
  async inAppById(accountId: string, id: string): Promise<InAppRow | undefined> {
    const [row] = await this.dataSource.query<InAppRow[]>(`SELECT ${IN_APP_COLUMNS} FROM in_app_notifications WHERE id = $1 AND account_id = $2`, [
      id,
      accountId,
    ]);
    return row;
  }

  async newestInApp(accountId: string): Promise<InAppRow | undefined> {
    const [row] = await this.dataSource.query<InAppRow[]>(
      `SELECT ${IN_APP_COLUMNS} FROM in_app_notifications WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [accountId],
    );
    return row;
  }

  /** Marks one of the account's notifications read (keeping when it was first read); false when there is no such notification. */
  async markRead(accountId: string, id: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      'UPDATE in_app_notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND account_id = $2 RETURNING id',
      [id, accountId],
    );
    return rows.length > 0;
  }

  async markAllRead(accountId: string): Promise<void> {
    await this.dataSource.query('UPDATE in_app_notifications SET read_at = now() WHERE account_id = $1 AND read_at IS NULL', [accountId]);
  }

  async preferencesOf(accountId: string): Promise<RecipientRow | undefined> {
    const [row] = await this.dataSource.query<RecipientRow[]>(
      `SELECT ${RECIPIENT_COLUMNS}
         FROM accounts a LEFT JOIN notification_preferences p ON p.account_id = a.id WHERE a.id = $1`,
      [accountId],
    );
    return row;
  }

  async savePreferences(accountId: string, channels: NotificationChannel[], locale: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preferences (account_id, channels, locale) VALUES ($1, $2::notification_channel[], $3)
       ON CONFLICT (account_id) DO UPDATE SET channels = EXCLUDED.channels, locale = EXCLUDED.locale, updated_at = now()`,
      [accountId, channels, locale],
    );
  }

  /**
   * Captured messages, newest first by time (the id breaks ties), of one channel or all, optionally only those
   * whose recipient matches `search`: an e-mail fragment, or a phone number in any form (its digits are compared).
   */
  capturedMessages(limit: number, offset: number, filter: CapturedMessageFilter = {}): Promise<CapturedMessageRow[]> {
    const { where, params } = capturedMessageWhere(filter, 3);
    return this.dataSource.query<CapturedMessageRow[]>(
      `SELECT m.id::text AS id, m.channel, m.recipient, m.subject, m.body, m.account_id, m.outbox_id::text AS outbox_id, m.created_at
         FROM captured_messages m ${where} ORDER BY m.created_at DESC, m.id DESC LIMIT $1 OFFSET $2`,
      [limit, offset, ...params],
    );
  }

  async capturedMessageCount(filter: CapturedMessageFilter = {}): Promise<number> {
    const { where, params } = capturedMessageWhere(filter, 1);
    const [row] = await this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM captured_messages m ${where}`, params);
    return row?.total ?? 0;
  }

  /** Deliveries that failed for good, the most recently failed first, with the outbox topic they came from. */
  failedDeliveries(limit: number, offset: number): Promise<FailedDeliveryRow[]> {
    return this.dataSource.query<FailedDeliveryRow[]>(
      `SELECT d.id::text AS id, d.outbox_id::text AS outbox_id, o.topic, d.account_id, d.channel, d.attempts, d.last_error, d.created_at, d.updated_at
         FROM notification_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id
        WHERE d.status = 'FAILED' ORDER BY d.updated_at DESC, d.id DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
  }

  async failedDeliveryCount(): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM notification_deliveries WHERE status = 'FAILED'`,
    );
    return row?.total ?? 0;
  }

  /** Deliveries not (yet) delivered, by state and channel: for the metrics. */
  deliveryBacklog(): Promise<DeliveryBacklogRow[]> {
    return this.dataSource.query<DeliveryBacklogRow[]>(
      `SELECT status, channel, count(*)::int AS count FROM notification_deliveries WHERE status IN ('PENDING', 'FAILED') GROUP BY status, channel`,
    );
  }

  /** Outbox rows the relay has not published yet, or undefined when there is no answer. */
  async unpublishedOutboxCount(): Promise<number | undefined> {
    const [row] = await this.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM outbox_messages WHERE published_at IS NULL',
    );
    return row?.count;
  }
}
