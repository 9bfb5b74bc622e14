import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { OCCUPATIONS, aSearchResult } from '../../testing/fixtures';
import { flushOriginCountries } from '../../testing/origin-countries';
import { useRealTranslations } from '../../testing/translations';
import { VacancySearch } from './vacancy-search';

/** On a phone the filter panel is closed at first: its controls are rendered when it is opened, not at start-up. */
describe('VacancySearch page on a phone', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const listeners: Array<(event: { matches: boolean }) => void> = [];

  beforeEach(async () => {
    listeners.length = 0;
    window.matchMedia = jest.fn((query: string) => ({
      matches: false,
      media: query,
      addEventListener: (_: string, listener: (event: { matches: boolean }) => void) => listeners.push(listener),
      removeEventListener: jest.fn(),
    })) as unknown as typeof window.matchMedia;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/vacancies', component: VacancySearch }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/ru/vacancies?region=16');
    backend.match('/api/reference/occupations').forEach((request) => request.flush(OCCUPATIONS));
    backend.match((request) => request.url === '/api/public/vacancies').forEach((request) => request.flush(aSearchResult()));
    await harness.fixture.whenStable();
  });

  afterEach(() => {
    delete (window as { matchMedia?: unknown }).matchMedia;
    backend.verify();
  });

  const element = () => harness.routeNativeElement as HTMLElement;

  it('renders the filters when the panel is opened, with the values from the URL, and keeps them', async () => {
    expect(window.matchMedia).toHaveBeenCalledWith('(min-width: 900px)');
    expect(element().querySelector('#search-region')).toBeNull();
    expect(element().querySelector('.filters-toggle .count-badge')?.textContent?.trim()).toBe('1');

    element().querySelector<HTMLButtonElement>('.filters-toggle')?.click();
    await harness.fixture.whenStable();
    flushOriginCountries(backend);
    await harness.fixture.whenStable();
    expect(element().querySelector<HTMLSelectElement>('#search-region')?.value).toBe('16');
    expect(element().querySelectorAll('#search-country option').length).toBe(4);

    element().querySelector<HTMLButtonElement>('.filters .done')?.click();
    await harness.fixture.whenStable();
    expect(element().querySelector('#search-region')).not.toBeNull();
  });

  it('renders them when the screen becomes wide (the panel is then beside the results)', async () => {
    for (const listener of listeners) listener({ matches: true });
    await harness.fixture.whenStable();
    flushOriginCountries(backend);
    await harness.fixture.whenStable();
    expect(element().querySelector('#search-region')).not.toBeNull();
    expect(element().querySelectorAll('#search-country option').length).toBe(4);
  });
});
