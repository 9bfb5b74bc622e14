/** Every query of the batches context. Moves of the batch's applications go through ApplicationMovesRepository. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { BatchStatus, Role, companyStatusIn, type CompanyStatus } from '@jumush/domain';
import type { OutboxTopic } from '@jumush/contracts';
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
import type { MoveSequel } from '../applications/application-moves.repository';

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

/** What the decision reads of its batch and vacancy, both locked, and the answer already given to its idempotency key. */
export interface DecisionLocks {
  batch: Pick<BatchEntity, 'id' | 'status' | 'companyId' | 'originCountry'>;
  vacancy: Pick<VacancyEntity, 'id' | 'title' | 'positions' | 'filledPositions'>;
  replay: Record<string, unknown> | null;
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
    // The vacancy's region alone: every route of a batch reads this first, and a whole vacancy is about 2 kB.
    const { entities, raw } = await this.dataSource
      .getRepository(BatchEntity)
      .createQueryBuilder('batch')
      .innerJoin('batch.vacancy', 'vacancy')
      .addSelect('vacancy.region_code', 'vacancy_region_code')
      .where('batch.id = :batchId', { batchId })
      .getRawAndEntities<{ vacancy_region_code: string }>();
    const [batch] = entities;
    if (!batch || !raw[0]) return null;
    const decided = (batch.decidedTerms as { vacancy?: { region_code?: unknown } } | null)?.vacancy?.region_code;
    return { batch, regionCode: typeof decided === 'string' ? decided : raw[0].vacancy_region_code };
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

  /**
   * The decision's locks in one statement: the vacancy, then the batch (the order every writer of a vacancy's batches
   * takes), what the decision reads of them, and the answer already given to this idempotency key. That answer is read
   * in the statement's snapshot, taken before the locks were granted: a caller that finds the batch changed while it
   * waited asks again with `decisionReplay`, in a statement of its own. Null when the batch or its vacancy is gone.
   */
  async lockForDecision(manager: EntityManager, batchId: string, vacancyId: string, idempotencyKey: string): Promise<DecisionLocks | null> {
    const [row] = await queryRows<{
      vacancy_id: string;
      title: string;
      positions: number;
      filled_positions: number;
      batch_id: string;
      status: BatchStatus;
      company_id: string;
      origin_country: string;
      replay: Record<string, unknown> | null;
    }>(
      manager,
      `WITH vacancy AS (
         SELECT id, title, positions, filled_positions FROM vacancies WHERE id = $2 FOR UPDATE
       ), batch AS (
         SELECT b.id, b.status, b.company_id, b.origin_country FROM batches b WHERE b.id = $1 AND EXISTS (SELECT 1 FROM vacancy) FOR UPDATE
       )
       SELECT v.id AS vacancy_id, v.title, v.positions, v.filled_positions, b.id AS batch_id, b.status, b.company_id, b.origin_country,
              (SELECT d.response FROM batch_decisions d WHERE d.batch_id = $1 AND d.idempotency_key = $3) AS replay
         FROM vacancy v CROSS JOIN batch b`,
      [batchId, vacancyId, idempotencyKey],
    );
    if (!row) return null;
    return {
      vacancy: { id: row.vacancy_id, title: row.title, positions: row.positions, filledPositions: row.filled_positions },
      batch: { id: row.batch_id, status: row.status, companyId: row.company_id, originCountry: row.origin_country },
      replay: row.replay,
    };
  }

  /**
   * What the decision's plan reads once the batch is locked, in one statement: the employer's status in the batch's
   * country (as companyStatusIn reads it) and the applications of the batch's items.
   */
  async decisionInputs(
    manager: EntityManager,
    batch: Pick<BatchEntity, 'id' | 'companyId' | 'originCountry'>,
  ): Promise<{ companyStatus: CompanyStatus; applicationIds: string[] }> {
    const [row] = await queryRows<{ blocked_at: Date | null; country_status: CompanyStatus | null; application_ids: string[] }>(
      manager,
      `SELECT c.blocked_at,
              (SELECT s.status FROM company_country_statuses s WHERE s.company_id = c.id AND s.country = $3) AS country_status,
              ARRAY(SELECT bi.application_id FROM batch_items bi WHERE bi.batch_id = $1) AS application_ids
         FROM companies c WHERE c.id = $2`,
      [batch.id, batch.companyId, batch.originCountry],
    );
    if (!row) throw new Error(`No company ${batch.companyId}`);
    const standings = row.country_status === null ? [] : [{ country: batch.originCountry, status: row.country_status }];
    return { companyStatus: companyStatusIn({ blockedAt: row.blocked_at }, standings, batch.originCountry), applicationIds: row.application_ids };
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
   * The decision on the batch's items, written by the statement of the decision's last application move (its sequel,
   * see ApplicationMovesRepository.moveWith): every item closed, with its decision (approved, refused with its reason,
   * or none for one withdrawn meanwhile); the vacancy's filled positions; one letter per approval, with the codes in
   * the approvals' id order; the batch DECIDED, by whom and when, with the terms as decided, which the letters and
   * the decision sheet print. The move's rows (`enriched`) are the approvals when the approval move carries it, the
   * refusals when the refusal move does (the approvals then moved in an earlier statement: `approvedBefore`). The
   * CHECK constraint filled_positions <= positions is the last guard against over-approval.
   */
  decisionSequel(decision: {
    batchId: string;
    vacancyId: string;
    /** What the carrying move's moved rows are. */
    moved: 'approved' | 'refused';
    /** The approvals an earlier statement moved, when the refusals carry the decision. */
    approvedBefore: readonly string[];
    /** The planned refusals' reasons: those whose application the carrying move moved are recorded. */
    refusals: readonly Refusal[];
    /** At least one per approval; the first ones are used. */
    codes: readonly string[];
    decidedOn: string;
    office: string;
    decidedAt: Date;
    decidedBy: string;
  }): MoveSequel {
    return (param) => {
      const batchId = param(decision.batchId, 'uuid');
      const vacancyId = param(decision.vacancyId, 'uuid');
      // Refusals' reasons by application id (jsonb: one lookup per refused item).
      const reasons = param(
        JSON.stringify(Object.fromEntries(decision.refusals.map((refusal) => [refusal.id, { code: refusal.reasonCode, text: refusal.text }]))),
        'jsonb',
      );
      const approvedIds =
        decision.moved === 'approved' ? 'SELECT id FROM enriched' : `SELECT unnest(${param(decision.approvedBefore, 'uuid[]')}) AS id`;
      const refusedIds = decision.moved === 'refused' ? 'SELECT id FROM enriched' : 'SELECT NULL::uuid AS id WHERE false';
      // `IN (SELECT …)` in an expression is a hashed subplan: one hash lookup per item.
      const approved = 'bi.application_id IN (SELECT id FROM decision_approved)';
      const refused = 'bi.application_id IN (SELECT id FROM decision_refused)';
      return [
        { name: 'decision_approved', sql: approvedIds },
        { name: 'decision_refused', sql: refusedIds },
        {
          name: 'decision_items',
          sql: `UPDATE batch_items bi
                   SET open = false,
                       decision = CASE WHEN ${approved} THEN 'APPROVED' WHEN ${refused} THEN 'REFUSED' ELSE bi.decision END,
                       refusal_reason = CASE WHEN ${refused} THEN ${reasons} -> bi.application_id::text ->> 'code' ELSE bi.refusal_reason END,
                       refusal_text = CASE WHEN ${refused} THEN ${reasons} -> bi.application_id::text ->> 'text' ELSE bi.refusal_text END
                 WHERE bi.batch_id = ${batchId}`,
        },
        {
          name: 'decision_positions',
          sql: `UPDATE vacancies SET filled_positions = filled_positions + approvals.count, version = version + 1, updated_at = now()
                  FROM (SELECT count(*)::int AS count FROM decision_approved) approvals
                 WHERE id = ${vacancyId} AND approvals.count > 0`,
        },
        {
          // The terms as decided (the statement sees the vacancy as it was before "decision_positions" above, the same terms).
          name: 'decision_batch',
          sql: `UPDATE batches b SET decided_terms = jsonb_build_object('vacancy', to_jsonb(v), 'company', jsonb_build_object('legal_name', c.legal_name, 'inn', c.inn)),
                       status = ${param(BatchStatus.Decided, 'batch_status')}, decided_at = ${param(decision.decidedAt, 'timestamptz')},
                       decided_by = ${param(decision.decidedBy, 'uuid')}, overdue = false, version = b.version + 1, updated_at = now()
                  FROM vacancies v JOIN companies c ON c.id = v.company_id
                 WHERE b.id = ${batchId} AND v.id = ${vacancyId}`,
        },
        {
          name: 'decision_letters',
          sql: `INSERT INTO approval_letters (application_id, batch_id, code, decided_on, office)
                SELECT a.id, ${batchId}, c.code, ${param(decision.decidedOn, 'date')}, ${param(decision.office, 'text')}
                  FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM decision_approved) a
                  JOIN unnest(${param(decision.codes, 'text[]')}) WITH ORDINALITY AS c(code, n) ON c.n = a.n
                 ORDER BY a.n`,
        },
      ];
    };
  }

  /**
   * The decision's own record, in one statement: its audit event, the notification to the employer's recruiters (none
   * when the employer has nobody to tell) and the answer kept for retries of the same request.
   */
  async recordDecision(
    manager: EntityManager,
    record: {
      audit: { actorId: string; actorRole: string; action: string; subjectId: string; reason: string | null; data: object };
      notification: { topic: typeof OutboxTopic.BatchDecided | typeof OutboxTopic.BatchReturned; companyId: string; payload: object };
      decision: { batchId: string; idempotencyKey: string; actorId: string; response: object };
    },
  ): Promise<void> {
    const { audit, notification, decision } = record;
    await manager.query(
      `WITH audit AS (
         INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, reason, data) VALUES ($1, $2, $3, 'batch', $4::text, $5, $6)
       ), notification AS (
         INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
         SELECT $7, 'batch', $4, recipients.ids, $9 FROM (
           SELECT array_agg(account_id) AS ids FROM company_members WHERE company_id = $8 AND account_id IS NOT NULL
         ) recipients WHERE recipients.ids IS NOT NULL
       )
       INSERT INTO batch_decisions (batch_id, idempotency_key, actor_id, response) VALUES ($4::uuid, $10, $11, $12)`,
      [
        audit.actorId,
        audit.actorRole,
        audit.action,
        audit.subjectId,
        audit.reason,
        audit.data,
        notification.topic,
        notification.companyId,
        notification.payload,
        decision.idempotencyKey,
        decision.actorId,
        decision.response,
      ],
    );
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
