import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NotificationChannel, type NotificationLocale } from '@jumush/contracts';
import { AccountEntity } from '../account.entity';

/**
 * How one account wants to be told: channels and language. No row, or NULL columns, mean the
 * defaults of the account's role (see defaultPreferences in @jumush/server/notifications).
 */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  /** Chosen channels; IN_APP is always on whether listed or not. NULL: the role's default. */
  @Column({
    type: 'enum',
    enum: NotificationChannel,
    enumName: 'notification_channel',
    array: true,
    nullable: true,
  })
  channels!: NotificationChannel[] | null;

  /** ky, ru, uz, tg or en. NULL: the role's default. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  locale!: NotificationLocale | null;

  /** The Telegram chat linked to this account (the bot writes there); `/stop` in that chat finds it by this index. */
  @Index('notification_preferences_telegram_chat_idx', {
    where: `"telegram_chat_id" IS NOT NULL`,
  })
  @Column({
    name: 'telegram_chat_id',
    type: 'varchar',
    length: 32,
    nullable: true,
  })
  telegramChatId!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
