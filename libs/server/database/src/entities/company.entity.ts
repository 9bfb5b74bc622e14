import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CompanyStatus } from '@jumush/domain';

/** A Russian employer, identified by INN and OGRN, verified by the labour attaché before it recruits. */
@Entity({ name: 'companies' })
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

  @Index('companies_status_idx')
  @Column({
    type: 'enum',
    enum: CompanyStatus,
    enumName: 'company_status',
    default: CompanyStatus.Pending,
  })
  status!: CompanyStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({
    name: 'status_changed_at',
    type: 'timestamptz',
    default: () => 'now()',
  })
  statusChangedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
