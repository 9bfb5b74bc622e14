import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { LanguageSkill, OccupationExperience } from '@jumush/contracts';
import { EducationLevel, RussianLevel, Sex } from '@jumush/contracts';
import { AccountEntity } from './account.entity';

/**
 * A migrant's pre-departure profile. The passport number is stored only encrypted; its keyed hash (blind index)
 * finds the profiles that share a number without decrypting. Sharing is allowed and flagged to the attaché
 * (DUPLICATE_PASSPORT): refusing it told anyone whether a number was held, and let a stranger squat it first.
 */
@Entity({ name: 'candidate_profiles' })
@Index('candidate_profiles_passport_idx', ['originCountry', 'passportNumberIndex'], { where: `"passport_number_index" IS NOT NULL` })
export class CandidateProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('candidate_profiles_account_unique', { unique: true })
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @OneToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({ name: 'origin_country', type: 'char', length: 2 })
  originCountry!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  surname!: string | null;

  @Column({ name: 'given_names', type: 'varchar', length: 120, nullable: true })
  givenNames!: string | null;

  @Column({
    name: 'surname_latin',
    type: 'varchar',
    length: 80,
    nullable: true,
  })
  surnameLatin!: string | null;

  @Column({
    name: 'given_names_latin',
    type: 'varchar',
    length: 120,
    nullable: true,
  })
  givenNamesLatin!: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'enum', enum: Sex, enumName: 'sex', nullable: true })
  sex!: Sex | null;

  @Column({
    name: 'residence_region_code',
    type: 'varchar',
    length: 16,
    nullable: true,
  })
  residenceRegionCode!: string | null;

  @Column({
    name: 'residence_district_code',
    type: 'varchar',
    length: 16,
    nullable: true,
  })
  residenceDistrictCode!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  languages!: LanguageSkill[];

  /** Denormalised from `languages` so employers can filter on it. */
  @Column({
    name: 'russian_level',
    type: 'enum',
    enum: RussianLevel,
    enumName: 'russian_level',
    nullable: true,
  })
  russianLevel!: RussianLevel | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  occupations!: OccupationExperience[];

  @Column({ name: 'experience_years', type: 'smallint', default: 0 })
  experienceYears!: number;

  @Column({
    type: 'enum',
    enum: EducationLevel,
    enumName: 'education_level',
    nullable: true,
  })
  education!: EducationLevel | null;

  @Column({
    name: 'preferred_region_codes',
    type: 'text',
    array: true,
    default: () => `'{}'`,
  })
  preferredRegionCodes!: string[];

  @Column({ name: 'passport_number_encrypted', type: 'text', nullable: true })
  passportNumberEncrypted!: string | null;

  @Column({
    name: 'passport_number_index',
    type: 'char',
    length: 64,
    nullable: true,
  })
  passportNumberIndex!: string | null;

  @Column({ name: 'passport_expires_on', type: 'date', nullable: true })
  passportExpiresOn!: string | null;

  @Column({
    name: 'consent_version',
    type: 'varchar',
    length: 16,
    nullable: true,
  })
  consentVersion!: string | null;

  @Column({ name: 'consent_given_at', type: 'timestamptz', nullable: true })
  consentGivenAt!: Date | null;

  /** The day the migrant plans to leave (their own plan, on Bishkek's calendar); 3 days before, they are reminded of open checklist items. */
  @Column({ name: 'planned_departure_on', type: 'date', nullable: true })
  plannedDepartureOn!: string | null;

  /** Kept up to date from the checklist, so employers can filter applicants by it. */
  @Column({ name: 'readiness_percent', type: 'smallint', default: 0 })
  readinessPercent!: number;

  /** Set when the account is deleted: the profile stays only as anonymised history of approved applications. */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
