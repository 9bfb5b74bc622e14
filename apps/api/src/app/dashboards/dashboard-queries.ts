/**
 * The dashboards' statements: they read only the rollups (`dashboard_daily_volumes`, `dashboard_stage_durations`,
 * kept by triggers; see the DashboardRollups migration) within a period and a scope, never the applications. Statement
 * builders plus an injected executor, as vacancy-search.ts: the service and bench:dashboards run the same code.
 */
import {
  DASHBOARD_VOLUMES,
  type AttacheTimeRow,
  type DashboardScope,
  type DashboardVolume,
  type DashboardVolumes,
  type EmployerRankRow,
  type OccupationVolumesRow,
  type RegionVolumesRow,
  type StageTimeRow,
  type WeeklyVolumesRow,
} from '@jumush/contracts';
import { DEADLINE_STAGES, Role, type DeadlineStage } from '@jumush/domain';

export type SqlExecutor = (text: string, values: unknown[]) => Promise<Array<Record<string, unknown>>>;

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** What a dashboard covers: countries, the attaché's regions (null: all), and a Moscow-calendar period, both ends included. */
export interface DashboardSelection {
  scope: DashboardScope;
  from: string;
  to: string;
}

/** At most this many employers are ranked. */
export const EMPLOYER_RANK_LIMIT = 50;

/** The filter every statement shares: $1 countries, $2 regions or null, $3 and $4 the period. */
function selectionValues(selection: DashboardSelection): unknown[] {
  return [selection.scope.countries, selection.scope.regions, selection.from, selection.to];
}

/**
 * Every volume breakdown in one pass over the period's rollup rows: the week, the region, the occupation and the
 * employer, each with the volume (complaints only per employer). `dimension` says which breakdown a row belongs to.
 */
export function buildVolumesQuery(selection: DashboardSelection): SqlQuery {
  return {
    text: `SELECT CASE GROUPING(week_start, region_code, occupation_code, company_id)
                    WHEN 7 THEN 'week' WHEN 11 THEN 'region' WHEN 13 THEN 'occupation' ELSE 'employer' END AS dimension,
                  coalesce(week_start::text, region_code, occupation_code, company_id::text) AS key, volume, sum(count)::int AS count
             FROM (SELECT date_trunc('week', d.day)::date AS week_start, d.region_code, d.occupation_code, d.company_id, d.volume, d.count
                     FROM dashboard_daily_volumes d
                    WHERE d.country = ANY($1::text[]) AND ($2::text[] IS NULL OR d.region_code = ANY($2::text[]))
                      AND d.day BETWEEN $3::date AND $4::date) d
            GROUP BY GROUPING SETS ((week_start, volume), (region_code, volume), (occupation_code, volume), (company_id, volume))`,
    values: selectionValues(selection),
  };
}

/** Items per stage (and per deciding attaché) that left the stage in the period: counts, median, 90th percentile, deadline share. */
export function buildStageTimesQuery(selection: DashboardSelection): SqlQuery {
  return {
    text: `SELECT s.stage, GROUPING(s.decided_by, a.full_name) = 0 AS per_staff, s.decided_by, a.full_name AS staff_name, count(*)::int AS decided,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days)::float8 AS median_days,
                  percentile_cont(0.9) WITHIN GROUP (ORDER BY s.days)::float8 AS p90_days,
                  count(*) FILTER (WHERE s.within_deadline)::int AS within, count(s.within_deadline)::int AS with_deadline
             FROM dashboard_stage_durations s
             LEFT JOIN accounts a ON a.id = s.decided_by AND a.role = '${Role.Attache}'
            WHERE s.stage = ANY($5::text[]) AND s.country = ANY($1::text[]) AND ($2::text[] IS NULL OR s.region_code = ANY($2::text[]))
              AND s.left_on BETWEEN $3::date AND $4::date
            GROUP BY GROUPING SETS ((s.stage), (s.stage, s.decided_by, a.full_name))`,
    values: [...selectionValues(selection), [...DEADLINE_STAGES]],
  };
}

export function buildCompanyNamesQuery(ids: readonly string[]): SqlQuery {
  return { text: `SELECT id, legal_name FROM companies WHERE id = ANY($1::uuid[])`, values: [ids] };
}

function noVolumes(): Record<DashboardVolume, number> {
  return Object.fromEntries(DASHBOARD_VOLUMES.map((volume) => [volume, 0])) as Record<DashboardVolume, number>;
}

function isVolume(value: string): value is DashboardVolume {
  return (DASHBOARD_VOLUMES as readonly string[]).includes(value);
}

/** Monday of each ISO week that has a day in the period, YYYY-MM-DD. */
export function weekStartsOf(from: string, to: string): string[] {
  const day = 86_400_000;
  const first = Date.parse(`${from}T00:00:00Z`);
  const monday = first - ((new Date(first).getUTCDay() + 6) % 7) * day;
  const weeks: string[] = [];
  for (let week = monday; week <= Date.parse(`${to}T00:00:00Z`); week += 7 * day) weeks.push(new Date(week).toISOString().slice(0, 10));
  return weeks;
}

export interface DashboardFigures {
  totals: DashboardVolumes;
  volumesByWeek: WeeklyVolumesRow[];
  byRegion: RegionVolumesRow[];
  byOccupation: OccupationVolumesRow[];
  byEmployer: EmployerRankRow[];
  stageTimes: StageTimeRow[];
  attacheTimes: AttacheTimeRow[];
}

interface VolumeRow {
  dimension: 'week' | 'region' | 'occupation' | 'employer';
  key: string;
  volume: string;
  count: number;
}

interface StageRow {
  stage: DeadlineStage;
  /** A row of one decider (their attaché account, or null: not an attaché), else the stage's total. */
  per_staff: boolean;
  decided_by: string | null;
  staff_name: string | null;
  decided: number;
  median_days: number | null;
  p90_days: number | null;
  within: number;
  with_deadline: number;
}

const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 100) / 100);

function stageFigures(row: StageRow): Omit<StageTimeRow, 'stage'> {
  return {
    decided: row.decided,
    medianDays: round(row.median_days),
    p90Days: round(row.p90_days),
    withinDeadlineShare: row.with_deadline > 0 ? Math.round((row.within / row.with_deadline) * 1000) / 1000 : null,
  };
}

/** Every figure of a dashboard: two statements on the rollups (in parallel), then the names of the ranked employers. */
export async function runDashboardQueries(execute: SqlExecutor, selection: DashboardSelection): Promise<DashboardFigures> {
  const volumesQuery = buildVolumesQuery(selection);
  const stagesQuery = buildStageTimesQuery(selection);
  const [volumeRows, stageRows] = await Promise.all([
    execute(volumesQuery.text, volumesQuery.values) as Promise<unknown[]> as Promise<VolumeRow[]>,
    execute(stagesQuery.text, stagesQuery.values) as Promise<unknown[]> as Promise<StageRow[]>,
  ]);

  const totals = noVolumes();
  const weeks = new Map(weekStartsOf(selection.from, selection.to).map((week) => [week, noVolumes()]));
  const regions = new Map<string, Record<DashboardVolume, number>>();
  const occupations = new Map<string, Record<DashboardVolume, number>>();
  const employers = new Map<string, { approvals: number; withdrawals: number; complaints: number }>();
  const cell = (map: Map<string, Record<DashboardVolume, number>>, key: string) => {
    const found = map.get(key);
    if (found) return found;
    const created = noVolumes();
    map.set(key, created);
    return created;
  };
  for (const row of volumeRows) {
    const count = Number(row.count);
    if (row.dimension === 'employer') {
      const employer = employers.get(row.key) ?? { approvals: 0, withdrawals: 0, complaints: 0 };
      if (row.volume === 'approved') employer.approvals += count;
      else if (row.volume === 'withdrawn') employer.withdrawals += count;
      else if (row.volume === 'complaint') employer.complaints += count;
      else continue;
      employers.set(row.key, employer);
      continue;
    }
    if (!isVolume(row.volume)) continue;
    if (row.dimension === 'week') {
      cell(weeks, row.key)[row.volume] += count;
      totals[row.volume] += count;
    } else cell(row.dimension === 'region' ? regions : occupations, row.key)[row.volume] += count;
  }

  const ranked = [...employers.entries()]
    .sort(([idA, a], [idB, b]) => b.approvals - a.approvals || a.withdrawals - b.withdrawals || b.complaints - a.complaints || (idA < idB ? -1 : 1))
    .slice(0, EMPLOYER_RANK_LIMIT);
  const names = new Map<string, string>();
  if (ranked.length > 0) {
    const namesQuery = buildCompanyNamesQuery(ranked.map(([id]) => id));
    for (const row of await execute(namesQuery.text, namesQuery.values)) names.set(String(row['id']), String(row['legal_name']));
  }

  const byStage = new Map<DeadlineStage, StageRow>();
  const attacheTimes: AttacheTimeRow[] = [];
  for (const row of stageRows) {
    if (!row.per_staff) byStage.set(row.stage, row);
    else if (row.decided_by !== null && row.staff_name !== null)
      attacheTimes.push({ stage: row.stage, staffId: row.decided_by, staffName: row.staff_name, ...stageFigures(row) });
  }
  attacheTimes.sort(
    (a, b) =>
      a.staffName.localeCompare(b.staffName, 'ru') ||
      a.staffId.localeCompare(b.staffId) ||
      DEADLINE_STAGES.indexOf(a.stage) - DEADLINE_STAGES.indexOf(b.stage),
  );

  const byKey = <Row>(map: Map<string, Record<DashboardVolume, number>>, toRow: (key: string, volumes: DashboardVolumes) => Row) =>
    [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, volumes]) => toRow(key, volumes));
  return {
    totals,
    volumesByWeek: [...weeks.entries()].map(([weekStart, volumes]) => ({ weekStart, ...volumes })),
    byRegion: byKey(regions, (regionCode, volumes) => ({ regionCode, ...volumes })),
    byOccupation: byKey(occupations, (occupationCode, volumes) => ({ occupationCode, ...volumes })),
    byEmployer: ranked.map(([companyId, figures]) => ({ companyId, companyName: names.get(companyId) ?? '', ...figures })),
    stageTimes: DEADLINE_STAGES.map((stage) => {
      const row = byStage.get(stage);
      return row ? { stage, ...stageFigures(row) } : { stage, decided: 0, medianDays: null, p90Days: null, withinDeadlineShare: null };
    }),
    attacheTimes,
  };
}
