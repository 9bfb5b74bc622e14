/** The employer's side of batches: building one from shortlisted applications, changing it, sending it to the attaché. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ApplicationStatus,
  BatchStatus,
  CompanyStatus,
  VacancyStatus,
  WorkflowActor,
  batchCapacityProblem,
  batchTransition,
  canEditBatch,
  deadlineCountries,
  deadlineFor,
  MOSCOW_UTC_OFFSET_MINUTES,
  reminderTimeFor,
  type Actor,
} from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { uniqueViolationOf, type BatchEntity, type VacancyEntity } from '@jumush/server/database';
import { ApplicationMovesRepository, type MessageFields } from '../applications/application-moves.repository';
import { ExpectedDurationsService } from '../applications/expected-durations.service';
import { QueuePositionsRepository } from '../applications/queue-positions.repository';
import { AuditService } from '../audit/audit.service';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { OutboxService } from '../outbox/outbox.service';
import { noSuchBatch } from './batch-queries.service';
import { BatchesRepository } from './batches.repository';
import { CandidateFlagsLoader } from './candidate-flags.loader';

function capacityCheck(vacancy: VacancyEntity, batchSize: number): void {
  const capacity = batchCapacityProblem({ positions: vacancy.positions, filledPositions: vacancy.filledPositions, batchSize });
  if (capacity) throw new ProblemException(422, { code: capacity.code, params: capacity.params });
}

/** 422 on `applicationIds`: a batch's candidates are citizens of one country, whose attaché decides it. */
function mixedCountries(countries: readonly string[]): ProblemException {
  const list = [...new Set(countries)].sort().join(', ');
  return new ProblemException(422, {
    code: 'validation.failed',
    detail: `A batch holds one country's candidates; these are citizens of ${list}.`,
    errors: [
      { field: 'applicationIds', code: 'batch.mixedCountries', message: 'Put candidates of one country in a batch.', params: { countries: list } },
    ],
  });
}

@Injectable()
export class BatchDraftsService {
  constructor(
    private readonly batches: BatchesRepository,
    private readonly moves: ApplicationMovesRepository,
    private readonly flags: CandidateFlagsLoader,
    private readonly membership: CompanyMembershipService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
    private readonly queuePositions: QueuePositionsRepository,
    private readonly durations: ExpectedDurationsService,
  ) {}

  async create(actor: Actor, vacancyId: string, applicationIds: string[]): Promise<BatchEntity> {
    const company = await this.membership.requireCompanyOf(actor);
    const vacancy = await this.batches.companyVacancy(company.id, vacancyId);
    if (!vacancy) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such vacancy.' });
    if (vacancy.status !== VacancyStatus.Published) throw new ProblemException(422, { code: 'batch.vacancyNotPublished' });
    return this.batches.transaction(async (manager) => {
      // A batch holds one country's candidates: its attaché decides it.
      const countries = await this.batches.citizenshipsOf(manager, vacancyId, applicationIds);
      if (countries.length > 1) throw mixedCountries(countries);
      const batch = await this.batches.insertDraft(manager, {
        vacancyId,
        companyId: company.id,
        originCountry: countries[0] ?? '--',
        createdBy: actor.id,
      });
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
    return this.batches.transaction(async (manager) => {
      const batch = await this.employerBatch(actor, batchId, manager);
      if (!canEditBatch(batch.status))
        throw new ProblemException(409, { code: 'batch.notEditable', detail: `A ${batch.status} batch cannot be changed.` });
      const vacancy = await this.batches.vacancy(manager, batch.vacancyId);
      await this.replaceItems(manager, actor, batch, vacancy, applicationIds);
      await this.audit.record(manager, actor, {
        action: 'batch.itemsChanged',
        subjectType: 'batch',
        subjectId: batch.id,
        data: { size: applicationIds.length },
      });
      return this.batches.reload(manager, batch.id);
    });
  }

  /**
   * What each candidate's message says of the attaché's queue they join: their place ("3rd of 41") and how long the
   * attaché's decision usually takes (the median of the last 90 days, as on the application page).
   */
  private async attacheQueueMessage(manager: EntityManager, batch: BatchEntity): Promise<MessageFields> {
    const { total, positionById } = await this.queuePositions.attacheQueueOnSubmission(manager, batch.id, batch.originCountry);
    const usualDays = Math.max(1, Math.ceil((await this.durations.all())[ApplicationStatus.InBatch].days));
    return {
      constants: { queueTotal: total, usualDays },
      perApplication: Object.fromEntries([...positionById].map(([id, position]) => [id, { queuePosition: position }])),
    };
  }

  /** Sends the batch to the attaché: its applications enter IN_BATCH, flags are computed, the deadline starts. */
  async submit(actor: Actor, batchId: string): Promise<BatchEntity> {
    return this.batches.transaction(async (manager) => {
      const batch = await this.employerBatch(actor, batchId, manager);
      const result = batchTransition(batch.status, BatchStatus.Submitted, WorkflowActor.Employer);
      if (!result.ok) throw refusedTransitionProblem(result.reason, `A ${batch.status} batch cannot be submitted.`);
      const vacancy = await this.batches.vacancy(manager, batch.vacancyId, 'pessimistic_read');
      const companyStatus = await this.batches.companyStatusIn(manager, batch.companyId, batch.originCountry);
      if (companyStatus !== CompanyStatus.Verified) throw new ProblemException(422, { code: 'employer.notVerified' });
      const items = await this.batches.items(manager, batchId);
      if (items.length === 0) throw new ProblemException(422, { code: 'batch.empty' });
      capacityCheck(vacancy, items.length);

      const entered = await this.moves.move(manager, {
        move: 'addToBatch',
        actor,
        select: { applicationIds: items.map((item) => item.applicationId) },
        messageFields: await this.attacheQueueMessage(manager, batch),
      });
      await this.flags.flagBatch(manager, batch, vacancy, companyStatus);
      const now = this.clock.now();
      const deadline = deadlineFor(
        'batchDecision',
        now,
        deadlineTargets(this.config),
        MOSCOW_UTC_OFFSET_MINUTES,
        deadlineCountries(batch.originCountry),
      );
      await this.batches.updateBatch(manager, batch.id, {
        status: BatchStatus.Submitted,
        submittedAt: now,
        deadlineAt: new Date(deadline),
        overdue: false,
        remindedAt: null,
        returnComment: batch.status === BatchStatus.Returned ? batch.returnComment : null,
      });
      await this.audit.record(manager, actor, {
        action: 'batch.submitted',
        subjectType: 'batch',
        subjectId: batch.id,
        data: { from: batch.status, size: items.length, enteredBatch: entered.length },
      });
      await this.tellAttaches(manager, batch, vacancy, items.length, deadline);
      return this.batches.reload(manager, batch.id);
    });
  }

  /**
   * The attaché staff of the batch's country (covering its region) hear it arrived, are reminded a day before the deadline, and the
   * batch is marked overdue when it passes undecided; written with the submission, so a Redis outage loses none.
   */
  private async tellAttaches(manager: EntityManager, batch: BatchEntity, vacancy: VacancyEntity, size: number, deadline: string): Promise<void> {
    const attaches = await this.batches.attachesOf(manager, batch.originCountry, vacancy.regionCode);
    await this.outbox.enqueue(manager, {
      topic: 'batch.submitted',
      aggregateType: 'batch',
      aggregateId: batch.id,
      recipientIds: attaches,
      payload: { batchId: batch.id, vacancyTitle: vacancy.title, size },
    });
    const reminder = { aggregateType: 'batch', aggregateId: batch.id };
    await this.outbox.scheduleReminder(
      manager,
      { ...reminder, kind: 'deadline', recipientIds: attaches, payload: { subject: vacancy.title, deadline, path: `/attache/batches/${batch.id}` } },
      new Date(reminderTimeFor(deadline)),
    );
    await this.outbox.scheduleReminder(manager, { ...reminder, kind: 'overdue', recipientIds: [], payload: {} }, new Date(deadline));
  }

  private async employerBatch(actor: Actor, batchId: string, manager: EntityManager): Promise<BatchEntity> {
    const company = await this.membership.requireCompanyOf(actor, manager);
    const batch = await this.batches.companyBatch(manager, company.id, batchId, true);
    if (!batch) throw noSuchBatch();
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
    capacityCheck(vacancy, unique.length);
    const countries = await this.batches.citizenshipsOf(manager, vacancy.id, unique);
    if (countries.some((country) => country !== batch.originCountry)) throw mixedCountries([batch.originCountry, ...countries]);
    const applications = await this.batches.applicationsOfVacancy(manager, vacancy.id, unique);
    const current = await this.batches.items(manager, batch.id);
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
      await this.batches.removeItems(manager, batch.id, removed);
      await this.moves.move(manager, { move: 'removeFromBatch', actor, select: { applicationIds: removed }, reason: 'removedFromBatch' });
    }
    const added = unique.filter((id) => !currentIds.has(id));
    if (added.length) {
      try {
        await this.batches.addItems(manager, batch.id, added);
      } catch (error) {
        if (uniqueViolationOf(error)) throw new ProblemException(409, { code: 'batch.applicationInAnotherBatch' });
        throw error;
      }
    }
  }
}
