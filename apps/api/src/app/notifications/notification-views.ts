/** Rows → response shapes of the notification centre and the admins' views, and the preferences an account ends up with. */
import {
  NotificationChannel,
  type CapturedMessageView,
  type FailedDeliveryView,
  type InAppNotificationView,
  type NotificationPreferencesView,
} from '@jumush/contracts';
import { preferencesOf, type RecipientRow } from '@jumush/server/notifications';
import type { CapturedMessageRow, FailedDeliveryRow, InAppRow } from './notifications.repository';

export function toInAppNotificationView(row: InAppRow): InAppNotificationView {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

export function toCapturedMessageView(row: CapturedMessageRow): CapturedMessageView {
  return {
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    accountId: row.account_id,
    outboxId: row.outbox_id,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function toFailedDeliveryView(row: FailedDeliveryRow): FailedDeliveryView {
  return {
    id: row.id,
    outboxId: row.outbox_id,
    topic: row.topic,
    accountId: row.account_id,
    channel: row.channel,
    attempts: row.attempts,
    reason: row.last_error,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * What an account receives: its chosen channels (the role's defaults until it chooses) limited to those it has an
 * address for, in-app always; its language, or the role's default.
 */
export function toPreferencesView(row: RecipientRow, available: NotificationChannel[]): NotificationPreferencesView {
  const { channels: wanted, locale } = preferencesOf(row);
  const channels = wanted.filter((channel) => available.includes(channel));
  return {
    channels: [...new Set([NotificationChannel.InApp, ...channels])],
    locale,
    availableChannels: available,
    telegramLinked: row.telegram_chat_id !== null,
    isDefault: row.channels === null && row.locale === null,
  };
}
