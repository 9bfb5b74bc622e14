import type { NotificationType } from '@jumush/contracts/client';

/**
 * One notification in one language, as ICU MessageFormat. `title` is the in-app title and the e-mail
 * subject; `body` is the in-app text, the e-mail text and the Telegram message; `sms` must fit
 * SMS_MAX_SEGMENTS with realistic values (a unit test checks it).
 */
export interface NotificationTemplate {
  title: string;
  body: string;
  sms: string;
}

/** Every notification type in one language; the Russian catalogue is the reference for placeholders. */
export type TemplateCatalogue = Record<NotificationType, NotificationTemplate>;
