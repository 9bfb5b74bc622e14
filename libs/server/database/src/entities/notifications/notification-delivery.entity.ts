import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DeliveryStatus, NotificationChannel } from '@jumush/contracts';
import { AccountEntity } from '../account.entity';
import { OutboxMessageEntity } from '../outbox-message.entity';

/**
 * The record of one message to one person on one channel — what makes an at-least-once queue
 * deliver effectively once: a delivery job locks its row, sends only if it is not DELIVERED yet,
 * and marks it DELIVERED in the same transaction.
 */
@Entity({ name: 'notification_deliveries' })
// NULLS NOT DISTINCT (written in the migration): an e-mail to an address without an account is one delivery too.
@Index('notification_deliveries_key_unique', { synchronize: false })
@Index('notification_deliveries_status_idx', ['status', 'updatedAt'])
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'outbox_id', type: 'bigint' })
  outboxId!: string;

  @ManyToOne(() => OutboxMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outbox_id' })
  outbox?: OutboxMessageEntity;

  /** Null for a message to an address with no account (an invitation to a colleague who has not registered). */
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({
    type: 'enum',
    enum: NotificationChannel,
    enumName: 'notification_channel',
  })
  channel!: NotificationChannel;

  @Column({
    type: 'enum',
    enum: DeliveryStatus,
    enumName: 'notification_delivery_status',
    default: DeliveryStatus.Pending,
  })
  status!: DeliveryStatus;

  /** Attempts that reached the send step. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({
    name: 'provider_message_id',
    type: 'varchar',
    length: 128,
    nullable: true,
  })
  providerMessageId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
