import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationStatus } from '@jumush/domain';

/** One immutable step of an application's timeline: from, to, who, when, why. */
@Entity({ name: 'application_events' })
@Index('application_events_application_idx', ['applicationId', 'id'])
// BRIN on created_at, for the stage durations (see ApplicationMovesTouchFewerIndexes).
@Index('application_events_created_brin', { synchronize: false })
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({
    name: 'from_status',
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    nullable: true,
  })
  fromStatus!: ApplicationStatus | null;

  @Column({
    name: 'to_status',
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
  })
  toStatus!: ApplicationStatus;

  @Column({ name: 'actor_role', type: 'varchar', length: 16 })
  actorRole!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
