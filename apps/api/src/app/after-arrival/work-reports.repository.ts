/** SQL of what migrants report after arrival: the actual terms, fees demanded or paid, and the employer's totals. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApplicationStatus, ContractReport, FeeState, HousingReport, RedFlagEvidence, TermsDifference } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

/** The job a report is about, with the terms frozen at approval (the batch's decided terms; the vacancy's before any). */
export interface ReportedJobRow {
  application_id: string;
  candidate_id: string;
  status: ApplicationStatus;
  origin_country: string | null;
  company_id: string;
  company_name: string;
  region_code: string;
  vacancy_title: string;
  monthly_wage_roubles: number;
  weekly_hours: number;
  housing: string;
  housing_cost_roubles: number | null;
  contract_months: number;
}

export interface WorkReportRow {
  id: string;
  kind: 'TERMS' | 'FEE';
  monthly_wage_roubles: number | null;
  weekly_hours: number | null;
  housing: HousingReport | null;
  contract: ContractReport | null;
  differences: TermsDifference[];
  fee_roubles: number | null;
  fee_state: FeeState | null;
  intermediary_name: string | null;
  intermediary_phone: string | null;
  fee_on: string | null;
  created_at: Date;
  receipt_key: string | null;
  receipt_file_name: string | null;
  receipt_content_type: string | null;
  receipt_size_bytes: number | null;
  receipt_uploaded_at: Date | null;
}

/** A fee report with whose it is and where it belongs: what a receipt's upload and download are checked against. */
export interface FeeReportRow extends WorkReportRow {
  application_id: string;
  candidate_id: string;
  company_id: string;
  origin_country: string;
}

export interface NewReceipt {
  key: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export type NewWorkReport = {
  applicationId: string;
  candidateId: string;
  companyId: string;
  originCountry: string;
  regionCode: string;
} & (
  | {
      kind: 'TERMS';
      monthlyWageRoubles: number;
      weeklyHours: number;
      housing: HousingReport;
      contract: ContractReport;
      differences: TermsDifference[];
    }
  | { kind: 'FEE'; amountRoubles: number; state: FeeState; intermediaryName: string; intermediaryPhone: string | null; happenedOn: string }
);

export interface IntermediaryRow {
  name: string;
  phone: string | null;
  reports: number;
  total_roubles: number;
  companies: Array<{ id: string; legalName: string }>;
  last_reported_at: Date;
}

const REPORT_COLUMNS = `id, kind, monthly_wage_roubles, weekly_hours, housing, contract, differences, fee_roubles, fee_state, intermediary_name,
  intermediary_phone, to_char(fee_on, 'YYYY-MM-DD') AS fee_on, created_at, receipt_key, receipt_file_name, receipt_content_type,
  receipt_size_bytes, receipt_uploaded_at`;

@Injectable()
export class WorkReportsRepository {
  /** The migrant's own job (null for anyone else's), locked in a report's transaction. */
  async job(manager: EntityManager, applicationId: string, candidateId: string, lock = false): Promise<ReportedJobRow | null> {
    const [row] = await queryRows<ReportedJobRow>(
      manager,
      `SELECT a.id AS application_id, a.candidate_id, a.status, p.origin_country, v.company_id, c.legal_name AS company_name, v.region_code,
              v.title AS vacancy_title, t.monthly_wage_roubles, t.weekly_hours, t.housing, t.housing_cost_roubles, t.contract_months
         FROM applications a
         JOIN candidate_profiles p ON p.id = a.candidate_id
         JOIN vacancies v ON v.id = a.vacancy_id
         JOIN companies c ON c.id = v.company_id
         LEFT JOIN batch_items bi ON bi.application_id = a.id AND bi.decision = 'APPROVED'
         LEFT JOIN batches b ON b.id = bi.batch_id
         -- The promise as approved: an edit of the vacancy after the decision never changes it.
         CROSS JOIN LATERAL jsonb_populate_record(NULL::vacancies, coalesce(b.decided_terms -> 'vacancy', to_jsonb(v))) t
        WHERE a.id = $1 AND a.candidate_id = $2${lock ? ' FOR UPDATE OF a' : ''}`,
      [applicationId, candidateId],
    );
    return row ?? null;
  }

  async insert(manager: EntityManager, report: NewWorkReport): Promise<{ id: string; created_at: Date }> {
    const terms = report.kind === 'TERMS' ? report : null;
    const fee = report.kind === 'FEE' ? report : null;
    const [row] = await queryRows<{ id: string; created_at: Date }>(
      manager,
      `INSERT INTO work_reports (application_id, candidate_id, company_id, origin_country, region_code, kind, monthly_wage_roubles, weekly_hours,
                                 housing, contract, differences, fee_roubles, fee_state, intermediary_name, intermediary_phone, fee_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12, $13, $14, $15, $16::date) RETURNING id, created_at`,
      [
        report.applicationId,
        report.candidateId,
        report.companyId,
        report.originCountry,
        report.regionCode,
        report.kind,
        terms?.monthlyWageRoubles ?? null,
        terms?.weeklyHours ?? null,
        terms?.housing ?? null,
        terms?.contract ?? null,
        terms?.differences ?? [],
        fee?.amountRoubles ?? null,
        fee?.state ?? null,
        fee?.intermediaryName ?? null,
        fee?.intermediaryPhone ?? null,
        fee?.happenedOn ?? null,
      ],
    );
    return row as { id: string; created_at: Date };
  }

  ofApplication(manager: EntityManager, applicationId: string): Promise<WorkReportRow[]> {
    return queryRows<WorkReportRow>(manager, `SELECT ${REPORT_COLUMNS} FROM work_reports WHERE application_id = $1 ORDER BY created_at DESC, id`, [
      applicationId,
    ]);
  }

  /** Reports on an employer by one country's migrants (every country's for null), newest first; never who reported. */
  ofCompany(manager: EntityManager, companyId: string, originCountry: string | null): Promise<WorkReportRow[]> {
    return queryRows<WorkReportRow>(
      manager,
      `SELECT ${REPORT_COLUMNS} FROM work_reports WHERE company_id = $1 AND ($2::text IS NULL OR origin_country = $2)
        ORDER BY created_at DESC, id LIMIT 1000`,
      [companyId, originCountry],
    );
  }

  /** One fee report (never a terms report), locked when a receipt is being attached to it. */
  async feeReport(manager: EntityManager, id: string, lock = false): Promise<FeeReportRow | null> {
    const [row] = await queryRows<FeeReportRow>(
      manager,
      `SELECT ${REPORT_COLUMNS}, application_id, candidate_id, company_id, origin_country FROM work_reports
        WHERE id = $1 AND kind = 'FEE'${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async setReceipt(manager: EntityManager, id: string, receipt: NewReceipt): Promise<void> {
    await manager.query(
      `UPDATE work_reports SET receipt_key = $2, receipt_file_name = $3, receipt_content_type = $4, receipt_size_bytes = $5, receipt_sha256 = $6,
              receipt_uploaded_at = now() WHERE id = $1`,
      [id, receipt.key, receipt.fileName, receipt.contentType, receipt.sizeBytes, receipt.sha256],
    );
  }

  async companyExists(manager: EntityManager, companyId: string): Promise<boolean> {
    return (await queryRows<{ id: string }>(manager, `SELECT id FROM companies WHERE id = $1`, [companyId])).length > 0;
  }

  /**
   * What speaks against an employer among one country's migrants: fee reports, reports not as promised, and
   * grievances of a held passport (a check-in "no" on the passport opens one, so it is counted once).
   */
  async evidence(manager: EntityManager, companyId: string, originCountry: string): Promise<RedFlagEvidence[]> {
    const rows = await queryRows<{ kind: string; id: string; signal: RedFlagEvidence['signal']; at: Date }>(
      manager,
      `SELECT 'feeReport' AS kind, id::text AS id, 'fee' AS signal, created_at AS at
         FROM work_reports WHERE company_id = $1 AND origin_country = $2 AND kind = 'FEE'
       UNION ALL
       SELECT 'termsReport', id::text, 'notAsPromised', created_at
         FROM work_reports WHERE company_id = $1 AND origin_country = $2 AND kind = 'TERMS' AND cardinality(differences) > 0
       UNION ALL
       SELECT 'grievance', id::text, 'passportHeld', created_at
         FROM grievances WHERE company_id = $1 AND origin_country = $2 AND category = 'passportHeld'`,
      [companyId, originCountry],
    );
    return rows.map((row) => ({ ...row, at: new Date(row.at) }));
  }

  /** The intermediaries named in one country's fee reports (every country's for null), most reported first. */
  intermediaries(manager: EntityManager, originCountry: string | null): Promise<IntermediaryRow[]> {
    return queryRows<IntermediaryRow>(
      manager,
      `SELECT min(w.intermediary_name) AS name, max(w.intermediary_phone) AS phone, count(*)::int AS reports,
              sum(w.fee_roubles)::int AS total_roubles,
              jsonb_agg(DISTINCT jsonb_build_object('id', c.id, 'legalName', c.legal_name)) AS companies, max(w.created_at) AS last_reported_at
         FROM work_reports w JOIN companies c ON c.id = w.company_id
        WHERE w.kind = 'FEE' AND ($1::text IS NULL OR w.origin_country = $1)
        GROUP BY lower(w.intermediary_name), coalesce(regexp_replace(w.intermediary_phone, '[^0-9]', '', 'g'), '')
        ORDER BY reports DESC, last_reported_at DESC LIMIT 500`,
      [originCountry],
    );
  }
}
