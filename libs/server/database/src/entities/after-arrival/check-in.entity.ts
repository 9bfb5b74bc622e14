import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One check-in after arrival (day 3, 30, 90…): created with the arrival, answered by the migrant question by
 * question. One per (application, day), so the same answer from an SMS link and from Telegram records one check-in.
 */
@Entity({ name: 'check_ins' })
@Index('check_ins_application_day_key', ['applicationId', 'day'], { unique: true })
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  /** Days after the arrival. */
  @Column({ type: 'smallint' })
  day!: number;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** Question → 'yes' | 'no', as answered so far. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  answers!: Record<string, string>;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
