import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationChannel } from '@jumush/contracts';

/**
 * A message that development and test setups keep instead of sending: SMS when no gateway is
 * configured, e-mail caught by the worker's in-process SMTP server. Admins read them in the web.
 */
@Entity({ name: 'captured_messages' })
export class CapturedMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({
    type: 'enum',
    enum: NotificationChannel,
    enumName: 'notification_channel',
  })
  channel!: NotificationChannel;

  /** Phone number, e-mail address or chat id. */
  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @Column({ name: 'outbox_id', type: 'bigint', nullable: true })
  outboxId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
