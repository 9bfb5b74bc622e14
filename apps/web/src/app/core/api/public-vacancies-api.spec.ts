import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aPublicVacancy, aSearchResult } from '../../testing/fixtures';
import { PublicVacanciesApi } from './public-vacancies-api';

describe('PublicVacanciesApi', () => {
  let api: PublicVacanciesApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(PublicVacanciesApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('searches with the given filters only', () => {
    api.search({ q: 'сварщик', region: '16', insurance: true, minWage: 60000, cursor: 'abc', limit: 20 }).subscribe();
    const request = backend.expectOne((r) => r.url === '/api/public/vacancies');
    expect(request.request.method).toBe('GET');
    const params = request.request.params;
    expect(params.keys()).toEqual(['q', 'region', 'insurance', 'minWage', 'cursor', 'limit']);
    expect(params.get('q')).toBe('сварщик');
    expect(params.get('insurance')).toBe('true');
    expect(params.get('minWage')).toBe('60000');
    request.flush(aSearchResult());
  });

  it('reads one vacancy', () => {
    api.get('v 1').subscribe();
    backend.expectOne({ method: 'GET', url: '/api/public/vacancies/v%201' }).flush(aPublicVacancy());
  });
});
