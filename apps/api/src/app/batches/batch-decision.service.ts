/**
 * The attaché's one decision on a whole batch: one transaction, a fixed number of statements whatever the batch's
 * size, in phases — lock, plan, move the applications, issue letters, record the decision. The vacancy row is
 * locked first, so overlapping decisions on the same vacancy run one after the other and never approve more than
 * its positions; the idempotency key makes a retried request return the first answer instead of deciding twice.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxTopic, type BatchDecisionDto, type BatchDecisionResultView } from '@jumush/contracts';
import {
  BatchStatus,
  CompanyStatus,
  MOSCOW_TIME_ZONE,
  Role,
  WorkflowActor,
  batchTransition,
  planBatchDecision,
  remainingPositions,
  workflowActorOf,
  type Actor,
  type BatchDecision,
  type BatchDecisionPlan,
} from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { newVerificationCodes } from '@jumush/server/documents';
import type { BatchEntity } from '@jumush/server/database';
import { ApplicationMovesRepository } from '../applications/application-moves.repository';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { OriginCountriesService } from '../origin-countries/origin-countries.service';
import { BatchQueriesService, noSuchBatch } from './batch-queries.service';
import { BatchesRepository, type DecisionLocks } from './batches.repository';
import { PhaseTimings } from './phase-timings';

/** How many applications the decision approved and refused: one withdrawn or closed meanwhile is in neither count. */
interface DecisionOutcome {
  approved: number;
  refused: number;
}

type LockedBatch = Pick<DecisionLocks, 'batch' | 'vacancy'>;

@Injectable()
export class BatchDecisionService {
  constructor(
    private readonly batches: BatchesRepository,
    private readonly queries: BatchQueriesService,
    private readonly moves: ApplicationMovesRepository,
    private readonly clock: Clock,
    private readonly countries: OriginCountriesService,
  ) {}

  /** `timings` receives the time of each phase (the controller sends them as Server-Timing; the benchmark prints them). */
  async decide(
    actor: Actor,
    batchId: string,
    dto: BatchDecisionDto,
    idempotencyKey: string,
    timings = new PhaseTimings(),
  ): Promise<BatchDecisionResultView> {
    // `total` covers what the phases do not: the access check, BEGIN and COMMIT.
    return timings.time('total', () => this.decideInPhases(actor, batchId, dto, idempotencyKey, timings));
  }

  private async decideInPhases(
    actor: Actor,
    batchId: string,
    dto: BatchDecisionDto,
    idempotencyKey: string,
    timings: PhaseTimings,
  ): Promise<BatchDecisionResultView> {
    const visible = await timings.time('access', () => this.queries.visibleBatch(actor, batchId));
    if (actor.role !== Role.Attache && actor.role !== Role.Admin) throw new ProblemException(403, { code: 'auth.forbidden' });
    const decision = toDecision(dto);
    const begun = performance.now();
    let answered = 0;
    const answer = await this.batches.transaction(async (manager) => {
      timings.add('begin', performance.now() - begun);
      const locked = await timings.time('lock', () => this.lockOrReplay(manager, visible, idempotencyKey));
      if ('replayed' in locked) return locked;
      const plan = await timings.time('plan', () => this.plan(manager, actor, locked, decision));
      const outcome = plan.returnBatch
        ? await timings.time('return', () => this.returnBatch(manager, actor, locked, plan))
        : await this.decideApplications(manager, actor, locked, plan, timings);
      const result: BatchDecisionResultView = {
        batchId,
        kind: decision.kind,
        status: plan.returnBatch ? BatchStatus.Returned : BatchStatus.Decided,
        approved: outcome.approved,
        refused: outcome.refused,
        replayed: false,
      };
      await timings.time('record', () => this.record(manager, actor, locked, decision, plan, result, idempotencyKey));
      answered = performance.now();
      return result;
    });
    if (answered > 0) timings.add('commit', performance.now() - answered);
    return answer;
  }

  /** Locks the vacancy, then the batch; a request that was already answered gets its first answer back. */
  private async lockOrReplay(manager: EntityManager, visible: BatchEntity, idempotencyKey: string): Promise<LockedBatch | BatchDecisionResultView> {
    const locked = await this.batches.lockForDecision(manager, visible.id, visible.vacancyId, idempotencyKey);
    if (!locked) throw noSuchBatch();
    if (locked.replay) return { ...(locked.replay as unknown as BatchDecisionResultView), replayed: true };
    // The batch changed while this waited for it: perhaps a retry of this very request decided it; its answer was
    // committed after this statement's snapshot, so a statement of its own reads it.
    if (locked.batch.status !== visible.status) {
      const raced = await this.batches.decisionReplay(manager, visible.id, idempotencyKey);
      if (raced) return { ...(raced.response as unknown as BatchDecisionResultView), replayed: true };
    }
    return { batch: locked.batch, vacancy: locked.vacancy };
  }

  /** What the decision does to each application, after checking the batch may be decided so. */
  private async plan(manager: EntityManager, actor: Actor, { batch, vacancy }: LockedBatch, decision: BatchDecision): Promise<BatchDecisionPlan> {
    const to = decision.kind === 'RETURN' ? BatchStatus.Returned : BatchStatus.Decided;
    const workflowActor = workflowActorOf(actor.role) ?? WorkflowActor.System;
    const transition = batchTransition(batch.status, to, workflowActor, decision.kind === 'RETURN' ? decision.comment : 'decided');
    if (!transition.ok)
      throw refusedTransitionProblem(transition.reason, `A ${batch.status} batch cannot be ${to === BatchStatus.Returned ? 'returned' : 'decided'}.`);
    const { companyStatus, applicationIds } = await this.batches.decisionInputs(manager, batch);
    if (decision.kind !== 'RETURN' && decision.kind !== 'REFUSE_ALL' && companyStatus !== CompanyStatus.Verified) {
      throw new ProblemException(422, { code: 'batch.employerSuspended', detail: 'A suspended employer’s batch cannot be approved.' });
    }
    const plan = planBatchDecision({
      decision,
      applicationIds,
      remainingPositions: remainingPositions(vacancy.positions, vacancy.filledPositions),
    });
    if (!plan.ok) throw new ProblemException(422, { code: plan.problem, params: flattenParams(plan.params) });
    return plan;
  }

  /**
   * Approves and refuses through the one application move, each application with its timeline entry, audit event
   * and notification, and closes the batch's items with their decisions, fills the vacancy's positions, issues one
   * approval letter per approval and marks the batch decided (BatchesRepository.decisionSequel) in the statement of
   * the last move: the approval's when nobody is refused (one statement in all), else the refusal's, after the
   * approval's. Only applications still in the batch move: one withdrawn meanwhile stays withdrawn.
   */
  private async decideApplications(
    manager: EntityManager,
    actor: Actor,
    { batch, vacancy }: LockedBatch,
    plan: BatchDecisionPlan,
    timings: PhaseTimings,
  ): Promise<DecisionOutcome> {
    const approval = { move: 'approve' as const, actor, select: { applicationIds: plan.approve } };
    // What the letters print besides their codes.
    const decided = {
      batchId: batch.id,
      vacancyId: vacancy.id,
      // Letters are dated on the Moscow calendar, where the attaché's office sits.
      decidedOn: this.clock.today(MOSCOW_TIME_ZONE),
      office: await this.signingOfficeOf(batch.originCountry),
      decidedAt: this.clock.now(),
      decidedBy: actor.id,
    };
    if (plan.refuse.length === 0) {
      const approved = await timings.time('moves', () => {
        // One code per planned approval (an application withdrawn meanwhile leaves its code unused), drawn before the
        // statement that takes them.
        const codes = newVerificationCodes(plan.approve.length);
        return this.moves.moveWith(
          manager,
          approval,
          this.batches.decisionSequel({ ...decided, moved: 'approved', approvedBefore: [], refusals: [], codes }),
        );
      });
      return { approved, refused: 0 };
    }
    // The letters' codes are drawn here, in this process, while PostgreSQL runs the approval's statement.
    const [approved, codes] = await timings.time('moves', () =>
      whileSent(this.moves.move(manager, approval), () => newVerificationCodes(plan.approve.length)),
    );
    const refused = await timings.time('refusals', () =>
      this.moves.moveWith(
        manager,
        {
          move: 'refuse',
          actor,
          select: { applicationIds: plan.refuse.map((refusal) => refusal.id) },
          reasonById: Object.fromEntries(
            plan.refuse.map((refusal) => [refusal.id, refusal.text ? `${refusal.reasonCode}: ${refusal.text}` : refusal.reasonCode]),
          ),
        },
        this.batches.decisionSequel({
          ...decided,
          moved: 'refused',
          approvedBefore: approved.map((row) => row.id),
          refusals: plan.refuse,
          codes,
        }),
      ),
    );
    return { approved: approved.length, refused };
  }

  /** The batch returned to the employer with the attaché's comment; its applications do not move. */
  private async returnBatch(manager: EntityManager, actor: Actor, { batch }: LockedBatch, plan: BatchDecisionPlan): Promise<DecisionOutcome> {
    await this.batches.updateBatch(manager, batch.id, { status: BatchStatus.Returned, returnComment: plan.returnComment, decidedBy: actor.id });
    return { approved: 0, refused: 0 };
  }

  /**
   * The office that signs the letters, in Russian as printed: the body of the migrants' own state that represents its
   * labour migrants in Russia (origin_countries.office_name_ru), kept on each letter as it was on the day.
   */
  private async signingOfficeOf(country: string): Promise<string> {
    return (await this.countries.byCode(country))?.office.nameRu ?? `Labour attaché (${country})`;
  }

  /** The batch's audit event, the employer's notification and the answer kept for retries of the same request. */
  private async record(
    manager: EntityManager,
    actor: Actor,
    { batch, vacancy }: LockedBatch,
    decision: BatchDecision,
    plan: BatchDecisionPlan,
    result: BatchDecisionResultView,
    idempotencyKey: string,
  ): Promise<void> {
    await this.batches.recordDecision(manager, {
      audit: {
        actorId: actor.id,
        actorRole: actor.role,
        action: `batch.${decision.kind.toLowerCase()}`,
        subjectId: batch.id,
        reason: plan.returnComment ?? (decision.kind === 'REFUSE_ALL' ? decision.text : null),
        data: { from: batch.status, to: result.status, approved: result.approved, refused: result.refused, idempotencyKey },
      },
      notification: {
        topic: plan.returnBatch ? OutboxTopic.BatchReturned : OutboxTopic.BatchDecided,
        companyId: batch.companyId,
        payload: { ...result, vacancyTitle: vacancy.title, comment: plan.returnComment },
      },
      decision: { batchId: batch.id, idempotencyKey, actorId: actor.id, response: result },
    });
  }
}

/**
 * Does `work` (CPU in this process) while `pending`'s statement runs in PostgreSQL: it waits one turn of the event
 * loop, by which time the statement is sent, then works, then awaits the statement. Same result as in sequence.
 */
async function whileSent<T, U>(pending: Promise<T>, work: () => U): Promise<[T, U]> {
  // Handled below; this only keeps a failure that comes before `await pending` from counting as unhandled.
  pending.catch(() => undefined);
  await new Promise((resolve) => setImmediate(resolve));
  const done = work();
  return [await pending, done];
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
      return { kind: 'REFUSE_ALL', reasonCode: dto.reasonCode ?? 'OTHER', text: dto.text ?? '' };
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
