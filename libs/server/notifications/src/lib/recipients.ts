/** How a recipient row read from PostgreSQL (accounts joined with notification_preferences) becomes preferences and contact points. */
import { isNotificationLocale, NotificationChannel } from '@jumush/contracts/client';
import type { Role } from '@jumush/domain';
import { defaultPreferences, type ContactPoints, type NotificationPreferences } from './preferences';

/** `SELECT a.role, a.phone, a.email, p.channels::text[] AS channels, p.locale, p.telegram_chat_id … LEFT JOIN notification_preferences p`. */
export interface RecipientRow {
  role: Role;
  phone: string | null;
  email: string | null;
  /** notification_preferences.channels as text[] (NULL: the role's default). */
  channels: string[] | null;
  locale: string | null;
  telegram_chat_id: string | null;
}

const CHANNELS: readonly string[] = Object.values(NotificationChannel);

/** The person's own choice where they made one (unknown channels dropped), their role's default otherwise. */
export function preferencesOf(row: RecipientRow): NotificationPreferences {
  const defaults = defaultPreferences(row.role);
  return {
    channels: row.channels ? row.channels.filter((channel): channel is NotificationChannel => CHANNELS.includes(channel)) : defaults.channels,
    locale: isNotificationLocale(row.locale) ? row.locale : defaults.locale,
  };
}

export function contactsOf(row: RecipientRow): ContactPoints {
  return { phone: row.phone, email: row.email, telegramChatId: row.telegram_chat_id };
}
