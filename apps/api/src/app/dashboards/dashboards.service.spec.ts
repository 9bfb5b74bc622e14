import { chartCsv, dashboardPeriod } from './dashboards.service';
import { weekStartsOf } from './dashboard-queries';
import type { DashboardResponse } from '@jumush/contracts';

describe('dashboardPeriod', () => {
  it.each([
    [{}, '2026-12-03', { from: '2026-09-11', to: '2026-12-03' }],
    [{ to: '2026-06-30' }, '2026-12-03', { from: '2026-04-08', to: '2026-06-30' }],
    [{ from: '2026-11-01' }, '2026-12-03', { from: '2026-11-01', to: '2026-12-03' }],
    [{ from: '2027-01-10' }, '2026-12-03', { from: '2027-01-10', to: '2027-01-10' }],
    [{ from: '2025-12-03', to: '2027-12-03' }, '2026-12-03', { from: '2025-12-03', to: '2027-12-03' }],
  ])('%j on %s covers %j', (query, today, period) => {
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
