import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { CompanyStatus, VacancyStatus, wageFloorFor, type WageFloorView } from '@jumush/contracts/client';
import { DEADLINE, OCCUPATIONS, START_DATE, aCompany, aVacancy, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { VacancyEditor } from './vacancy-editor';

// The first test renders the twenty fields cold, and filling them all takes seconds on a busy machine.
jest.setTimeout(30_000);

describe('VacancyEditor page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'ru/employer/vacancies/new', component: VacancyEditor },
            { path: 'ru/employer/vacancies/:id/edit', component: VacancyEditor },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.match((r) => r.url === '/api/reference/wage-floor');
    backend.verify();
  });

  const element = () => harness.routeNativeElement as HTMLElement;
  const errors = () => Array.from(element().querySelectorAll('mat-error')).map((e) => e.textContent?.trim());

  /** The API's answer for a region and date: by default the shipped table, as a fresh database holds it. */
  type FloorTable = (region: string | null, date: string) => WageFloorView | null;
  const shippedTable: FloorTable = (region, date) => {
    const floor = wageFloorFor(region, date);
    return floor && { regionCode: region, date, ...floor };
  };
  let floorTable: FloorTable = shippedTable;
  const floorQuestions: Array<{ region: string | null; date: string }> = [];

  /** Answers every wage floor question the page has sent and not seen cancelled. */
  async function answerFloors() {
    const pending = backend.match((r) => r.url === '/api/reference/wage-floor').filter((r) => !r.cancelled);
    for (const request of pending) {
      const region = request.request.params.get('region');
      const date = request.request.params.get('date') ?? '';
      floorQuestions.push({ region, date });
      const floor = floorTable(region, date);
      if (floor) request.flush(floor);
      else request.flush(problemBody(404, 'wage.noFloor'), { status: 404, statusText: 'Not Found' });
    }
    if (pending.length > 0) await harness.fixture.whenStable();
  }
  beforeEach(() => {
    floorTable = shippedTable;
    floorQuestions.length = 0;
  });

  async function open(path: string, company = aCompany({ status: CompanyStatus.Verified })) {
    await harness.navigateByUrl(path);
    backend.match('/api/reference/occupations').forEach((r) => r.flush(OCCUPATIONS));
    backend.expectOne('/api/companies/mine').flush(company);
    await harness.fixture.whenStable();
    await answerFloors();
  }

  async function set(id: string, value: string) {
    const input = element().querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    if (!input) throw new Error(`#${id} missing`);
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      input.click();
    } else {
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    }
    input.dispatchEvent(new Event('blur'));
    await harness.fixture.whenStable();
    await answerFloors();
  }

  async function fillValid(wage = '75 000') {
    await set('vacancy-title', 'Каменщик на стройку');
    await set('vacancy-occupation-code', '7112');
    await set('vacancy-region-code', '77');
    await set('vacancy-town', 'Москва');
    await set('vacancy-monthly-wage-roubles', wage);
    await set('vacancy-shift-pattern', 'DAY');
    await set('vacancy-housing', 'FREE');
    await set('vacancy-meals', 'PAID');
    await set('vacancy-contract-months', '6');
    await set('vacancy-start-date', START_DATE);
    await set('vacancy-application-deadline', DEADLINE);
    await set('vacancy-russian-level', 'BASIC');
    await set('vacancy-insurance', '');
  }

  const click = async (testId: string) => {
    element().querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
    await harness.fixture.whenStable();
  };

  it('has a field with a stable id for every term', async () => {
    await open('/ru/employer/vacancies/new');
    await set('vacancy-housing', 'PAID');
    for (const id of [
      'title',
      'occupation-code',
      'region-code',
      'town',
      'monthly-wage-roubles',
      'weekly-hours',
      'shift-pattern',
      'housing',
      'housing-cost-roubles',
      'meals',
      'travel-paid',
      'insurance',
      'contract-months',
      'start-date',
      'positions',
      'russian-level',
      'experience-years',
      'skills',
      'description',
      'application-deadline',
    ]) {
      expect(element().querySelector(`#vacancy-${id}`)).not.toBeNull();
    }
  });

  it('shows the minimum wage of the region while typing and warns below it', async () => {
    await open('/ru/employer/vacancies/new');
    await set('vacancy-region-code', '77');
    await set('vacancy-start-date', START_DATE);
    await set('vacancy-monthly-wage-roubles', '20000');
    const hint = element().querySelector('[data-testid="wage-floor"]');
    expect(hint?.textContent?.replace(/\s+/g, ' ')).toMatch(/Минимум в этом регионе — \d+ \d{3} ₽ в месяц с 1 января \d{4}/);
    expect(hint?.classList.contains('below')).toBe(true);
    await set('vacancy-monthly-wage-roubles', '500000');
    expect(hint?.classList.contains('below')).toBe(false);
  });

  it.each([
    ['87', ['region.farNorth']],
    ['89', ['region.farNorth']],
    ['93', ['region.annexedFromUkraine']],
    ['77', []],
    ['47', []],
  ])('warns the employer about region %s: %j', async (regionCode, expected) => {
    await open('/ru/employer/vacancies/new');
    await set('vacancy-region-code', regionCode);
    const warnings = Array.from(element().querySelectorAll('[data-testid="region-warning"]'));
    expect(warnings.map((node) => node.getAttribute('data-warning'))).toEqual(expected);
    if (regionCode === '87') expect(warnings[0]?.textContent).toContain('районный коэффициент и северные надбавки');
  });

  it('shows Leningrad Oblast’s regional minimum of 27 440 ₽ from 2026', async () => {
    await open('/ru/employer/vacancies/new');
    await set('vacancy-region-code', '47');
    await set('vacancy-start-date', START_DATE);
    expect(element().querySelector('[data-testid="wage-floor"]')?.textContent?.replace(/\s+/g, ' ')).toContain('Ленинградской области');
  });

  it('asks for the housing cost only when housing is paid', async () => {
    await open('/ru/employer/vacancies/new');
    expect(element().querySelector('#vacancy-housing-cost-roubles')).toBeNull();
    await set('vacancy-housing', 'PAID');
    expect(element().querySelector('#vacancy-housing-cost-roubles')).not.toBeNull();
  });

  it('shows the floor the API answers (an admin’s edit), not the shipped table’s, and refuses to submit below it', async () => {
    const shipped = wageFloorFor('77', START_DATE)?.monthlyRoubles ?? 0;
    floorTable = (region, date) =>
      region === '77'
        ? { regionCode: '77', date, monthlyRoubles: 91_000, regional: true, effectiveFrom: '2026-03-01', source: 'Соглашение от 20.02.2026' }
        : shippedTable(region, date);
    await open('/ru/employer/vacancies/new');
    expect(floorQuestions).toContainEqual({ region: null, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    await fillValid('80000');
    expect(shipped).toBeLessThan(80_000);
    expect(floorQuestions).toContainEqual({ region: '77', date: START_DATE });
    const hint = element().querySelector('[data-testid="wage-floor"]');
    expect(hint?.textContent?.replace(/\s+/g, ' ')).toContain('91 000 ₽');
    expect(hint?.textContent).not.toContain(String(shipped).replace(/(\d)(?=(\d{3})+$)/g, '$1 '));
    expect(hint?.classList.contains('below')).toBe(true);
    await click('submit-for-review');
    backend.expectNone('/api/vacancies');
    expect(errors().map((e) => e?.replace(/\s/g, ' '))).toContain(
      'Зарплата ниже минимальной в этом регионе: нужно не меньше 91 000 ₽ (действует с 1 марта 2026 г.).',
    );
    // Another region asks again; typing the wage does not.
    const asked = floorQuestions.length;
    await set('vacancy-monthly-wage-roubles', '95000');
    expect(floorQuestions).toHaveLength(asked);
    expect(hint?.classList.contains('below')).toBe(false);
  });

  it('shows no floor when the API knows none for the date', async () => {
    floorTable = () => null;
    await open('/ru/employer/vacancies/new');
    await set('vacancy-region-code', '77');
    expect(element().querySelector('[data-testid="wage-floor"]')?.textContent?.trim()).toBe('');
  });

  it('does not submit below the wage floor', async () => {
    await open('/ru/employer/vacancies/new');
    await fillValid('20000');
    await click('submit-for-review');
    backend.expectNone('/api/vacancies');
    expect(errors()).toEqual([expect.stringContaining('Зарплата ниже минимальной')]);
  });

  const findings = () =>
    Array.from(element().querySelectorAll('[data-testid="terms-finding"]')).map((node) => [
      node.getAttribute('data-finding'),
      node.getAttribute('data-severity'),
    ]);

  it('shows live, in red, what 35 000 ₽ housing against a 30 000 ₽ wage and 72 hours a week add up to', async () => {
    await open('/ru/employer/vacancies/new');
    await set('vacancy-region-code', '66');
    await set('vacancy-start-date', START_DATE);
    await set('vacancy-monthly-wage-roubles', '30 000');
    await set('vacancy-contract-months', '6');
    expect(findings()).toEqual([]);
    await set('vacancy-housing', 'PAID');
    await set('vacancy-housing-cost-roubles', '35000');
    expect(findings()).toEqual([['termsFinding.housingCostsWage', 'danger']]);
    expect(element().querySelector('[data-testid="terms-finding"]')?.textContent?.replace(/\s+/g, ' ')).toMatch(
      /Жильё стоит 35 000 ₽ в месяц, а зарплата — 30 000 ₽: после оплаты жилья остаётся [-−]5 000 ₽/,
    );
    await set('vacancy-weekly-hours', '72');
    expect(findings()).toEqual([
      ['termsFinding.housingCostsWage', 'danger'],
      ['termsFinding.hoursAboveNormalWeek', 'danger'],
      ['termsFinding.overtimeAboveYearlyLimit', 'danger'],
      ['termsFinding.hourlyWageBelowFloor', 'danger'],
    ]);
    expect(element().querySelector('[data-finding="termsFinding.hoursAboveNormalWeek"]')?.textContent).toContain('(Трудовой кодекс РФ, ст. 91)');
    await set('vacancy-meals', 'PAID');
    expect(findings()[1]).toEqual(['termsFinding.mealsCostNotStated', 'warning']);
    await set('vacancy-housing-cost-roubles', '2000');
    await set('vacancy-weekly-hours', '40');
    await set('vacancy-meals', 'FREE');
    expect(findings()).toEqual([]);
  });

  it('keeps the wage floor warning and the findings in view while another field is invalid', async () => {
    await open('/ru/employer/vacancies/new');
    await fillValid('20000');
    await set('vacancy-weekly-hours', '72');
    await set('vacancy-title', '');
    await set('vacancy-positions', 'много');
    await click('submit-for-review');
    backend.expectNone('/api/vacancies');
    const hint = () => element().querySelector('[data-testid="wage-floor"]');
    const shown = () => [hint()?.classList.contains('below'), hint()?.textContent?.includes('Зарплата ниже минимальной'), findings().length > 0];
    expect(shown()).toEqual([true, true, true]);
    expect(errors().map((e) => e?.replace(/\s/g, ' '))).toContain(
      'Зарплата ниже минимальной в этом регионе: нужно не меньше 39 730 ₽ (действует с 1 января 2026 г.).',
    );
    await set('vacancy-town', '');
    await set('vacancy-title', 'Каменщик');
    expect(shown()).toEqual([true, true, true]);
  });

  it('creates a draft, then opens it at its own address', async () => {
    await open('/ru/employer/vacancies/new');
    await fillValid();
    await click('save-draft');
    const create = backend.expectOne({ method: 'POST', url: '/api/vacancies' });
    expect(create.request.body).toMatchObject({ title: 'Каменщик на стройку', monthlyWageRoubles: 75000, insurance: true, housing: 'FREE' });
    expect(create.request.body).not.toHaveProperty('housingCostRoubles');
    create.flush(aVacancy({ id: 'v9' }), { status: 201, statusText: 'Created' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/ru/employer/vacancies/v9/edit');
    backend.expectOne('/api/vacancies/mine/v9').flush(aVacancy({ id: 'v9' }));
    backend.match('/api/reference/occupations').forEach((r) => r.flush(OCCUPATIONS));
    backend.expectOne('/api/companies/mine').flush(aCompany({ status: CompanyStatus.Verified }));
    await harness.fixture.whenStable();
    backend.expectOne('/api/vacancies/mine/v9/history').flush({ revisions: [], events: [] });
    await harness.fixture.whenStable();
    expect(element().querySelector('[data-testid="editor-notice"]')?.textContent).toContain('Сохранено');
    expect(element().querySelector<HTMLInputElement>('#vacancy-title')?.value).toBe('Каменщик на стройку жилого дома');
  });

  it('opens the vacancy to the countries the employer ticks, among those that verified the company', async () => {
    await open('/ru/employer/vacancies/new', aCompany({ status: CompanyStatus.Verified, verifiedCountries: ['KG', 'UZ'] }));
    const choices = Array.from(element().querySelectorAll<HTMLInputElement>('[data-testid="open-to"] input[type=checkbox]'));
    expect(choices.map((input) => [input.dataset['country'], input.checked])).toEqual([
      ['KG', true],
      ['UZ', true],
    ]);
    expect(element().querySelector('[data-testid="open-to"]')?.textContent).toContain('Узбекистан');
    await fillValid();
    await set('vacancy-open-to-KG', '');
    await click('save-draft');
    const create = backend.expectOne({ method: 'POST', url: '/api/vacancies' });
    expect(create.request.body).toMatchObject({ openTo: ['UZ'] });
    create.flush(aVacancy({ id: 'v8', openTo: ['UZ'] }), { status: 201, statusText: 'Created' });
    await harness.fixture.whenStable();
    backend.match('/api/vacancies/mine/v8').forEach((r) => r.flush(aVacancy({ id: 'v8', openTo: ['UZ'] })));
    backend.match('/api/reference/occupations').forEach((r) => r.flush(OCCUPATIONS));
    backend.match('/api/companies/mine').forEach((r) => r.flush(aCompany({ status: CompanyStatus.Verified, verifiedCountries: ['KG', 'UZ'] })));
    await harness.fixture.whenStable();
    backend.match('/api/vacancies/mine/v8/history').forEach((r) => r.flush({ revisions: [], events: [] }));
  });

  it('says that no country has verified the company yet instead of offering countries', async () => {
    await open('/ru/employer/vacancies/new', aCompany({ status: CompanyStatus.Pending }));
    expect(element().querySelectorAll('[data-testid="open-to"] input[type=checkbox]')).toHaveLength(0);
    expect(element().querySelector('[data-testid="open-to"]')?.textContent).toContain('Ни одна страна');
  });

  it('saves changes with the version, submits, and explains a stale version', async () => {
    await open('/ru/employer/vacancies/v1/edit');
    backend.expectOne('/api/vacancies/mine/v1').flush(aVacancy({ id: 'v1', version: 3 }));
    await harness.fixture.whenStable();
    backend.expectOne('/api/vacancies/mine/v1/history').flush({ revisions: [], events: [] });
    await set('vacancy-town', 'Зеленоград');
    await click('submit-for-review');
    const update = backend.expectOne({ method: 'PUT', url: '/api/vacancies/mine/v1' });
    expect(update.request.body).toMatchObject({ town: 'Зеленоград', version: 3 });
    update.flush(problemBody(409, 'vacancy.staleVersion'), { status: 409, statusText: 'Conflict' });
    await harness.fixture.whenStable();
    expect(element().querySelector('[role=alert]')?.textContent).toContain('Вакансию уже изменили');

    await click('submit-for-review');
    backend.expectOne({ method: 'PUT', url: '/api/vacancies/mine/v1' }).flush(aVacancy({ id: 'v1', version: 4, town: 'Зеленоград' }));
    const submit = backend.expectOne({ method: 'POST', url: '/api/vacancies/mine/v1/submit' });
    submit.flush(aVacancy({ id: 'v1', version: 4, town: 'Зеленоград', status: VacancyStatus.PendingReview }));
    await harness.fixture.whenStable();
    backend.expectOne('/api/vacancies/mine/v1/history').flush({ revisions: [], events: [] });
    await harness.fixture.whenStable();
    expect(element().querySelector('[data-testid="editor-notice"]')?.textContent).toContain('отправлена на проверку');
    expect(element().querySelector('[data-testid="submit-for-review"]')).toBeNull();
    expect(element().querySelector<HTMLInputElement>('#vacancy-town')?.disabled).toBe(true);
  });

  it('puts the API wage floor error under the wage, formatted', async () => {
    await open('/ru/employer/vacancies/v1/edit');
    backend.expectOne('/api/vacancies/mine/v1').flush(aVacancy({ id: 'v1' }));
    await harness.fixture.whenStable();
    backend.expectOne('/api/vacancies/mine/v1/history').flush({ revisions: [], events: [] });
    await click('submit-for-review');
    backend.expectOne({ method: 'POST', url: '/api/vacancies/mine/v1/submit' }).flush(
      problemBody(422, 'validation.failed', {
        errors: [
          { field: 'monthlyWageRoubles', code: 'wage.belowFloor', params: { floor: 80000, effectiveFrom: '2026-01-01', source: 'x' }, message: '' },
        ],
      }),
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await harness.fixture.whenStable();
    expect(errors()[0]?.replace(/\s/g, ' ')).toBe(
      'Зарплата ниже минимальной в этом регионе: нужно не меньше 80 000 ₽ (действует с 1 января 2026 г.).',
    );
  });

  it('notes on a published vacancy which changes send it back to review', async () => {
    await open('/ru/employer/vacancies/v1/edit');
    backend.expectOne('/api/vacancies/mine/v1').flush(aVacancy({ id: 'v1', status: VacancyStatus.Published }));
    await harness.fixture.whenStable();
    backend.expectOne('/api/vacancies/mine/v1/history').flush({ revisions: [], events: [] });
    const note = () => element().querySelector('[data-testid="material-note"]');
    expect(note()?.textContent).toContain('снова отправит вакансию на проверку');
    expect(note()?.querySelectorAll('.chip').length).toBe(0);
    await set('vacancy-positions', '40');
    expect(note()?.querySelectorAll('.chip').length).toBe(0);
    await set('vacancy-monthly-wage-roubles', '80000');
    await set('vacancy-town', 'Подольск');
    expect(Array.from(note()?.querySelectorAll('.chip') ?? [], (chip) => chip.textContent?.trim())).toEqual([
      'Город или посёлок',
      'Зарплата в месяц',
    ]);
    expect(element().querySelector('[data-testid="submit-for-review"]')).toBeNull();
  });

  it('previews the vacancy as a migrant sees it', async () => {
    await open('/ru/employer/vacancies/new');
    await fillValid();
    await click('preview-vacancy');
    const preview = element().querySelector('[data-testid="vacancy-preview"]');
    expect(preview?.querySelector('[data-testid="vacancy-card"]')?.textContent).toContain('Каменщик на стройку');
    expect(preview?.textContent).toContain('ООО «Строймонтаж»');
    expect(preview?.textContent).toContain('Работодатель оформляет добровольную медицинскую страховку');
  });
});
