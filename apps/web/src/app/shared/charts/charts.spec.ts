import type { Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { useRealTranslations } from '../../testing/translations';
import { BarChart, type ChartCategory } from './bar-chart';
import { formatDays, formatShare, niceScale } from './chart-scale';
import { RANKING_LIMIT, RankingChart, type RankingRow } from './ranking-chart';
import { StageTimes, type StageTimeLine } from './stage-times';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const headings = (root: HTMLElement, selector: string) => Array.from(root.querySelectorAll(`${selector} thead th`)).map((cell) => text(cell));
const cells = (root: HTMLElement, selector: string) =>
  Array.from(root.querySelectorAll(`${selector} tbody tr`)).map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => text(cell)));

async function render<T>(type: Type<T>, inputs: Record<string, unknown>): Promise<{ fixture: ComponentFixture<T>; root: HTMLElement }> {
  const fixture = TestBed.createComponent(type);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return { fixture, root: fixture.nativeElement as HTMLElement };
}

beforeEach(() => {
  TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  useRealTranslations('en');
});

describe('chart scales and figures', () => {
  it.each([
    [0, 1, [0, 1]],
    [3, 3, [0, 1, 2, 3]],
    [7, 8, [0, 2, 4, 6, 8]],
    [333, 400, [0, 100, 200, 300, 400]],
    [1234, 1500, [0, 500, 1000, 1500]],
  ])('gives %i an axis up to %i with round ticks', (largest, max, ticks) => {
    expect(niceScale(largest)).toEqual({ max, ticks });
  });

  it('writes shares and days in the language, a dash where there is none', () => {
    expect(formatShare(0.934, 'en')).toBe('93%');
    expect(formatShare(0.5, 'ru')).toBe('50\u00a0%');
    expect(formatShare(null, 'ru')).toBe('—');
    expect(formatDays(1.25, 'ru')).toBe('1,3');
    expect(formatDays(null, 'en')).toBe('—');
  });
});

describe('the bar chart', () => {
  const series = [
    { key: 'applied', label: 'Applied' },
    { key: 'approved', label: 'Approved' },
  ];
  const categories: ChartCategory[] = [
    { key: '2026-03-02', tick: '02.03', name: 'Week of 2 March 2026', values: [30, 10] },
    { key: '2026-03-09', tick: '09.03', name: 'Week of 9 March 2026', values: [1200, 0] },
  ];
  const inputs = { label: 'Applications by week', categoryHeading: 'Week', series, categories, lang: 'en' };

  it('draws a focusable column per week whose spoken label gives every figure', async () => {
    const { root } = await render(BarChart, inputs);
    const columns = Array.from(root.querySelectorAll('[data-testid="bar-chart-column"]'));
    expect(columns.map((column) => column.getAttribute('aria-label'))).toEqual([
      'Week of 2 March 2026: Applied 30, Approved 10',
      'Week of 9 March 2026: Applied 1,200, Approved 0',
    ]);
    expect(columns.every((column) => column.getAttribute('tabindex') === '0' && column.getAttribute('role') === 'img')).toBe(true);
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toBe('Applications by week');
    // The tallest bar reaches the top of the axis (1,200 of 1,500), the others in proportion.
    const heights = Array.from(columns[1].querySelectorAll('rect:not(.hit)')).map((rect) => Number(rect.getAttribute('height')));
    expect(heights[0]).toBeCloseTo((1200 / 1500) * 204, 5);
    expect(heights[1]).toBe(0);
    expect(text(root.querySelector('.axis'))).toContain('1,500');
  });

  it('writes the focused week under the chart', async () => {
    const { fixture, root } = await render(BarChart, inputs);
    root.querySelectorAll('[data-testid="bar-chart-column"]')[0].dispatchEvent(new Event('focus'));
    await fixture.whenStable();
    expect(text(root.querySelector('[data-testid="bar-chart-detail"]'))).toBe('Week of 2 March 2026: Applied 30, Approved 10');
  });

  it('hides and shows a series from its legend button', async () => {
    const { fixture, root } = await render(BarChart, inputs);
    const approved = root.querySelector<HTMLButtonElement>('[data-testid="legend-approved"]');
    expect(approved?.getAttribute('aria-pressed')).toBe('true');
    approved?.click();
    await fixture.whenStable();
    expect(approved?.getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector('[data-testid="bar-chart-column"]')?.getAttribute('aria-label')).toBe('Week of 2 March 2026: Applied 30');
    expect(root.querySelectorAll('[data-testid="bar-chart-column"]')[0].querySelectorAll('rect:not(.hit)')).toHaveLength(1);
  });

  it('stacks the series when asked: the column is as tall as their sum', async () => {
    const { root } = await render(BarChart, { ...inputs, mode: 'stacked', categories: [{ ...categories[0], values: [30, 10] }] });
    const rects = Array.from(root.querySelectorAll('[data-testid="bar-chart-column"] rect:not(.hit)'));
    const [applied, approved] = rects.map((rect) => ({ y: Number(rect.getAttribute('y')), height: Number(rect.getAttribute('height')) }));
    expect(approved.y + approved.height).toBeCloseTo(applied.y, 5);
    expect(applied.height + approved.height).toBeCloseTo((40 / 40) * 204, 5);
  });

  it('gives the same figures as a table', async () => {
    const { fixture, root } = await render(BarChart, inputs);
    const toggle = root.querySelector<HTMLButtonElement>('[data-testid="chart-view-toggle"]');
    expect(text(toggle)).toBe('Show as table');
    toggle?.click();
    await fixture.whenStable();
    expect(root.querySelector('svg.chart')).toBeNull();
    expect(headings(root, '[data-testid="bar-chart-table"]')).toEqual(['Week', 'Applied', 'Approved']);
    expect(cells(root, '[data-testid="bar-chart-table"]')).toEqual([
      ['Week of 2 March 2026', '30', '10'],
      ['Week of 9 March 2026', '1,200', '0'],
    ]);
    expect(text(toggle)).toBe('Show as chart');
  });
});

describe('the ranking chart', () => {
  const columns = [
    { key: 'approvals', label: 'Approved' },
    { key: 'withdrawals', label: 'Withdrawn' },
  ];
  const rows: RankingRow[] = Array.from({ length: 12 }, (_, index) => ({
    key: `c${index}`,
    label: `Employer ${index + 1}`,
    values: [index * 10, 12 - index],
  }));
  const inputs = { label: 'Employers', nameHeading: 'Employer', columns, rows, lang: 'en' };
  const names = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-testid="ranking-row"] .rank-name')).map((name) => text(name));

  it('ranks largest first, the first ten, each bar as wide as its share of the largest', async () => {
    const { root } = await render(RankingChart, inputs);
    expect(names(root)).toHaveLength(RANKING_LIMIT);
    expect(names(root).slice(0, 2)).toEqual(['Employer 12', 'Employer 11']);
    expect(text(root.querySelector('[data-testid="ranking-value"]'))).toBe('110');
    const widths = Array.from(root.querySelectorAll('[data-testid="ranking-row"] rect')).map((rect) => rect.getAttribute('width'));
    expect(widths.slice(0, 2)).toEqual(['100%', '90.9%']);
    expect(root.querySelector('[data-testid="ranking-list"]')?.getAttribute('aria-label')).toBe('Employers — Approved');
  });

  it('shows them all on request and ranks by another column', async () => {
    const { fixture, root } = await render(RankingChart, inputs);
    const more = root.querySelector<HTMLButtonElement>('button.more');
    expect(text(more)).toBe('Show all 12');
    more?.click();
    await fixture.whenStable();
    expect(names(root)).toHaveLength(12);
    const select = root.querySelector<HTMLSelectElement>('[data-testid="ranking-measure"]');
    if (!select) throw new Error('no measure picker');
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(names(root)[0]).toBe('Employer 1');
    expect(root.querySelector('[data-testid="ranking-list"]')?.getAttribute('aria-label')).toBe('Employers — Withdrawn');
  });

  it('gives every column as a table', async () => {
    const { fixture, root } = await render(RankingChart, { ...inputs, rows: rows.slice(0, 2) });
    root.querySelector<HTMLButtonElement>('[data-testid="chart-view-toggle"]')?.click();
    await fixture.whenStable();
    expect(cells(root, '[data-testid="ranking-table"]')).toEqual([
      ['Employer 2', '10', '11'],
      ['Employer 1', '0', '12'],
    ]);
  });
});

describe('the stage times table', () => {
  const rows: StageTimeLine[] = [
    {
      key: 'batchDecision',
      stage: 'batchDecision',
      stageName: 'Batch decision',
      decided: 57,
      medianDays: 1.5,
      p90Days: 2.75,
      withinDeadlineShare: 0.93,
    },
    {
      key: 'grievanceTakeUp',
      stage: 'grievanceTakeUp',
      stageName: 'Grievance taken up',
      decided: 0,
      medianDays: null,
      p90Days: null,
      withinDeadlineShare: null,
    },
  ];

  it('gives decided, median, 90th percentile and the share by the deadline, with a bar for the share', async () => {
    const { root } = await render(StageTimes, { label: 'Time per stage', rows, lang: 'en' });
    expect(headings(root, '[data-testid="stage-times"]')).toEqual(['Stage', 'Decided', 'Median, days', '9 in 10 within, days', 'By the deadline']);
    expect(cells(root, '[data-testid="stage-times"]')).toEqual([
      ['Batch decision', '57', '1.5', '2.8', '93%'],
      ['Grievance taken up', '0', '—', '—', '—'],
    ]);
    expect(root.querySelectorAll('.meter')).toHaveLength(1);
  });

  it('names the attaché first in the per-attaché table', async () => {
    const { root } = await render(StageTimes, {
      label: 'Time per stage, by attaché',
      rows: [{ ...rows[0], key: 's1:batchDecision', staffName: 'Aigul Asanova' }],
      lang: 'en',
      byStaff: true,
      testId: 'attache-times',
    });
    expect(cells(root, '[data-testid="attache-times"]')).toEqual([['Aigul Asanova', 'Batch decision', '57', '1.5', '2.8', '93%']]);
  });
});
