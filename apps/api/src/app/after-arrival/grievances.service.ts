/**
 * Grievances after arrival: the migrant opens one (or a check-in answer does), the responsible attachés are alerted
 * at once, staff and migrant exchange messages, and the case moves received → in progress → referred → resolved →
 * closed by the domain's table. Every change writes its audit event and its notification in one transaction.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxTopic, type GrievanceSummaryView, type GrievanceView, type OpenGrievanceDto } from '@jumush/contracts';
import {
  ApplicationActor,
  ApplicationStatus,
  Role,
  allowedGrievanceTransitions,
  applicationActorOf,
  grievanceMoveTarget,
  grievanceTakesMessages,
  grievanceDeadlineOnEntering,
  grievanceTransition,
  deadlineCountries,
  deadlineFor,
  reminderTimeFor,
  responsibleAttaches,
  GrievanceStatus,
  MOSCOW_UTC_OFFSET_MINUTES,
  type Actor,
  type GrievanceCategory,
  type GrievanceMove,
} from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import { jobIdFor, ReminderJob } from '@jumush/server/queues';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { OutboxService } from '../outbox/outbox.service';
import { GrievanceAttachmentsRepository } from './grievance-attachments.repository';
import { RedFlagsService } from './red-flags.service';
import { GrievancesRepository, type GrievanceMessageRow, type GrievanceRow, type GrievanceScope, type NewGrievance } from './grievances.repository';

const noSuchGrievance = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such grievance.' });
const staleGrievance = () =>
  new ProblemException(409, { code: 'grievance.stale', detail: 'Someone changed this grievance meanwhile; reload it and try again.' });

/** A grievance may be opened about a job the migrant went to: approved or later, not a no-show. */
const GRIEVABLE_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.Approved,
  ApplicationStatus.Departed,
  ApplicationStatus.Arrived,
  ApplicationStatus.Working,
];

@Injectable()
export class GrievancesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly grievances: GrievancesRepository,
    private readonly candidates: CandidatesService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly redFlags: RedFlagsService,
    private readonly attachments: GrievanceAttachmentsRepository,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  /** The migrant opens a grievance about one of their jobs. */
  async open(actor: Actor, dto: OpenGrievanceDto): Promise<GrievanceView> {
    const profile = await this.candidates.mine(actor);
    const id = await this.dataSource.transaction(async (manager) => {
      const [job] = await queryRows<{ region_code: string; company_id: string; status: ApplicationStatus }>(
        manager,
        `SELECT v.region_code, v.company_id, a.status FROM applications a JOIN vacancies v ON v.id = a.vacancy_id WHERE a.id = $1 AND a.candidate_id = $2`,
        [dto.applicationId, profile.id],
      );
      if (!job || !GRIEVABLE_STATUSES.includes(job.status))
        throw new ProblemException(400, {
          code: 'validation.failed',
          errors: [{ field: 'applicationId', code: 'grievance.noSuchJob', message: 'Choose one of your approved jobs.' }],
        });
      if (!profile.originCountry) throw noSuchGrievance();
      const opened = await this.openIn(manager, actor, {
        candidateId: profile.id,
        applicationId: dto.applicationId,
        checkInId: null,
        originCountry: profile.originCountry,
        regionCode: job.region_code,
        companyId: job.company_id,
        category: dto.category,
        description: dto.description,
        anonymous: dto.anonymous ?? true,
      });
      return opened as string;
    });
    return this.mineOne(actor, id);
  }

  /**
   * Opens a grievance in the caller's transaction (a check-in answer's, or the migrant's own) and alerts the
   * responsible attachés at once; null when this check-in already opened one of the category.
   */
  async openIn(manager: EntityManager, actor: Actor, grievance: NewGrievance): Promise<string | null> {
    const id = await this.grievances.insert(manager, grievance);
    if (id === null) return null;
    const staff = await this.responsibleStaff(manager, grievance.originCountry, grievance.regionCode);
    const [vacancy] = await queryRows<{ title: string }>(
      manager,
      `SELECT v.title FROM applications a JOIN vacancies v ON v.id = a.vacancy_id WHERE a.id = $1`,
      [grievance.applicationId],
    );
    await this.outbox.enqueue(manager, {
      topic: OutboxTopic.GrievanceOpened,
      aggregateType: 'grievance',
      aggregateId: id,
      recipientIds: staff,
      payload: { grievanceId: id, category: grievance.category, vacancyTitle: vacancy?.title ?? null, fromCheckIn: grievance.checkInId !== null },
    });
    await this.runClock(manager, id, GrievanceStatus.Received, grievance.originCountry, staff, vacancy?.title ?? null);
    await this.audit.record(manager, actor, {
      action: 'grievance.opened',
      subjectType: 'grievance',
      subjectId: id,
      data: { category: grievance.category, checkInId: grievance.checkInId, applicationId: grievance.applicationId, alerted: staff.length },
    });
    // A held passport (said in a grievance or a check-in) is evidence for the red-flag rules, in this transaction.
    if (grievance.category === 'passportHeld')
      await this.redFlags.evaluate(manager, {
        companyId: grievance.companyId,
        originCountry: grievance.originCountry,
        regionCode: grievance.regionCode,
      });
    return id;
  }

  async mine(actor: Actor): Promise<GrievanceSummaryView[]> {
    const profile = await this.candidates.mine(actor);
    const rows = await this.grievances.list(this.dataSource.manager, { candidateId: profile.id });
    return rows.map((row) => this.summary(row, actor));
  }

  async mineOne(actor: Actor, id: string): Promise<GrievanceView> {
    return this.view(actor, id, await this.scopeOf(actor));
  }

  /** The attaché's queue: their country's, in their regions; an admin's: every country's. */
  async queue(actor: Actor): Promise<GrievanceSummaryView[]> {
    const rows = await this.grievances.list(this.dataSource.manager, await this.scopeOf(actor));
    return rows.map((row) => this.summary(row, actor));
  }

  async staffOne(actor: Actor, id: string): Promise<GrievanceView> {
    return this.view(actor, id, await this.scopeOf(actor));
  }

  async write(actor: Actor, id: string, body: string): Promise<GrievanceView> {
    const scope = await this.scopeOf(actor);
    await this.dataSource.transaction(async (manager) => {
      const grievance = await this.grievances.one(manager, id, scope, true);
      if (!grievance) throw noSuchGrievance();
      if (!grievanceTakesMessages(grievance.status))
        throw new ProblemException(409, { code: 'grievance.closed', detail: 'A closed grievance takes no more messages.' });
      const messageId = await this.grievances.addMessage(manager, { grievanceId: id, authorId: actor.id, authorRole: actor.role, body, move: null });
      await this.audit.record(manager, actor, {
        action: 'grievance.message',
        subjectType: 'grievance',
        subjectId: id,
        data: { length: body.length },
      });
      // Each side hears from the other, never from itself: staff's words go to the migrant, the migrant's to the staff.
      if (actor.role === Role.Migrant) await this.tellStaff(manager, grievance, messageId);
      else await this.tellMigrant(manager, grievance, grievance.status);
    });
    return this.view(actor, id, scope);
  }

  async move(actor: Actor, id: string, move: GrievanceMove, version: number, reason?: string): Promise<GrievanceView> {
    const scope = await this.scopeOf(actor);
    await this.dataSource.transaction(async (manager) => {
      const grievance = await this.grievances.one(manager, id, scope, true);
      if (!grievance) throw noSuchGrievance();
      const to = grievanceMoveTarget(move);
      const allowed = grievanceTransition(grievance.status, to, applicationActorOf(actor.role), reason);
      if (!allowed.ok || allowed.name !== move)
        throw refusedTransitionProblem(allowed.ok ? 'transition.illegal' : allowed.reason, `A ${grievance.status} grievance cannot ${move}.`);
      const text = reason?.trim() || null;
      const moved = await this.grievances.move(manager, id, {
        from: grievance.status,
        to,
        version,
        ...(move === 'refer' && text ? { referredTo: text } : {}),
        ...(move === 'resolve' && text ? { outcome: text } : {}),
      });
      if (!moved) throw staleGrievance();
      await this.grievances.addMessage(manager, { grievanceId: id, authorId: actor.id, authorRole: actor.role, body: text ?? '', move });
      await this.audit.record(manager, actor, {
        action: `grievance.${move}`,
        subjectType: 'grievance',
        subjectId: id,
        reason: text,
        data: { from: grievance.status, to },
      });
      if (actor.role !== Role.Migrant) await this.tellMigrant(manager, grievance, to);
      const staff = await this.responsibleStaff(manager, grievance.origin_country, grievance.region_code);
      await this.runClock(manager, id, to, grievance.origin_country, staff, grievance.vacancy_title);
    });
    return this.view(actor, id, scope);
  }

  /**
   * On entering `status`, starts its stage's deadline (working days of Russia and the migrant's country), keeps the
   * running one or stops it; a started one reminds the responsible staff a day before and, passed while the grievance
   * still waits on them, escalates to the supervisors and puts it first in their queue. Written in the caller's
   * transaction, through the reminder outbox, so a Redis outage loses none.
   */
  private async runClock(
    manager: EntityManager,
    id: string,
    status: GrievanceStatus,
    originCountry: string,
    staff: string[],
    vacancyTitle: string | null,
  ): Promise<void> {
    const change = grievanceDeadlineOnEntering(status);
    if (change === 'keep') return;
    if (change === 'stop') return this.grievances.setDeadline(manager, id, null);
    const deadline = deadlineFor(
      change.start,
      this.clock.now(),
      deadlineTargets(this.config),
      MOSCOW_UTC_OFFSET_MINUTES,
      deadlineCountries(originCountry),
    );
    await this.grievances.setDeadline(manager, id, deadline);
    const reminder = { aggregateType: 'grievance', aggregateId: id };
    const path = `/attache/grievances/${id}`;
    // Keyed by stage and deadline: a reopened grievance's new clock is a new reminder, a retry the same one.
    const key = (kind: string) => jobIdFor(ReminderJob.Remind, kind, 'grievance', id, change.start, Date.parse(deadline));
    await this.outbox.scheduleReminder(
      manager,
      { ...reminder, kind: 'deadline', recipientIds: staff, payload: { subject: vacancyTitle ?? '—', deadline, path } },
      new Date(reminderTimeFor(deadline)),
      key('deadline'),
    );
    await this.outbox.scheduleReminder(
      manager,
      { ...reminder, kind: 'overdue', recipientIds: [], payload: { deadline } },
      new Date(deadline),
      key('overdue'),
    );
  }

  /** The attachés responsible for the grievance (as on opening) learn that the migrant wrote; the text stays in the case. */
  private async tellStaff(manager: EntityManager, grievance: GrievanceRow, messageId: string): Promise<void> {
    const staff = await this.responsibleStaff(manager, grievance.origin_country, grievance.region_code);
    await this.outbox.enqueue(manager, {
      topic: OutboxTopic.GrievanceMessage,
      aggregateType: 'grievance',
      aggregateId: grievance.id,
      recipientIds: staff,
      payload: { grievanceId: grievance.id, messageId, vacancyTitle: grievance.vacancy_title },
    });
  }

  private async responsibleStaff(manager: EntityManager, originCountry: string, regionCode: string): Promise<string[]> {
    return responsibleAttaches(await this.grievances.attachesOf(manager, originCountry), regionCode).map((attache) => attache.id);
  }

  private async tellMigrant(manager: EntityManager, grievance: GrievanceRow, status: string): Promise<void> {
    await this.outbox.enqueue(manager, {
      topic: OutboxTopic.GrievanceUpdated,
      aggregateType: 'grievance',
      aggregateId: grievance.id,
      recipientIds: grievance.candidate_account_id ? [grievance.candidate_account_id] : [],
      payload: { grievanceId: grievance.id, status },
    });
  }

  /** The 404 of a grievance the reader does not see (or that does not exist): the two look the same. */
  notFound(): ProblemException {
    return noSuchGrievance();
  }

  /** A migrant sees their own; staff their country's and regions'; anyone else nothing (404). */
  async scopeOf(actor: Actor): Promise<GrievanceScope> {
    switch (actor.role) {
      case Role.Migrant:
        return { candidateId: (await this.candidates.mine(actor)).id };
      case Role.Attache:
        return { originCountry: actor.originCountry ?? '', coveredRegions: actor.coveredRegions ?? null };
      case Role.Admin:
        return { originCountry: null, coveredRegions: null };
      case Role.Employer:
        throw noSuchGrievance();
    }
  }

  private async view(actor: Actor, id: string, scope: GrievanceScope): Promise<GrievanceView> {
    const grievance = await this.grievances.one(this.dataSource.manager, id, scope);
    if (!grievance) throw noSuchGrievance();
    const [messages, attachments] = await Promise.all([
      this.grievances.messages(this.dataSource.manager, id),
      this.attachments.list(this.dataSource.manager, id),
    ]);
    return {
      ...this.summary(grievance, actor),
      description: grievance.description,
      messages: messages.map((message) => this.messageView(message, actor)),
      attachments: attachments.map((row) => ({
        id: row.id,
        fileName: row.file_name,
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
        createdAt: new Date(row.created_at).toISOString(),
      })),
    };
  }

  private summary(row: GrievanceRow, actor: Actor): GrievanceSummaryView {
    const reader = applicationActorOf(actor.role);
    return {
      id: row.id,
      category: row.category as GrievanceCategory,
      status: row.status,
      anonymous: row.anonymous,
      fromCheckIn: row.check_in_id !== null,
      applicationId: row.application_id,
      vacancyTitle: row.vacancy_title,
      companyName: row.company_name,
      regionCode: row.region_code,
      originCountry: row.origin_country,
      // Staff need the name to help; the migrant knows it. (The employer has no route to grievances at all.)
      migrantName: reader === ApplicationActor.Migrant ? null : row.migrant_name,
      referredTo: row.referred_to,
      outcome: row.outcome,
      version: row.version,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      dueAt: row.due_at ? new Date(row.due_at).toISOString() : null,
      overdue: row.due_at !== null && new Date(row.due_at).getTime() < this.clock.now().getTime(),
      moves: allowedGrievanceTransitions(row.status, reader).map((rule) => rule.name as GrievanceMove),
    };
  }

  private messageView(message: GrievanceMessageRow, actor: Actor) {
    return {
      id: message.id,
      authorRole: message.author_role,
      mine: message.author_id === actor.id,
      body: message.body,
      move: (message.move as GrievanceMove | null) ?? null,
      createdAt: new Date(message.created_at).toISOString(),
    };
  }
}
