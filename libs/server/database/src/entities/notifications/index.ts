import { CapturedMessageEntity } from './captured-message.entity';
import { InAppNotificationEntity } from './in-app-notification.entity';
import { NotificationDeliveryEntity } from './notification-delivery.entity';
import { NotificationFanoutEntity } from './notification-fanout.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationReminderEntity } from './notification-reminder.entity';
import { ReminderOutboxEntity } from './reminder-outbox.entity';
import { TelegramLinkTokenEntity } from './telegram-link-token.entity';

export {
  CapturedMessageEntity,
  InAppNotificationEntity,
  NotificationDeliveryEntity,
  NotificationFanoutEntity,
  NotificationPreferenceEntity,
  NotificationReminderEntity,
  ReminderOutboxEntity,
  TelegramLinkTokenEntity,
};

/** The notification tables, for ALL_ENTITIES. */
export const NOTIFICATION_ENTITIES = [
  NotificationPreferenceEntity,
  NotificationDeliveryEntity,
  NotificationFanoutEntity,
  InAppNotificationEntity,
  CapturedMessageEntity,
  NotificationReminderEntity,
  ReminderOutboxEntity,
  TelegramLinkTokenEntity,
];
