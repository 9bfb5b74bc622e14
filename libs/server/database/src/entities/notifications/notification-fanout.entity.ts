import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OutboxMessageEntity } from '../outbox-message.entity';

/**
 * Written when an outbox row has been expanded into its deliveries. A published row without one
 * (its job was lost with Redis' data) is queued again by the worker's sweeper.
 */
@Entity({ name: 'notification_fanouts' })
export class NotificationFanoutEntity {
  @PrimaryColumn({ name: 'outbox_id', type: 'bigint' })
  outboxId!: string;

  @ManyToOne(() => OutboxMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outbox_id' })
  outbox?: OutboxMessageEntity;

  /** Deliveries the event expanded into (recipients × channels). */
  @Column({ type: 'int' })
  deliveries!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
