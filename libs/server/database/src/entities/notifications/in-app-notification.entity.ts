import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationType } from '@jumush/contracts';
import { AccountEntity } from '../account.entity';

/** An entry of a person's notification centre, written in their language when it was delivered. */
@Entity({ name: 'in_app_notifications' })
@Index('in_app_notifications_account_idx', ['accountId', 'createdAt'])
@Index('in_app_notifications_unread_idx', ['accountId'], {
  where: `"read_at" IS NULL`,
})
@Index('in_app_notifications_source_unique', ['outboxId', 'accountId'], {
  unique: true,
})
export class InAppNotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  /** The outbox row it came from. */
  @Column({ name: 'outbox_id', type: 'bigint', nullable: true })
  outboxId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  type!: NotificationType;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
