import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ApplicationStatus } from '@jumush/domain';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { VacancyEntity } from './vacancy.entity';

/** A candidate's application to a vacancy. One per candidate and vacancy, guaranteed by a unique index. */
@Entity({ name: 'applications' })
@Index('applications_vacancy_candidate_unique', ['vacancyId', 'candidateId'], {
  unique: true,
})
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Index('applications_candidate_idx')
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateProfileEntity;

  @Column({
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    default: ApplicationStatus.Submitted,
  })
  status!: ApplicationStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Optimistic lock: every transition names the version it saw, so two people acting at once cannot both win. */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
