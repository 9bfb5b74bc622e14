/** Who hears on which channel, and in which language, when they have not chosen themselves. */
import { NotificationChannel, NotificationLocale, isNotificationLocale } from '@jumush/contracts/client';
import { Role } from '@jumush/domain';

export interface NotificationPreferences {
  channels: NotificationChannel[];
  locale: NotificationLocale;
}

/**
 * Defaults by role: migrants read SMS (many have no e-mail); employers and officials read e-mail. Everyone has
 * the in-app notification centre. The language is the one the account chose at registration (accounts.locale);
 * only an account without one falls back to its role's (Kyrgyz for migrants, Russian for everyone else).
 */
export function defaultPreferences(role: Role, accountLocale?: string | null): NotificationPreferences {
  const chosen = isNotificationLocale(accountLocale) ? accountLocale : null;
  switch (role) {
    case Role.Migrant:
      return { channels: [NotificationChannel.Sms, NotificationChannel.InApp], locale: chosen ?? NotificationLocale.Kyrgyz };
    case Role.Employer:
    case Role.Attache:
    case Role.Admin:
      return { channels: [NotificationChannel.Email, NotificationChannel.InApp], locale: chosen ?? NotificationLocale.Russian };
  }
}

/** Where a person can be reached, as far as the channels are concerned. */
export interface ContactPoints {
  phone: string | null;
  /** Whether the number was proven (an SMS code): an unproven one gets no SMS but one-time secrets (security.ts). */
  phoneVerified: boolean;
  email: string | null;
  telegramChatId: string | null;
}

export function addressFor(channel: NotificationChannel, contacts: ContactPoints, accountId: string): string | null {
  switch (channel) {
    case NotificationChannel.InApp:
      return accountId;
    case NotificationChannel.Email:
      return contacts.email;
    case NotificationChannel.Sms:
      return contacts.phone;
    case NotificationChannel.Telegram:
      return contacts.telegramChatId;
  }
}

/** Channels a person can switch on: configured in this deployment and with an address for them. IN_APP always. */
export function availableChannels(contacts: ContactPoints, configured: ReadonlySet<NotificationChannel>): NotificationChannel[] {
  return Object.values(NotificationChannel).filter(
    (channel) => channel === NotificationChannel.InApp || (configured.has(channel) && addressFor(channel, contacts, '') !== null),
  );
}

/** The channels one notification goes out on: the chosen ones that are available, and always IN_APP. */
export function deliveryChannels(
  preferences: NotificationPreferences,
  contacts: ContactPoints,
  configured: ReadonlySet<NotificationChannel>,
): NotificationChannel[] {
  const available = new Set(availableChannels(contacts, configured));
  return Object.values(NotificationChannel).filter(
    (channel) => channel === NotificationChannel.InApp || (preferences.channels.includes(channel) && available.has(channel)),
  );
}
