import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A notification request written in the same transaction as the state change it reports
 * (transactional outbox). The worker's relay publishes unpublished rows to the queue in id order.
 */
@Entity({ name: 'outbox_messages' })
@Index('outbox_messages_unpublished_idx', ['id'], {
  where: `"published_at" IS NULL`,
})
@Index('outbox_messages_bundle_unique', ['bundleId', 'bundleIndex'], { unique: true, where: `"bundle_id" IS NOT NULL` })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** What happened, e.g. "application.shortlisted". */
  @Column({ type: 'varchar', length: 64 })
  topic!: string;

  @Column({ name: 'aggregate_type', type: 'varchar', length: 32 })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'varchar', length: 64 })
  aggregateId!: string;

  /** Accounts to tell. */
  @Column({ name: 'recipient_ids', type: 'uuid', array: true })
  recipientIds!: string[];

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** A bundle: this many messages of its topic in `payload.messages`, which the worker writes out as rows of their own. */
  @Column({ name: 'bundle_size', type: 'int', nullable: true })
  bundleSize!: number | null;

  /** A message the worker wrote out of a bundle: the bundle's id, and the message's position in it (from 1). */
  @Column({ name: 'bundle_id', type: 'bigint', nullable: true })
  bundleId!: string | null;

  @Column({ name: 'bundle_index', type: 'int', nullable: true })
  bundleIndex!: number | null;
}
