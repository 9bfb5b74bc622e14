import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only, hash-chained record of a decision: who did what to which thing, when and why. */
@Entity({ name: 'audit_events' })
@Index('audit_events_subject_idx', ['subjectType', 'subjectId'])
// GIN on data -> 'applications' of the events of application moves (subject_type 'applications'); see OneRecordPerMove.
@Index('audit_events_applications_idx', { synchronize: false })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 16, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64 })
  subjectId!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Position in the hash chain; set by the database trigger (see the AuditChain migration). */
  @Index('audit_events_seq_unique', { unique: true })
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({
    name: 'prev_hash',
    type: 'char',
    length: 64,
    nullable: true,
    insert: false,
    update: false,
  })
  prevHash!: string | null;

  @Column({ type: 'char', length: 64, insert: false, update: false })
  hash!: string;
}
