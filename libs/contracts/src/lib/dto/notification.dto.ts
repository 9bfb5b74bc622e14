/** Request bodies and queries of the notification centre and its admin pages. */
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NOTIFICATION_LOCALES, NotificationChannel, NotificationLocale } from '../notifications';
import { PageQueryDto } from './pagination.dto';

export class UpdateNotificationPreferencesDto {
  /** Channels to switch on; IN_APP is always on, whether listed or not. */
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(4)
  @IsEnum(NotificationChannel, { each: true })
  channels!: NotificationChannel[];

  @IsIn(NOTIFICATION_LOCALES)
  locale!: NotificationLocale;
}

export class NotificationsPageQuery extends PageQueryDto {}

export class CapturedMessagesQuery extends PageQueryDto {
  @IsOptional()
  @IsEnum(NotificationChannel)
  channel?: NotificationChannel;

  /** Part of the recipient: an e-mail, or a phone number typed any way. */
  @IsOptional()
  @IsString()
  @MaxLength(254)
  search?: string;
}
