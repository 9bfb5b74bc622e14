import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import {
  CompanyStatus,
  HousingOption,
  MealsOption,
  VacancyRegionWarning,
  VacancyStatus,
  VacancyTermsFindingCode,
  vacancyTermsFindings,
  wageFloorFor,
  type VacancyReviewView,
  type WageFloorView,
} from '@jumush/contracts/client';
import { OCCUPATIONS, aVacancy } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { AttacheVacancy } from './attache-vacancy';

describe('AttacheVacancy page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/attache/vacancies/:id', component: AttacheVacancy }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.match('/api/reference/occupations').forEach((r) => r.flush(OCCUPATIONS));
    backend.match((r) => r.url === '/api/reference/wage-floor');
    backend.verify();
  });

  /** The API's floor for a region and date: by default the shipped table, as a fresh database holds it. */
  const shippedFloor = (region: string | null, date: string): WageFloorView | null => {
    const floor = wageFloorFor(region, date);
    return floor && { regionCode: region, date, ...floor };
  };
  async function answerFloors(table = shippedFloor) {
    for (const request of backend.match((r) => r.url === '/api/reference/wage-floor').filter((r) => !r.cancelled)) {
      const floor = table(request.request.params.get('region'), request.request.params.get('date') ?? '');
      if (floor) request.flush(floor);
      else request.flush({ status: 404, code: 'wage.noFloor', title: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    }
    await harness.fixture.whenStable();
  }

  const page = () => harness.routeNativeElement as HTMLElement;
  const review = (overrides: Partial<VacancyReviewView> = {}): VacancyReviewView => ({
    ...aVacancy({ id: 'r1', status: VacancyStatus.PendingReview }),
    submittedAt: '2026-02-12T09:00:00.000Z',
    reviewDueAt: null,
    overdue: false,
    company: { id: 'company-1', legalName: 'ООО «Строймонтаж»', inn: '7707083893', status: CompanyStatus.Verified, verifiedCountries: ['KG'] },
    regionWarnings: [],
    termsFindings: [],
    history: {
      revisions: [],
      events: [{ action: 'vacancy.submit', actorRole: 'EMPLOYER', reason: null, data: {}, createdAt: '2026-02-12T09:00:00.000Z' }],
    },
    ...overrides,
  });

  async function open(vacancy: VacancyReviewView, floors = shippedFloor) {
    await harness.navigateByUrl('/ru/attache/vacancies/r1');
    backend.match('/api/reference/occupations').forEach((r) => r.flush(OCCUPATIONS));
    backend.expectOne('/api/vacancy-reviews/r1').flush(vacancy);
    await harness.fixture.whenStable();
    await answerFloors(floors);
  }

  it('checks the wage against the floor of the region on the start date', async () => {
    await open(review({ monthlyWageRoubles: 20000 }));
    const check = page().querySelector('[data-testid="wage-floor-check"]');
    expect(check?.classList.contains('bad')).toBe(true);
    expect(check?.textContent?.replace(/\s+/g, ' ')).toMatch(/Зарплата 20 000 ₽ ниже минимума \d+ \d{3} ₽ на дату начала работы/);
    expect(page().querySelector('[data-testid="company-check"]')?.classList.contains('bad')).toBe(false);
    expect(page().querySelector('[data-testid="audit-trail"]')?.textContent).toContain('Отправлена на проверку');
  });

  it('checks the wage against the floor the API answers (an admin’s edit), not the shipped table’s', async () => {
    const vacancy = review({ monthlyWageRoubles: 80000 });
    expect(wageFloorFor(vacancy.regionCode, vacancy.startDate)?.monthlyRoubles).toBeLessThan(80000);
    await open(vacancy, (region, date) => ({
      regionCode: region,
      date,
      monthlyRoubles: 91000,
      regional: true,
      effectiveFrom: '2026-03-01',
      source: 'Соглашение от 20.02.2026',
    }));
    const check = page().querySelector('[data-testid="wage-floor-check"]');
    expect(check?.classList.contains('bad')).toBe(true);
    expect(check?.textContent?.replace(/\s+/g, ' ')).toContain('ниже минимума 91 000 ₽');
  });

  it('shows 35 000 ₽ housing against a 30 000 ₽ wage and 72 hours a week as red warnings with their figures and law, not as green ticks', async () => {
    const terms = {
      regionCode: '66',
      monthlyWageRoubles: 30_000,
      meals: MealsOption.Free,
      housing: HousingOption.Paid,
      housingCostRoubles: 35_000,
      weeklyHours: 72,
      contractMonths: 6,
    };
    const vacancy = review(terms);
    // The findings the API sends: the same domain function.
    await open({ ...vacancy, termsFindings: vacancyTermsFindings(vacancy) });
    const findings = Array.from(page().querySelectorAll('[data-testid="terms-finding"]'));
    const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(
      findings.map((node) => [node.getAttribute('data-finding'), node.getAttribute('data-severity'), node.classList.contains('danger')]),
    ).toEqual([
      ['termsFinding.housingCostsWage', 'danger', true],
      ['termsFinding.hoursAboveNormalWeek', 'danger', true],
      ['termsFinding.overtimeAboveYearlyLimit', 'danger', true],
      ['termsFinding.hourlyWageBelowFloor', 'danger', true],
    ]);
    expect(text(findings[0])).toMatch(/Нарушение: Жильё стоит 35 000 ₽ в месяц, а зарплата — 30 000 ₽: после оплаты жилья остаётся [-−]5 000 ₽\./);
    expect(text(findings[1])).toContain(
      '72 ч в неделю — на 32 ч больше нормальной продолжительности рабочего времени, 40 ч в неделю (Трудовой кодекс РФ, ст. 91)',
    );
    expect(text(findings[2])).toContain('120 ч в год (Трудовой кодекс РФ, ст. 99), будет превышен на 4-й неделе');
    expect(text(findings[3])).toMatch(/за час работы платят 96,15 ₽ — меньше минимума за час нормальной недели, \d+,\d\d ₽/);
    // The wage alone is above the floor, but it is no longer ticked green.
    const wage = page().querySelector('[data-testid="wage-floor-check"]');
    expect(wage?.classList.contains('bad')).toBe(true);
    expect(wage?.querySelector('.mark')?.textContent?.trim()).toBe('!');
  });

  it('ticks an honest wage green and shows no finding', async () => {
    await open(review({ monthlyWageRoubles: 120_000 }));
    expect(page().querySelector('[data-testid="terms-finding"]')).toBeNull();
    const wage = page().querySelector('[data-testid="wage-floor-check"]');
    expect([wage?.classList.contains('bad'), wage?.querySelector('.mark')?.textContent?.trim()]).toEqual([false, '✓']);
  });

  it('shows an amber warning for meals charged at a cost the vacancy does not state', async () => {
    await open(review({ termsFindings: [{ code: VacancyTermsFindingCode.MealsCostNotStated, severity: 'warning', params: {}, source: null }] }));
    const finding = page().querySelector('[data-testid="terms-finding"]');
    expect([finding?.classList.contains('danger'), finding?.textContent]).toEqual([false, expect.stringContaining('Внимание: Питание платное')]);
  });

  it('warns of the Far North coefficient and of a region annexed from Ukraine, and of nothing elsewhere', async () => {
    await open(review({ regionCode: '87', regionWarnings: [VacancyRegionWarning.FarNorth] }));
    const warnings = () => Array.from(page().querySelectorAll('[data-testid="region-warning"]')).map((node) => node.getAttribute('data-warning'));
    expect(warnings()).toEqual(['region.farNorth']);
    expect(page().querySelector('[data-testid="region-warning"]')?.textContent).toContain('районный коэффициент');
  });

  it('flags a vacancy in an annexed region for the attaché', async () => {
    await open(review({ regionCode: '91', regionWarnings: [VacancyRegionWarning.AnnexedFromUkraine] }));
    expect(page().querySelector('[data-testid="region-warning"]')?.textContent).toContain('решение о такой вакансии принимает атташе');
  });

  it('shows no region warning for Moscow', async () => {
    await open(review());
    expect(page().querySelector('[data-testid="region-warning"]')).toBeNull();
  });

  it('publishes after a confirmation', async () => {
    await open(review());
    page().querySelector<HTMLButtonElement>('[data-testid="publish-vacancy"]')?.click();
    await harness.fixture.whenStable();
    document.querySelector<HTMLButtonElement>('.cdk-overlay-container [data-testid="confirm-decision"]')?.click();
    backend.expectOne({ method: 'POST', url: '/api/vacancy-reviews/r1/publish' }).flush(aVacancy({ id: 'r1', status: VacancyStatus.Published }));
    await harness.fixture.whenStable();
    backend.expectOne('/api/vacancy-reviews/r1').flush(review({ status: VacancyStatus.Published }));
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="decision-done"]')?.textContent).toContain('Вакансия опубликована.');
    expect(page().querySelector('[data-testid="publish-vacancy"]')).toBeNull();
  });
});
