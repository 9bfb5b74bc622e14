/**
 * Promised versus actual, and fees: the migrant of a job they reached (arrived, working) reports the actual terms,
 * compared by the domain with the terms frozen at approval, or a fee demanded or paid with the intermediary named.
 * Each report is audited, a fee alerts the responsible attachés, and the red-flag rules are evaluated — all in the
 * report's transaction. The employer has no route to any of it, so never learns who reported.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  OutboxTopic,
  type CompanyAfterArrivalView,
  type FeeReportDto,
  type FeeReportView,
  type IntermediaryView,
  type PromisedVsActualView,
  type TermsReportDto,
  type TermsReportView,
} from '@jumush/contracts';
import { canReportOnWork, countDifferences, termsDifferences, type Actor } from '@jumush/domain';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { ProblemException } from '../http/problem';
import { RedFlagsService, countryOf } from './red-flags.service';
import { WorkReportsRepository, type NewWorkReport, type ReportedJobRow, type WorkReportRow } from './work-reports.repository';

const noSuchJob = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such job.' });
const noSuchCompany = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such company.' });

@Injectable()
export class WorkReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: WorkReportsRepository,
    private readonly redFlags: RedFlagsService,
    private readonly candidates: CandidatesService,
    private readonly audit: AuditService,
  ) {}

  /** The migrant's page of one job: the promise beside what they reported. Another migrant's job is a 404. */
  async mine(actor: Actor, applicationId: string): Promise<PromisedVsActualView> {
    const profile = await this.candidates.mine(actor);
    const job = await this.reports.job(this.dataSource.manager, applicationId, profile.id);
    if (!job) throw noSuchJob();
    const rows = await this.reports.ofApplication(this.dataSource.manager, applicationId);
    return {
      applicationId,
      promised: {
        monthlyWageRoubles: job.monthly_wage_roubles,
        weeklyHours: job.weekly_hours,
        housing: job.housing,
        housingCostRoubles: job.housing_cost_roubles,
        contractMonths: job.contract_months,
      },
      open: canReportOnWork(job.status),
      termsReports: rows.filter((row) => row.kind === 'TERMS').map(termsView),
      feeReports: rows.filter((row) => row.kind === 'FEE').map(feeView),
    };
  }

  async reportTerms(actor: Actor, dto: TermsReportDto): Promise<PromisedVsActualView> {
    await this.report(actor, dto.applicationId, (job) => ({
      kind: 'TERMS',
      monthlyWageRoubles: dto.monthlyWageRoubles,
      weeklyHours: dto.weeklyHours,
      housing: dto.housing,
      contract: dto.contract,
      differences: termsDifferences(
        { monthlyWageRoubles: job.monthly_wage_roubles, weeklyHours: job.weekly_hours },
        { monthlyWageRoubles: dto.monthlyWageRoubles, weeklyHours: dto.weeklyHours, housing: dto.housing, contract: dto.contract },
      ),
    }));
    return this.mine(actor, dto.applicationId);
  }

  async reportFee(actor: Actor, dto: FeeReportDto): Promise<PromisedVsActualView> {
    // The migrant's calendar may be up to 14 hours ahead of UTC (Bishkek is 6): their today is never "the future".
    if (dto.happenedOn > new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10))
      throw new ProblemException(400, {
        code: 'validation.failed',
        errors: [{ field: 'happenedOn', code: 'workReport.dateInFuture', message: 'The day cannot be in the future.' }],
      });
    await this.report(actor, dto.applicationId, () => ({
      kind: 'FEE',
      amountRoubles: dto.amountRoubles,
      state: dto.state,
      intermediaryName: dto.intermediaryName,
      intermediaryPhone: dto.intermediaryPhone ?? null,
      happenedOn: dto.happenedOn,
    }));
    return this.mine(actor, dto.applicationId);
  }

  /** An employer for the attaché: their country's reports counted, fees with intermediaries, and the red flags. */
  async company(actor: Actor, companyId: string): Promise<CompanyAfterArrivalView> {
    const country = countryOf(actor);
    if (!(await this.reports.companyExists(this.dataSource.manager, companyId))) throw noSuchCompany();
    const rows = await this.reports.ofCompany(this.dataSource.manager, companyId, country);
    const terms = rows.filter((row) => row.kind === 'TERMS');
    return {
      companyId,
      termsReports: terms.length,
      differences: countDifferences(terms.map((row) => row.differences)),
      feeReports: rows.filter((row) => row.kind === 'FEE').map(feeView),
      redFlags: await this.redFlags.ofCompany(actor, companyId),
    };
  }

  async intermediaries(actor: Actor): Promise<IntermediaryView[]> {
    const rows = await this.reports.intermediaries(this.dataSource.manager, countryOf(actor));
    return rows.map((row) => ({
      name: row.name,
      phone: row.phone,
      reports: row.reports,
      totalRoubles: row.total_roubles,
      companies: row.companies,
      lastReportedAt: new Date(row.last_reported_at).toISOString(),
    }));
  }

  /** One report in one transaction: the job checked, the row, its audit, the fee alert and the red-flag rules. */
  private async report(
    actor: Actor,
    applicationId: string,
    build: (job: ReportedJobRow) => Omit<NewWorkReport, 'applicationId' | 'candidateId' | 'companyId' | 'originCountry' | 'regionCode'>,
  ): Promise<void> {
    const profile = await this.candidates.mine(actor);
    await this.dataSource.transaction(async (manager) => {
      const job = await this.reports.job(manager, applicationId, profile.id, true);
      if (!job || !job.origin_country) throw noSuchJob();
      if (!canReportOnWork(job.status))
        throw new ProblemException(409, { code: 'workReport.notArrived', detail: 'Reports are taken once you have arrived at the job.' });
      const employer = { companyId: job.company_id, originCountry: job.origin_country, regionCode: job.region_code };
      const report = { applicationId, candidateId: profile.id, ...employer, ...build(job) } as NewWorkReport;
      const { id } = await this.reports.insert(manager, report);
      let alerted = 0;
      if (report.kind === 'FEE')
        alerted = await this.redFlags.alert(manager, employer, OutboxTopic.FeeReported, 'work_report', id, {
          reportId: id,
          companyId: job.company_id,
          companyName: job.company_name,
          vacancyTitle: job.vacancy_title,
          amountRoubles: report.amountRoubles,
          intermediaryName: report.intermediaryName,
        });
      await this.audit.record(manager, actor, {
        action: report.kind === 'FEE' ? 'workReport.fee' : 'workReport.terms',
        subjectType: 'work_report',
        subjectId: id,
        data:
          report.kind === 'FEE'
            ? { applicationId, companyId: job.company_id, amountRoubles: report.amountRoubles, state: report.state, alerted }
            : { applicationId, companyId: job.company_id, differences: report.differences },
      });
      await this.redFlags.evaluate(manager, employer);
    });
  }
}

function termsView(row: WorkReportRow): TermsReportView {
  return {
    id: row.id,
    monthlyWageRoubles: row.monthly_wage_roubles ?? 0,
    weeklyHours: row.weekly_hours ?? 0,
    housing: row.housing ?? 'asDescribed',
    contract: row.contract ?? 'asSigned',
    differences: row.differences,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function feeView(row: WorkReportRow): FeeReportView {
  return {
    id: row.id,
    amountRoubles: row.fee_roubles ?? 0,
    state: row.fee_state ?? 'demanded',
    intermediaryName: row.intermediary_name ?? '',
    intermediaryPhone: row.intermediary_phone,
    happenedOn: row.fee_on ?? '',
    createdAt: new Date(row.created_at).toISOString(),
    receipt:
      row.receipt_key && row.receipt_uploaded_at
        ? {
            fileName: row.receipt_file_name ?? '',
            contentType: row.receipt_content_type ?? '',
            sizeBytes: row.receipt_size_bytes ?? 0,
            uploadedAt: new Date(row.receipt_uploaded_at).toISOString(),
          }
        : null,
  };
}
