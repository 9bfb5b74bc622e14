import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { OCCUPATIONS, problemBody } from '../../testing/fixtures';
import { ReferenceApi } from './reference-api';

describe('ReferenceApi', () => {
  let api: ReferenceApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ReferenceApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('loads the occupations once and shares them', () => {
    const first = jest.fn();
    const second = jest.fn();
    api.occupations().subscribe(first);
    api.occupations().subscribe(second);
    backend.expectOne({ method: 'GET', url: '/api/reference/occupations' }).flush(OCCUPATIONS);
    api.occupations().subscribe(second);
    backend.expectNone('/api/reference/occupations');
    expect(first).toHaveBeenCalledWith(OCCUPATIONS);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('does not cache a failure', () => {
    api.occupations().subscribe({ error: () => undefined });
    backend.expectOne('/api/reference/occupations').flush(null, { status: 503, statusText: 'Unavailable' });
    const next = jest.fn();
    api.occupations().subscribe(next);
    backend.expectOne('/api/reference/occupations').flush(OCCUPATIONS);
    expect(next).toHaveBeenCalledWith(OCCUPATIONS);
  });

  it('asks for the wage floor of a region on a date', () => {
    const error = jest.fn();
    api.wageFloor('77', '2026-04-01').subscribe({ error });
    const request = backend.expectOne((r) => r.url === '/api/reference/wage-floor');
    expect(request.request.params.get('region')).toBe('77');
    expect(request.request.params.get('date')).toBe('2026-04-01');
    request.flush(problemBody(404, 'wage.noFloor'), { status: 404, statusText: 'Not Found' });
    expect(error).toHaveBeenCalled();
  });

  it('asks for the federal floor when no region is chosen', () => {
    api.wageFloor(null, '2026-04-01').subscribe();
    const request = backend.expectOne((r) => r.url === '/api/reference/wage-floor');
    expect(request.request.params.has('region')).toBe(false);
    expect(request.request.params.get('date')).toBe('2026-04-01');
    request.flush({ regionCode: null, date: '2026-04-01', monthlyRoubles: 27093, regional: false, effectiveFrom: '2026-01-01', source: 'x' });
  });
});
