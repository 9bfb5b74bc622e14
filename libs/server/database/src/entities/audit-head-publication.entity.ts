import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The audit chain's head as published once a day (append-only): the day, the last link's seq and hash. Anyone who
 * kept an earlier day's hash can tell whether the history up to it was rewritten, even by whoever holds the database.
 */
@Entity({ name: 'audit_head_publications' })
export class AuditHeadPublicationEntity {
  /** The UTC calendar day the head was published on. */
  @PrimaryColumn({ name: 'published_on', type: 'date', primaryKeyConstraintName: 'audit_head_publications_pkey' })
  publishedOn!: string;

  /** The head's position: the chain has no gaps, so it is also how many events it held. */
  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
