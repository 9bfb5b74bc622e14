import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OutboxMessageEntity } from '../outbox-message.entity';

/** A reminder that came due and wrote its outbox row; the key makes a retried reminder job write nothing twice. */
@Entity({ name: 'notification_reminders' })
export class NotificationReminderEntity {
  /** The reminder job's id, e.g. "remind.departure.<application>.2026-04-18". */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ name: 'outbox_id', type: 'bigint' })
  outboxId!: string;

  @ManyToOne(() => OutboxMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outbox_id' })
  outbox?: OutboxMessageEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
