import type { OccupationView, ProblemDetails, RegionView, WageFloorView } from '@jumush/contracts';
import { SEED_OCCUPATIONS as OCCUPATIONS, RUSSIAN_REGIONS } from '@jumush/domain';
import { startTestApi, type TestApi } from '../../testing/test-api';

describe('reference data (public)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('lists every Russian region, named in Russian by default and in English on request, cacheable for an hour', async () => {
    const ru = await api.request<RegionView[]>('GET', '/api/reference/regions');
    expect(ru.status).toBe(200);
    expect(ru.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(ru.body).toHaveLength(RUSSIAN_REGIONS.length);
    expect(ru.body).toContainEqual({
      code: '77',
      name: 'Москва',
      nameEn: 'Moscow',
    });
    const names = ru.body.map((region) => region.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru')));

    const en = await api.request<RegionView[]>('GET', '/api/reference/regions?lang=en');
    expect(en.body).toContainEqual({
      code: '16',
      name: 'Republic of Tatarstan',
      nameEn: 'Republic of Tatarstan',
    });
    const ky = await api.request<RegionView[]>('GET', '/api/reference/regions?lang=ky');
    expect(ky.body).toContainEqual({
      code: '77',
      name: 'Москва',
      nameEn: 'Moscow',
    });
  });

  it('refuses an unknown language or parameter with field errors', async () => {
    const response = await api.request<ProblemDetails>('GET', '/api/reference/regions?lang=fr&x=1');
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.field).sort()).toEqual(['lang', 'x']);
  });

  it('lists the occupations with their names in every product language', async () => {
    const response = await api.request<OccupationView[]>('GET', '/api/reference/occupations');
    expect(response.status).toBe(200);
    // The admin edits the list: kept minutes, not an hour.
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.body).toHaveLength(OCCUPATIONS.length);
    expect(response.body).toContainEqual({
      code: '7212',
      sector: 'CONSTRUCTION',
      names: { ky: 'Ширетүүчү', ru: 'Сварщик', uz: 'Payvandchi', tg: 'Кафшеркор', en: 'Welder' },
      active: true,
    });
  });

  it('gives the wage floor of a region on a date: the regional minimum where higher, else the federal one', async () => {
    const moscow = await api.request<WageFloorView>('GET', '/api/reference/wage-floor?region=77&date=2026-03-01');
    expect(moscow.status).toBe(200);
    expect(moscow.headers.get('cache-control')).toBe('no-cache');
    expect(moscow.body).toMatchObject({
      regionCode: '77',
      date: '2026-03-01',
      regional: true,
      monthlyRoubles: expect.any(Number),
      effectiveFrom: expect.any(String),
      source: expect.any(String),
    });

    const federal = await api.request<WageFloorView>('GET', '/api/reference/wage-floor?region=08&date=2026-03-01');
    expect(federal.body).toMatchObject({
      regionCode: '08',
      monthlyRoubles: 27_093,
      regional: false,
      effectiveFrom: '2026-01-01',
    });
    expect(moscow.body.monthlyRoubles).toBeGreaterThan(federal.body.monthlyRoubles);

    // No region chosen yet (the vacancy editor's first hint): the federal МРОТ.
    const noRegion = await api.request<WageFloorView>('GET', '/api/reference/wage-floor?date=2026-03-01');
    expect(noRegion.status).toBe(200);
    expect(noRegion.body).toMatchObject({ regionCode: null, monthlyRoubles: 27_093, regional: false, effectiveFrom: '2026-01-01' });
  });

  it('answers 404 wage.noFloor before the table starts, and 400 with field errors for a bad query', async () => {
    const old = await api.request<ProblemDetails>('GET', '/api/reference/wage-floor?region=77&date=2019-05-01');
    expect(old.status).toBe(404);
    expect(old.body.code).toBe('wage.noFloor');

    const bad = await api.request<ProblemDetails>('GET', '/api/reference/wage-floor?region=00&date=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'region', code: 'region.unknown' }),
        expect.objectContaining({ field: 'date', code: 'date.format' }),
      ]),
    );
    const missing = await api.request<ProblemDetails>('GET', '/api/reference/wage-floor');
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.map((error) => error.field)).toEqual(['date']);
  });
});
