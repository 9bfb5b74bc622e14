import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aVacancy } from '../../testing/fixtures';
import { VacancyReviewsApi } from './vacancy-reviews-api';

describe('VacancyReviewsApi', () => {
  let api: VacancyReviewsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(VacancyReviewsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads the review queue and one vacancy', () => {
    api.queue({ page: 3, pageSize: 20 }).subscribe();
    const request = backend.expectOne((r) => r.url === '/api/vacancy-reviews');
    expect(request.request.params.toString()).toBe('page=3&pageSize=20');
    request.flush({ items: [], total: 0, page: 3, pageSize: 20 });
    api.get('v1').subscribe();
    backend.expectOne({ method: 'GET', url: '/api/vacancy-reviews/v1' }).flush(aVacancy());
  });

  it('publishes and rejects with a reason', () => {
    api.publish('v1').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/vacancy-reviews/v1/publish' }).flush(aVacancy());
    api.reject('v1', 'Жильё не описано').subscribe();
    const reject = backend.expectOne({ method: 'POST', url: '/api/vacancy-reviews/v1/reject' });
    expect(reject.request.body).toEqual({ reason: 'Жильё не описано' });
    reject.flush(aVacancy());
  });
});
