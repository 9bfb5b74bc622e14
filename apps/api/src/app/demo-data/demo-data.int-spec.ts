import { DataSource } from 'typeorm';
import type {
  AccountView,
  AfterArrivalChecklistView,
  BatchDetailView,
  BatchQueueView,
  CandidateProfileView,
  MyApplicationView,
  Page,
  VacancySearchResult,
} from '@jumush/contracts';
import { DemoDataSeeder } from './demo-data.seeder';
import { DEMO_APPLICANTS, DEMO_BATCH_CANDIDATES, DEMO_HOME, DEMO_MIGRANTS } from './demo-journey';
import { DEMO_COMPANY, DEMO_VACANCIES } from './demo-vacancies';
import { DEMO_PASSWORD, startTestApi, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';

describe('demo data: every role can walk the whole journey at once (real PostgreSQL)', () => {
  let api: TestApi;

  const signIn = async (login: string) => {
    const session = await signInWithTwoFactor(api, login, DEMO_PASSWORD);
    expect(session.status).toBe(200);
    return session.body.accessToken;
  };

  beforeAll(async () => {
    api = await startTestApi();
    // Twice: seeding is safe to run on every start, and adds nothing the second time.
    await api.app.get(DemoDataSeeder).seed();
    await api.app.get(DemoDataSeeder).seed();
  });

  afterAll(async () => {
    await api.close();
  });

  it('gives the demo migrant a finished profile, ready, with consent, who can apply', async () => {
    const token = await signIn('+996555000001');
    const profile = await api.request<CandidateProfileView>('GET', '/api/candidates/me', { token });
    expect(profile.status).toBe(200);
    expect(JSON.stringify(profile.body)).toContain('TOKTOGULOV');
    expect(profile.body).toMatchObject({ readiness: expect.objectContaining({ percent: 100, ready: true }) });
    // Citizenship chosen and confirmed, as a registration leaves it: nothing stops the walk to ask for it.
    expect(profile.body.citizenship).toMatchObject({ code: 'KG', confirmed: true });
    const afterArrival = await api.request<AfterArrivalChecklistView>('GET', '/api/candidates/me/after-arrival', { token });
    expect([afterArrival.status, afterArrival.body.citizenship]).toEqual([200, 'KG']);

    const search = await api.request<VacancySearchResult>('GET', `/api/public/vacancies?q=${encodeURIComponent('Сварщик')}`);
    const vacancy = search.body.items.find((item) => item.title === DEMO_VACANCIES[0].title);
    expect(vacancy).toBeDefined();
    // Other tests share the database and may have applied as the demo migrant: a duplicate is the same success.
    const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${vacancy!.id}/applications`, { token, body: {} });
    expect([201, 409]).toContain(applied.status);
  });

  it.each([
    ['+998901000001', 'UZ', 'attache.uz@demo.jumush.kg', 'uz'],
    ['+992901000001', 'TJ', 'attache.tj@demo.jumush.kg', 'tg'],
  ])(
    'gives %s, a demo migrant of %s, a profile with consent and the demo vacancies to apply to; their attaché signs in',
    async (phone, country, attache, locale) => {
      const token = await signIn(phone);
      const profile = await api.request<CandidateProfileView>('GET', '/api/candidates/me', { token });
      expect(profile.body.citizenship).toMatchObject({ code: country, confirmed: true });
      expect(profile.body.consentVersion).not.toBeNull();
      // A home in their own country: every wizard step done, the checklist too.
      expect(profile.body.residenceRegionCode).toBe(DEMO_HOME[country as 'UZ' | 'TJ'].residenceRegionCode);
      expect(profile.body.residenceRegionCode?.startsWith(`${country}-`)).toBe(true);
      expect(profile.body.completedSteps).toEqual(expect.arrayContaining(['personal', 'residence', 'skills', 'passport', 'consent']));
      expect(profile.body.readiness).toMatchObject({ percent: 100, ready: true });
      // By its title, as the Kyrgyz migrant above: other suites' vacancies share the database and fill the first pages.
      const search = await api.request<VacancySearchResult>(
        'GET',
        `/api/public/vacancies?q=${encodeURIComponent('Сварщик')}&country=${country}&limit=50`,
      );
      const vacancy = search.body.items.find((item) => item.title === DEMO_VACANCIES[0].title);
      expect(vacancy).toBeDefined();
      const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${vacancy!.id}/applications`, { token, body: {} });
      expect([201, 409]).toContain(applied.status);

      const attacheToken = await signIn(attache);
      const me = await api.request<{ role: string; originCountry: string; locale: string }>('GET', '/api/auth/me', { token: attacheToken });
      expect(me.body).toMatchObject({ role: 'ATTACHE', originCountry: country, locale });
      // The Kyrgyz demo batch is not theirs.
      const [{ id }] = await api.app
        .get(DataSource)
        .query(`SELECT b.id FROM batches b JOIN vacancies v ON v.id = b.vacancy_id WHERE v.title = $1 AND b.origin_country = 'KG' LIMIT 1`, [
          DEMO_VACANCIES[1].title,
        ]);
      expect((await api.request('GET', `/api/batches/${id}`, { token: attacheToken })).status).toBe(404);
    },
  );

  it('gives a Kyrgyz attaché limited to St Petersburg and Leningrad oblast, who finds the demo batch in Podolsk nowhere', async () => {
    const token = await signIn('attache.spb@demo.jumush.kg');
    const me = await api.request<AccountView>('GET', '/api/auth/me', { token });
    expect(me.body).toMatchObject({ role: 'ATTACHE', originCountry: 'KG', coveredRegions: ['47', '78'] });
    const [{ id }] = await api.app
      .get(DataSource)
      .query(
        `SELECT b.id FROM batches b JOIN vacancies v ON v.id = b.vacancy_id JOIN companies c ON c.id = b.company_id WHERE c.inn = $1 AND v.title = $2`,
        [DEMO_COMPANY.inn, DEMO_VACANCIES[1].title],
      );
    expect((await api.request('GET', `/api/batches/${id}`, { token })).status).toBe(404);
    const queue = await api.request<BatchQueueView>('GET', '/api/attache/batches?pageSize=100', { token });
    expect(queue.body.items.map((batch) => batch.id)).not.toContain(id);
    expect(queue.body.items.every((batch) => ['47', '78'].includes(batch.vacancy.regionCode))).toBe(true);
  });

  it('confirms every demo migrant’s citizenship, also on a database seeded before the question existed', async () => {
    const dataSource = api.app.get(DataSource);
    const phones = DEMO_MIGRANTS.map((demo) => demo.phone);
    await dataSource.query(`UPDATE accounts SET citizenship_confirmed_at = NULL WHERE phone = ANY($1::text[])`, [phones]);
    await api.app.get(DemoDataSeeder).seed();
    const unconfirmed: unknown[] = await dataSource.query(
      `SELECT phone FROM accounts WHERE phone = ANY($1::text[]) AND citizenship_confirmed_at IS NULL`,
      [phones],
    );
    expect(unconfirmed).toEqual([]);
    const applicant = await api.request<CandidateProfileView>('GET', '/api/candidates/me', { token: await signIn(DEMO_BATCH_CANDIDATES[0].phone) });
    expect(applicant.body.citizenship).toMatchObject({ code: 'KG', confirmed: true });
  });

  it('opens the demo vacancies to the countries that verify the demo company later, and to nothing else', async () => {
    const dataSource = api.app.get(DataSource);
    // A database seeded when only Kyrgyzstan decided: Uzbekistan's decision pending, the vacancies open to KG alone.
    await dataSource.query(
      `UPDATE company_country_statuses s SET status = 'PENDING' FROM companies c WHERE c.id = s.company_id AND c.inn = $1 AND s.country = 'UZ'`,
      [DEMO_COMPANY.inn],
    );
    await dataSource.query(
      `UPDATE vacancies v SET open_to = '{KG}' FROM companies c WHERE c.id = v.company_id AND c.inn = $1 AND v.status = 'PUBLISHED'`,
      [DEMO_COMPANY.inn],
    );
    await api.app.get(DemoDataSeeder).seed();
    await api.app.get(DemoDataSeeder).seed();
    const openTo: Array<{ open_to: string[] }> = await dataSource.query(
      `SELECT DISTINCT v.open_to FROM vacancies v JOIN companies c ON c.id = v.company_id WHERE c.inn = $1 AND v.status = 'PUBLISHED'`,
      [DEMO_COMPANY.inn],
    );
    expect(openTo).toEqual([{ open_to: ['KG', 'UZ'] }]);
  });

  it('gives the Uzbek and Tajik demo migrants their home region, also on a database seeded before their regions existed', async () => {
    const dataSource = api.app.get(DataSource);
    const phones = DEMO_MIGRANTS.filter((demo) => demo.citizenship !== 'KG').map((demo) => demo.phone);
    await dataSource.query(
      `UPDATE candidate_profiles SET residence_region_code = NULL, residence_district_code = NULL
       WHERE account_id IN (SELECT id FROM accounts WHERE phone = ANY($1::text[]))`,
      [phones],
    );
    await api.app.get(DemoDataSeeder).seed();
    const homes: unknown[] = await dataSource.query(
      `SELECT a.origin_country, p.residence_region_code FROM accounts a JOIN candidate_profiles p ON p.account_id = a.id
       WHERE a.phone = ANY($1::text[]) ORDER BY a.origin_country`,
      [phones],
    );
    expect(homes).toEqual([
      { origin_country: 'TJ', residence_region_code: 'TJ-SU' },
      { origin_country: 'UZ', residence_region_code: 'UZ-SA' },
    ]);
  });

  it('gives the demo employer applicants to shortlist', async () => {
    const token = await signIn(DEMO_COMPANY.email);
    const [{ id }] = await api.app
      .get(DataSource)
      .query(`SELECT v.id FROM vacancies v JOIN companies c ON c.id = v.company_id WHERE c.inn = $1 AND v.title = $2`, [
        DEMO_COMPANY.inn,
        DEMO_VACANCIES[0].title,
      ]);
    const applicants = await api.request<Page<{ status: string }>>('GET', `/api/vacancies/mine/${id}/applications?pageSize=100`, { token });
    expect(applicants.status).toBe(200);
    expect(applicants.body.items.filter((item) => item.status === 'SUBMITTED').length).toBeGreaterThanOrEqual(DEMO_APPLICANTS.length);
  });

  it('gives the demo attaché a submitted batch to decide, and each demo applicant can sign in', async () => {
    const token = await signIn('attache@demo.jumush.kg');
    // Other tests share the database and fill the queue: find the demo batch, then open it as the attaché.
    const [{ id }] = await api.app
      .get(DataSource)
      .query(
        `SELECT b.id FROM batches b JOIN vacancies v ON v.id = b.vacancy_id JOIN companies c ON c.id = b.company_id WHERE c.inn = $1 AND v.title = $2`,
        [DEMO_COMPANY.inn, DEMO_VACANCIES[1].title],
      );
    const batch = await api.request<BatchDetailView>('GET', `/api/batches/${id}`, { token });
    expect(batch.body).toMatchObject({ status: 'SUBMITTED', candidateCount: DEMO_BATCH_CANDIDATES.length });
    const queue = await api.request<BatchQueueView>('GET', '/api/attache/batches?pageSize=1', { token });
    expect(queue.body.total).toBeGreaterThanOrEqual(1);
    for (const demo of [...DEMO_APPLICANTS, ...DEMO_BATCH_CANDIDATES]) await signIn(demo.phone);
  });
});
