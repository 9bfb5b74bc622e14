import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { HousingOption } from '@jumush/contracts/client';
import { NEXT_YEAR, OCCUPATIONS, aPublicVacancy, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { VacancyPage } from './vacancy-page';

describe('VacancyPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: ':lang/vacancies/:id', component: VacancyPage }], withComponentInputBinding()),
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
    backend.match('/api/reference/occupations').forEach((r) => r.flush(OCCUPATIONS));
    backend.verify();
  });

  /** The occupation names load when the details first render. */
  async function occupationsLoaded() {
    backend.match('/api/reference/occupations').forEach((r) => r.flush(OCCUPATIONS));
    await harness.fixture.whenStable();
  }

  const page = () => harness.routeNativeElement as HTMLElement;

  async function open(id: string) {
    await harness.navigateByUrl(`/ru/vacancies/${id}`);
    backend.match('/api/reference/occupations').forEach((r) => r.flush(OCCUPATIONS));
    await harness.fixture.whenStable();
  }

  it('shows the employer’s ratings in figures from 5 on, "not enough ratings yet" under, and links the company page', async () => {
    await open('v1');
    const vacancy = aPublicVacancy();
    backend.expectOne('/api/public/vacancies/v1').flush({ ...vacancy, companyRatings: { count: 4, shownFrom: 5, aggregate: null } });
    await harness.fixture.whenStable();
    await occupationsLoaded();
    expect(page().querySelector('[data-testid="ratings-not-enough"]')?.textContent?.trim()).toBe(
      'Оценок пока недостаточно: их показывают, когда их не меньше 5 (сейчас: 4).',
    );
    expect(page().querySelector('[data-testid="rating-average-housing"]')).toBeNull();
    expect(page().querySelector('[data-testid="company-page-link"]')?.getAttribute('href')).toBe(`/ru/companies/${vacancy.company.id}`);

    await open('v2');
    const aggregate = { count: 6, wageOnTime: 4.5, housing: 3, treatment: 4.2, recommendShare: 0.83 };
    backend.expectOne('/api/public/vacancies/v2').flush({ ...vacancy, id: 'v2', companyRatings: { count: 6, shownFrom: 5, aggregate } });
    await harness.fixture.whenStable();
    await occupationsLoaded();
    const figure = (id: string) => page().querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(figure('rating-average-wageOnTime')).toBe('4,5 из 5');
    expect(figure('rating-recommend-share')).toBe('83 %');
    expect(figure('ratings-count')).toBe('Оценок: 6');
    expect(page().querySelector('[data-testid="ratings-not-enough"]')).toBeNull();
  });

  it('tells every term in plain words, with the employer', async () => {
    await open('v1');
    backend.expectOne('/api/public/vacancies/v1').flush(aPublicVacancy({ housing: HousingOption.Paid, housingCostRoubles: 5000 }));
    await harness.fixture.whenStable();
    await occupationsLoaded();
    const text = page().textContent?.replace(/\s+/g, ' ') ?? '';
    expect(page().querySelector('h1')?.textContent).toBe('Каменщик на стройку жилого дома');
    expect(text).toContain('Каменщик');
    expect(text).toContain('75 000 ₽ в месяц до вычета налога');
    expect(text).toContain('оно стоит 5 000 ₽ в месяц');
    expect(text).toContain('Питание есть, но за свой счёт.');
    expect(text).toContain('6 месяцев');
    expect(text).toContain(`1 апреля ${NEXT_YEAR}`);
    expect(text).toContain('Работодатель оплачивает дорогу');
    expect(text).toContain('Начальный: знать простые слова и фразы.');
    expect(text).toContain('Не меньше 1 года');
    expect(text).toContain(`до 15 марта ${NEXT_YEAR} г. включительно`);
    expect(page().querySelector('[data-testid="remaining-positions"]')?.textContent).toContain('свободно 7 мест');
    const employer = page().querySelector('[data-testid="vacancy-employer"]');
    expect(employer?.textContent).toContain('ИНН 7707083893');
    expect(employer?.querySelector('[data-testid="verified-badge"]')).not.toBeNull();
  });

  it('copies the link when the phone has no share sheet', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await open('v1');
    backend.expectOne('/api/public/vacancies/v1').flush(aPublicVacancy());
    await harness.fixture.whenStable();
    page().querySelector<HTMLButtonElement>('[data-testid="share-vacancy"]')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    expect(writeText).toHaveBeenCalledWith(location.href);
    expect(page().textContent).toContain('Ссылка скопирована.');
  });

  it('saves the vacancy on this phone with one tap, and takes it back with another', async () => {
    localStorage.clear();
    await open('v1');
    backend.expectOne('/api/public/vacancies/v1').flush(aPublicVacancy({ id: 'v1' }));
    await harness.fixture.whenStable();
    const star = () => page().querySelector<HTMLButtonElement>('[data-testid="save-vacancy"]');
    expect(star()?.getAttribute('aria-pressed')).toBe('false');
    expect(star()?.textContent?.trim()).toBe('В избранное');
    star()?.click();
    await harness.fixture.whenStable();
    expect(star()?.getAttribute('aria-pressed')).toBe('true');
    expect(star()?.textContent?.trim()).toBe('В избранном');
    expect(JSON.parse(localStorage.getItem('jumush.savedVacancies') ?? '[]')).toEqual([
      expect.objectContaining({ id: 'v1', title: 'Каменщик на стройку жилого дома', companyName: 'ООО «Строймонтаж»' }),
    ]);
    star()?.click();
    await harness.fixture.whenStable();
    expect(star()?.getAttribute('aria-pressed')).toBe('false');
    expect(JSON.parse(localStorage.getItem('jumush.savedVacancies') ?? '[]')).toEqual([]);
  });

  it('says when the vacancy does not exist', async () => {
    await open('gone');
    backend.expectOne('/api/public/vacancies/gone').flush(problemBody(404, 'http.notFound'), { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="vacancy-not-found"]')?.textContent).toContain('Вакансия не найдена');
  });
});
