import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SuspensionCategory } from '@jumush/domain';

/**
 * A Russian employer, identified by INN and OGRN, verified by each origin country's labour attaché before it recruits
 * that country's citizens (CompanyCountryStatusEntity); the admin may block it everywhere at once.
 */
@Entity({ name: 'companies' })
@Check(
  'companies_blocked_category',
  `"blocked_category" IS NULL OR "blocked_category" IN ('documentsInvalid', 'wageViolation', 'recruitmentFees', 'passportRetention', 'unsafeConditions', 'other')`,
)
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'legal_name', type: 'varchar', length: 300 })
  legalName!: string;

  /** One INN registers once. */
  @Index('companies_inn_unique', { unique: true })
  @Column({ type: 'varchar', length: 12 })
  inn!: string;

  @Index('companies_ogrn_unique', { unique: true })
  @Column({ type: 'varchar', length: 15 })
  ogrn!: string;

  @Column({ name: 'legal_address', type: 'varchar', length: 500 })
  legalAddress!: string;

  @Column({ name: 'region_code', type: 'varchar', length: 2 })
  regionCode!: string;

  @Column({ name: 'contact_person', type: 'varchar', length: 120 })
  contactPerson!: string;

  @Column({ type: 'varchar', length: 16 })
  phone!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** The admin's global block: while set, the company recruits in no country, whatever each country decided. */
  @Column({ name: 'blocked_at', type: 'timestamptz', nullable: true })
  blockedAt!: Date | null;

  @Column({ name: 'blocked_reason', type: 'text', nullable: true })
  blockedReason!: string | null;

  /** The category of the admin's block (SuspensionCategory), published in the registry instead of the reason. */
  @Column({ name: 'blocked_category', type: 'varchar', length: 40, nullable: true })
  blockedCategory!: SuspensionCategory | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
