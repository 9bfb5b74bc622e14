/**
 * The dashboards' statements: they read only the weekly rollups (`dashboard_weekly_*`, kept by triggers; see the
 * DashboardWeeklyRollups migration) within a period of whole weeks and a scope, never the applications or every event. Statement
 * builders plus an injected executor, as vacancy-search.ts: the service and bench:dashboards run the same code.
 */
import {
  DASHBOARD_VOLUMES,
  type AttacheTimeRow,
  type DashboardChart,
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

/** What a dashboard covers: countries, the attaché's regions (null: all), and a Moscow-calendar period of whole ISO weeks (Monday to Sunday). */
export interface DashboardSelection {
  scope: DashboardScope;
  from: string;
  to: string;
}

/** At most this many employers are ranked. */
export const EMPLOYER_RANK_LIMIT = 50;

/** The filter every statement shares: $1 countries, $2 the rollups' regions (the attaché's, else every region), $3 and $4 the period. */
function selectionValues(selection: DashboardSelection): unknown[] {
  return [selection.scope.countries, selection.scope.regions ?? [EVERY_REGION], selection.from, selection.to];
}

/** The rollups' region for "every region" (see the DashboardWeeklyRollups migration). */
export const EVERY_REGION = '*';

/**
 * Every volume breakdown over the period's weeks, from the weekly rollups: the weeks (and totals) and the regions from
 * `dashboard_weekly_regions`, the occupations from theirs (the employers: buildEmployerRankQuery). An
 * unlimited scope reads the rows of every region (`*`), an attaché limited to regions sums theirs. `dimension` says
 * which breakdown a row belongs to.
 */
export function buildVolumesQuery(selection: DashboardSelection): SqlQuery {
  return {
    text: `SELECT 'week' AS dimension, r.week_start::text AS key, r.volume, sum(r.count)::int AS count
             FROM dashboard_weekly_regions r
            WHERE r.country = ANY($1::text[]) AND r.week_start BETWEEN $3::date AND $4::date AND r.region_code = ANY($2::text[])
            GROUP BY r.week_start, r.volume
           UNION ALL
           SELECT 'region', r.region_code, r.volume, sum(r.count)::int
             FROM dashboard_weekly_regions r
            WHERE r.country = ANY($1::text[]) AND r.week_start BETWEEN $3::date AND $4::date AND r.region_code <> '${EVERY_REGION}'
              AND ($5::text[] IS NULL OR r.region_code = ANY($5::text[]))
            GROUP BY r.region_code, r.volume
           UNION ALL
           SELECT 'occupation', o.occupation_code, o.volume, sum(o.count)::int
             FROM dashboard_weekly_occupations o
            WHERE o.country = ANY($1::text[]) AND o.region_code = ANY($2::text[]) AND o.week_start BETWEEN $3::date AND $4::date
            GROUP BY o.occupation_code, o.volume`,
    values: [...selectionValues(selection), selection.scope.regions],
  };
}

/**
 * The stage-time histogram of the period: per stage, decider and duration bucket, how many items left the stage, how
 * many had a deadline and how many met it; the decider's name when they are an attaché.
 */
export function buildStageTimesQuery(selection: DashboardSelection): SqlQuery {
  return {
    text: `SELECT h.stage, h.decided_by, a.full_name AS staff_name, h.hours_bucket, h.count, h.with_deadline, h.within
             FROM (SELECT s.stage, s.decided_by, s.hours_bucket, sum(s.count)::int AS count, sum(s.with_deadline)::int AS with_deadline,
                          sum(s.within)::int AS within
                     FROM dashboard_weekly_stage_times s
                    WHERE s.country = ANY($1::text[]) AND s.region_code = ANY($2::text[]) AND s.week_start BETWEEN $3::date AND $4::date
                      AND s.stage = ANY($5::text[])
                    GROUP BY s.stage, s.decided_by, s.hours_bucket
                   HAVING sum(s.count) <> 0) h
             LEFT JOIN accounts a ON a.id = h.decided_by AND a.role = '${Role.Attache}'`,
    values: [...selectionValues(selection), [...DEADLINE_STAGES]],
  };
}

/**
 * A duration's bucket, as `dashboard_hours_bucket` in the database: named by its upper bound in hours — whole hours up
 * to 2 days, then 6 hours up to 30 days, then days; 0 for no duration at all.
 */
export function hoursBucketOf(days: number): number {
  const hours = Math.max(days, 0) * 24;
  if (hours <= 48) return Math.ceil(hours);
  if (hours <= 720) return Math.ceil(hours / 6) * 6;
  return Math.ceil(hours / 24) * 24;
}

/** A bucket's bounds in hours: (lower, upper], or [0, 0] for bucket 0. */
export function hoursBucketBounds(bucket: number): { lower: number; upper: number } {
  if (bucket <= 48) return { lower: Math.max(bucket - 1, 0), upper: bucket };
  if (bucket <= 720) return { lower: bucket - 6, upper: bucket };
  return { lower: bucket - 24, upper: bucket };
}

export interface HistogramCell {
  hoursBucket: number;
  count: number;
}

/**
 * percentile_cont over a histogram: the ranks around `fraction × (n − 1)`, each placed evenly within its bucket, then
 * interpolated as percentile_cont does. The result lies within the bounds of the buckets of those two ranks, so within
 * a bucket's width of the exact figure; in days.
 */
export function histogramPercentile(cells: readonly HistogramCell[], fraction: number): number | null {
  const sorted = [...cells].filter((cell) => cell.count > 0).sort((a, b) => a.hoursBucket - b.hoursBucket);
  const total = sorted.reduce((sum, cell) => sum + cell.count, 0);
  if (total === 0) return null;
  const valueAt = (rank: number): number => {
    let before = 0;
    for (const cell of sorted) {
      if (rank < before + cell.count) {
        const { lower, upper } = hoursBucketBounds(cell.hoursBucket);
        return (lower + ((upper - lower) * (rank - before + 0.5)) / cell.count) / 24;
      }
      before += cell.count;
    }
    return hoursBucketBounds(sorted[sorted.length - 1].hoursBucket).upper / 24;
  };
  const position = fraction * (total - 1);
  const below = Math.floor(position);
  const low = valueAt(below);
  return low + (valueAt(Math.min(below + 1, total - 1)) - low) * (position - below);
}

/**
 * The employers ranked in the database (by approvals, then fewest withdrawals, then most complaints, then id), so only
 * the first EMPLOYER_RANK_LIMIT rows and their names leave it, however many employers the period saw.
 */
export function buildEmployerRankQuery(selection: DashboardSelection): SqlQuery {
  return {
    text: `SELECT r.company_id::text AS company_id, coalesce(c.legal_name, '') AS company_name, r.approvals, r.withdrawals, r.complaints
             FROM (SELECT e.company_id, coalesce(sum(e.count) FILTER (WHERE e.volume = 'approved'), 0)::int AS approvals,
                          coalesce(sum(e.count) FILTER (WHERE e.volume = 'withdrawn'), 0)::int AS withdrawals,
                          coalesce(sum(e.count) FILTER (WHERE e.volume = 'complaint'), 0)::int AS complaints
                     FROM dashboard_weekly_employers e
                    WHERE e.country = ANY($1::text[]) AND e.region_code = ANY($2::text[]) AND e.week_start BETWEEN $3::date AND $4::date
                    GROUP BY e.company_id
                   HAVING sum(e.count) <> 0
                    ORDER BY approvals DESC, withdrawals, complaints DESC, e.company_id
                    LIMIT ${EMPLOYER_RANK_LIMIT}) r
             LEFT JOIN companies c ON c.id = r.company_id
            ORDER BY r.approvals DESC, r.withdrawals, r.complaints DESC, r.company_id`,
    values: selectionValues(selection),
  };
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
  dimension: 'week' | 'region' | 'occupation';
  key: string;
  volume: string;
  count: number;
}

interface EmployerRow {
  company_id: string;
  company_name: string;
  approvals: number;
  withdrawals: number;
  complaints: number;
}

interface StageRow {
  stage: DeadlineStage;
  /** The decider (an account), or null: not recorded. */
  decided_by: string | null;
  /** Their name when they are an attaché. */
  staff_name: string | null;
  hours_bucket: number;
  count: number;
  with_deadline: number;
  within: number;
}

const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 100) / 100);

/** The figures of one stage (or one decider's part of it) from its histogram cells. */
function stageFigures(rows: readonly StageRow[]): Omit<StageTimeRow, 'stage'> {
  const cells = rows.map((row) => ({ hoursBucket: Number(row.hours_bucket), count: Number(row.count) }));
  const decided = cells.reduce((sum, cell) => sum + cell.count, 0);
  const withDeadline = rows.reduce((sum, row) => sum + Number(row.with_deadline), 0);
  const within = rows.reduce((sum, row) => sum + Number(row.within), 0);
  return {
    decided,
    medianDays: round(histogramPercentile(cells, 0.5)),
    p90Days: round(histogramPercentile(cells, 0.9)),
    withinDeadlineShare: withDeadline > 0 ? Math.round((within / withDeadline) * 1000) / 1000 : null,
  };
}

/** The three statements of a dashboard: volumes (weeks, totals, regions, occupations), the employers' ranking, the stage times. */
export type DashboardStatement = 'volumes' | 'employers' | 'stages';
export const DASHBOARD_STATEMENTS: readonly DashboardStatement[] = ['volumes', 'employers', 'stages'];

/** The statement a chart's figures come from: a chart's CSV runs that one only. */
export function statementOf(chart: DashboardChart): DashboardStatement {
  switch (chart) {
    case 'volumes-by-week':
    case 'by-region':
    case 'by-occupation':
      return 'volumes';
    case 'by-employer':
      return 'employers';
    case 'stage-times':
    case 'attache-times':
      return 'stages';
  }
}

/**
 * The figures of a dashboard: its statements on the rollups, in parallel — all three, or those asked for (the
 * figures of the others are then empty).
 */
export async function runDashboardQueries(
  execute: SqlExecutor,
  selection: DashboardSelection,
  statements: readonly DashboardStatement[] = DASHBOARD_STATEMENTS,
): Promise<DashboardFigures> {
  const run = async <Row>(statement: DashboardStatement, build: (selection: DashboardSelection) => SqlQuery): Promise<Row[]> => {
    if (!statements.includes(statement)) return [];
    const query = build(selection);
    return (await execute(query.text, query.values)) as unknown[] as Row[];
  };
  const [volumeRows, employerRows, stageRows] = await Promise.all([
    run<VolumeRow>('volumes', buildVolumesQuery),
    run<EmployerRow>('employers', buildEmployerRankQuery),
    run<StageRow>('stages', buildStageTimesQuery),
  ]);

  const totals = noVolumes();
  const weeks = new Map(weekStartsOf(selection.from, selection.to).map((week) => [week, noVolumes()]));
  const regions = new Map<string, Record<DashboardVolume, number>>();
  const occupations = new Map<string, Record<DashboardVolume, number>>();
  const cell = (map: Map<string, Record<DashboardVolume, number>>, key: string) => {
    const found = map.get(key);
    if (found) return found;
    const created = noVolumes();
    map.set(key, created);
    return created;
  };
  for (const row of volumeRows) {
    const count = Number(row.count);
    if (!isVolume(row.volume)) continue;
    if (row.dimension === 'week') {
      cell(weeks, row.key)[row.volume] += count;
      totals[row.volume] += count;
    } else cell(row.dimension === 'region' ? regions : occupations, row.key)[row.volume] += count;
  }

  const byStage = new Map<DeadlineStage, StageRow[]>();
  const byStaff = new Map<string, { stage: DeadlineStage; staffId: string; staffName: string; rows: StageRow[] }>();
  for (const row of stageRows) {
    byStage.set(row.stage, [...(byStage.get(row.stage) ?? []), row]);
    if (row.decided_by === null || row.staff_name === null) continue;
    const key = `${row.stage} ${row.decided_by}`;
    const staff = byStaff.get(key) ?? { stage: row.stage, staffId: row.decided_by, staffName: row.staff_name, rows: [] };
    staff.rows.push(row);
    byStaff.set(key, staff);
  }
  const attacheTimes: AttacheTimeRow[] = [...byStaff.values()].map(({ stage, staffId, staffName, rows }) => ({
    stage,
    staffId,
    staffName,
    ...stageFigures(rows),
  }));
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
    byEmployer: employerRows.map((row) => ({
      companyId: row.company_id,
      companyName: row.company_name,
      approvals: Number(row.approvals),
      withdrawals: Number(row.withdrawals),
      complaints: Number(row.complaints),
    })),
    stageTimes: DEADLINE_STAGES.map((stage) => {
      const rows = byStage.get(stage);
      return rows ? { stage, ...stageFigures(rows) } : { stage, decided: 0, medianDays: null, p90Days: null, withinDeadlineShare: null };
    }),
    attacheTimes,
  };
}
