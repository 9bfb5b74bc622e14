/** Per-country decisions on employers: each attaché for their own citizens, reliance on another country, the admin's global block. */
import { DataSource } from 'typeorm';
import type {
  CompanyCountryDetailView,
  CompanyDetailView,
  CompanyView,
  Page,
  ProblemDetails,
  VacancySearchResult,
  VerificationQueueItem,
} from '@jumush/contracts';
import { CompanyStatus, Role } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { readyMigrantOf } from '../../testing/migrants';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { employerWithCompany, publishedVacancy, staffSession, type EmployerSession, type Session } from '../vacancies/testing/vacancy-factories';

describe('per-country verification of employers (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let kgAttache: Session;
  let uzAttache: Session;
  let admin: Session;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    kgAttache = await staffSession(api, Role.Attache, 'KG');
    uzAttache = await staffSession(api, Role.Attache, 'UZ');
    admin = await staffSession(api, Role.Admin);
  });

  afterAll(async () => {
    await api.close();
  });

  const inCountry = (company: CompanyView, country: string) => company.countries.find((row) => row.country === country);
  const decide = (token: string, companyId: string, decision: string, body: Record<string, unknown> = {}) =>
    api.request<CompanyView & ProblemDetails>('POST', `/api/verification/companies/${companyId}/${decision}`, { token, body });
  /** The stored suspension categories: each country's, and the admin's block's. */
  const categoriesOf = async (companyId: string) => {
    const rows = await queryRows<{ country: string; category: string | null; blocked: string | null }>(
      dataSource.manager,
      `SELECT s.country::text AS country, s.suspension_category AS category, c.blocked_category AS blocked
         FROM company_country_statuses s JOIN companies c ON c.id = s.company_id WHERE s.company_id = $1`,
      [companyId],
    );
    return { ...Object.fromEntries(rows.map((row) => [row.country, row.category])), blocked: rows[0]?.blocked ?? null };
  };
  const applicationOf = async (applicationId: string) =>
    (
      await queryRows<{ status: string; status_reason: string | null }>(
        dataSource.manager,
        'SELECT status, status_reason FROM applications WHERE id = $1',
        [applicationId],
      )
    )[0];
  const apply = async (token: string, vacancyId: string) => {
    const response = await api.request<{ id: string } & ProblemDetails>('POST', `/api/vacancies/${vacancyId}/applications`, { token, body: {} });
    return response;
  };
  const searchIds = async (country?: string) => {
    const response = await api.request<VacancySearchResult>('GET', `/api/public/vacancies?limit=50${country ? `&country=${country}` : ''}`);
    expect(response.status).toBe(200);
    return response.body.items.map((item) => item.id);
  };

  /** A company verified in Kyrgyzstan and Uzbekistan with one published vacancy open to both. */
  async function verifiedInKgAndUz(): Promise<{ employer: EmployerSession; vacancyId: string }> {
    const employer = await employerWithCompany(api, CompanyStatus.Verified, undefined, ['KG', 'UZ']);
    await dataSource.query(`INSERT INTO company_country_statuses (company_id, country, status) VALUES ($1, 'TJ', 'PENDING')`, [employer.companyId]);
    const vacancy = await publishedVacancy(api, employer, kgAttache);
    expect(vacancy.openTo).toEqual(['KG', 'UZ']);
    return { employer, vacancyId: vacancy.id };
  }

  it("lets each country's attaché decide for their own citizens, and verify in one click relying on another country's verification", async () => {
    const employer = await employerWithCompany(api, CompanyStatus.Pending);
    const companyId = employer.companyId;

    const verified = await decide(kgAttache.token, companyId, 'verify');
    expect(verified.status).toBe(200);
    expect(verified.body.countries.map((row) => [row.country, row.status])).toEqual([
      ['KG', 'VERIFIED'],
      ['TJ', 'PENDING'],
      ['UZ', 'PENDING'],
    ]);

    const uzQueue = await api.request<Page<VerificationQueueItem>>('GET', '/api/verification/companies?status=PENDING&pageSize=100', {
      token: uzAttache.token,
    });
    expect(uzQueue.body.items.filter((item) => item.id === companyId)).toEqual([expect.objectContaining({ country: 'UZ', status: 'PENDING' })]);
    expect(uzQueue.body.items.every((item) => item.country === 'UZ')).toBe(true);
    const kgPending = await api.request<Page<VerificationQueueItem>>('GET', '/api/verification/companies?status=PENDING&pageSize=100', {
      token: kgAttache.token,
    });
    expect(kgPending.body.items.some((item) => item.id === companyId)).toBe(false);

    const detail = await api.request<CompanyDetailView>('GET', `/api/verification/companies/${companyId}`, { token: uzAttache.token });
    expect(detail.body).toMatchObject({ ownCountry: 'UZ', reliableCountries: ['KG'] });

    const onPending = await decide(uzAttache.token, companyId, 'rely', { country: 'TJ' });
    expect(onPending.status).toBe(422);
    expect(onPending.body.errors?.[0]).toMatchObject({ field: 'country', code: 'company.relianceNotVerified' });
    const onOwn = await decide(uzAttache.token, companyId, 'rely', { country: 'UZ' });
    expect(onOwn.body.errors?.[0]).toMatchObject({ field: 'country', code: 'company.relianceOnOwnCountry' });

    const relied = await decide(uzAttache.token, companyId, 'rely', { country: 'KG' });
    expect(relied.status).toBe(200);
    expect(inCountry(relied.body, 'UZ')).toMatchObject({ status: 'VERIFIED', reliedOnCountry: 'KG' });
    expect(relied.body.verifiedCountries).toEqual(['KG', 'UZ']);
    expect((await decide(uzAttache.token, companyId, 'rely', { country: 'KG' })).status).toBe(409);

    const uzDecision = await api.request<CompanyCountryDetailView>('GET', `/api/verification/companies/${companyId}/countries/UZ`, {
      token: uzAttache.token,
    });
    expect(uzDecision.status).toBe(200);
    expect(uzDecision.body.history.map((event) => [event.action, event.data['reliedOnCountry']])).toEqual([['company.verify', 'KG']]);
    // Another country's decision does not exist for an attaché.
    expect((await api.request('GET', `/api/verification/companies/${companyId}/countries/KG`, { token: uzAttache.token })).status).toBe(404);
    expect((await api.request('GET', `/api/verification/companies/${companyId}/countries/KG`, { token: admin.token })).status).toBe(200);
    // Verifying is a country's decision: the admin has none.
    expect((await decide(admin.token, companyId, 'reject', { reason: 'Нет документов' })).body.code).toBe('transition.actorNotAllowed');
  });

  it("suspends for one country: closes only its citizens' open applications and hides the vacancies from them; reinstatement reopens what still can be", async () => {
    const { employer, vacancyId } = await verifiedInKgAndUz();
    const second = await publishedVacancy(api, employer, kgAttache, { title: 'Монтажник каркасов' });
    const kgMigrant = await readyMigrantOf(api, 'KG');
    const uzMigrant = await readyMigrantOf(api, 'UZ');
    const uzOther = await readyMigrantOf(api, 'UZ');
    const kgApplication = (await apply(kgMigrant.accessToken, vacancyId)).body.id;
    const uzApplication = (await apply(uzMigrant.accessToken, vacancyId)).body.id;
    const uzOnSecond = (await apply(uzOther.accessToken, second.id)).body.id;
    expect(await searchIds('UZ')).toContain(vacancyId);

    // A suspension says its category: none, or one not in the list, is refused on the field.
    for (const category of [undefined, 'fraud']) {
      const refused = await decide(uzAttache.token, employer.companyId, 'suspend', { reason: 'Жалобы граждан Узбекистана', category });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.map((error) => error.field)).toEqual(['category']);
    }
    const suspended = await decide(uzAttache.token, employer.companyId, 'suspend', {
      reason: 'Жалобы граждан Узбекистана',
      category: 'passportRetention',
    });
    expect(suspended.status).toBe(200);
    expect(await categoriesOf(employer.companyId)).toMatchObject({ UZ: 'passportRetention', KG: null, blocked: null });
    const [audited] = await queryRows<{ data: { category?: string } }>(
      dataSource.manager,
      `SELECT data FROM audit_events WHERE action = 'company.suspend' AND subject_id = $1`,
      [employer.companyId],
    );
    expect(audited?.data.category).toBe('passportRetention');
    expect(suspended.body.verifiedCountries).toEqual(['KG']);
    expect(await applicationOf(uzApplication)).toEqual({ status: 'CLOSED', status_reason: 'employerSuspended' });
    expect(await applicationOf(uzOnSecond)).toEqual({ status: 'CLOSED', status_reason: 'employerSuspended' });
    expect(await applicationOf(kgApplication)).toEqual({ status: 'SUBMITTED', status_reason: null });
    expect(await searchIds('UZ')).not.toContain(vacancyId);
    expect(await searchIds('KG')).toContain(vacancyId);
    expect(await searchIds()).toContain(vacancyId);
    const late = await readyMigrantOf(api, 'UZ');
    expect((await apply(late.accessToken, vacancyId)).body.code).toBe('application.employerSuspended');

    // The second vacancy closes meanwhile: its application cannot come back.
    expect((await api.request('POST', `/api/vacancies/mine/${second.id}/withdraw`, { token: employer.token })).status).toBe(200);
    const reinstated = await decide(uzAttache.token, employer.companyId, 'reinstate', { reason: 'Жалобы рассмотрены' });
    expect(reinstated.status).toBe(200);
    expect(await categoriesOf(employer.companyId)).toMatchObject({ UZ: null, KG: null, blocked: null });
    expect(await applicationOf(uzApplication)).toEqual({ status: 'SUBMITTED', status_reason: 'employerReinstated' });
    expect(await applicationOf(uzOnSecond)).toEqual({ status: 'CLOSED', status_reason: 'employerSuspended' });
    expect(await applicationOf(kgApplication)).toEqual({ status: 'SUBMITTED', status_reason: null });
    expect(await searchIds('UZ')).toContain(vacancyId);
    const timeline = await queryRows<{ from_status: string; to_status: string; actor_role: string; reason: string }>(
      dataSource.manager,
      'SELECT from_status, to_status, actor_role, reason FROM application_events WHERE application_id = $1 ORDER BY created_at, id',
      [uzApplication],
    );
    expect(timeline.slice(-2)).toEqual([
      { from_status: 'SUBMITTED', to_status: 'CLOSED', actor_role: 'SYSTEM', reason: 'employerSuspended' },
      { from_status: 'CLOSED', to_status: 'SUBMITTED', actor_role: 'SYSTEM', reason: 'employerReinstated' },
    ]);
  });

  it("blocks everywhere at once by the admin's decision, and lifts the block the same way", async () => {
    const { employer, vacancyId } = await verifiedInKgAndUz();
    const kgApplication = (await apply((await readyMigrantOf(api, 'KG')).accessToken, vacancyId)).body.id;
    const uzApplication = (await apply((await readyMigrantOf(api, 'UZ')).accessToken, vacancyId)).body.id;

    expect((await decide(admin.token, employer.companyId, 'suspend', {})).status).toBe(400);
    const blocked = await decide(admin.token, employer.companyId, 'suspend', { reason: 'Поддельные документы', category: 'documentsInvalid' });
    expect(blocked.status).toBe(200);
    expect(blocked.body.blocked).toMatchObject({ reason: 'Поддельные документы' });
    expect((await categoriesOf(employer.companyId)).blocked).toBe('documentsInvalid');
    expect(blocked.body.verifiedCountries).toEqual([]);
    // The countries' own decisions stand: the block is above them.
    expect(inCountry(blocked.body, 'KG')?.status).toBe('VERIFIED');
    expect((await applicationOf(kgApplication))?.status).toBe('CLOSED');
    expect((await applicationOf(uzApplication))?.status).toBe('CLOSED');
    expect(await searchIds('KG')).not.toContain(vacancyId);
    expect(await searchIds()).not.toContain(vacancyId);
    expect((await decide(admin.token, employer.companyId, 'suspend', { reason: 'Ещё раз', category: 'other' })).body.code).toBe('transition.illegal');

    const lifted = await decide(admin.token, employer.companyId, 'reinstate', { reason: 'Документы подтверждены' });
    expect(lifted.body.blocked).toBeNull();
    expect((await categoriesOf(employer.companyId)).blocked).toBeNull();
    expect((await applicationOf(kgApplication))?.status).toBe('SUBMITTED');
    expect((await applicationOf(uzApplication))?.status).toBe('SUBMITTED');
    expect(await searchIds('UZ')).toContain(vacancyId);
  });
});
