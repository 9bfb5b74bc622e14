/** The admin edits minimum wages (issue 15): field errors, audit, and the wage floor of vacancies follows at once. */
import { DataSource } from 'typeorm';
import { VacancyStatus } from '@jumush/domain';
import type { MinimumWageView, ProblemDetails, SessionView, WageFloorView } from '@jumush/contracts';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { employerWithVacancy } from '../../testing/factories';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';

// A region and a year no other suite uses: the table is shared by every suite of the run.
const REGION = '87';

describe('admin console: minimum wages (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let admin: SessionView;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    // Demo staff have two-factor on: their sign-in takes the second step with their seeded secret.
    admin = (await signInWithTwoFactor(api, 'admin@demo.jumush.kg', DEMO_PASSWORD)).body;
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (body: unknown, token = admin.accessToken) =>
    api.request<MinimumWageView & ProblemDetails>('POST', '/api/admin/reference/minimum-wages', { token, body });

  it('lists the shipped figures, each with its legal act and date', async () => {
    const list = await api.request<MinimumWageView[]>('GET', '/api/admin/reference/minimum-wages', { token: admin.accessToken });
    expect(list.status).toBe(200);
    expect(list.body).toContainEqual(
      expect.objectContaining({
        regionCode: null,
        monthlyRoubles: 27_093,
        effectiveFrom: '2026-01-01',
        source: 'Федеральный закон от 28.11.2025 № 429-ФЗ',
      }),
    );
  });

  it('adds a figure (audited) that the wage floor and a vacancy’s submission use at once; corrects it; refuses a second for the same date', async () => {
    const created = await post({
      regionCode: REGION,
      monthlyRoubles: 500_000,
      effectiveFrom: '2099-01-01',
      source: 'Соглашение о минимальной заработной плате на 2099 год',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ regionCode: REGION, monthlyRoubles: 500_000, effectiveFrom: '2099-01-01' });

    const floor = await api.request<WageFloorView>('GET', `/api/reference/wage-floor?region=${REGION}&date=2099-03-01`);
    // The vacancy editor's hint asks this on every change of region or date: no cache may keep an older figure.
    expect(floor.headers.get('cache-control')).toBe('no-cache');
    expect(floor.body).toMatchObject({
      monthlyRoubles: 500_000,
      regional: true,
      effectiveFrom: '2099-01-01',
      source: 'Соглашение о минимальной заработной плате на 2099 год',
    });

    const { employer, vacancy } = await employerWithVacancy(api, {
      status: VacancyStatus.Draft,
      regionCode: REGION,
      monthlyWageRoubles: 120_000,
      startDate: '2099-03-01',
      applicationDeadline: '2099-02-01',
      publishedAt: null,
    });
    const refused = await api.request<ProblemDetails>('POST', `/api/vacancies/mine/${vacancy.id}/submit`, { token: employer.accessToken });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toContainEqual(
      expect.objectContaining({ field: 'monthlyWageRoubles', code: 'wage.belowFloor', params: expect.objectContaining({ floor: 500_000 }) }),
    );

    const corrected = await api.request<MinimumWageView>('PUT', `/api/admin/reference/minimum-wages/${created.body.id}`, {
      token: admin.accessToken,
      body: {
        regionCode: REGION,
        monthlyRoubles: 100_000,
        effectiveFrom: '2099-01-01',
        source: 'Соглашение о минимальной заработной плате на 2099 год (исправлено)',
      },
    });
    expect([corrected.status, corrected.body.monthlyRoubles]).toEqual([200, 100_000]);
    expect((await api.request('POST', `/api/vacancies/mine/${vacancy.id}/submit`, { token: employer.accessToken })).status).toBe(200);

    const audit = await dataSource.query(
      `SELECT action, actor_id, data FROM audit_events WHERE subject_type = 'minimumWage' AND subject_id = $1 ORDER BY seq`,
      [created.body.id],
    );
    expect(audit.map((row: { action: string; actor_id: string }) => [row.action, row.actor_id])).toEqual([
      ['minimumWage.created', admin.account.id],
      ['minimumWage.updated', admin.account.id],
    ]);
    expect(audit[1].data).toMatchObject({ from: { monthlyRoubles: 500_000 }, to: { monthlyRoubles: 100_000 } });

    const again = await post({ regionCode: REGION, monthlyRoubles: 1_000, effectiveFrom: '2099-01-01', source: 'Ещё одно соглашение' });
    expect([again.status, again.body.errors?.[0]]).toEqual([409, expect.objectContaining({ field: 'effectiveFrom', code: 'wage.duplicate' })]);
  });

  it('answers field errors for each bad field', async () => {
    const bad = await post({ regionCode: '00', monthlyRoubles: 0, effectiveFrom: '2099-02-30', source: 'x' });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors?.map((error) => error.field))].sort()).toEqual(['effectiveFrom', 'monthlyRoubles', 'regionCode', 'source']);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'effectiveFrom', code: 'wage.invalidDate' }));
    const early = await post({ regionCode: null, monthlyRoubles: 5_000, effectiveFrom: '2019-01-01', source: 'Федеральный закон' });
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'effectiveFrom', code: 'wage.tooEarly' })]);
    const missing = await api.request<ProblemDetails>('PUT', `/api/admin/reference/minimum-wages/00000000-0000-4000-8000-000000000000`, {
      token: admin.accessToken,
      body: { regionCode: null, monthlyRoubles: 5_000, effectiveFrom: '2098-01-01', source: 'Федеральный закон' },
    });
    expect(missing.status).toBe(404);
  });

  it('is for admins only', async () => {
    const migrant = await registerAndLogin(api);
    const attache = (await signInWithTwoFactor(api, 'attache@demo.jumush.kg', DEMO_PASSWORD)).body;
    for (const token of [migrant.accessToken, attache.accessToken]) {
      expect((await api.request('GET', '/api/admin/reference/minimum-wages', { token })).status).toBe(403);
      expect((await post({ regionCode: REGION, monthlyRoubles: 1, effectiveFrom: '2098-06-01', source: 'Попытка' }, token)).status).toBe(403);
    }
    expect((await api.request('GET', '/api/admin/reference/minimum-wages')).status).toBe(401);
  });
});
