/**
 * The only code that reads the open-data aggregates. Every query groups: no row of a person leaves the database.
 * The application waits are read from the timeline of the window only (BRIN on application_events.created_at).
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { TIMED_STAGES } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

export interface StageDurationRow {
  stage: string;
  country: string | null;
  cases: number;
  median_days: number | null;
  p90_days: number | null;
}

export interface OpenVacanciesCountRow {
  region_code: string;
  occupation_code: string;
  vacancies: number;
  open_positions: number;
}

export interface RegistryRow {
  legal_name: string;
  inn: string;
  ogrn: string;
  region_code: string;
  country: string;
  status: 'VERIFIED' | 'SUSPENDED' | 'BLOCKED';
  since: string;
  relied_on_country: string | null;
  suspension_category: string | null;
}

/** Median and 90th percentile in days, and the number of cases, of the `days` column of a sub-select. */
const DURATION_AGGREGATES = `count(*)::int AS cases,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float8 AS median_days,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::float8 AS p90_days`;

@Injectable()
export class OpenDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Durations of the stages that ended on or after `since`: the application waits (every country together; the
   * timeline has no country), the attaché's first-hand verifications of employers and batch decisions (per country),
   * and vacancy reviews (together).
   */
  stageDurations(since: Date, manager: EntityManager = this.dataSource.manager): Promise<StageDurationRow[]> {
    return queryRows<StageDurationRow>(
      manager,
      `WITH spans AS (
         SELECT e.to_status::text AS stage,
                EXTRACT(EPOCH FROM (LEAD(e.created_at) OVER w - e.created_at)) / 86400.0 AS days,
                LEAD(e.created_at) OVER w AS left_at
           FROM application_events e
          WHERE e.application_id IN (SELECT application_id FROM application_events WHERE created_at >= $1)
         WINDOW w AS (PARTITION BY e.application_id ORDER BY e.id)
       )
       SELECT stage, NULL::text AS country, ${DURATION_AGGREGATES}
         FROM spans WHERE days IS NOT NULL AND left_at >= $1 AND stage = ANY($2) GROUP BY stage
       UNION ALL
       SELECT 'VACANCY_REVIEW', NULL, ${DURATION_AGGREGATES}
         FROM (SELECT EXTRACT(EPOCH FROM (published_at - submitted_at)) / 86400.0 AS days
                 FROM vacancies WHERE published_at >= $1 AND submitted_at IS NOT NULL AND published_at >= submitted_at) reviews
       HAVING count(*) > 0
       UNION ALL
       SELECT 'COMPANY_VERIFICATION', country, ${DURATION_AGGREGATES}
         FROM (SELECT s.country::text AS country, EXTRACT(EPOCH FROM (s.status_changed_at - c.created_at)) / 86400.0 AS days
                 FROM company_country_statuses s JOIN companies c ON c.id = s.company_id
                WHERE s.status = 'VERIFIED' AND s.relied_on_country IS NULL AND s.status_changed_at >= $1
                  AND s.status_changed_at >= c.created_at) verifications
        GROUP BY country
       UNION ALL
       SELECT 'BATCH_DECISION', country, ${DURATION_AGGREGATES}
         FROM (SELECT origin_country::text AS country, EXTRACT(EPOCH FROM (decided_at - submitted_at)) / 86400.0 AS days
                 FROM batches WHERE decided_at >= $1 AND submitted_at IS NOT NULL AND decided_at >= submitted_at) decisions
        GROUP BY country`,
      [since, [...TIMED_STAGES]],
    );
  }

  /** Published vacancies and their unfilled positions by region and occupation (the published partial indexes). */
  openVacancies(): Promise<OpenVacanciesCountRow[]> {
    return queryRows<OpenVacanciesCountRow>(
      this.dataSource.manager,
      `SELECT region_code, occupation_code, count(*)::int AS vacancies,
              sum(GREATEST(positions - filled_positions, 0))::int AS open_positions
         FROM vacancies WHERE status = 'PUBLISHED'
        GROUP BY region_code, occupation_code
        ORDER BY region_code, occupation_code`,
    );
  }

  /**
   * The registry: each country's verified and suspended employers, and employers the admin blocked everywhere.
   * Only the company's public identity (name, INN, OGRN, region) — never a contact person, phone or e-mail — and a
   * suspension's category, never its free-text reason.
   */
  registry(): Promise<RegistryRow[]> {
    return queryRows<RegistryRow>(
      this.dataSource.manager,
      `SELECT c.legal_name, c.inn, c.ogrn, c.region_code, s.country::text AS country,
              CASE WHEN c.blocked_at IS NOT NULL THEN 'BLOCKED' ELSE s.status::text END AS status,
              to_char(COALESCE(c.blocked_at, s.status_changed_at) AT TIME ZONE 'Europe/Moscow', 'YYYY-MM-DD') AS since,
              s.relied_on_country::text AS relied_on_country,
              CASE WHEN c.blocked_at IS NOT NULL THEN COALESCE(c.blocked_category, 'other')
                   WHEN s.status = 'SUSPENDED' THEN COALESCE(s.suspension_category, 'other') END AS suspension_category
         FROM company_country_statuses s JOIN companies c ON c.id = s.company_id
        WHERE s.status IN ('VERIFIED', 'SUSPENDED')
        ORDER BY c.legal_name, c.inn, s.country`,
    );
  }
}
