/** Every query of the batches context. Moves of the batch's applications go through ApplicationMovesRepository. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { BatchStatus, Role, companyStatusIn, type CompanyStatus } from '@jumush/domain';
import {
  ApplicationEntity,
  BatchDecisionEntity,
  BatchEntity,
  BatchItemEntity,
  ChecklistItemEntity,
  CompanyCountryStatusEntity,
  CompanyEntity,
  VacancyEntity,
  queryRows,
} from '@jumush/server/database';

/** One row of a batch summary, as the SQL returns it. */
export interface BatchSummaryRow {
  id: string;
  origin_country: string;
  status: BatchStatus;
  submitted_at: Date | null;
  deadline_at: Date | null;
  overdue: boolean;
  decided_at: Date | null;
  return_comment: string | null;
  version: number;
  vacancy_id: string;
  title: string;
  town: string;
  region_code: string;
  positions: number;
  filled_positions: number;
  company_id: string;
  legal_name: string;
  inn: string;
  company_status: string;
  candidate_count: number;
  flagged_count: number;
  approved_count: number;
  refused_count: number;
}

export interface BatchSummaryFilter {
  companyId?: string;
  vacancyId?: string;
  batchId?: string;
  originCountry?: string;
  statuses?: BatchStatus[];
  overdueOnly?: boolean;
  page?: number;
  pageSize?: number;
  /** Flags the reader never sees (candidateFlagsHiddenFrom): a candidate with only these counts as unflagged. */
  hiddenFlags?: readonly string[];
  /**
   * Only batches in these Russian regions (a region-scoped attaché's, regionsCoveredBy): the vacancy's region as
   * decided, or its own before the decision. Absent or null: all.
   */
  regionCodes?: readonly string[] | null;
}

/** One candidate of a batch, as the SQL returns it. */
export interface BatchItemRow {
  application_id: string;
  application_status: string;
  flags: string[];
  decision: 'APPROVED' | 'REFUSED' | null;
  refusal_reason: string | null;
  refusal_text: string | null;
  surname: string | null;
  given_names: string | null;
  surname_latin: string | null;
  given_names_latin: string | null;
  birth_date: string | null;
  passport_number_encrypted: string | null;
  passport_expires_on: string | null;
  readiness_percent: number;
  origin_country: string;
  letter_code: string | null;
}

/** What the candidate flags are computed from, per application of a batch. */
export interface FlagInputRow {
  application_id: string;
  profile_id: string;
  birth_date: string | null;
  passport_expires_on: string | null;
  passport_number_index: string | null;
}

export interface Refusal {
  id: string;
  reasonCode: string;
  text: string | null;
}

@Injectable()
export class BatchesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  // ── Reads ────────────────────────────────────────────────────────────────────

  /**
   * The batch with its Russian region (which regional attaché sees it), in one query: the vacancy's region as decided
   * (the one its letters print), or the vacancy's own before the decision.
   */
  async batchWithRegion(batchId: string): Promise<{ batch: BatchEntity; regionCode: string } | null> {
    const batch = await this.dataSource.getRepository(BatchEntity).findOne({ where: { id: batchId }, relations: { vacancy: true } });
    if (!batch?.vacancy) return null;
    const { vacancy, ...own } = batch;
    const decided = (own.decidedTerms as { vacancy?: { region_code?: unknown } } | null)?.vacancy?.region_code;
    return { batch: Object.assign(new BatchEntity(), own), regionCode: typeof decided === 'string' ? decided : vacancy.regionCode };
  }

  reload(manager: EntityManager, batchId: string): Promise<BatchEntity> {
    return manager.findOneByOrFail(BatchEntity, { id: batchId });
  }

  /** The company's batch, locked for update when asked. */
  companyBatch(manager: EntityManager, companyId: string, batchId: string, lock: boolean): Promise<BatchEntity | null> {
    return manager.findOne(BatchEntity, { where: { id: batchId, companyId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  companyVacancy(companyId: string, vacancyId: string): Promise<VacancyEntity | null> {
    return this.dataSource.getRepository(VacancyEntity).findOneBy({ id: vacancyId, companyId });
  }

  vacancy(manager: EntityManager, vacancyId: string, lock?: 'pessimistic_read' | 'pessimistic_write'): Promise<VacancyEntity> {
    return manager.findOneOrFail(VacancyEntity, { where: { id: vacancyId }, ...(lock ? { lock: { mode: lock } } : {}) });
  }

  lockBatch(manager: EntityManager, batchId: string): Promise<BatchEntity> {
    return manager.findOneOrFail(BatchEntity, { where: { id: batchId }, lock: { mode: 'pessimistic_write' } });
  }

  company(manager: EntityManager, companyId: string): Promise<CompanyEntity> {
    return manager.findOneByOrFail(CompanyEntity, { id: companyId });
  }

  /** The company's status in one country, as companyStatusIn reads it (the admin's block counts as a suspension). */
  async companyStatusIn(manager: EntityManager, companyId: string, country: string): Promise<CompanyStatus> {
    const company = await this.company(manager, companyId);
    return companyStatusIn(company, await manager.findBy(CompanyCountryStatusEntity, { companyId }), country);
  }

  /** The citizenships of the candidates of these applications of a vacancy, once each, in code order. */
  async citizenshipsOf(manager: EntityManager, vacancyId: string, applicationIds: readonly string[]): Promise<string[]> {
    const rows = await queryRows<{ origin_country: string }>(
      manager,
      `SELECT DISTINCT p.origin_country FROM applications a JOIN candidate_profiles p ON p.id = a.candidate_id
        WHERE a.vacancy_id = $1 AND a.id = ANY($2::uuid[]) ORDER BY p.origin_country`,
      [vacancyId, applicationIds],
    );
    return rows.map((row) => row.origin_country);
  }

  items(manager: EntityManager, batchId: string): Promise<BatchItemEntity[]> {
    return manager.findBy(BatchItemEntity, { batchId });
  }

  applicationsOfVacancy(manager: EntityManager, vacancyId: string, ids: string[]): Promise<ApplicationEntity[]> {
    return manager.find(ApplicationEntity, { where: { id: In(ids), vacancyId } });
  }

  /** The applications in the batch, as ids only (a decision plans on 1,000 of them; entities would cost more than the SQL). */
  async itemApplicationIds(manager: EntityManager, batchId: string): Promise<string[]> {
    const rows = await queryRows<{ application_id: string }>(manager, `SELECT application_id FROM batch_items WHERE batch_id = $1`, [batchId]);
    return rows.map((row) => row.application_id);
  }

  decisionReplay(manager: EntityManager, batchId: string, idempotencyKey: string): Promise<BatchDecisionEntity | null> {
    return manager.findOneBy(BatchDecisionEntity, { batchId, idempotencyKey });
  }

  /** The attaché staff of the country who cover the region (a region-scoped attaché hears nothing of another region). */
  async attachesOf(manager: EntityManager, originCountry: string, regionCode: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `SELECT id FROM accounts WHERE role = $1 AND origin_country = $2 AND (covered_regions IS NULL OR $3 = ANY(covered_regions))`,
      [Role.Attache, originCountry, regionCode],
    );
    return rows.map((row) => row.id);
  }

  async recruitersOf(manager: EntityManager, companyId: string): Promise<string[]> {
    const rows = await queryRows<{ account_id: string }>(
      manager,
      `SELECT account_id FROM company_members WHERE company_id = $1 AND account_id IS NOT NULL`,
      [companyId],
    );
    return rows.map((row) => row.account_id);
  }

  summaries(filter: BatchSummaryFilter): Promise<BatchSummaryRow[]> {
    const pageSize = filter.pageSize ?? 100;
    return this.dataSource.query(
      `SELECT b.id, b.origin_country, b.status, b.submitted_at, b.deadline_at, b.overdue, b.decided_at, b.return_comment, b.version,
              v.id AS vacancy_id, v.title, v.town, v.region_code, v.positions, v.filled_positions,
              c.id AS company_id, c.legal_name, c.inn,
              -- The employer's status in the batch's country, as companyStatusIn reads it.
              CASE WHEN c.blocked_at IS NOT NULL THEN 'SUSPENDED' ELSE coalesce(cs.status::text, 'PENDING') END AS company_status,
              count(bi.application_id)::int AS candidate_count,
              count(bi.application_id) FILTER (WHERE NOT (bi.flags <@ $9::text[]))::int AS flagged_count,
              count(bi.application_id) FILTER (WHERE bi.decision = 'APPROVED')::int AS approved_count,
              count(bi.application_id) FILTER (WHERE bi.decision = 'REFUSED')::int AS refused_count
         FROM batches b
         JOIN vacancies v ON v.id = b.vacancy_id
         JOIN companies c ON c.id = b.company_id
         LEFT JOIN company_country_statuses cs ON cs.company_id = b.company_id AND cs.country = b.origin_country
         LEFT JOIN batch_items bi ON bi.batch_id = b.id
        WHERE ($1::uuid IS NULL OR b.company_id = $1) AND ($2::uuid IS NULL OR b.vacancy_id = $2) AND ($3::uuid IS NULL OR b.id = $3)
          AND ($4::char(2) IS NULL OR b.origin_country = $4) AND ($5::batch_status[] IS NULL OR b.status = ANY($5)) AND (NOT $6 OR b.overdue)
          AND ($10::text[] IS NULL OR coalesce(b.decided_terms #>> '{vacancy,region_code}', v.region_code) = ANY($10))
        GROUP BY b.id, v.id, c.id, cs.status
        ORDER BY b.overdue DESC, b.deadline_at ASC NULLS LAST, b.created_at DESC
        LIMIT $7 OFFSET $8`,
      [
        filter.companyId ?? null,
        filter.vacancyId ?? null,
        filter.batchId ?? null,
        filter.originCountry ?? null,
        filter.statuses ?? null,
        filter.overdueOnly ?? false,
        pageSize,
        ((filter.page ?? 1) - 1) * pageSize,
        filter.hiddenFlags ?? [],
        filter.regionCodes ?? null,
      ],
    );
  }

  /** `regionCodes`: only batches of vacancies in these Russian regions; null for all. */
  async queueCounts(
    statuses: BatchStatus[],
    originCountry: string | null,
    overdueOnly: boolean,
    regionCodes: readonly string[] | null = null,
  ): Promise<{ total: number; overdue: number }> {
    const [counts] = await queryRows<{ total: number; overdue: number }>(
      this.dataSource.manager,
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE b.overdue)::int AS overdue FROM batches b
        WHERE b.status = ANY($1::batch_status[]) AND ($2::char(2) IS NULL OR b.origin_country = $2) AND (NOT $3 OR b.overdue)
          AND ($4::text[] IS NULL OR EXISTS (SELECT 1 FROM vacancies v WHERE v.id = b.vacancy_id
                                              AND coalesce(b.decided_terms #>> '{vacancy,region_code}', v.region_code) = ANY($4)))`,
      [statuses, originCountry, overdueOnly, regionCodes],
    );
    return counts;
  }

  /** `hiddenFlags`: flags the reader never sees; a candidate with only these is not "flagged" for them. */
  itemsPage(
    batchId: string,
    options: { flaggedOnly: boolean; page: number; pageSize: number; hiddenFlags: readonly string[] },
  ): Promise<BatchItemRow[]> {
    return this.dataSource.query(
      `SELECT bi.application_id, a.status AS application_status, bi.flags, bi.decision, bi.refusal_reason, bi.refusal_text,
              p.surname, p.given_names, p.surname_latin, p.given_names_latin, p.birth_date, p.passport_number_encrypted, p.passport_expires_on,
              p.readiness_percent, p.origin_country, l.code AS letter_code
         FROM batch_items bi
         JOIN applications a ON a.id = bi.application_id
         JOIN candidate_profiles p ON p.id = a.candidate_id
         LEFT JOIN approval_letters l ON l.application_id = a.id AND l.revoked_at IS NULL
        WHERE bi.batch_id = $1 AND (NOT $2 OR NOT (bi.flags <@ $5::text[]))
        ORDER BY p.surname_latin NULLS LAST, bi.application_id
        LIMIT $3 OFFSET $4`,
      [batchId, options.flaggedOnly, options.pageSize, (options.page - 1) * options.pageSize, options.hiddenFlags],
    );
  }

  async itemsCount(batchId: string, flaggedOnly: boolean, hiddenFlags: readonly string[]): Promise<number> {
    const [{ count }] = await queryRows<{ count: number }>(
      this.dataSource.manager,
      `SELECT count(*)::int AS count FROM batch_items WHERE batch_id = $1 AND (NOT $2 OR NOT (flags <@ $3::text[]))`,
      [batchId, flaggedOnly, hiddenFlags],
    );
    return count;
  }

  // ── Writes, each in the caller's transaction ────────────────────────────────

  insertDraft(manager: EntityManager, draft: Pick<BatchEntity, 'vacancyId' | 'companyId' | 'originCountry' | 'createdBy'>): Promise<BatchEntity> {
    return manager.save(manager.create(BatchEntity, { ...draft, status: BatchStatus.Draft }));
  }

  async removeItems(manager: EntityManager, batchId: string, applicationIds: string[]): Promise<void> {
    await manager.delete(BatchItemEntity, { batchId, applicationId: In(applicationIds) });
  }

  /** Throws the unique violation of batch_items_open_application_unique when an application is in another open batch. */
  async addItems(manager: EntityManager, batchId: string, applicationIds: string[]): Promise<void> {
    await manager.query(`INSERT INTO batch_items (batch_id, application_id) SELECT $1, unnest($2::uuid[])`, [batchId, applicationIds]);
  }

  async updateBatch(manager: EntityManager, batchId: string, changes: Partial<BatchEntity>): Promise<void> {
    await manager.update(BatchEntity, { id: batchId }, changes);
  }

  /**
   * The decision on the batch's items in one statement: every item closed, with its decision (approved, refused
   * with its reason, or none for one withdrawn meanwhile); the vacancy's filled positions; one letter per approval;
   * the batch DECIDED, by whom and when, with the terms as decided, which the letters and the decision sheet print.
   * The CHECK constraint filled_positions <= positions is the last guard against over-approval.
   */
  async decideItems(
    manager: EntityManager,
    decision: {
      batchId: string;
      vacancyId: string;
      approved: string[];
      refusals: Refusal[];
      codes: string[];
      decidedOn: string;
      office: string;
      decidedAt: Date;
      decidedBy: string;
    },
  ): Promise<void> {
    await manager.query(
      `WITH decided (application_id, decision, refusal_reason, refusal_text) AS (
         SELECT id, 'APPROVED', NULL::text, NULL::text FROM unnest($2::uuid[]) AS id
         UNION ALL
         SELECT id, 'REFUSED', code, text FROM unnest($3::uuid[], $4::text[], $5::text[]) AS refusal(id, code, text)
       ), items AS (
         UPDATE batch_items bi
            SET open = false,
                decision = coalesce(d.decision, bi.decision),
                refusal_reason = CASE WHEN d.decision = 'REFUSED' THEN d.refusal_reason ELSE bi.refusal_reason END,
                refusal_text = CASE WHEN d.decision = 'REFUSED' THEN d.refusal_text ELSE bi.refusal_text END
           FROM batch_items own LEFT JOIN decided d ON d.application_id = own.application_id
          WHERE own.batch_id = $1 AND bi.batch_id = own.batch_id AND bi.application_id = own.application_id
       ), positions AS (
         UPDATE vacancies SET filled_positions = filled_positions + cardinality($2::uuid[]), version = version + 1, updated_at = now()
          WHERE id = $6 AND cardinality($2::uuid[]) > 0
       ), snapshot AS (
         -- The terms as decided (the statement sees the vacancy as it was before "positions" above, the same terms).
         UPDATE batches b SET decided_terms = jsonb_build_object('vacancy', to_jsonb(v), 'company', jsonb_build_object('legal_name', c.legal_name, 'inn', c.inn)),
                status = $10, decided_at = $11, decided_by = $12, overdue = false, version = b.version + 1, updated_at = now()
           FROM vacancies v JOIN companies c ON c.id = v.company_id
          WHERE b.id = $1 AND v.id = $6
       )
       INSERT INTO approval_letters (application_id, batch_id, code, decided_on, office) SELECT unnest($2::uuid[]), $1, unnest($7::text[]), $8, $9`,
      [
        decision.batchId,
        decision.approved,
        decision.refusals.map((refusal) => refusal.id),
        decision.refusals.map((refusal) => refusal.reasonCode),
        decision.refusals.map((refusal) => refusal.text),
        decision.vacancyId,
        decision.codes,
        decision.decidedOn,
        decision.office,
        BatchStatus.Decided,
        decision.decidedAt,
        decision.decidedBy,
      ],
    );
  }

  /** The answer kept for retries of the same request (same batch, same idempotency key). */
  async insertDecision(
    manager: EntityManager,
    decision: { batchId: string; idempotencyKey: string; actorId: string; response: object },
  ): Promise<void> {
    await manager.insert(BatchDecisionEntity, { ...decision, response: decision.response as Record<string, unknown> & object });
  }

  // ── Candidate flags ──────────────────────────────────────────────────────────

  flagInputs(manager: EntityManager, batchId: string): Promise<FlagInputRow[]> {
    return queryRows<FlagInputRow>(
      manager,
      `SELECT a.id AS application_id, p.id AS profile_id, p.birth_date, p.passport_expires_on, p.passport_number_index
         FROM batch_items bi JOIN applications a ON a.id = bi.application_id JOIN candidate_profiles p ON p.id = a.candidate_id WHERE bi.batch_id = $1`,
      [batchId],
    );
  }

  checklists(manager: EntityManager, profileIds: string[]): Promise<ChecklistItemEntity[]> {
    return manager.findBy(ChecklistItemEntity, { profileId: In(profileIds) });
  }

  /** Passport blind indexes of candidates in other open batches: the same person applying twice. */
  async passportIndexesInOtherOpenBatches(manager: EntityManager, batchId: string): Promise<Set<string>> {
    const rows = await queryRows<{ passport_number_index: string }>(
      manager,
      `SELECT DISTINCT p.passport_number_index FROM batch_items bi JOIN applications a ON a.id = bi.application_id JOIN candidate_profiles p ON p.id = a.candidate_id
        WHERE bi.open AND bi.batch_id <> $1 AND p.passport_number_index IS NOT NULL`,
      [batchId],
    );
    return new Set(rows.map((row) => row.passport_number_index));
  }

  /**
   * Of these passport blind indexes, those another profile of the country holds too (DUPLICATE_PASSPORT): a number
   * held by two profiles appears among each one's candidates.
   */
  async duplicatedPassportIndexes(manager: EntityManager, originCountry: string, indexes: readonly string[]): Promise<Set<string>> {
    if (indexes.length === 0) return new Set();
    const rows = await queryRows<{ passport_number_index: string }>(
      manager,
      `SELECT passport_number_index FROM candidate_profiles WHERE origin_country = $1 AND passport_number_index = ANY($2::char(64)[])
        GROUP BY passport_number_index HAVING count(*) > 1`,
      [originCountry, [...new Set(indexes)]],
    );
    return new Set(rows.map((row) => row.passport_number_index));
  }

  async saveFlags(manager: EntityManager, batchId: string, flags: Array<{ id: string; flags: string[] }>): Promise<void> {
    await manager.query(
      `UPDATE batch_items bi SET flags = f.flags FROM jsonb_to_recordset($2::jsonb) AS f(id uuid, flags text[]) WHERE bi.batch_id = $1 AND bi.application_id = f.id`,
      [batchId, JSON.stringify(flags)],
    );
  }
}
