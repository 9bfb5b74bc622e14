import { chartCsv, dashboardPeriod, monthPeriod } from './dashboards.service';
import { DASHBOARD_CHARTS } from '@jumush/contracts';
import { histogramPercentile, hoursBucketBounds, hoursBucketOf, runDashboardQueries, statementOf, weekStartsOf } from './dashboard-queries';
import type { DashboardResponse } from '@jumush/contracts';

describe('dashboardPeriod', () => {
  it.each([
    [{}, '2026-12-03', { from: '2026-09-14', to: '2026-12-06' }],
    [{ to: '2026-06-30' }, '2026-12-03', { from: '2026-04-13', to: '2026-07-05' }],
    [{ from: '2026-11-01' }, '2026-12-03', { from: '2026-10-26', to: '2026-12-06' }],
    [{ from: '2027-01-10' }, '2026-12-03', { from: '2027-01-04', to: '2027-01-10' }],
    [{ from: '2025-12-03', to: '2027-12-03' }, '2026-12-03', { from: '2025-12-01', to: '2027-12-05' }],
    [{ from: '2026-11-30', to: '2026-12-06' }, '2026-12-03', { from: '2026-11-30', to: '2026-12-06' }],
  ])('%j on %s covers the whole weeks %j', (query, today, period) => {
    expect(dashboardPeriod(query, today)).toEqual(period);
  });

  it.each([
    [{ from: '2026-05-02', to: '2026-05-01' }, 'to', 'dashboardPeriod.reversed'],
    [{ from: '2025-12-03', to: '2027-12-04' }, 'from', 'dashboardPeriod.tooLong'],
  ])('refuses %j on %s', (query, field, code) => {
    expect(() => dashboardPeriod(query, '2026-12-03')).toThrow(
      expect.objectContaining({ init: expect.objectContaining({ errors: [expect.objectContaining({ field, code })] }) }),
    );
  });
});

describe('weekStartsOf', () => {
  it('lists the Monday of every week that has a day in the period', () => {
    expect(weekStartsOf('2026-11-29', '2026-12-14')).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    expect(weekStartsOf('2026-11-30', '2026-11-30')).toEqual(['2026-11-30']);
  });
});

describe('stage-time histogram', () => {
  it('buckets by hours up to 2 days, then 6 hours up to 30 days, then days', () => {
    expect([0, 0.5 / 24, 1 / 24, 47.5 / 24, 2, 2.01, 30, 30.01, 400].map(hoursBucketOf)).toEqual([0, 1, 1, 48, 48, 54, 720, 744, 9600]);
    expect([0, 1, 48, 54, 720, 744].map(hoursBucketBounds)).toEqual([
      { lower: 0, upper: 0 },
      { lower: 0, upper: 1 },
      { lower: 47, upper: 48 },
      { lower: 48, upper: 54 },
      { lower: 714, upper: 720 },
      { lower: 720, upper: 744 },
    ]);
  });

  it('reads percentiles within the bounds of the buckets around percentile_cont', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (const size of [1, 2, 3, 10, 101, 1000]) {
      const days = Array.from({ length: size }, () => (random() < 0.1 ? 0 : random() ** 3 * 60)).sort((a, b) => a - b);
      const cells = new Map<number, number>();
      for (const value of days) cells.set(hoursBucketOf(value), (cells.get(hoursBucketOf(value)) ?? 0) + 1);
      const histogram = [...cells].map(([hoursBucket, count]) => ({ hoursBucket, count }));
      for (const fraction of [0.5, 0.9]) {
        const position = fraction * (size - 1);
        const [below, above] = [days[Math.floor(position)], days[Math.ceil(position)]];
        const estimate = histogramPercentile(histogram, fraction)!;
        expect(estimate).toBeGreaterThanOrEqual(hoursBucketBounds(hoursBucketOf(below)).lower / 24 - 1e-9);
        expect(estimate).toBeLessThanOrEqual(hoursBucketBounds(hoursBucketOf(above)).upper / 24 + 1e-9);
      }
    }
    expect(histogramPercentile([], 0.5)).toBeNull();
  });
});

describe('chartCsv', () => {
  it('writes the employers with formulas defused and names quoted', () => {
    const dashboard = {
      byEmployer: [{ companyId: 'c1', companyName: '=HYPERLINK("x"), ООО', approvals: 2, withdrawals: 0, complaints: 1 }],
    } as unknown as DashboardResponse;
    expect(chartCsv(dashboard, 'by-employer').toString('utf8')).toBe(
      '\uFEFFcompanyId,companyName,approvals,withdrawals,complaints\r\nc1,"\'=HYPERLINK(""x""), ООО",2,0,1\r\n',
    );
  });
});

describe('monthPeriod', () => {
  it.each([
    // December 2026 starts on a Tuesday (its first Thursday is the 3rd) and ends on a Thursday (the 31st).
    ['2026-12', { from: '2026-11-30', to: '2027-01-03' }],
    // January 2027 starts on a Friday: that week is December's; its last Thursday is the 28th.
    ['2027-01', { from: '2027-01-04', to: '2027-01-31' }],
    // February 2027: Monday the 1st to Sunday the 28th, four whole weeks.
    ['2027-02', { from: '2027-02-01', to: '2027-02-28' }],
  ])('%s covers the ISO weeks whose Thursday falls in it: %j', (month, period) => {
    expect(monthPeriod(month)).toEqual(period);
  });

  it('gives every week to exactly one month', () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    for (let i = 1; i < months.length; i++) {
      const previous = monthPeriod(months[i - 1]);
      const next = monthPeriod(months[i]);
      expect(new Date(`${next.from}T00:00:00Z`).getTime() - new Date(`${previous.to}T00:00:00Z`).getTime()).toBe(86_400_000);
    }
  });
});

describe('runDashboardQueries', () => {
  const selection = { scope: { countries: ['KG'], regions: null }, from: '2026-09-14', to: '2026-12-06' };
  const recording = () => {
    const sent: string[] = [];
    return { sent, execute: async (text: string) => (sent.push(text), []) };
  };

  it('sends the three statements for a whole dashboard', async () => {
    const { sent, execute } = recording();
    await runDashboardQueries(execute, selection);
    expect(sent).toHaveLength(3);
  });

  it.each([...DASHBOARD_CHARTS])('sends one statement for the %s chart, the one its figures come from', async (chart) => {
    const { sent, execute } = recording();
    await runDashboardQueries(execute, selection, [statementOf(chart)]);
    expect(sent).toHaveLength(1);
    const table = { volumes: 'dashboard_weekly_regions', employers: 'dashboard_weekly_employers', stages: 'dashboard_weekly_stage_times' }[
      statementOf(chart)
    ];
    expect(sent[0]).toContain(table);
  });
});
