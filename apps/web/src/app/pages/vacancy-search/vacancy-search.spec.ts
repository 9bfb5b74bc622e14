import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { OCCUPATIONS, aPublicVacancy, aSearchResult } from '../../testing/fixtures';
import { flushOriginCountries } from '../../testing/origin-countries';
import { useRealTranslations } from '../../testing/translations';
import { QUERY_DEBOUNCE_MS, VacancySearch } from './vacancy-search';

describe('VacancySearch page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/vacancies', component: VacancySearch }], withComponentInputBinding()),
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
    jest.useRealTimers();
    backend.verify();
  });

  const searches = (): TestRequest[] => backend.match((r) => r.url === '/api/public/vacancies');
  const element = () => harness.routeNativeElement as HTMLElement;
  const url = () => decodeURIComponent(TestBed.inject(Router).url);

  async function open(path = '/ru/vacancies') {
    await harness.navigateByUrl(path);
    backend.match('/api/reference/occupations').forEach((r) => r.flush(OCCUPATIONS));
    flushOriginCountries(backend);
    await harness.fixture.whenStable();
  }

  it('shows the result cards with the count, and the wage first', async () => {
    await open();
    const [request] = searches();
    expect(request.request.params.toString()).toBe('limit=20');
    request.flush(aSearchResult({ total: 21, items: [aPublicVacancy(), aPublicVacancy({ id: 'v2', monthlyWageRoubles: 60000 })] }));
    await harness.fixture.whenStable();
    const cards = element().querySelectorAll('[data-testid="vacancy-card"]');
    expect(cards.length).toBe(2);
    expect(cards[0].querySelector('.amount')?.textContent?.replace(/\s/g, ' ')).toBe('75 000 ₽');
    expect(cards[0].textContent).toContain('Москва, Москва');
    expect(cards[0].textContent).toContain('Жильё бесплатно');
    expect(cards[0].textContent).toContain('6 месяцев');
    expect(cards[0].querySelector('[data-testid="verified-badge"]')).not.toBeNull();
    expect(cards[0].querySelector('a')?.getAttribute('href')).toBe('/ru/vacancies/vacancy-1');
    expect(element().querySelector('[data-testid="search-total"]')?.textContent?.trim()).toBe('21 вакансия');
  });

  it('reads the filters from the URL and sends them to the API', async () => {
    await open('/ru/vacancies?q=повар&region=16&insurance=true&housing=provided&sort=wage');
    const [request] = searches();
    expect(request.request.params.get('q')).toBe('повар');
    expect(request.request.params.get('region')).toBe('16');
    expect(request.request.params.get('insurance')).toBe('true');
    expect(request.request.params.get('housing')).toBe('provided');
    expect(request.request.params.get('sort')).toBe('wage');
    request.flush(aSearchResult());
    await harness.fixture.whenStable();
    expect(element().querySelector<HTMLInputElement>('#search-q')?.value).toBe('повар');
    expect(element().querySelector<HTMLSelectElement>('#search-region')?.value).toBe('16');
    expect(element().querySelector<HTMLInputElement>('#search-insurance')?.checked).toBe(true);
  });

  it('offers the origin countries the API lists in the country filter, and sends the one in the URL', async () => {
    await open('/ru/vacancies?country=TJ');
    const [request] = searches();
    expect(request.request.params.get('country')).toBe('TJ');
    request.flush(aSearchResult());
    await harness.fixture.whenStable();
    const select = element().querySelector<HTMLSelectElement>('#search-country');
    expect(Array.from(select?.options ?? []).map((option) => [option.value, option.textContent?.trim()])).toEqual([
      ['', 'Все страны'],
      ['KG', 'Кыргызстан'],
      ['TJ', 'Таджикистан'],
      ['UZ', 'Узбекистан'],
    ]);
    expect(select?.value).toBe('TJ');
  });

  it('waits for typing to pause before searching, and keeps the search in the URL', async () => {
    await open();
    searches()[0].flush(aSearchResult());
    await harness.fixture.whenStable();
    jest.useFakeTimers();
    const input = element().querySelector<HTMLInputElement>('#search-q');
    if (!input) throw new Error('no search box');
    for (const text of ['с', 'св', 'сва']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      jest.advanceTimersByTime(100);
    }
    expect(url()).toBe('/ru/vacancies');
    jest.advanceTimersByTime(QUERY_DEBOUNCE_MS);
    jest.useRealTimers();
    await harness.fixture.whenStable();
    expect(url()).toBe('/ru/vacancies?q=сва');
    const requests = searches();
    expect(requests.length).toBe(1);
    expect(requests[0].request.params.get('q')).toBe('сва');
    requests[0].flush(aSearchResult());
  });

  it('changes a filter through the URL', async () => {
    await open();
    searches()[0].flush(aSearchResult());
    await harness.fixture.whenStable();
    const region = element().querySelector<HTMLSelectElement>('#search-region');
    if (!region) throw new Error('no region select');
    expect(Array.from(region.options).find((o) => o.value === '77')?.textContent).toContain('(1)');
    region.value = '77';
    region.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(url()).toBe('/ru/vacancies?region=77');
    searches()[0].flush(aSearchResult());
  });

  it('returns focus to the filters button when the filter panel is closed', async () => {
    await open();
    searches()[0].flush(aSearchResult());
    await harness.fixture.whenStable();
    document.body.appendChild(harness.fixture.nativeElement);
    const toggle = element().querySelector<HTMLButtonElement>('.filters-toggle');
    toggle?.click();
    await harness.fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const done = element().querySelector<HTMLButtonElement>('.filters .done');
    done?.focus();
    done?.click();
    await harness.fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    harness.fixture.nativeElement.remove();
  });

  it('loads more with the cursor and appends', async () => {
    await open();
    searches()[0].flush(aSearchResult({ total: 2, nextCursor: 'page-2' }));
    await harness.fixture.whenStable();
    element().querySelector<HTMLButtonElement>('[data-testid="load-more"]')?.click();
    const [more] = searches();
    expect(more.request.params.get('cursor')).toBe('page-2');
    more.flush(aSearchResult({ total: 2, items: [aPublicVacancy({ id: 'v2' })], nextCursor: null }));
    await harness.fixture.whenStable();
    expect(element().querySelectorAll('[data-testid="vacancy-card"]').length).toBe(2);
    expect(element().querySelector('[data-testid="load-more"]')).toBeNull();
  });

  it('says when nothing matches and clears the filters', async () => {
    await open('/ru/vacancies?region=16');
    searches()[0].flush(aSearchResult({ items: [], total: 0 }));
    await harness.fixture.whenStable();
    const empty = element().querySelector('[data-testid="search-empty"]');
    expect(empty?.textContent).toContain('Нет подходящих вакансий');
    empty?.querySelector('button')?.click();
    await harness.fixture.whenStable();
    expect(url()).toBe('/ru/vacancies');
    searches()[0].flush(aSearchResult());
  });

  it('offers a retry when the search fails', async () => {
    await open();
    searches()[0].flush(null, { status: 0, statusText: 'Unknown Error' });
    await harness.fixture.whenStable();
    const problem = element().querySelector('[data-testid="load-problem"]');
    expect(problem?.textContent).toContain('Нет соединения');
    problem?.querySelector('button')?.click();
    await harness.fixture.whenStable();
    searches()[0].flush(aSearchResult());
    await harness.fixture.whenStable();
    expect(element().querySelectorAll('[data-testid="vacancy-card"]').length).toBe(1);
  });
});
