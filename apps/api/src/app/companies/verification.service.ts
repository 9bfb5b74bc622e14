/** The attaché's side of employers: the verification queue and the decisions verify, reject, suspend, reinstate. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OutboxTopic, type CompanyDetailView, type CompanyView, type Page, type VerificationQueueItem } from '@jumush/contracts';
import { COMPANY_DECISIONS, CompanyStatus, companyTransition, workflowActorOf, type Actor, type CompanyDecision } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { CompanyEntity } from '@jumush/server/database';
import { ApplicationClosureService } from '../applications/application-closure.service';
import { AuditEventsRepository } from '../audit/audit-events.repository';
import { AuditService } from '../audit/audit.service';
import { toAuditEventView } from '../audit/audit-views';
import { LetterRevocationService } from '../batches/letter-revocation.service';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { OutboxService } from '../outbox/outbox.service';
import { CompaniesRepository } from './companies.repository';
import { toCompanyView, toVerificationQueueItem } from './company-views';

/** What the company's members hear of each decision on it. */
const COMPANY_DECISION_TOPICS = {
  verify: OutboxTopic.CompanyVerified,
  reject: OutboxTopic.CompanyRejected,
  suspend: OutboxTopic.CompanySuspended,
  reinstate: OutboxTopic.CompanyReinstated,
} as const satisfies Record<CompanyDecision, OutboxTopic>;

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
    private readonly clock: Clock,
  ) {}

  /** Oldest first: whoever waited longest is decided first. */
  async queue(status: CompanyStatus, page: number, pageSize: number): Promise<Page<VerificationQueueItem>> {
    const [rows, total] = await Promise.all([
      this.companies.verificationQueue(status, pageSize, (page - 1) * pageSize),
      this.companies.countByStatus(status),
    ]);
    return { items: rows.map(toVerificationQueueItem), total, page, pageSize };
  }

  /** One company with its documents and the history of decisions on it. */
  async detail(id: string): Promise<CompanyDetailView> {
    const company = await this.find(id);
    const [documents, history] = await Promise.all([this.companies.documentsOf(id), this.auditEvents.eventsOf('company', id)]);
    return {
      ...toCompanyView(company, documents),
      history: history.map(toAuditEventView),
    };
  }

  /**
   * Applies a decision if the company's workflow allows it from its current status. The update is
   * conditional on that status, so two officials deciding at once cannot both succeed.
   */
  async decide(actor: Actor, id: string, decision: CompanyDecision, reason?: string): Promise<CompanyView> {
    const company = await this.find(id);
    const to = COMPANY_DECISIONS[decision];
    const workflowActor = workflowActorOf(actor.role);
    const result = workflowActor
      ? companyTransition(company.status, to, workflowActor, reason)
      : ({ ok: false, reason: 'transition.actorNotAllowed' } as const);
    if (!result.ok) throw refusedTransitionProblem(result.reason, `Cannot ${decision} a ${company.status} company.`);
    const decided = await this.dataSource.transaction(async (manager) => {
      const moved = await this.companies.changeStatusIfUnchanged(manager, id, company.status, {
        status: to,
        statusReason: reason ?? null,
        statusChangedAt: this.clock.now(),
      });
      if (!moved)
        throw new ProblemException(409, {
          code: 'transition.conflict',
          detail: 'Someone decided this company meanwhile; reload it.',
        });
      await this.audit.record(manager, actor, {
        action: `company.${decision}`,
        subjectType: 'company',
        subjectId: id,
        reason: reason ?? null,
        data: { from: company.status, to },
      });
      await this.outbox.enqueue(manager, {
        topic: COMPANY_DECISION_TOPICS[decision],
        aggregateType: 'company',
        aggregateId: id,
        recipientIds: await this.companies.memberAccountIds(manager, id),
        payload: { companyId: id, companyName: company.legalName, decision, reason: reason ?? null },
      });
      // A suspended employer recruits no one: its open applications end now, and candidates are told.
      // Its approved candidates' letters stop being valid (EMPLOYER_SUSPENDED), and each is told.
      if (to === CompanyStatus.Suspended) {
        await this.closure.closeOpenApplications(manager, { companyId: id }, 'employerSuspended');
        await this.letters.revokeForSuspendedEmployer(manager, actor, id, reason ?? null);
      }
      return this.companies.getById(id, manager);
    });
    return toCompanyView(decided, await this.companies.documentsOf(id));
  }

  private async find(id: string): Promise<CompanyEntity> {
    const company = await this.companies.findById(id);
    if (!company)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such company.',
      });
    return company;
  }
}
