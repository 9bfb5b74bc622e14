import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompanyStatus, type SuspensionCategory } from '@jumush/domain';
import { CompanyEntity } from './company.entity';
import { OriginCountryEntity } from './origin-country.entity';

/**
 * One origin country's decision on an employer (see company-countries in libs/domain): its attaché verifies,
 * rejects, suspends or reinstates the company for their own citizens. `relied_on_country` names the country whose
 * verification the attaché relied on, when they verified in one click.
 */
@Entity({ name: 'company_country_statuses' })
@Check(
  'company_country_statuses_suspension_category',
  `"suspension_category" IS NULL OR "suspension_category" IN ('documentsInvalid', 'wageViolation', 'recruitmentFees', 'passportRetention', 'unsafeConditions', 'other')`,
)
@Check('company_country_statuses_relies_on_another', `"relied_on_country" IS NULL OR "relied_on_country" <> "country"`)
// The verification queue of one country: by status, longest waiting first.
@Index('company_country_statuses_queue_idx', ['country', 'status', 'statusChangedAt'])
export class CompanyCountryStatusEntity {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @ManyToOne(() => OriginCountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country' })
  originCountry?: OriginCountryEntity;

  @Column({ type: 'enum', enum: CompanyStatus, enumName: 'company_status', default: CompanyStatus.Pending })
  status!: CompanyStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', default: () => 'now()' })
  statusChangedAt!: Date;

  /** The category of a suspension (SuspensionCategory), published in the registry instead of the reason; null unless SUSPENDED. */
  @Column({ name: 'suspension_category', type: 'varchar', length: 40, nullable: true })
  suspensionCategory!: SuspensionCategory | null;

  @Column({ name: 'relied_on_country', type: 'char', length: 2, nullable: true })
  reliedOnCountry!: string | null;

  @ManyToOne(() => OriginCountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'relied_on_country' })
  reliedOn?: OriginCountryEntity;
}
