/**
 * Red flags: after every report against an employer (a fee, terms not as promised, a held passport), in the
 * report's transaction, the rules of the red_flag_rules table are evaluated by the domain over the country's
 * evidence; a rule that trips puts the employer under review and alerts the responsible attachés at once. The
 * attaché suspends in one action, through the existing company suspension.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxTopic, type CompanyView, type RedFlagEvidenceView, type RedFlagView } from '@jumush/contracts';
import { Role, responsibleAttaches, suspensionCategoryOfSignal, trippedRules, type Actor } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { VerificationService } from '../companies/verification.service';
import { ProblemException } from '../http/problem';
import { OutboxService } from '../outbox/outbox.service';
import { GrievancesRepository } from './grievances.repository';
import { RedFlagsRepository, type RedFlagRow } from './red-flags.repository';
import { WorkReportsRepository } from './work-reports.repository';

const noSuchFlag = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such red flag.' });

/** The employer and country a report speaks about, and the work region that decides which attachés answer. */
export interface ReportedEmployer {
  companyId: string;
  originCountry: string;
  regionCode: string;
}

@Injectable()
export class RedFlagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly flags: RedFlagsRepository,
    private readonly reports: WorkReportsRepository,
    private readonly grievances: GrievancesRepository,
    private readonly verification: VerificationService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Evaluates every rule in the caller's (the report's) transaction; the ids of flags raised. */
  async evaluate(manager: EntityManager, employer: ReportedEmployer): Promise<string[]> {
    const rules = await this.flags.rules(manager);
    if (rules.length === 0) return [];
    const evidence = await this.reports.evidence(manager, employer.companyId, employer.originCountry);
    // The database's clock, the one the reports were dated by.
    const [{ now }] = (await queryRows<{ now: Date }>(manager, `SELECT now() AS now`)) as [{ now: Date }];
    const raised: string[] = [];
    for (const rule of rules) {
      const settled = await this.flags.settledEvidence(manager, employer.companyId, employer.originCountry, rule.code);
      const [tripped] = trippedRules(
        [rule],
        evidence.filter((item) => !settled.has(item.id)),
        new Date(now),
      );
      if (!tripped) continue;
      const evidenceViews: RedFlagEvidenceView[] = tripped.evidence.map((item) => ({
        kind: item.kind as RedFlagEvidenceView['kind'],
        id: item.id,
        signal: item.signal,
        at: item.at.toISOString(),
      }));
      const flag = await this.flags.raise(manager, { ...employer, ruleCode: rule.code, evidence: evidenceViews });
      if (!flag) continue;
      // Raised by the rules, not by a person: the audit names no reporter.
      await this.audit.record(manager, null, {
        action: flag.raised ? 'redFlag.raised' : 'redFlag.evidenceAdded',
        subjectType: 'company',
        subjectId: employer.companyId,
        data: { flagId: flag.id, rule: rule.code, originCountry: employer.originCountry, evidence: evidenceViews.map((item) => item.id) },
      });
      if (!flag.raised) continue;
      raised.push(flag.id);
      await this.alert(manager, employer, OutboxTopic.RedFlagRaised, 'red_flag', flag.id, {
        flagId: flag.id,
        companyId: employer.companyId,
        companyName: await this.companyName(manager, employer.companyId),
        signal: rule.signal,
        evidenceCount: evidenceViews.length,
      });
    }
    return raised;
  }

  /** Alerts the attachés of the reporters' country responsible for the work region, in the caller's transaction. */
  async alert(
    manager: EntityManager,
    employer: ReportedEmployer,
    topic: typeof OutboxTopic.RedFlagRaised | typeof OutboxTopic.FeeReported,
    aggregateType: string,
    aggregateId: string,
    payload: Record<string, unknown>,
  ): Promise<number> {
    const staff = responsibleAttaches(await this.grievances.attachesOf(manager, employer.originCountry), employer.regionCode);
    await this.outbox.enqueue(manager, { topic, aggregateType, aggregateId, recipientIds: staff.map((attache) => attache.id), payload });
    return staff.length;
  }

  async ofCompany(actor: Actor, companyId: string): Promise<RedFlagView[]> {
    return (await this.flags.ofCompany(this.dataSource.manager, companyId, countryOf(actor))).map(toView);
  }

  /**
   * One action: suspends the employer for the attaché's country (the admin's: everywhere) through the existing
   * company suspension, then closes every open flag of that country with it. Another country's flag is a 404.
   */
  async suspend(actor: Actor, flagId: string, reason?: string): Promise<CompanyView> {
    const flag = await this.flags.one(this.dataSource.manager, flagId, countryOf(actor));
    if (!flag) throw noSuchFlag();
    if (flag.status !== 'UNDER_REVIEW') throw new ProblemException(409, { code: 'redFlag.decided', detail: 'This red flag was already acted on.' });
    const company = await this.verification.decide(
      actor,
      flag.company_id,
      'suspend',
      reason?.trim() || `Red flag ${flag.rule_code}: ${flag.evidence.length} report(s) from ${flag.origin_country} migrants.`,
      suspensionCategoryOfSignal(flag.signal),
    );
    await this.dataSource.transaction(async (manager) => {
      const closed = await this.flags.suspendOpen(manager, flag.company_id, flag.origin_country, actor.id);
      await this.audit.record(manager, actor, {
        action: 'redFlag.suspended',
        subjectType: 'company',
        subjectId: flag.company_id,
        reason: reason?.trim() || null,
        data: { flagId, closed, rule: flag.rule_code, originCountry: flag.origin_country },
      });
    });
    return company;
  }

  private async companyName(manager: EntityManager, companyId: string): Promise<string | null> {
    const [row] = await queryRows<{ legal_name: string }>(manager, `SELECT legal_name FROM companies WHERE id = $1`, [companyId]);
    return row?.legal_name ?? null;
  }
}

/** The country whose flags and reports the reader sees: an attaché their own, an admin every country's (null). */
export function countryOf(actor: Actor): string | null {
  if (actor.role === Role.Admin) return null;
  if (actor.role === Role.Attache) return actor.originCountry ?? '--';
  throw new ProblemException(404, { code: 'http.notFound', detail: 'Not found.' });
}

function toView(row: RedFlagRow): RedFlagView {
  return {
    id: row.id,
    ruleCode: row.rule_code,
    signal: row.signal,
    threshold: row.threshold,
    windowDays: row.window_days,
    status: row.status,
    originCountry: row.origin_country,
    evidence: row.evidence,
    createdAt: new Date(row.created_at).toISOString(),
    decidedAt: row.decided_at ? new Date(row.decided_at).toISOString() : null,
  };
}
