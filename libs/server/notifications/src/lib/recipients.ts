/** How a recipient row read from PostgreSQL (accounts joined with notification_preferences) becomes preferences and contact points. */
import { isNotificationLocale, NotificationChannel } from '@jumush/contracts/client';
import type { Role } from '@jumush/domain';
import { defaultPreferences, type ContactPoints, type NotificationPreferences } from './preferences';

/**
 * `SELECT a.role, a.phone, a.phone_verified_at IS NOT NULL AS phone_verified, a.email, a.locale AS account_locale, p.channels::text[] AS channels, p.locale, p.telegram_chat_id
 *    FROM accounts a LEFT JOIN notification_preferences p …` (RECIPIENT_COLUMNS).
 */
export interface RecipientRow {
  role: Role;
  /** accounts.locale: the language chosen at registration, the default for notifications too. */
  account_locale: string | null;
  phone: string | null;
  /** accounts.phone_verified_at IS NOT NULL. */
  phone_verified: boolean;
  email: string | null;
  /** notification_preferences.channels as text[] (NULL: the role's default). */
  channels: string[] | null;
  locale: string | null;
  telegram_chat_id: string | null;
}

const CHANNELS: readonly string[] = Object.values(NotificationChannel);

/** The recipient columns of `accounts a LEFT JOIN notification_preferences p`, named as RecipientRow names them. */
export const RECIPIENT_COLUMNS =
  'a.role, a.phone, a.phone_verified_at IS NOT NULL AS phone_verified, a.email, a.locale AS account_locale, p.channels::text[] AS channels, p.locale, p.telegram_chat_id';

/**
 * The person's own choice where they made one (unknown channels dropped); otherwise their role's channels, in the
 * language of their account.
 */
export function preferencesOf(row: RecipientRow): NotificationPreferences {
  const defaults = defaultPreferences(row.role, row.account_locale);
  return {
    channels: row.channels ? row.channels.filter((channel): channel is NotificationChannel => CHANNELS.includes(channel)) : defaults.channels,
    locale: isNotificationLocale(row.locale) ? row.locale : defaults.locale,
  };
}

export function contactsOf(row: RecipientRow): ContactPoints {
  return { phone: row.phone, phoneVerified: row.phone_verified, email: row.email, telegramChatId: row.telegram_chat_id };
}
