/** A vacancy is open to the countries its employer chose among those that verified it; applying and search follow. */
import type { ProblemDetails, VacancyReviewItem, VacancySearchResult, VacancyView, Page } from '@jumush/contracts';
import { CompanyStatus, Role } from '@jumush/domain';
import { readyMigrantOf } from '../../testing/migrants';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { createVacancy, employerWithCompany, publishedVacancy, staffSession, vacancyTerms, type Session } from './testing/vacancy-factories';

describe('vacancies open to chosen countries (real PostgreSQL)', () => {
  let api: TestApi;
  let kgAttache: Session;
  let uzAttache: Session;
  let tjAttache: Session;

  beforeAll(async () => {
    api = await startTestApi();
    kgAttache = await staffSession(api, Role.Attache, 'KG');
    uzAttache = await staffSession(api, Role.Attache, 'UZ');
    tjAttache = await staffSession(api, Role.Attache, 'TJ');
  });

  afterAll(async () => {
    await api.close();
  });

  const searchIds = async (country?: string) =>
    (await api.request<VacancySearchResult>('GET', `/api/public/vacancies?limit=50${country ? `&country=${country}` : ''}`)).body.items.map(
      (item) => item.id,
    );

  it('lets the employer choose among the countries that verified the company, and refuses the others on the field', async () => {
    const employer = await employerWithCompany(api, CompanyStatus.Verified, undefined, ['KG', 'UZ']);
    const refused = await api.request<ProblemDetails>('POST', '/api/vacancies', {
      token: employer.token,
      body: vacancyTerms({ openTo: ['KG', 'TJ'] }),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.[0]).toMatchObject({ field: 'openTo', code: 'vacancy.openToNotVerified', params: { countries: 'TJ' } });
    const empty = await api.request<ProblemDetails>('POST', '/api/vacancies', { token: employer.token, body: vacancyTerms({ openTo: [] }) });
    expect(empty.body.errors?.[0]).toMatchObject({ field: 'openTo', code: 'vacancy.openToEmpty' });
    // Which countries the exchange takes is data: a well-formed code no country verified the company for is refused
    // on the field like TJ above; a malformed one by validation.
    const unknown = await api.request<ProblemDetails>('POST', '/api/vacancies', { token: employer.token, body: vacancyTerms({ openTo: ['RU'] }) });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors?.[0]).toMatchObject({ field: 'openTo', code: 'vacancy.openToNotVerified', params: { countries: 'RU' } });
    const malformed = await api.request<ProblemDetails>('POST', '/api/vacancies', { token: employer.token, body: vacancyTerms({ openTo: ['kg1'] }) });
    expect(malformed.status).toBe(400);

    const chosen = await createVacancy(api, employer, { openTo: ['UZ'] });
    expect(chosen.openTo).toEqual(['UZ']);
    const byDefault = await createVacancy(api, employer);
    expect(byDefault.openTo).toEqual(['KG', 'UZ']);
    const changed = await api.request<VacancyView>('PUT', `/api/vacancies/mine/${byDefault.id}`, {
      token: employer.token,
      body: { ...vacancyTerms(), openTo: ['KG'], version: byDefault.version },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.openTo).toEqual(['KG']);
  });

  it('sends a published vacancy back to review when it opens to a country whose attaché never saw it; narrowing needs none', async () => {
    const employer = await employerWithCompany(api, CompanyStatus.Verified, undefined, ['KG', 'UZ']);
    const published = await publishedVacancy(api, employer, kgAttache, { openTo: ['KG'] });
    const save = (openTo: string[], version: number) =>
      api.request<VacancyView>('PUT', `/api/vacancies/mine/${published.id}`, { token: employer.token, body: { ...vacancyTerms(), openTo, version } });
    const widened = await save(['KG', 'UZ'], published.version);
    expect([widened.status, widened.body.status, widened.body.openTo]).toEqual([200, 'PENDING_REVIEW', ['KG', 'UZ']]);
    expect(await searchIds('KG')).not.toContain(published.id);
    const republished = await api.request<VacancyView>('POST', `/api/vacancy-reviews/${published.id}/publish`, { token: uzAttache.token });
    expect(republished.body.status).toBe('PUBLISHED');
    const narrowed = await save(['UZ'], republished.body.version);
    expect([narrowed.status, narrowed.body.status, narrowed.body.openTo]).toEqual([200, 'PUBLISHED', ['UZ']]);
  });

  it("shows each attaché the vacancies open to their country for review (another's is not found)", async () => {
    const employer = await employerWithCompany(api, CompanyStatus.Verified);
    const draft = await createVacancy(api, employer, { openTo: ['UZ'] });
    expect((await api.request('POST', `/api/vacancies/mine/${draft.id}/submit`, { token: employer.token })).status).toBe(200);
    const queueOf = async (session: Session) =>
      (await api.request<Page<VacancyReviewItem>>('GET', '/api/vacancy-reviews?pageSize=100', { token: session.token })).body.items.map(
        (item) => item.id,
      );
    expect(await queueOf(uzAttache)).toContain(draft.id);
    expect(await queueOf(kgAttache)).not.toContain(draft.id);
    expect((await api.request('GET', `/api/vacancy-reviews/${draft.id}`, { token: kgAttache.token })).status).toBe(404);
    expect((await api.request('POST', `/api/vacancy-reviews/${draft.id}/publish`, { token: kgAttache.token })).status).toBe(404);
    expect((await api.request('POST', `/api/vacancy-reviews/${draft.id}/publish`, { token: uzAttache.token })).status).toBe(200);
  });

  it("refuses an application from a country the vacancy is not open to (409), and searches each country's vacancies", async () => {
    const employer = await employerWithCompany(api, CompanyStatus.Verified);
    const vacancy = await publishedVacancy(api, employer, kgAttache, { openTo: ['KG', 'TJ'] });
    const uzMigrant = await readyMigrantOf(api, 'UZ');
    const refused = await api.request<ProblemDetails>('POST', `/api/vacancies/${vacancy.id}/applications`, {
      token: uzMigrant.accessToken,
      body: {},
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'application.notOpenToCountry', params: { country: 'UZ', countries: 'KG, TJ' } });
    expect(refused.body.errors?.[0]).toMatchObject({ field: 'citizenship', code: 'application.notOpenToCountry' });
    const tjMigrant = await readyMigrantOf(api, 'TJ');
    expect((await api.request('POST', `/api/vacancies/${vacancy.id}/applications`, { token: tjMigrant.accessToken, body: {} })).status).toBe(201);

    expect(await searchIds('UZ')).not.toContain(vacancy.id);
    expect(await searchIds('TJ')).toContain(vacancy.id);
    expect(await searchIds()).toContain(vacancy.id);
    // Open to Tajikistan: the Tajik attaché sees it too, published or not.
    expect((await api.request('GET', `/api/vacancy-reviews/${vacancy.id}`, { token: tjAttache.token })).status).toBe(200);
  });
});
