import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { DashboardResponse } from '@jumush/contracts/client';
import { flushOriginCountries } from '../../testing/origin-countries';
import { useRealTranslations } from '../../testing/translations';
import { Dashboard } from './dashboard';
import { moscowToday, presetPeriod, previousMonth } from './dashboard-period';

const volumes = (applied: number, shortlisted: number, approved: number, refused: number, departed: number, arrived: number) => ({
  applied,
  shortlisted,
  approved,
  refused,
  departed,
  arrived,
});

const FIGURES: DashboardResponse = {
  scope: { countries: ['KG'], regions: ['77', '78'] },
  from: '2026-09-07',
  to: '2026-11-29',
  totals: volumes(1234, 310, 187, 42, 150, 141),
  volumesByWeek: [
    { weekStart: '2026-11-16', ...volumes(400, 100, 60, 12, 50, 45) },
    { weekStart: '2026-11-23', ...volumes(834, 210, 127, 30, 100, 96) },
  ],
  byRegion: [
    { regionCode: '78', ...volumes(334, 110, 67, 12, 50, 46) },
    { regionCode: '77', ...volumes(900, 200, 120, 30, 100, 95) },
  ],
  byOccupation: [{ occupationCode: '7112', ...volumes(1234, 310, 187, 42, 150, 141) }],
  byEmployer: [{ companyId: 'c1', companyName: 'ООО «Кирпичный двор»', approvals: 96, withdrawals: 2, complaints: 1 }],
  stageTimes: [{ stage: 'batchDecision', decided: 57, medianDays: 1.5, p90Days: 2.75, withinDeadlineShare: 0.93 }],
  attacheTimes: [
    { staffId: 's1', staffName: 'Асанова Айгуль', stage: 'batchDecision', decided: 40, medianDays: 1.2, p90Days: 2.5, withinDeadlineShare: 0.95 },
  ],
  generatedAt: '2026-11-30T03:00:00Z',
};

const NOTHING: DashboardResponse = {
  ...FIGURES,
  totals: volumes(0, 0, 0, 0, 0, 0),
  volumesByWeek: [],
  byRegion: [],
  byOccupation: [],
  byEmployer: [],
  stageTimes: [],
  attacheTimes: [],
};

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('Dashboard page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let saved: Blob[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'ru/attache/dashboard', component: Dashboard, data: { scope: 'attache' } },
            { path: 'ru/admin/dashboard', component: Dashboard, data: { scope: 'admin' } },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    // The page's locale is the LocaleService's (Russian); the interface text is English.
    useRealTranslations('en');
    harness = await RouterTestingHarness.create();
    saved = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => {
        saved.push(blob);
        return 'blob:saved';
      }),
      revokeObjectURL: jest.fn(),
    });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const figuresRequest = (scope: 'attache' | 'admin') => backend.expectOne((request) => request.url === `/api/${scope}/dashboard`);
  const stable = () => harness.fixture.whenStable();

  async function open(url: string, answer: DashboardResponse | null = FIGURES): Promise<TestRequest> {
    await harness.navigateByUrl(url);
    const request = figuresRequest(url.includes('/admin/') ? 'admin' : 'attache');
    if (answer) request.flush(answer);
    backend
      .match('/api/reference/occupations')
      .forEach((occupations) => occupations.flush([{ code: '7112', sector: 'CONSTRUCTION', names: { en: 'Bricklayer', ru: 'Каменщик' } }]));
    flushOriginCountries(backend);
    await stable();
    return request;
  }

  it("shows the attaché's period, totals and every chart with its figures", async () => {
    const request = await open('/ru/attache/dashboard');
    expect(request.request.params.keys()).toEqual([]);
    expect(text(page().querySelector('h1'))).toBe('Dashboard');
    expect(text(page().querySelector('[data-testid="dashboard-period"]'))).toContain('regions: Москва, Санкт-Петербург');
    expect(text(page().querySelector('[data-testid="total-applied"]'))).toBe('1 234');
    expect(page().querySelectorAll('[data-testid="chart-volumes-by-week"] [data-testid="bar-chart-column"]')).toHaveLength(2);
    expect(page().querySelector('[data-testid="bar-chart-column"]')?.getAttribute('aria-label')).toMatch(
      /^Week of 16 ноября 2026 г\.: Applied 400, Shortlisted 100/,
    );
    const regions = Array.from(page().querySelectorAll('[data-testid="chart-by-region"] [data-testid="ranking-row"]')).map((row) => text(row));
    expect(regions).toEqual(['Москва: 900', 'Санкт-Петербург: 334']);
    expect(text(page().querySelector('[data-testid="chart-by-occupation"] [data-testid="ranking-row"]'))).toBe('Каменщик: 1 234');
    expect(text(page().querySelector('[data-testid="chart-by-employer"] [data-testid="ranking-row"]'))).toBe('ООО «Кирпичный двор»: 96');
    const stageCells = Array.from(page().querySelectorAll('[data-testid="stage-times"] tbody tr:first-child > *')).map((cell) => text(cell));
    expect(stageCells).toEqual(['Batch decision by the attaché', '57', '1,5', '2,8', '93 %']);
    expect(text(page().querySelector('[data-testid="attache-times"] tbody tr'))).toContain('Асанова Айгуль');
    // The date fields show the period the API chose, the matching preset is not pressed (it is not one).
    expect(page().querySelector<HTMLInputElement>('[data-testid="filter-from"]')?.value).toBe('2026-09-07');
    expect(page().querySelector('[data-testid="filter-country"]')).toBeNull();
  });

  it('asks for the period in the URL and puts a preset or typed period into it', async () => {
    const request = await open('/ru/attache/dashboard?from=2026-01-01&to=2026-03-31');
    expect(request.request.params.get('from')).toBe('2026-01-01');
    expect(request.request.params.get('to')).toBe('2026-03-31');

    page().querySelector<HTMLButtonElement>('[data-testid="preset-weeks4"]')?.click();
    await stable();
    const weeks4 = presetPeriod('weeks4', moscowToday());
    expect(TestBed.inject(Router).url).toBe(`/ru/attache/dashboard?from=${weeks4.from}&to=${weeks4.to}`);
    const next = figuresRequest('attache');
    expect(next.request.params.get('from')).toBe(weeks4.from);
    next.flush({ ...FIGURES, ...weeks4 });
    await stable();
    expect(page().querySelector('[data-testid="preset-weeks4"]')?.getAttribute('aria-pressed')).toBe('true');

    const from = page().querySelector<HTMLInputElement>('[data-testid="filter-from"]') as HTMLInputElement;
    from.value = '2026-05-01';
    from.dispatchEvent(new Event('input'));
    page().querySelector<HTMLButtonElement>('[data-testid="filter-apply"]')?.click();
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/ru/attache/dashboard?from=2026-05-01&to=${weeks4.to}`);
    figuresRequest('attache').flush(FIGURES);
  });

  it('refuses a period that ends before it starts, asking for nothing', async () => {
    await open('/ru/attache/dashboard');
    const to = page().querySelector<HTMLInputElement>('[data-testid="filter-to"]') as HTMLInputElement;
    to.value = '2026-01-01';
    to.dispatchEvent(new Event('input'));
    page().querySelector<HTMLButtonElement>('[data-testid="filter-apply"]')?.click();
    await stable();
    expect(text(page().querySelector('#range-error'))).toBe('Enter both dates; the start must not be after the end.');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(TestBed.inject(Router).url).toBe('/ru/attache/dashboard');
  });

  it("gives the admin every country or one, in the URL, and an attaché's country filter is ignored", async () => {
    const request = await open('/ru/admin/dashboard?country=UZ');
    expect(request.request.params.get('country')).toBe('UZ');
    expect(text(page().querySelector('h1'))).toBe('Dashboard: all countries');
    const select = page().querySelector<HTMLSelectElement>('[data-testid="filter-country"]') as HTMLSelectElement;
    expect(Array.from(select.options).map((option) => option.value)).toEqual(['', 'KG', 'TJ', 'UZ']);
    expect(select.value).toBe('UZ');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await stable();
    expect(TestBed.inject(Router).url).toBe('/ru/admin/dashboard');
    expect(figuresRequest('admin').request.params.has('country')).toBe(false);

    await harness.navigateByUrl('/ru/attache/dashboard?country=UZ');
    expect(figuresRequest('attache').request.params.has('country')).toBe(false);
  });

  it("downloads a chart's CSV for the same period, and the month's report as a PDF", async () => {
    await open('/ru/admin/dashboard?from=2026-01-01&to=2026-03-31&country=KG');
    page().querySelector<HTMLButtonElement>('[data-testid="csv-by-region"]')?.click();
    await stable();
    const csv = backend.expectOne((request) => request.url === '/api/admin/dashboard/by-region.csv');
    expect(csv.request.params.get('from')).toBe('2026-01-01');
    expect(csv.request.params.get('country')).toBe('KG');
    expect(csv.request.responseType).toBe('blob');
    expect(page().querySelector('[data-testid="csv-by-region"]')?.hasAttribute('disabled')).toBe(true);
    csv.flush(new Blob(['region,applied\n77,900\n']));
    await stable();
    expect(saved).toHaveLength(1);

    const month = page().querySelector<HTMLInputElement>('[data-testid="report-month"]') as HTMLInputElement;
    expect(month.value).toBe(previousMonth(moscowToday()));
    month.value = '2026-02';
    month.dispatchEvent(new Event('input'));
    page().querySelector<HTMLButtonElement>('[data-testid="report-download"]')?.click();
    await stable();
    const report = backend.expectOne((request) => request.url === '/api/admin/dashboard/monthly-report.pdf');
    expect(report.request.params.get('month')).toBe('2026-02');
    expect(report.request.params.get('country')).toBe('KG');
    report.flush(new Blob(['%PDF-1.7']));
    await stable();
    expect(saved).toHaveLength(2);
  });

  it('says why a download failed', async () => {
    await open('/ru/attache/dashboard');
    page().querySelector<HTMLButtonElement>('[data-testid="csv-stage-times"]')?.click();
    backend
      .expectOne('/api/attache/dashboard/stage-times.csv')
      .flush(new Blob([JSON.stringify({ code: 'forbidden' })]), { status: 403, statusText: 'Forbidden' });
    await stable();
    expect(page().querySelector('jm-problem-alert [role="alert"]')?.textContent?.trim()).not.toBe('');
  });

  it('says when nothing happened in the period, chart by chart', async () => {
    await open('/ru/attache/dashboard', NOTHING);
    expect(text(page().querySelector('[data-testid="dashboard-empty"]'))).toBe('No applications moved in this period. Try a longer period.');
    expect(page().querySelectorAll('[data-testid="chart-empty"]')).toHaveLength(6);
    expect(page().querySelector('[data-testid="bar-chart-column"]')).toBeNull();
  });

  it('shows progress, then the error with a retry that asks again', async () => {
    const request = await open('/ru/attache/dashboard', null);
    expect(text(page().querySelector('jm-load-state'))).toContain('Loading');
    request.flush({ code: 'internal' }, { status: 500, statusText: 'Server Error' });
    await stable();
    const problem = page().querySelector('[data-testid="load-problem"]');
    expect(problem).not.toBeNull();
    problem?.querySelector('button')?.click();
    await stable();
    figuresRequest('attache').flush(FIGURES);
    await stable();
    expect(page().querySelector('[data-testid="load-problem"]')).toBeNull();
    expect(text(page().querySelector('[data-testid="total-applied"]'))).toBe('1 234');
  });
});
