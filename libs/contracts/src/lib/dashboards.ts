/**
 * Oversight dashboards (issue 15): what the attaché (their country, their regions) and the admin (all, or one country)
 * see, by the study's standard parameters. Every figure is read from rollups the database keeps up to date, never by
 * scanning every application; a CSV of each chart and a printable monthly report carry the same numbers.
 */
import type { DeadlineStage } from '@jumush/domain';

/** The moves a dashboard counts per week and per breakdown (an application reaching that status in the period). */
export const DASHBOARD_VOLUMES = ['applied', 'shortlisted', 'approved', 'refused', 'departed', 'arrived'] as const;
export type DashboardVolume = (typeof DASHBOARD_VOLUMES)[number];
export type DashboardVolumes = Readonly<Record<DashboardVolume, number>>;

/** The charts a dashboard has; each is downloadable as `GET …/dashboard/<chart>.csv` with the same query. */
export const DASHBOARD_CHARTS = ['volumes-by-week', 'by-region', 'by-occupation', 'by-employer', 'stage-times', 'attache-times'] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

/**
 * `GET /api/attache/dashboard` (their country, their regions if they have any) and `GET /api/admin/dashboard`
 * (every country, or `country`). `from`/`to` are calendar dates (Moscow), inclusive; defaults: the last 12 weeks.
 * A dashboard covers whole ISO weeks (its rollups are weekly): `from` is moved back to its Monday and `to` on to its
 * Sunday, and the response's `from`/`to` say the period covered. At most 731 days may be asked for.
 */
export interface DashboardQuery {
  from?: string;
  to?: string;
  /** Admin only: one origin country (ISO 3166-1 alpha-2, e.g. 'KG'). An attaché's own country always applies. */
  country?: string;
}

export interface WeeklyVolumesRow extends DashboardVolumes {
  /** Monday of the ISO week, YYYY-MM-DD. */
  weekStart: string;
}

export interface RegionVolumesRow extends DashboardVolumes {
  /** Russian region code (two digits, as in `vacancies.region_code`). */
  regionCode: string;
}

export interface OccupationVolumesRow extends DashboardVolumes {
  occupationCode: string;
}

export interface EmployerRankRow {
  companyId: string;
  companyName: string;
  approvals: number;
  withdrawals: number;
  /** Grievances about this employer opened in the period. */
  complaints: number;
}

/**
 * Time per stage, in days (fractional), of the items that left the stage in the period. Counts and the deadline share
 * are exact; the median and 90th percentile are read from a histogram of durations (buckets of 1 hour up to 2 days,
 * 6 hours up to 30 days, then 1 day): percentile_cont's ranks placed evenly within their bucket, so each is within one
 * bucket's width of the exact figure (within an hour for stages under 2 days).
 */
export interface StageTimeRow {
  stage: DeadlineStage;
  decided: number;
  medianDays: number | null;
  p90Days: number | null;
  /** Share (0..1) of `decided` that left the stage by its deadline; null when none did. */
  withinDeadlineShare: number | null;
}

export interface AttacheTimeRow extends StageTimeRow {
  staffId: string;
  staffName: string;
}

export interface DashboardScope {
  /** Countries the figures cover: the attaché's own, or the admin's filter, or every country. */
  countries: string[];
  /** The attaché's regions within their country, when their account is limited to some. */
  regions: string[] | null;
}

export interface DashboardResponse {
  scope: DashboardScope;
  /** Monday of the period's first week. */
  from: string;
  /** Sunday of the period's last week (it may be after today). */
  to: string;
  totals: DashboardVolumes;
  volumesByWeek: WeeklyVolumesRow[];
  byRegion: RegionVolumesRow[];
  byOccupation: OccupationVolumesRow[];
  /** Ranked by approvals, then fewest withdrawals; at most 50 rows. */
  byEmployer: EmployerRankRow[];
  stageTimes: StageTimeRow[];
  attacheTimes: AttacheTimeRow[];
  /** When the rollups were last brought up to date (ISO instant). */
  generatedAt: string;
}

/**
 * `GET …/dashboard/monthly-report.pdf?month=YYYY-MM[&country=][&lang=]`: the same figures for one calendar month,
 * printable. A month is the ISO weeks whose Thursday falls in it (ISO 8601), so every week belongs to one month's report.
 */
export interface MonthlyReportQuery {
  month: string;
  country?: string;
  /** The report's language; Russian when absent. */
  lang?: string;
}
