/**
 * The officials' side of employers. Each country's attaché verifies, rejects, suspends and reinstates a company for
 * their own citizens (verifying may rely, in one click, on another country's verification, recorded as such); the
 * admin's suspension and reinstatement are the global block. A suspension ends only its country's candidates'
 * applications and letters; a reinstatement reopens what the suspension closed where the vacancy still takes them.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  OutboxTopic,
  type CompanyCountryDetailView,
  type CompanyDetailView,
  type CompanyView,
  type Page,
  type VerificationQueueItem,
} from '@jumush/contracts';
import {
  COMPANY_DECISIONS,
  CompanyStatus,
  MOSCOW_TIME_ZONE,
  Role,
  SuspensionCategory,
  canActForCountry,
  companyDecisionScope,
  companyTransition,
  globalBlockProblem,
  relianceProblem,
  reliableCountriesFor,
  verifiedCountriesOf,
  workflowActorOf,
  type Actor,
  type CompanyDecision,
} from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import type { CompanyEntity } from '@jumush/server/database';
import { ApplicationClosureService } from '../applications/application-closure.service';
import { AuditEventsRepository } from '../audit/audit-events.repository';
import { AuditService } from '../audit/audit.service';
import { toAuditEventView } from '../audit/audit-views';
import { LetterRevocationService } from '../batches/letter-revocation.service';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { OutboxService } from '../outbox/outbox.service';
import { CompaniesRepository } from './companies.repository';
import { toCompanyCountryStatusView, toCompanyView, toVerificationQueueItem } from './company-views';

/** What the company's members hear of each decision on it. */
const COMPANY_DECISION_TOPICS = {
  verify: OutboxTopic.CompanyVerified,
  reject: OutboxTopic.CompanyRejected,
  suspend: OutboxTopic.CompanySuspended,
  reinstate: OutboxTopic.CompanyReinstated,
} as const satisfies Record<CompanyDecision, OutboxTopic>;

const NO_SUCH_COMPANY = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such company.' });
const DECIDED_MEANWHILE = () =>
  new ProblemException(409, { code: 'transition.conflict', detail: 'Someone decided this company meanwhile; reload it.' });

/** Who decided, for whom, and what the company's members and the record are told. */
interface DecisionRecord {
  decision: CompanyDecision;
  reason: string | null;
  data: Record<string, unknown>;
}

@Injectable()
export class VerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesRepository,
    private readonly auditEvents: AuditEventsRepository,
    private readonly audit: AuditService,
    private readonly closure: ApplicationClosureService,
    private readonly outbox: OutboxService,
    private readonly letters: LetterRevocationService,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * The attaché's own country's queue (an admin's: the chosen country's, or every country's), oldest first: in one
   * country the oldest pending company is the first overdue, so overdue ones lead (marked, with their due dates).
   */
  async queue(
    actor: Actor,
    status: CompanyStatus,
    country: string | undefined,
    page: number,
    pageSize: number,
  ): Promise<Page<VerificationQueueItem>> {
    const of = actor.role === Role.Admin ? (country ?? null) : (actor.originCountry ?? '--');
    const [rows, total] = await Promise.all([
      this.companies.verificationQueue(of, status, pageSize, (page - 1) * pageSize),
      this.companies.countByStatus(of, status),
    ]);
    const deadlines = { targets: deadlineTargets(this.config), now: this.clock.now() };
    return { items: rows.map((row) => toVerificationQueueItem(row, deadlines)), total, page, pageSize };
  }

  /** One company with every country's status, its documents, the history of decisions on it, and what the viewer may rely on. */
  async detail(actor: Actor, id: string): Promise<CompanyDetailView> {
    const company = await this.find(id);
    const [countries, documents, history] = await Promise.all([
      this.companies.countryStatusesOf(id),
      this.companies.documentsOf(id),
      this.auditEvents.eventsOf('company', id),
    ]);
    const ownCountry = actor.role === Role.Attache ? actor.originCountry : null;
    return {
      ...toCompanyView(company, countries, documents),
      history: history.map(toAuditEventView),
      ownCountry,
      reliableCountries: ownCountry ? reliableCountriesFor(ownCountry, countries) : [],
    };
  }

  /** One country's decision with its history: that country's attaché's (and admins'); another country's attaché gets 404. */
  async countryDetail(actor: Actor, id: string, country: string): Promise<CompanyCountryDetailView> {
    if (!canActForCountry(actor, country)) throw NO_SUCH_COMPANY();
    await this.find(id);
    const standing = (await this.companies.countryStatusesOf(id)).find((row) => row.country === country);
    if (!standing) throw NO_SUCH_COMPANY();
    const history = await this.auditEvents.eventsOf('company', id);
    return {
      companyId: id,
      ...toCompanyCountryStatusView(standing),
      history: history.filter((event) => (event.data as { country?: unknown } | null)?.country === country).map(toAuditEventView),
    };
  }

  /**
   * Applies a decision: an attaché's for their country, if the company's workflow allows it from that country's
   * status; the admin's suspension or reinstatement as the global block. The update is conditional on the status
   * read, so two officials deciding at once cannot both succeed.
   */
  async decide(actor: Actor, id: string, decision: CompanyDecision, reason?: string, category?: SuspensionCategory): Promise<CompanyView> {
    const company = await this.find(id);
    const scope = companyDecisionScope(actor, decision);
    if (!scope) throw refusedTransitionProblem('transition.actorNotAllowed', `Only an attaché decides to ${decision} a company for their country.`);
    // A suspension always has a category (the DTO requires it); nothing else keeps one.
    const suspension = decision === 'suspend' ? (category ?? SuspensionCategory.Other) : null;
    if (scope.kind === 'global') return this.decideGlobally(actor, company, decision, reason ?? null, suspension);
    return this.decideForCountry(actor, company, scope.country, decision, reason ?? null, null, suspension);
  }

  /** Verifies for the attaché's country in one click, relying on `reliedOnCountry`'s verification (recorded and audited). */
  async relyOn(actor: Actor, id: string, reliedOnCountry: string): Promise<CompanyView> {
    const company = await this.find(id);
    const scope = companyDecisionScope(actor, 'verify');
    if (scope?.kind !== 'country') throw refusedTransitionProblem('transition.actorNotAllowed', 'Only an attaché verifies for their country.');
    const standings = await this.companies.countryStatusesOf(id);
    const problem = relianceProblem(
      scope.country,
      standings.find((row) => row.country === reliedOnCountry),
      reliedOnCountry,
    );
    if (problem)
      throw new ProblemException(422, {
        code: 'validation.failed',
        errors: [
          { field: 'country', code: problem, message: `Cannot rely on ${reliedOnCountry}'s verification.`, params: { country: reliedOnCountry } },
        ],
      });
    return this.decideForCountry(actor, company, scope.country, 'verify', null, reliedOnCountry, null);
  }

  private async decideForCountry(
    actor: Actor,
    company: CompanyEntity,
    country: string,
    decision: CompanyDecision,
    reason: string | null,
    reliedOnCountry: string | null,
    category: SuspensionCategory | null,
  ): Promise<CompanyView> {
    const to = COMPANY_DECISIONS[decision];
    return this.dataSource.transaction(async (manager) => {
      await this.companies.insertPendingCountries(manager, company.id);
      const standing = (await this.companies.countryStatusesOf(company.id, manager)).find((row) => row.country === country);
      if (!standing) throw NO_SUCH_COMPANY();
      const workflowActor = workflowActorOf(actor.role);
      const result = workflowActor
        ? companyTransition(standing.status, to, workflowActor, reason ?? undefined)
        : ({ ok: false, reason: 'transition.actorNotAllowed' } as const);
      if (!result.ok) throw refusedTransitionProblem(result.reason, `Cannot ${decision} a company ${standing.status} in ${country}.`);
      const moved = await this.companies.changeCountryStatusIfUnchanged(manager, company.id, country, standing.status, {
        status: to,
        statusReason: reason,
        statusChangedAt: this.clock.now(),
        reliedOnCountry,
        suspensionCategory: to === CompanyStatus.Suspended ? category : null,
      });
      if (!moved) throw DECIDED_MEANWHILE();
      await this.record(manager, actor, company, {
        decision,
        reason,
        data: { country, from: standing.status, to, ...(reliedOnCountry ? { reliedOnCountry } : {}), ...(category ? { category } : {}) },
      });
      // Suspended for one country: only that country's candidates lose their applications and letters.
      if (to === CompanyStatus.Suspended) await this.stop(manager, actor, company.id, reason, [country]);
      if (decision === 'reinstate') await this.reopen(manager, company.id, [country]);
      return this.view(manager, company.id);
    });
  }

  /** The admin's block: every country at once. */
  private async decideGlobally(
    actor: Actor,
    company: CompanyEntity,
    decision: CompanyDecision,
    reason: string | null,
    category: SuspensionCategory | null,
  ): Promise<CompanyView> {
    const blocked = company.blockedAt !== null;
    const refusal = globalBlockProblem(blocked, decision);
    if (refusal) throw refusedTransitionProblem(refusal, `Cannot ${decision} a company that is ${blocked ? '' : 'not '}blocked.`);
    if (!reason?.trim()) throw refusedTransitionProblem('transition.reasonRequired', 'Say why.');
    return this.dataSource.transaction(async (manager) => {
      const changed = await this.companies.changeBlockIfUnchanged(manager, company.id, blocked, {
        blockedAt: decision === 'suspend' ? this.clock.now() : null,
        blockedReason: decision === 'suspend' ? reason : null,
        blockedCategory: decision === 'suspend' ? category : null,
      });
      if (!changed) throw DECIDED_MEANWHILE();
      await this.record(manager, actor, company, {
        decision,
        reason,
        data: { scope: 'global', blocked: decision === 'suspend', ...(category ? { category } : {}) },
      });
      if (decision === 'suspend') await this.stop(manager, actor, company.id, reason, undefined);
      else await this.reopen(manager, company.id, undefined);
      return this.view(manager, company.id);
    });
  }

  private async record(manager: EntityManager, actor: Actor, company: CompanyEntity, record: DecisionRecord): Promise<void> {
    await this.audit.record(manager, actor, {
      action: `company.${record.decision}`,
      subjectType: 'company',
      subjectId: company.id,
      reason: record.reason,
      data: record.data,
    });
    await this.outbox.enqueue(manager, {
      topic: COMPANY_DECISION_TOPICS[record.decision],
      aggregateType: 'company',
      aggregateId: company.id,
      recipientIds: await this.companies.memberAccountIds(manager, company.id),
      payload: { companyId: company.id, companyName: company.legalName, decision: record.decision, reason: record.reason, ...record.data },
    });
  }

  /**
   * A suspended employer recruits no one of the countries concerned (every country when undefined): their open
   * applications end now and their approved candidates' letters stop being valid (EMPLOYER_SUSPENDED); each is told.
   */
  private async stop(manager: EntityManager, actor: Actor, companyId: string, reason: string | null, countries: string[] | undefined): Promise<void> {
    await this.closure.closeOpenApplications(manager, { companyId, citizenships: countries }, 'employerSuspended');
    await this.letters.revokeForSuspendedEmployer(manager, actor, companyId, reason, countries);
  }

  /** Reopens what a suspension closed, for the countries (of those concerned) where the company now recruits again. */
  private async reopen(manager: EntityManager, companyId: string, countries: string[] | undefined): Promise<void> {
    const company = await this.companies.getById(companyId, manager);
    const verified = verifiedCountriesOf(company, await this.companies.countryStatusesOf(companyId, manager));
    const citizenships = countries ? verified.filter((country) => countries.includes(country)) : verified;
    await this.closure.reopenClosedBySuspension(manager, { companyId, citizenships }, this.clock.today(MOSCOW_TIME_ZONE));
  }

  private async view(manager: EntityManager, id: string): Promise<CompanyView> {
    // One connection in a transaction: one query after the other.
    const company = await this.companies.getById(id, manager);
    const countries = await this.companies.countryStatusesOf(id, manager);
    return toCompanyView(company, countries, await this.companies.documentsOf(id, manager));
  }

  private async find(id: string): Promise<CompanyEntity> {
    const company = await this.companies.findById(id);
    if (!company) throw NO_SUCH_COMPANY();
    return company;
  }
}
