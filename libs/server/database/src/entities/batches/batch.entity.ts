import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { BatchStatus } from '@jumush/domain';
import { CompanyEntity } from '../company.entity';
import { VacancyEntity } from '../vacancy.entity';

/** Shortlisted candidates of one vacancy, sent together to the attaché of their country for one decision. */
@Entity({ name: 'batches' })
@Index('batches_queue_idx', ['originCountry', 'status', 'deadlineAt'])
@Index('batches_vacancy_idx', ['vacancyId'])
export class BatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @Column({ name: 'origin_country', type: 'char', length: 2 })
  originCountry!: string;

  @Column({
    type: 'enum',
    enum: BatchStatus,
    enumName: 'batch_status',
    default: BatchStatus.Draft,
  })
  status!: BatchStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt!: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  overdue!: boolean;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  /**
   * The vacancy's terms and the employer's name as they stood at the decision: letters and the decision sheet print
   * these, so a later edit of the vacancy never changes an issued document. Null until decided.
   */
  @Column({ name: 'decided_terms', type: 'jsonb', nullable: true })
  decidedTerms!: object | null;

  @Column({ name: 'return_comment', type: 'text', nullable: true })
  returnComment!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
