/** Who sees which dashboard (an attaché: their country, their regions; an admin: every country or one) and over which period. */
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DASHBOARD_CHARTS, type DashboardChart, type DashboardQuery, type DashboardResponse } from '@jumush/contracts';
import { MOSCOW_TIME_ZONE, Role, addCalendarDays, type Actor } from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { csvField } from '@jumush/server/documents';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { ProblemException } from '../http/problem';
import { OriginCountriesService } from '../origin-countries/origin-countries.service';
import { statementOf, type DashboardSelection } from './dashboard-queries';
import { DashboardsRepository } from './dashboards.repository';

/** The default period: the last 12 weeks, this one included. */
export const DEFAULT_PERIOD_DAYS = 84;
/** The longest period a dashboard covers, as asked for (before it is widened to whole weeks): two years. */
export const MAX_PERIOD_DAYS = 731;

const DAY_MS = 86_400_000;

function fieldProblem(field: string, code: string, message: string): ProblemException {
  return new ProblemException(400, { code: 'validation.failed', errors: [{ field, code, message }] });
}

/** Monday of the ISO week of a calendar date. */
export function weekStartOf(day: string): string {
  return addCalendarDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
}

/**
 * The period asked for, or the 12 weeks up to `today`'s, widened to whole ISO weeks: `from` to its Monday, `to` to its
 * Sunday (the rollups are weekly). Refused when it runs backwards or, as asked, is longer than two years.
 */
export function dashboardPeriod(query: Pick<DashboardQuery, 'from' | 'to'>, today: string): { from: string; to: string } {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? addCalendarDays(weekStartOf(to), 7 - DEFAULT_PERIOD_DAYS);
  if (from > to) throw fieldProblem('to', 'dashboardPeriod.reversed', 'The end of the period is before its start.');
  if ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1 > MAX_PERIOD_DAYS)
    throw fieldProblem('from', 'dashboardPeriod.tooLong', `A dashboard covers at most ${MAX_PERIOD_DAYS} days.`);
  return { from: weekStartOf(from), to: addCalendarDays(weekStartOf(to), 6) };
}

/** The ISO weeks of a month ('YYYY-MM'): from the Monday of its first Thursday's week to the Sunday of its last's. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number);
  const first = `${month}-01`;
  const last = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  const thursdayOnOrAfter = (day: string) => addCalendarDays(day, (4 - new Date(`${day}T00:00:00Z`).getUTCDay() + 7) % 7);
  const thursdayOnOrBefore = (day: string) => addCalendarDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() - 4 + 7) % 7));
  return { from: addCalendarDays(thursdayOnOrAfter(first), -3), to: addCalendarDays(thursdayOnOrBefore(last), 3) };
}

/** One chart of a dashboard as rows of plain cells, the CSV's header first. */
export function chartTable(dashboard: DashboardResponse, chart: DashboardChart): Array<Array<string | number | null>> {
  const volumes = ['applied', 'shortlisted', 'approved', 'refused', 'departed', 'arrived'] as const;
  const stageColumns = ['stage', 'decided', 'medianDays', 'p90Days', 'withinDeadlineShare'] as const;
  switch (chart) {
    case 'volumes-by-week':
      return [['weekStart', ...volumes], ...dashboard.volumesByWeek.map((row) => [row.weekStart, ...volumes.map((volume) => row[volume])])];
    case 'by-region':
      return [['regionCode', ...volumes], ...dashboard.byRegion.map((row) => [row.regionCode, ...volumes.map((volume) => row[volume])])];
    case 'by-occupation':
      return [['occupationCode', ...volumes], ...dashboard.byOccupation.map((row) => [row.occupationCode, ...volumes.map((volume) => row[volume])])];
    case 'by-employer':
      return [
        ['companyId', 'companyName', 'approvals', 'withdrawals', 'complaints'],
        ...dashboard.byEmployer.map((row) => [row.companyId, row.companyName, row.approvals, row.withdrawals, row.complaints]),
      ];
    case 'stage-times':
      return [[...stageColumns], ...dashboard.stageTimes.map((row) => stageColumns.map((column) => row[column]))];
    case 'attache-times':
      return [
        ['staffId', 'staffName', ...stageColumns],
        ...dashboard.attacheTimes.map((row) => [row.staffId, row.staffName, ...stageColumns.map((column) => row[column])]),
      ];
  }
}

/** A chart as CSV: UTF-8 with a byte order mark, CRLF, formulas defused (csvField, as the open data). */
export function chartCsv(dashboard: DashboardResponse, chart: DashboardChart): Buffer {
  const lines = chartTable(dashboard, chart).map((row) => row.map((cell) => (cell === null ? '' : csvField(String(cell)))).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export function isDashboardChart(value: string): value is DashboardChart {
  return (DASHBOARD_CHARTS as readonly string[]).includes(value);
}

@Injectable()
export class DashboardsService implements OnApplicationBootstrap {
  constructor(
    private readonly dashboards: DashboardsRepository,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
    private readonly countries: OriginCountriesService,
  ) {}

  /** The rollup triggers count deadlines with the targets in force; configuration may change them between starts. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dashboards.saveDeadlineTargets(deadlineTargets(this.config));
  }

  /**
   * The attaché's dashboard: their own country (another one is refused), their regions when their account is limited
   * to some. With `chart`, only that chart's figures are computed (its CSV).
   */
  async attacheDashboard(actor: Actor, query: DashboardQuery, chart?: DashboardChart): Promise<DashboardResponse> {
    const own = actor.originCountry;
    if (actor.role !== Role.Attache || !own)
      throw new ProblemException(403, { code: 'auth.forbidden', detail: 'The attaché dashboard is for attachés.' });
    if (query.country !== undefined && query.country !== own)
      throw new ProblemException(403, { code: 'auth.forbidden', detail: "An attaché sees their own country's dashboard only." });
    const regions = actor.coveredRegions && actor.coveredRegions.length > 0 ? [...actor.coveredRegions].sort() : null;
    return this.dashboard({ scope: { countries: [own], regions }, ...dashboardPeriod(query, this.today()) }, chart);
  }

  /** The admin's dashboard: every origin country, or the one asked for. With `chart`, only that chart's figures. */
  async adminDashboard(query: DashboardQuery, chart?: DashboardChart): Promise<DashboardResponse> {
    const period = dashboardPeriod(query, this.today());
    // The countries' cached copy: a dashboard costs its rollup statements and nothing more.
    const countries = (await this.countries.all()).map((country) => country.code).sort();
    if (query.country !== undefined && !countries.includes(query.country))
      throw fieldProblem('country', 'validation.isIn', 'No such origin country.');
    return this.dashboard({ scope: { countries: query.country ? [query.country] : countries, regions: null }, ...period }, chart);
  }

  private async dashboard(selection: DashboardSelection, chart?: DashboardChart): Promise<DashboardResponse> {
    const figures = await this.dashboards.figures(selection, chart ? [statementOf(chart)] : undefined);
    return { scope: selection.scope, from: selection.from, to: selection.to, ...figures, generatedAt: this.clock.now().toISOString() };
  }

  private today(): string {
    return this.clock.today(MOSCOW_TIME_ZONE);
  }
}
