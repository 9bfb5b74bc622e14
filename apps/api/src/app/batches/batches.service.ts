/**
 * Recruitment batches: built by the employer from shortlisted applications, decided by the attaché
 * of the candidates' country in one set-based transaction.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { BatchDecisionDto, BatchDecisionResultView, BatchDetailView, BatchItemView, BatchQueueView, BatchSummaryView } from '@jumush/contracts';
import {
  ApplicationStatus,
  BatchStatus,
  CompanyStatus,
  Role,
  VacancyStatus,
  WorkflowActor,
  batchCapacityProblem,
  batchTransition,
  canEditBatch,
  deadlineFor,
  describeDecision,
  flagsForCandidate,
  maskPassportNumber,
  planBatchDecision,
  remainingPositions,
  reminderTimeFor,
  workflowActorOf,
  type Actor,
  type BatchDecision,
  type ChecklistItem,
} from '@jumush/domain';
import { newVerificationCode } from '@jumush/server/documents';
import { ApiConfig } from '@jumush/server/config';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { FieldCipher } from '@jumush/server/crypto';
import {
  AccountEntity,
  ApplicationEntity,
  BatchDecisionEntity,
  BatchEntity,
  BatchItemEntity,
  CandidateProfileEntity,
  ChecklistItemEntity,
  CompanyEntity,
  VacancyEntity,
  queryRows,
  uniqueViolationOf,
} from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { today } from '../candidates/candidate-view';
import { PASSPORT_CONTEXT } from '../candidates/passport-cipher';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { ProblemException } from '../http/problem';
import { OutboxService } from '../outbox/outbox.service';
import { decidingOfficeOf } from './batch-offices';

const notFound = () =>
  new ProblemException(404, {
    code: 'http.notFound',
    detail: 'No such batch.',
  });
const AWAITING_DECISION = [BatchStatus.Submitted, BatchStatus.InReview];

interface ItemRow {
  application_id: string;
  application_status: ApplicationStatus;
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

@Injectable()
export class BatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly membership: CompanyMembershipService,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: ApiConfig,
  ) {}

  // ── Employer ────────────────────────────────────────────────────────────────

  async create(actor: Actor, vacancyId: string, applicationIds: string[]): Promise<BatchEntity> {
    const company = await this.membership.requireCompanyOf(actor);
    const vacancy = await this.dataSource.getRepository(VacancyEntity).findOneBy({ id: vacancyId, companyId: company.id });
    if (!vacancy)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such vacancy.',
      });
    if (vacancy.status !== VacancyStatus.Published) throw new ProblemException(422, { code: 'batch.vacancyNotPublished' });
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager.save(
        manager.create(BatchEntity, {
          vacancyId,
          companyId: company.id,
          originCountry: vacancy.originCountry,
          status: BatchStatus.Draft,
          createdBy: actor.id,
        }),
      );
      await this.replaceItems(manager, actor, batch, vacancy, applicationIds);
      await this.audit.record(manager, actor, {
        action: 'batch.created',
        subjectType: 'batch',
        subjectId: batch.id,
        data: { vacancyId, size: applicationIds.length },
      });
      return batch;
    });
  }

  async updateItems(actor: Actor, batchId: string, applicationIds: string[]): Promise<BatchEntity> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.employerBatch(actor, batchId, manager, true);
      if (!canEditBatch(batch.status))
        throw new ProblemException(409, {
          code: 'batch.notEditable',
          detail: `A ${batch.status} batch cannot be changed.`,
        });
      const vacancy = await manager.findOneByOrFail(VacancyEntity, {
        id: batch.vacancyId,
      });
      await this.replaceItems(manager, actor, batch, vacancy, applicationIds);
      await this.audit.record(manager, actor, {
        action: 'batch.itemsChanged',
        subjectType: 'batch',
        subjectId: batch.id,
        data: { size: applicationIds.length },
      });
      return manager.findOneByOrFail(BatchEntity, { id: batch.id });
    });
  }

  /** Sends the batch to the attaché: its applications enter IN_BATCH, flags are computed, the deadline starts. */
  async submit(actor: Actor, batchId: string): Promise<BatchEntity> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.employerBatch(actor, batchId, manager, true);
      const result = batchTransition(batch.status, BatchStatus.Submitted, WorkflowActor.Employer);
      if (!result.ok)
        throw new ProblemException(409, {
          code: result.reason,
          detail: `A ${batch.status} batch cannot be submitted.`,
        });
      const vacancy = await manager.findOneOrFail(VacancyEntity, {
        where: { id: batch.vacancyId },
        lock: { mode: 'pessimistic_read' },
      });
      const company = await manager.findOneByOrFail(CompanyEntity, {
        id: batch.companyId,
      });
      if (company.status !== CompanyStatus.Verified) throw new ProblemException(422, { code: 'employer.notVerified' });
      const items = await manager.findBy(BatchItemEntity, { batchId });
      if (items.length === 0) throw new ProblemException(422, { code: 'batch.empty' });
      const capacity = batchCapacityProblem({
        positions: vacancy.positions,
        filledPositions: vacancy.filledPositions,
        batchSize: items.length,
      });
      if (capacity)
        throw new ProblemException(422, {
          code: capacity.code,
          params: capacity.params,
        });

      const entered = await this.moveApplications(
        manager,
        actor,
        items.map((item) => item.applicationId),
        [ApplicationStatus.Shortlisted],
        ApplicationStatus.InBatch,
        null,
        vacancy,
      );
      await this.computeFlags(manager, batch, vacancy, company.status);
      const now = new Date();
      const deadline = deadlineFor('batchDecision', now, deadlineTargets(this.config));
      await manager.update(
        BatchEntity,
        { id: batch.id },
        {
          status: BatchStatus.Submitted,
          submittedAt: now,
          deadlineAt: new Date(deadline),
          overdue: false,
          remindedAt: null,
          returnComment: batch.status === BatchStatus.Returned ? batch.returnComment : null,
        },
      );
      await this.audit.record(manager, actor, {
        action: 'batch.submitted',
        subjectType: 'batch',
        subjectId: batch.id,
        data: { from: batch.status, size: items.length, enteredBatch: entered },
      });
      const attaches = await manager.find(AccountEntity, {
        where: { role: Role.Attache, originCountry: batch.originCountry },
        select: { id: true },
      });
      await this.outbox.enqueue(manager, {
        topic: 'batch.submitted',
        aggregateType: 'batch',
        aggregateId: batch.id,
        recipientIds: attaches.map((account) => account.id),
        payload: {
          batchId: batch.id,
          vacancyTitle: vacancy.title,
          size: items.length,
        },
      });
      // The attaché staff are reminded a day before the deadline, and the batch is marked overdue when it
      // passes undecided; written with the submission, so a Redis outage loses neither.
      const reminder = { aggregateType: 'batch', aggregateId: batch.id };
      await this.outbox.scheduleReminder(
        manager,
        {
          ...reminder,
          kind: 'deadline',
          recipientIds: attaches.map((account) => account.id),
          payload: {
            subject: vacancy.title,
            deadline,
            path: `/attache/batches/${batch.id}`,
          },
        },
        new Date(reminderTimeFor(deadline)),
      );
      await this.outbox.scheduleReminder(manager, { ...reminder, kind: 'overdue', recipientIds: [], payload: {} }, new Date(deadline));
      return manager.findOneByOrFail(BatchEntity, { id: batch.id });
    });
  }

  async mine(actor: Actor, vacancyId?: string): Promise<BatchSummaryView[]> {
    const company = await this.membership.requireCompanyOf(actor);
    return this.summaries({ companyId: company.id, vacancyId });
  }

  // ── Attaché ─────────────────────────────────────────────────────────────────

  /** Batches of the attaché's country: overdue first, then by deadline. */
  async queue(
    actor: Actor,
    options: {
      status?: BatchStatus;
      overdueOnly?: boolean;
      page: number;
      pageSize: number;
    },
  ): Promise<BatchQueueView> {
    const country = actor.role === Role.Admin ? undefined : (actor.originCountry ?? '—');
    const statuses = options.status ? [options.status] : AWAITING_DECISION;
    const items = await this.summaries({
      originCountry: country,
      statuses,
      overdueOnly: options.overdueOnly,
      page: options.page,
      pageSize: options.pageSize,
    });
    const [{ total, overdue }] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE overdue)::int AS overdue FROM batches WHERE status = ANY($1::batch_status[]) AND ($2::char(2) IS NULL OR origin_country = $2) AND (NOT $3 OR overdue)`,
      [statuses, country ?? null, options.overdueOnly ?? false],
    );
    return {
      items,
      total,
      overdue,
      page: options.page,
      pageSize: options.pageSize,
    };
  }

  /** One batch with (a page of) its candidates, for its employer or the attaché of its country. */
  async detail(actor: Actor, batchId: string, options: { flaggedOnly?: boolean; page: number; pageSize: number }): Promise<BatchDetailView> {
    const batch = await this.visibleBatch(actor, batchId);
    const [summary] = await this.summaries({ batchId: batch.id });
    const rows = (await this.dataSource.query(
      `SELECT bi.application_id, a.status AS application_status, bi.flags, bi.decision, bi.refusal_reason, bi.refusal_text,
              p.surname, p.given_names, p.surname_latin, p.given_names_latin, p.birth_date, p.passport_number_encrypted, p.passport_expires_on,
              p.readiness_percent, p.origin_country, l.code AS letter_code
         FROM batch_items bi
         JOIN applications a ON a.id = bi.application_id
         JOIN candidate_profiles p ON p.id = a.candidate_id
         LEFT JOIN approval_letters l ON l.application_id = a.id AND l.revoked_at IS NULL
        WHERE bi.batch_id = $1 AND (NOT $2 OR cardinality(bi.flags) > 0)
        ORDER BY p.surname_latin NULLS LAST, bi.application_id
        LIMIT $3 OFFSET $4`,
      [batch.id, options.flaggedOnly ?? false, options.pageSize, (options.page - 1) * options.pageSize],
    )) as ItemRow[];
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM batch_items WHERE batch_id = $1 AND (NOT $2 OR cardinality(flags) > 0)`,
      [batch.id, options.flaggedOnly ?? false],
    );
    return {
      ...summary,
      items: rows.map((row) => this.toItemView(actor, row)),
      itemsTotal: count,
    };
  }

  /**
   * The attaché's one decision on a whole batch. One transaction, a fixed number of statements
   * whatever the batch's size. The vacancy row is locked first, so overlapping decisions on the same
   * vacancy run one after the other and never approve more than its positions; the idempotency key
   * makes a retried request return the first answer instead of deciding twice.
   */
  async decide(actor: Actor, batchId: string, dto: BatchDecisionDto, idempotencyKey: string): Promise<BatchDecisionResultView> {
    const visible = await this.visibleBatch(actor, batchId);
    if (actor.role !== Role.Attache && actor.role !== Role.Admin) throw new ProblemException(403, { code: 'auth.forbidden' });
    const decision = toDecision(dto);
    return this.dataSource.transaction(async (manager) => {
      const replay = await manager.findOneBy(BatchDecisionEntity, {
        batchId,
        idempotencyKey,
      });
      if (replay)
        return {
          ...(replay.response as unknown as BatchDecisionResultView),
          replayed: true,
        };

      const vacancy = await manager.findOneOrFail(VacancyEntity, {
        where: { id: visible.vacancyId },
        lock: { mode: 'pessimistic_write' },
      });
      const batch = await manager.findOneOrFail(BatchEntity, {
        where: { id: batchId },
        lock: { mode: 'pessimistic_write' },
      });
      // A retry that lost the race to its own first attempt finds the answer now that it holds the lock.
      const raced = await manager.findOneBy(BatchDecisionEntity, {
        batchId,
        idempotencyKey,
      });
      if (raced)
        return {
          ...(raced.response as unknown as BatchDecisionResultView),
          replayed: true,
        };

      const to = decision.kind === 'RETURN' ? BatchStatus.Returned : BatchStatus.Decided;
      const workflowActor = workflowActorOf(actor.role) ?? WorkflowActor.System;
      const transition = batchTransition(batch.status, to, workflowActor, decision.kind === 'RETURN' ? decision.comment : 'decided');
      if (!transition.ok)
        throw new ProblemException(409, {
          code: transition.reason,
          detail: `A ${batch.status} batch cannot be ${to === BatchStatus.Returned ? 'returned' : 'decided'}.`,
        });
      const company = await manager.findOneByOrFail(CompanyEntity, {
        id: batch.companyId,
      });
      if (decision.kind !== 'RETURN' && decision.kind !== 'REFUSE_ALL' && company.status !== CompanyStatus.Verified) {
        throw new ProblemException(422, {
          code: 'batch.employerSuspended',
          detail: 'A suspended employer’s batch cannot be approved.',
        });
      }

      const items = await manager.find(BatchItemEntity, {
        where: { batchId },
        select: { applicationId: true },
      });
      const plan = planBatchDecision({
        decision,
        applicationIds: items.map((item) => item.applicationId),
        remainingPositions: remainingPositions(vacancy.positions, vacancy.filledPositions),
      });
      if (!plan.ok)
        throw new ProblemException(422, {
          code: plan.problem,
          params: flattenParams(plan.params),
        });
      const now = new Date();

      if (plan.returnBatch) {
        await manager.update(
          BatchEntity,
          { id: batchId },
          {
            status: BatchStatus.Returned,
            returnComment: plan.returnComment,
            decidedBy: actor.id,
          },
        );
      } else {
        await this.moveApplications(manager, actor, plan.approve, [ApplicationStatus.InBatch], ApplicationStatus.Approved, null, vacancy);
        await this.refuse(manager, actor, plan.refuse, vacancy);
        if (plan.approve.length > 0) {
          await manager.query(`UPDATE batch_items SET decision = 'APPROVED' WHERE batch_id = $1 AND application_id = ANY($2::uuid[])`, [
            batchId,
            plan.approve,
          ]);
          // The CHECK constraint filled_positions <= positions is the last guard against over-approval.
          await manager.query(
            `UPDATE vacancies SET filled_positions = filled_positions + $2, version = version + 1, updated_at = now() WHERE id = $1`,
            [vacancy.id, plan.approve.length],
          );
          await manager.query(
            `INSERT INTO approval_letters (application_id, batch_id, code, decided_on, office) SELECT unnest($1::uuid[]), $2, unnest($3::text[]), $4, $5`,
            [plan.approve, batchId, plan.approve.map(() => newVerificationCode()), today(), decidingOfficeOf(batch.originCountry)],
          );
        }
        await manager.query(`UPDATE batch_items SET open = false WHERE batch_id = $1`, [batchId]);
        await manager.update(
          BatchEntity,
          { id: batchId },
          {
            status: BatchStatus.Decided,
            decidedAt: now,
            decidedBy: actor.id,
            overdue: false,
          },
        );
      }
      const counts = describeDecision(plan);
      const result: BatchDecisionResultView = {
        batchId,
        kind: decision.kind,
        status: plan.returnBatch ? BatchStatus.Returned : BatchStatus.Decided,
        approved: counts.approveCount,
        refused: counts.refuseCount,
        replayed: false,
      };
      await this.audit.record(manager, actor, {
        action: `batch.${decision.kind.toLowerCase()}`,
        subjectType: 'batch',
        subjectId: batchId,
        reason: plan.returnComment ?? (decision.kind === 'REFUSE_ALL' ? decision.text : null),
        data: {
          from: batch.status,
          to: result.status,
          approved: counts.approveCount,
          refused: counts.refuseCount,
          idempotencyKey,
        },
      });
      const recruiters = await manager.query(`SELECT account_id FROM company_members WHERE company_id = $1 AND account_id IS NOT NULL`, [
        batch.companyId,
      ]);
      await this.outbox.enqueue(manager, {
        topic: plan.returnBatch ? 'batch.returned' : 'batch.decided',
        aggregateType: 'batch',
        aggregateId: batchId,
        recipientIds: recruiters.map((row: { account_id: string }) => row.account_id),
        payload: {
          ...result,
          vacancyTitle: vacancy.title,
          comment: plan.returnComment,
        },
      });
      await manager.insert(BatchDecisionEntity, {
        batchId,
        idempotencyKey,
        actorId: actor.id,
        response: result as unknown as Record<string, unknown> & object,
      });
      return result;
    });
  }

  // ── Shared ──────────────────────────────────────────────────────────────────

  /** The employer's own batch, or the batch of the attaché's own country; 404 or 403 otherwise. */
  async visibleBatch(actor: Actor, batchId: string): Promise<BatchEntity> {
    const batch = await this.dataSource.getRepository(BatchEntity).findOneBy({ id: batchId });
    if (!batch) throw notFound();
    if (actor.role === Role.Admin) return batch;
    if (actor.role === Role.Attache) {
      if (batch.originCountry !== actor.originCountry)
        throw new ProblemException(403, {
          code: 'auth.forbidden',
          detail: 'This batch belongs to another country’s attaché.',
        });
      if (batch.status === BatchStatus.Draft) throw notFound();
      return batch;
    }
    const company = await this.membership.companyOf(actor);
    if (actor.role !== Role.Employer || company?.id !== batch.companyId) throw notFound();
    return batch;
  }

  private async employerBatch(actor: Actor, batchId: string, manager: EntityManager, lock: boolean): Promise<BatchEntity> {
    const company = await this.membership.requireCompanyOf(actor, manager);
    const batch = await manager.findOne(BatchEntity, {
      where: { id: batchId, companyId: company.id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!batch) throw notFound();
    return batch;
  }

  /** Replaces a batch's applications: removed ones go back to the shortlist, new ones must be shortlisted and in no other open batch. */
  private async replaceItems(
    manager: EntityManager,
    actor: Actor,
    batch: BatchEntity,
    vacancy: VacancyEntity,
    applicationIds: string[],
  ): Promise<void> {
    const unique = [...new Set(applicationIds)];
    const capacity = batchCapacityProblem({
      positions: vacancy.positions,
      filledPositions: vacancy.filledPositions,
      batchSize: unique.length,
    });
    if (capacity)
      throw new ProblemException(422, {
        code: capacity.code,
        params: capacity.params,
      });
    const applications = await manager.find(ApplicationEntity, {
      where: { id: In(unique), vacancyId: vacancy.id },
    });
    const current = await manager.findBy(BatchItemEntity, {
      batchId: batch.id,
    });
    const currentIds = new Set(current.map((item) => item.applicationId));
    const invalid = unique.filter((id) => {
      const application = applications.find((candidate) => candidate.id === id);
      if (!application) return true;
      return !(application.status === ApplicationStatus.Shortlisted || (currentIds.has(id) && application.status === ApplicationStatus.InBatch));
    });
    if (invalid.length)
      throw new ProblemException(422, {
        code: 'batch.applicationsNotShortlisted',
        params: { count: invalid.length },
        detail: `Not shortlisted for this vacancy: ${invalid.slice(0, 5).join(', ')}`,
      });

    const removed = current.filter((item) => !unique.includes(item.applicationId)).map((item) => item.applicationId);
    if (removed.length) {
      await manager.delete(BatchItemEntity, {
        batchId: batch.id,
        applicationId: In(removed),
      });
      await this.moveApplications(manager, actor, removed, [ApplicationStatus.InBatch], ApplicationStatus.Shortlisted, 'removedFromBatch', vacancy);
    }
    const added = unique.filter((id) => !currentIds.has(id));
    if (added.length) {
      try {
        await manager.query(`INSERT INTO batch_items (batch_id, application_id) SELECT $1, unnest($2::uuid[])`, [batch.id, added]);
      } catch (error) {
        if (uniqueViolationOf(error))
          throw new ProblemException(409, {
            code: 'batch.applicationInAnotherBatch',
          });
        throw error;
      }
    }
  }

  /**
   * Moves many applications at once, set-based, writing their timeline, audit and outbox rows.
   * Returns how many moved (those not in one of `from` are left alone).
   */
  private async moveApplications(
    manager: EntityManager,
    actor: Actor,
    ids: string[],
    from: ApplicationStatus[],
    to: ApplicationStatus,
    reason: string | null,
    vacancy: VacancyEntity,
  ): Promise<number> {
    if (ids.length === 0) return 0;
    const moved = await queryRows<{
      id: string;
      previous: string;
      account_id: string | null;
    }>(
      manager,
      `WITH target AS (SELECT id, status FROM applications WHERE id = ANY($1::uuid[]) AND status = ANY($2::application_status[]) FOR UPDATE)
       UPDATE applications a SET status = $3, status_reason = $4, version = a.version + 1, updated_at = now() FROM target WHERE a.id = target.id
       RETURNING a.id, target.status AS previous, (SELECT account_id FROM candidate_profiles p WHERE p.id = a.candidate_id) AS account_id`,
      [ids, from, to, reason],
    );
    await this.recordMoves(
      manager,
      actor,
      moved.map((row) => ({ ...row, reason })),
      to,
      vacancy,
    );
    return moved.length;
  }

  private async refuse(
    manager: EntityManager,
    actor: Actor,
    refusals: Array<{ id: string; reasonCode: string; text: string | null }>,
    vacancy: VacancyEntity,
  ): Promise<void> {
    if (refusals.length === 0) return;
    const moved = await queryRows<{
      id: string;
      previous: string;
      account_id: string | null;
      reason: string;
    }>(
      manager,
      `WITH decision AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) AS d(id, code, text)),
            target AS (SELECT a.id, a.status, d.code, d.text FROM applications a JOIN decision d ON d.id = a.id WHERE a.status = 'IN_BATCH' FOR UPDATE OF a)
       UPDATE applications a SET status = 'REFUSED', status_reason = coalesce(target.code || ': ' || target.text, target.code), version = a.version + 1, updated_at = now()
         FROM target WHERE a.id = target.id
       RETURNING a.id, target.status AS previous, a.status_reason AS reason, (SELECT account_id FROM candidate_profiles p WHERE p.id = a.candidate_id) AS account_id`,
      [refusals.map((refusal) => refusal.id), refusals.map((refusal) => refusal.reasonCode), refusals.map((refusal) => refusal.text)],
    );
    await manager.query(
      `UPDATE batch_items bi SET decision = 'REFUSED', refusal_reason = d.code, refusal_text = d.text FROM unnest($1::uuid[], $2::text[], $3::text[]) AS d(id, code, text) WHERE bi.application_id = d.id AND bi.open`,
      [refusals.map((refusal) => refusal.id), refusals.map((refusal) => refusal.reasonCode), refusals.map((refusal) => refusal.text)],
    );
    await this.recordMoves(manager, actor, moved, ApplicationStatus.Refused, vacancy);
  }

  /** Timeline entries, audit events and outbox notifications for many moves, three statements in all. */
  private async recordMoves(
    manager: EntityManager,
    actor: Actor,
    moves: Array<{
      id: string;
      previous: string;
      account_id: string | null;
      reason: string | null;
    }>,
    to: ApplicationStatus,
    vacancy: VacancyEntity,
  ): Promise<void> {
    if (moves.length === 0) return;
    const rows = JSON.stringify(moves);
    await manager.query(
      `INSERT INTO application_events (application_id, from_status, to_status, actor_role, actor_id, reason)
       SELECT r.id, r.previous::application_status, $2, $3, $4, r.reason FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, previous text, reason text)`,
      [rows, to, actor.role, actor.id],
    );
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, reason, data)
       SELECT $2, $3, $4, 'application', r.id::text, r.reason, jsonb_build_object('from', r.previous, 'to', $5::text, 'vacancyId', $6::text)
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, previous text, reason text)`,
      [rows, actor.id, actor.role, `application.${to.toLowerCase()}`, to, vacancy.id],
    );
    await manager.query(
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
       SELECT $2, 'application', r.id::text, ARRAY[r.account_id], jsonb_build_object('applicationId', r.id, 'vacancyId', $3::text, 'vacancyTitle', $4::text, 'from', r.previous, 'to', $5::text, 'reason', r.reason)
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, previous text, reason text, account_id uuid) WHERE r.account_id IS NOT NULL`,
      [rows, `application.${to.toLowerCase()}`, vacancy.id, vacancy.title, to],
    );
  }

  /** Flags each candidate for the attaché (shown, never blocking), from the domain's rules. */
  private async computeFlags(manager: EntityManager, batch: BatchEntity, vacancy: VacancyEntity, employerStatus: CompanyStatus): Promise<void> {
    const profiles: Array<CandidateProfileEntity & { application_id: string }> = await manager.query(
      `SELECT a.id AS application_id, p.id, p.birth_date AS "birthDate", p.passport_expires_on AS "passportExpiresOn", p.passport_number_index AS "passportNumberIndex"
         FROM batch_items bi JOIN applications a ON a.id = bi.application_id JOIN candidate_profiles p ON p.id = a.candidate_id WHERE bi.batch_id = $1`,
      [batch.id],
    );
    const checklist = await manager.findBy(ChecklistItemEntity, {
      profileId: In(profiles.map((profile) => profile.id)),
    });
    const otherOpen: Array<{ passport_number_index: string }> = await manager.query(
      `SELECT DISTINCT p.passport_number_index FROM batch_items bi JOIN applications a ON a.id = bi.application_id JOIN candidate_profiles p ON p.id = a.candidate_id
        WHERE bi.open AND bi.batch_id <> $1 AND p.passport_number_index IS NOT NULL`,
      [batch.id],
    );
    const otherIndexes = new Set(otherOpen.map((row) => row.passport_number_index));
    const day = today();
    const flags = profiles.map((profile) => ({
      id: profile.application_id,
      flags: flagsForCandidate({
        today: day,
        birthDate: profile.birthDate,
        checklist: checklist
          .filter((item) => item.profileId === profile.id)
          .map(
            (item): ChecklistItem => ({
              kind: item.kind,
              status: item.status,
              completedOn: item.completedOn ?? undefined,
              validUntil: item.validUntil ?? undefined,
            }),
          ),
        passportExpiresOn: profile.passportExpiresOn,
        passportIndex: profile.passportNumberIndex,
        otherOpenBatchPassportIndexes: otherIndexes,
        vacancy: {
          startDate: vacancy.startDate,
          contractMonths: vacancy.contractMonths,
          monthlyWageRoubles: vacancy.monthlyWageRoubles,
          regionCode: vacancy.regionCode,
        },
        employerStatus,
      }),
    }));
    await manager.query(
      `UPDATE batch_items bi SET flags = f.flags FROM jsonb_to_recordset($2::jsonb) AS f(id uuid, flags text[]) WHERE bi.batch_id = $1 AND bi.application_id = f.id`,
      [batch.id, JSON.stringify(flags)],
    );
  }

  private async summaries(filter: {
    companyId?: string;
    vacancyId?: string;
    batchId?: string;
    originCountry?: string;
    statuses?: BatchStatus[];
    overdueOnly?: boolean;
    page?: number;
    pageSize?: number;
  }): Promise<BatchSummaryView[]> {
    const pageSize = filter.pageSize ?? 100;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT b.id, b.origin_country, b.status, b.submitted_at, b.deadline_at, b.overdue, b.decided_at, b.return_comment, b.version,
              v.id AS vacancy_id, v.title, v.town, v.region_code, v.positions, v.filled_positions,
              c.id AS company_id, c.legal_name, c.inn, c.status AS company_status,
              count(bi.application_id)::int AS candidate_count,
              count(bi.application_id) FILTER (WHERE cardinality(bi.flags) > 0)::int AS flagged_count,
              count(bi.application_id) FILTER (WHERE bi.decision = 'APPROVED')::int AS approved_count,
              count(bi.application_id) FILTER (WHERE bi.decision = 'REFUSED')::int AS refused_count
         FROM batches b
         JOIN vacancies v ON v.id = b.vacancy_id
         JOIN companies c ON c.id = b.company_id
         LEFT JOIN batch_items bi ON bi.batch_id = b.id
        WHERE ($1::uuid IS NULL OR b.company_id = $1) AND ($2::uuid IS NULL OR b.vacancy_id = $2) AND ($3::uuid IS NULL OR b.id = $3)
          AND ($4::char(2) IS NULL OR b.origin_country = $4) AND ($5::batch_status[] IS NULL OR b.status = ANY($5)) AND (NOT $6 OR b.overdue)
        GROUP BY b.id, v.id, c.id
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
      ],
    );
    return rows.map((row) => ({
      id: row['id'] as string,
      vacancy: {
        id: row['vacancy_id'] as string,
        title: row['title'] as string,
        town: row['town'] as string,
        regionCode: row['region_code'] as string,
        positions: row['positions'] as number,
        filledPositions: row['filled_positions'] as number,
      },
      company: {
        id: row['company_id'] as string,
        legalName: row['legal_name'] as string,
        inn: row['inn'] as string,
        status: row['company_status'] as CompanyStatus,
      },
      originCountry: row['origin_country'] as string,
      status: row['status'] as BatchStatus,
      candidateCount: row['candidate_count'] as number,
      flaggedCount: row['flagged_count'] as number,
      approvedCount: row['approved_count'] as number,
      refusedCount: row['refused_count'] as number,
      submittedAt: (row['submitted_at'] as Date | null)?.toISOString() ?? null,
      deadlineAt: (row['deadline_at'] as Date | null)?.toISOString() ?? null,
      overdue: row['overdue'] as boolean,
      decidedAt: (row['decided_at'] as Date | null)?.toISOString() ?? null,
      returnComment: row['return_comment'] as string | null,
      version: row['version'] as number,
    }));
  }

  private toItemView(actor: Actor, row: ItemRow): BatchItemView {
    const number = row.passport_number_encrypted ? this.cipher.decrypt(row.passport_number_encrypted, PASSPORT_CONTEXT) : null;
    const fullPassport = actor.role === Role.Attache && actor.originCountry === row.origin_country;
    return {
      applicationId: row.application_id,
      applicationStatus: row.application_status,
      candidate: {
        fullName: [row.surname, row.given_names].filter(Boolean).join(' '),
        fullNameLatin: [row.surname_latin, row.given_names_latin].filter(Boolean).join(' '),
        birthDate: row.birth_date,
        passportNumber: number && (fullPassport ? number : maskPassportNumber(number)),
        passportExpiresOn: row.passport_expires_on,
        readinessPercent: row.readiness_percent,
      },
      flags: row.flags as BatchItemView['flags'],
      decision: row.decision,
      refusalReason: row.refusal_reason as BatchItemView['refusalReason'],
      refusalText: row.refusal_text,
      letterCode: row.letter_code,
    };
  }
}

function toDecision(dto: BatchDecisionDto): BatchDecision {
  switch (dto.kind) {
    case 'APPROVE_ALL':
      return { kind: 'APPROVE_ALL' };
    case 'APPROVE_ALL_EXCEPT':
      return {
        kind: 'APPROVE_ALL_EXCEPT',
        exclusions: (dto.exclusions ?? []).map((exclusion) => ({
          applicationId: exclusion.applicationId,
          reasonCode: exclusion.reasonCode,
          text: exclusion.text ?? null,
        })),
      };
    case 'REFUSE_ALL':
      return {
        kind: 'REFUSE_ALL',
        reasonCode: dto.reasonCode ?? 'OTHER',
        text: dto.text ?? '',
      };
    case 'RETURN':
      return { kind: 'RETURN', comment: dto.comment ?? '' };
  }
}

function flattenParams(params: object): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === 'string' || typeof value === 'number')) as Record<
    string,
    string | number
  >;
}
