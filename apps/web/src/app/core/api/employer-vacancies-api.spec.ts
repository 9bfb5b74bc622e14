import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { VacancyStatus, type VacancyTermsDto } from '@jumush/contracts/client';
import { aVacancy, someTerms } from '../../testing/fixtures';
import { EmployerVacanciesApi } from './employer-vacancies-api';

describe('EmployerVacanciesApi', () => {
  let api: EmployerVacanciesApi;
  let backend: HttpTestingController;
  const terms = someTerms() as VacancyTermsDto;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(EmployerVacanciesApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists the own vacancies by status and page', () => {
    api.list({ status: VacancyStatus.Draft, page: 2, pageSize: 20 }).subscribe();
    const request = backend.expectOne((r) => r.url === '/api/vacancies/mine');
    expect(request.request.params.toString()).toBe('status=DRAFT&page=2&pageSize=20');
    request.flush({ items: [], total: 0, page: 2, pageSize: 20, counts: {} });
  });

  it('leaves the status out for all vacancies', () => {
    api.list({ status: null, page: 1, pageSize: 20 }).subscribe();
    const request = backend.expectOne((r) => r.url === '/api/vacancies/mine');
    expect(request.request.params.has('status')).toBe(false);
    request.flush({ items: [], total: 0, page: 1, pageSize: 20, counts: {} });
  });

  it('creates, reads and updates with the version', () => {
    api.create(terms).subscribe();
    const create = backend.expectOne({ method: 'POST', url: '/api/vacancies' });
    expect(create.request.body).toEqual(terms);
    create.flush(aVacancy(), { status: 201, statusText: 'Created' });

    api.get('v1').subscribe();
    backend.expectOne({ method: 'GET', url: '/api/vacancies/mine/v1' }).flush(aVacancy());

    api.update('v1', terms, 3).subscribe();
    const update = backend.expectOne({ method: 'PUT', url: '/api/vacancies/mine/v1' });
    expect(update.request.body).toEqual({ ...terms, version: 3 });
    update.flush(aVacancy({ version: 4 }));
  });

  it('submits, withdraws and reads the history', () => {
    api.submit('v1').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/vacancies/mine/v1/submit' }).flush(aVacancy());
    api.withdraw('v1').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/vacancies/mine/v1/withdraw' }).flush(aVacancy());
    api.history('v1').subscribe();
    backend.expectOne({ method: 'GET', url: '/api/vacancies/mine/v1/history' }).flush({ revisions: [], events: [] });
  });
});
