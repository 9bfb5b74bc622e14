import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A delayed reminder job to schedule, written in the same transaction as the change that calls for it (e.g. a
 * planned departure date): the worker adds the job to the reminders queue and marks the row queued. While Redis
 * is down the rows wait here, so no reminder is lost.
 */
@Entity({ name: 'reminder_outbox' })
@Index('reminder_outbox_unqueued_idx', ['id'], {
  where: `"queued_at" IS NULL`,
})
export class ReminderOutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** The reminder job's deterministic id: adding it twice is a no-op. */
  @Column({ name: 'job_id', type: 'varchar', length: 200 })
  jobId!: string;

  /** The job's RemindJobData. */
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;
}
