/**
 * The only code of the employer's and the attaché's side that reads and writes vacancies and their revisions (the
 * public search has its own statements in vacancy-search.ts). Methods that take part in a move take the caller's
 * EntityManager, so the move, its revision and its audit event commit together.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OutboxTopic, type VacancyTermsView } from '@jumush/contracts';
import { OPEN_APPLICATION_STATUSES, VacancyStatus, type AutomaticClosureCause, type IsoDate } from '@jumush/domain';
import { CompanyCountryStatusEntity, VacancyEntity, VacancyRevisionEntity, queryRows, type CompanyEntity } from '@jumush/server/database';
import type { VacancyTermsChanges } from '@jumush/server/notifications';

/** A vacancy with its employer and each country's decision on the employer. */
export type VacancyWithCompany = VacancyEntity & { company: CompanyEntity; companyCountries: CompanyCountryStatusEntity[] };

/** What a new draft is made of: its terms, their search text, and who created it for which company. */
export type NewVacancy = VacancyTermsView & { searchText: string; openTo: string[]; companyId: string; status: VacancyStatus; createdBy: string };

export interface VacancyStatusCountRow {
  status: VacancyStatus;
  count: number;
}

export interface NewVacancyRevision {
  vacancyId: string;
  version: number;
  status: VacancyStatus;
  terms: VacancyTermsView;
  createdBy: string;
}

export interface VacancyDueToCloseRow {
  id: string;
  cause: AutomaticClosureCause;
}

@Injectable()
export class VacanciesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A company's vacancy; another company's is null, as a missing one. */
  findOfCompany(id: string, companyId: string, manager: EntityManager = this.dataSource.manager): Promise<VacancyEntity | null> {
    return manager.findOneBy(VacancyEntity, { id, companyId });
  }

  async findWithCompany(id: string, manager: EntityManager = this.dataSource.manager): Promise<VacancyWithCompany | null> {
    const vacancy = await manager.findOne(VacancyEntity, { where: { id }, relations: { company: true } });
    if (!vacancy?.company) return null;
    const [withCountries] = await this.withCompanyCountries([vacancy as VacancyEntity & { company: CompanyEntity }], manager);
    return withCountries ?? null;
  }

  /** Each country's decision on a company, in code order. */
  companyCountries(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyCountryStatusEntity[]> {
    return manager.find(CompanyCountryStatusEntity, { where: { companyId }, order: { country: 'ASC' } });
  }

  private async withCompanyCountries(
    vacancies: Array<VacancyEntity & { company: CompanyEntity }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VacancyWithCompany[]> {
    const companyIds = [...new Set(vacancies.map((vacancy) => vacancy.companyId))];
    const rows = companyIds.length
      ? await manager.find(CompanyCountryStatusEntity, { where: { companyId: In(companyIds) }, order: { country: 'ASC' } })
      : [];
    return vacancies.map((vacancy) => Object.assign(vacancy, { companyCountries: rows.filter((row) => row.companyId === vacancy.companyId) }));
  }

  async insert(manager: EntityManager, vacancy: NewVacancy): Promise<VacancyEntity> {
    const { identifiers } = await manager.insert(VacancyEntity, vacancy);
    return manager.findOneByOrFail(VacancyEntity, { id: (identifiers[0] as { id: string }).id });
  }

  /**
   * Applies `changes` only if the vacancy still has the status and version that were read (the version column
   * bumps itself); the vacancy as saved, or null when someone else changed it first.
   */
  async updateIfUnchanged(
    manager: EntityManager,
    vacancy: Pick<VacancyEntity, 'id' | 'status' | 'version'>,
    changes: QueryDeepPartialEntity<VacancyEntity>,
  ): Promise<VacancyEntity | null> {
    const result = await manager.update(VacancyEntity, { id: vacancy.id, status: vacancy.status, version: vacancy.version }, changes);
    if (!result.affected) return null;
    return manager.findOneByOrFail(VacancyEntity, { id: vacancy.id });
  }

  /**
   * Published vacancies no longer open to applicants on `today` (Moscow): the application deadline passed or every
   * position is filled — the same rule the public search applies (vacancy-search.ts). Oldest deadline first.
   */
  dueToClose(today: IsoDate, vacancyIds?: readonly string[], limit = 500): Promise<VacancyDueToCloseRow[]> {
    return queryRows<VacancyDueToCloseRow>(
      this.dataSource.manager,
      `SELECT id, CASE WHEN filled_positions >= positions THEN 'filled' ELSE 'deadlinePassed' END AS cause
         FROM vacancies
        WHERE status = 'PUBLISHED' AND (application_deadline < $1::date OR filled_positions >= positions)
          ${vacancyIds ? 'AND id = ANY($3::uuid[])' : ''}
        ORDER BY application_deadline, id LIMIT $2`,
      vacancyIds ? [today, limit, vacancyIds] : [today, limit],
    );
  }

  /** The vacancy, locked for the rest of the caller's transaction. */
  findForUpdate(manager: EntityManager, id: string): Promise<VacancyEntity | null> {
    return manager.findOne(VacancyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insertRevision(manager: EntityManager, revision: NewVacancyRevision): Promise<void> {
    await manager.insert(VacancyRevisionEntity, revision);
  }

  /** The accounts of the members of a company: who hears of the review of its vacancies. */
  async companyMemberAccountIds(manager: EntityManager, companyId: string): Promise<string[]> {
    const rows = await queryRows<{ account_id: string }>(
      manager,
      'SELECT account_id FROM company_members WHERE company_id = $1 AND account_id IS NOT NULL ORDER BY owner DESC, created_at',
      [companyId],
    );
    return rows.map((row) => row.account_id);
  }

  /**
   * Tells the candidate of every open application of the vacancy that its terms changed: one outbox row per
   * application (OutboxTopic.VacancyChanged, so each links to its own application), in one statement. The count written.
   */
  async tellOpenApplicantsOfChange(
    manager: EntityManager,
    vacancy: Pick<VacancyEntity, 'id' | 'title'>,
    changes: VacancyTermsChanges,
  ): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
       SELECT $1, 'application', a.id::text, ARRAY[p.account_id],
              jsonb_build_object('applicationId', a.id, 'vacancyId', a.vacancy_id, 'vacancyTitle', $3::text, 'changes', $4::jsonb)
         FROM applications a JOIN candidate_profiles p ON p.id = a.candidate_id
        WHERE a.vacancy_id = $2 AND a.status = ANY($5::application_status[]) AND p.account_id IS NOT NULL
        ORDER BY a.id
       RETURNING id::text AS id`,
      [OutboxTopic.VacancyChanged, vacancy.id, vacancy.title, JSON.stringify(changes), OPEN_APPLICATION_STATUSES],
    );
    return rows.length;
  }

  /** Revisions oldest first. */
  revisionsOf(vacancyId: string, manager: EntityManager = this.dataSource.manager): Promise<VacancyRevisionEntity[]> {
    return manager.find(VacancyRevisionEntity, { where: { vacancyId }, order: { version: 'ASC' } });
  }

  /** One page of a company's vacancies, most recently changed first, and how many there are in all. */
  pageOfCompany(companyId: string, status: VacancyStatus | undefined, offset: number, limit: number): Promise<[VacancyEntity[], number]> {
    return this.dataSource.getRepository(VacancyEntity).findAndCount({
      where: { companyId, ...(status ? { status } : {}) },
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  /** A company's vacancies per status; statuses it has none in are missing. */
  countsByStatus(companyId: string): Promise<VacancyStatusCountRow[]> {
    return this.dataSource.query<VacancyStatusCountRow[]>(
      'SELECT status, count(*)::int AS count FROM vacancies WHERE company_id = $1 GROUP BY status',
      [companyId],
    );
  }

  /**
   * Vacancies waiting for review (open to one origin country, or to any when null; in these Russian regions, or in any
   * when null), longest waiting first, with their employer.
   */
  async reviewQueue(
    country: string | null,
    regions: readonly string[] | null,
    offset: number,
    limit: number,
  ): Promise<[VacancyWithCompany[], number]> {
    const query = this.dataSource
      .getRepository(VacancyEntity)
      .createQueryBuilder('v')
      .innerJoinAndSelect('v.company', 'company')
      .where('v.status = :status', { status: VacancyStatus.PendingReview })
      .orderBy('v.submitted_at', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .skip(offset)
      .take(limit);
    if (country !== null) query.andWhere(':country = ANY(v.open_to)', { country });
    if (regions !== null) query.andWhere('v.region_code = ANY(:regions)', { regions: [...regions] });
    const [items, total] = await query.getManyAndCount();
    return [await this.withCompanyCountries(items as Array<VacancyEntity & { company: CompanyEntity }>), total];
  }

  /** The attachés who review a vacancy: of the countries it is open to, covering its region (or all of Russia). */
  async reviewersOf(manager: EntityManager, countries: readonly string[], regionCode: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `SELECT id::text AS id FROM accounts
        WHERE role = 'ATTACHE' AND disabled_at IS NULL AND origin_country = ANY($1::text[])
          AND (covered_regions IS NULL OR $2 = ANY(covered_regions))
        ORDER BY id`,
      [[...countries], regionCode],
    );
    return rows.map((row) => row.id);
  }
}
