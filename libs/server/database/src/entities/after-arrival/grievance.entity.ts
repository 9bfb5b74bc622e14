import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GrievanceStatus } from '@jumush/domain';

/**
 * A migrant's grievance after arrival, routed to the attachés of their country covering the work region. The
 * country and region are copied at opening: they decide who sees it, whatever happens to the vacancy later.
 */
@Entity({ name: 'grievances' })
@Index('grievances_queue_idx', ['originCountry', 'status', 'createdAt'])
@Index('grievances_candidate_idx', ['candidateId', 'createdAt'])
// One grievance per check-in question: the same "no" answered twice opens one case.
@Index('grievances_check_in_question_key', ['checkInId', 'category'], { unique: true, where: `"check_in_id" IS NOT NULL` })
export class GrievanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ name: 'check_in_id', type: 'uuid', nullable: true })
  checkInId!: string | null;

  @Column({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;

  /** The Russian region of the job (a code of RUSSIAN_REGIONS). */
  @Column({ name: 'region_code', type: 'varchar', length: 8 })
  regionCode!: string;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  category!: string;

  @Column({ type: 'text' })
  description!: string;

  /** The employer never learns who complained. */
  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  @Column({ type: 'enum', enum: GrievanceStatus, enumName: 'grievance_status', default: GrievanceStatus.Received })
  status!: GrievanceStatus;

  /** Where it was referred to, while REFERRED. */
  @Column({ name: 'referred_to', type: 'text', nullable: true })
  referredTo!: string | null;

  /** What came of it, recorded when resolved. */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** When the stage waiting on the staff is due (taken up; resolved or referred); null once nothing is owed. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;
}
