/**
 * Moves vacancies through their lifecycle for every route that changes one: the domain decides whether a move is
 * allowed, the UPDATE is conditional on the status and version that were read (so of two concurrent actions only
 * one wins), and the revision and audit event commit in the same transaction.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OutboxTopic, type VacancyHistoryView } from '@jumush/contracts';
import { VacancyStatus, vacancyTransition, workflowActorOf, type Actor } from '@jumush/domain';
import type { VacancyEntity } from '@jumush/server/database';
import { AuditEventsRepository } from '../audit/audit-events.repository';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { OutboxService } from '../outbox/outbox.service';
import { refusedTransitionProblem } from '../http/transition-problem';
import { VacanciesRepository } from './vacancies.repository';
import { toTermsView, toVacancyHistoryView } from './vacancy-views';

/** The names of the lifecycle's moves (see VACANCY_LIFECYCLE) that each route may make. */
export type VacancyMove = 'submit' | 'resubmit' | 'withdraw' | 'publish' | 'reject' | 'materialChange' | 'closeAutomatically';

/** The moves the company's members hear of: the attaché's review, and the return to review after a material change. */
const TOLD_TO_THE_COMPANY: Partial<Record<VacancyMove, OutboxTopic>> = {
  publish: OutboxTopic.VacancyPublished,
  reject: OutboxTopic.VacancyRejected,
  materialChange: OutboxTopic.VacancySentBack,
};

export const VACANCY_NOT_FOUND = () =>
  new ProblemException(404, {
    code: 'vacancy.notFound',
    detail: 'No such vacancy.',
  });
export const STALE_VERSION = () =>
  new ProblemException(409, {
    code: 'vacancy.staleVersion',
    detail: 'Someone changed this vacancy meanwhile; reload it and try again.',
  });

@Injectable()
export class VacancyWorkflow {
  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly audit: AuditService,
    private readonly auditEvents: AuditEventsRepository,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The lifecycle's verdict on moving `vacancy` to `to`, limited to the moves a route makes: POST submit on a
   * published vacancy must not pass as a "material change". Refusals are 409 with the domain's reason as code.
   */
  check(vacancy: VacancyEntity, to: VacancyStatus, actor: Actor, moves: readonly VacancyMove[], reason?: string): VacancyMove {
    const workflowActor = workflowActorOf(actor.role);
    const result = workflowActor
      ? vacancyTransition(vacancy.status, to, workflowActor, reason)
      : ({ ok: false, reason: 'transition.actorNotAllowed' } as const);
    if (result.ok && (moves as readonly string[]).includes(result.name)) return result.name as VacancyMove;
    const refusal = result.ok ? 'transition.illegal' : result.reason;
    throw refusedTransitionProblem(refusal, `A ${vacancy.status} vacancy cannot become ${to} this way.`, { from: vacancy.status, to });
  }

  /** Applies `changes` only if the vacancy still has the status and version that were read; bumps the version. */
  async update(manager: EntityManager, vacancy: VacancyEntity, changes: QueryDeepPartialEntity<VacancyEntity>): Promise<VacancyEntity> {
    const saved = await this.vacancies.updateIfUnchanged(manager, vacancy, changes);
    if (!saved) throw STALE_VERSION();
    return saved;
  }

  /** The terms as they stand at the vacancy's current version. */
  async recordRevision(manager: EntityManager, vacancy: VacancyEntity, actor: Actor): Promise<void> {
    await this.vacancies.insertRevision(manager, {
      vacancyId: vacancy.id,
      version: vacancy.version,
      status: vacancy.status,
      terms: toTermsView(vacancy),
      createdBy: actor.id,
    });
  }

  /** `actor` null: the system (a job), recorded with no actor. */
  async recordEvent(
    manager: EntityManager,
    actor: Actor | null,
    action: string,
    vacancy: VacancyEntity,
    data: Record<string, unknown> = {},
    reason: string | null = null,
  ): Promise<void> {
    await this.audit.record(manager, actor, {
      action: `vacancy.${action}`,
      subjectType: 'vacancy',
      subjectId: vacancy.id,
      reason,
      data: { version: vacancy.version, status: vacancy.status, ...data },
    });
  }

  /** A lifecycle move with its extra column changes, revision (when the terms should be on record), audit event and notification. */
  async move(
    manager: EntityManager,
    actor: Actor | null,
    vacancy: VacancyEntity,
    to: VacancyStatus,
    move: VacancyMove,
    options: {
      changes?: QueryDeepPartialEntity<VacancyEntity>;
      reason?: string;
      revision?: boolean;
      data?: Record<string, unknown>;
    } = {},
  ): Promise<VacancyEntity> {
    const moved = await this.update(manager, vacancy, {
      ...options.changes,
      status: to,
    });
    if (options.revision && actor) await this.recordRevision(manager, moved, actor);
    await this.recordEvent(manager, actor, move, moved, { from: vacancy.status, to, ...options.data }, options.reason ?? null);
    const topic = TOLD_TO_THE_COMPANY[move];
    if (topic)
      await this.outbox.enqueue(manager, {
        topic,
        aggregateType: 'vacancy',
        aggregateId: moved.id,
        recipientIds: await this.vacancies.companyMemberAccountIds(manager, moved.companyId),
        payload: { vacancyId: moved.id, vacancyTitle: moved.title, from: vacancy.status, to, reason: options.reason ?? null },
      });
    return moved;
  }

  /** What the workflow recorded of a vacancy: its revisions and its audit events. */
  async history(vacancyId: string, manager?: EntityManager): Promise<VacancyHistoryView> {
    const [revisions, events] = await Promise.all([
      this.vacancies.revisionsOf(vacancyId, manager),
      this.auditEvents.eventsOf('vacancy', vacancyId, manager),
    ]);
    return toVacancyHistoryView(revisions, events);
  }
}
