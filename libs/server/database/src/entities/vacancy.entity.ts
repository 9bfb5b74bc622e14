import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { HousingOption, MealsOption, RussianLevel, ShiftPattern } from '@jumush/contracts';
import { VacancyStatus } from '@jumush/domain';
import { CompanyEntity } from './company.entity';

/**
 * A job offer with its real terms up front. `searchText` holds what the search matches besides
 * the title (occupation names in every language, town, description); the full-text vector is
 * generated from it by PostgreSQL.
 */
@Entity({ name: 'vacancies' })
@Check('vacancies_filled_within_positions', `"filled_positions" >= 0 AND "filled_positions" <= "positions"`)
// Search pages by (published_at, id): a published vacancy without the time would fall out of them.
@Check('vacancies_published_has_time', `"status" <> 'PUBLISHED' OR "published_at" IS NOT NULL`)
@Check('vacancies_paid_housing_has_cost', `"housing" <> 'PAID' OR "housing_cost_roubles" IS NOT NULL`)
@Index('vacancies_company_idx', ['companyId', 'status'])
@Index('vacancies_review_queue_idx', ['submittedAt'], {
  where: `"status" = 'PENDING_REVIEW'`,
})
// Search indexes, all partial on published vacancies; GIN indexes are written by hand in the migration.
@Index('vacancies_published_newest_idx', ['publishedAt', 'id'], {
  where: `"status" = 'PUBLISHED'`,
})
@Index('vacancies_published_wage_idx', ['monthlyWageRoubles', 'id'], {
  where: `"status" = 'PUBLISHED'`,
})
@Index('vacancies_published_region_idx', ['regionCode', 'publishedAt'], {
  where: `"status" = 'PUBLISHED'`,
})
// The open feed for job aggregators pages by last change (apps/api/src/app/job-feeds).
@Index('vacancies_published_updated_idx', ['updatedAt', 'id'], { where: `"status" = 'PUBLISHED'` })
@Index('vacancies_published_occupation_idx', ['occupationCode', 'publishedAt'], { where: `"status" = 'PUBLISHED'` })
// Published vacancies past their deadline, not yet closed: the search subtracts them from the facet rollup.
@Index('vacancies_published_deadline_idx', ['applicationDeadline'], { where: `"status" = 'PUBLISHED'` })
@Index('vacancies_search_vector_idx', { synchronize: false })
@Index('vacancies_search_trigram_idx', { synchronize: false })
@Index('vacancies_published_facets_idx', { synchronize: false })
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  /**
   * The origin countries whose migrants the vacancy recruits, chosen by the employer among those that verified it
   * (see openToProblem): their attachés review it, their migrants find it and may apply.
   */
  @Column({ name: 'open_to', type: 'text', array: true, default: () => `'{}'` })
  openTo!: string[];

  @Column({
    type: 'enum',
    enum: VacancyStatus,
    enumName: 'vacancy_status',
    default: VacancyStatus.Draft,
  })
  status!: VacancyStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  /** Optimistic lock: an update names the version it read. */
  @VersionColumn()
  version!: number;

  @Column({ type: 'varchar', length: 150 })
  title!: string;

  @Column({ name: 'occupation_code', type: 'varchar', length: 4 })
  occupationCode!: string;

  @Column({ name: 'region_code', type: 'varchar', length: 2 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 100 })
  town!: string;

  @Column({ name: 'monthly_wage_roubles', type: 'int' })
  monthlyWageRoubles!: number;

  @Column({ name: 'weekly_hours', type: 'smallint' })
  weeklyHours!: number;

  @Column({
    name: 'shift_pattern',
    type: 'enum',
    enum: ShiftPattern,
    enumName: 'shift_pattern',
  })
  shiftPattern!: ShiftPattern;

  @Column({ type: 'enum', enum: HousingOption, enumName: 'housing_option' })
  housing!: HousingOption;

  @Column({ name: 'housing_cost_roubles', type: 'int', nullable: true })
  housingCostRoubles!: number | null;

  @Column({ type: 'enum', enum: MealsOption, enumName: 'meals_option' })
  meals!: MealsOption;

  @Column({ name: 'travel_paid', type: 'boolean' })
  travelPaid!: boolean;

  @Column({ type: 'boolean' })
  insurance!: boolean;

  @Column({ name: 'contract_months', type: 'smallint' })
  contractMonths!: number;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ type: 'int' })
  positions!: number;

  @Column({ name: 'filled_positions', type: 'int', default: 0 })
  filledPositions!: number;

  @Column({
    name: 'russian_level',
    type: 'enum',
    enum: RussianLevel,
    enumName: 'russian_level',
  })
  russianLevel!: RussianLevel;

  @Column({ name: 'experience_years', type: 'smallint', default: 0 })
  experienceYears!: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  skills!: string[];

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'application_deadline', type: 'date' })
  applicationDeadline!: string;

  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText!: string;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('russian', coalesce("title", '')), 'A') || setweight(to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("search_text", '')), 'B') || setweight(to_tsvector('russian', coalesce("search_text", '')), 'C')`,
    insert: false,
    update: false,
    select: false,
  })
  searchVector?: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
