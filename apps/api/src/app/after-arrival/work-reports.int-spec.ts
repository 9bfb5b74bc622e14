/**
 * Promised versus actual, fee reports and red flags through the real API and PostgreSQL: the promise is the terms
 * frozen at approval; a fee alerts the responsible attaché in the report's transaction; a red-flag rule trips at
 * exactly its threshold (not below) and puts the employer under review with the evidence; the attaché suspends in
 * one action through the existing suspension. Access: another migrant, an employer, another country's attaché.
 */
import { DataSource } from 'typeorm';
import {
  CURRENT_CONSENT_VERSION,
  type CompanyAfterArrivalView,
  type CompanyView,
  type IntermediaryView,
  type MyApplicationView,
  type PromisedVsActualView,
} from '@jumush/contracts';
import { queryRows } from '@jumush/server/database';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';

describe('after arrival: promised versus actual, fee reports and red flags (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  const tokens: Record<string, string> = {};
  const signIn = async (login: string) => (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body.accessToken;

  type Employer = Awaited<ReturnType<typeof employerWithVacancy>>;

  /** A Kyrgyz migrant arrived at `setup`'s vacancy (a fresh employer's unless given), approved with frozen terms. */
  async function arrivedMigrant(setup?: Employer, region = '16') {
    const job = setup ?? (await employerWithVacancy(api, { regionCode: region, monthlyWageRoubles: 60_000, weeklyHours: 40 }));
    const migrant = await registerAndLogin(api);
    const put = (step: string, body: unknown) => api.request('PUT', `/api/candidates/me/${step}`, { token: migrant.accessToken, body });
    await put('personal', PERSONAL);
    await put('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
    await put('skills', SKILLS);
    await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${job.vacancy.id}/applications`, {
      token: migrant.accessToken,
      body: {},
    });
    expect(applied.status).toBe(201);
    const applicationId = applied.body.id;
    // Approved in a decided batch that froze the terms as they stood (the wage 60 000, 40 hours a week).
    const [batch] = await queryRows<{ id: string }>(
      dataSource.manager,
      `INSERT INTO batches (vacancy_id, company_id, origin_country, created_by, version, decided_at, decided_terms)
       SELECT v.id, v.company_id, 'KG', $2, 1, now(), jsonb_build_object('vacancy', to_jsonb(v)) FROM vacancies v WHERE v.id = $1 RETURNING id`,
      [job.vacancy.id, job.employer.account.id],
    );
    await dataSource.query(`INSERT INTO batch_items (batch_id, application_id, open, decision) VALUES ($1, $2, false, 'APPROVED')`, [
      batch.id,
      applicationId,
    ]);
    await dataSource.query(`UPDATE applications SET status = 'APPROVED' WHERE id = $1`, [applicationId]);
    const token = migrant.accessToken;
    for (const move of ['depart', 'arrive'])
      expect((await api.request('POST', `/api/applications/mine/${applicationId}/${move}`, { token, body: {} })).status).toBe(200);
    return { ...job, migrant, token, applicationId };
  }

  const fee = (token: string, applicationId: string, overrides: Record<string, unknown> = {}) =>
    api.request<PromisedVsActualView>('POST', '/api/work-reports/fees', {
      token,
      body: {
        applicationId,
        amountRoubles: 15_000,
        state: 'paid',
        intermediaryName: 'Бакыт',
        intermediaryPhone: '+996 555 123 456',
        happenedOn: '2026-11-01',
        ...overrides,
      },
    });
  const terms = (token: string, applicationId: string, overrides: Record<string, unknown> = {}) =>
    api.request<PromisedVsActualView>('POST', '/api/work-reports/terms', {
      token,
      body: { applicationId, monthlyWageRoubles: 45_000, weeklyHours: 60, housing: 'worse', contract: 'asSigned', ...overrides },
    });
  const companyView = (token: string, companyId: string) =>
    api.request<CompanyAfterArrivalView>('GET', `/api/attache/companies/${companyId}/after-arrival`, { token });
  const flagsOf = (companyId: string) =>
    queryRows<{ id: string; rule_code: string; status: string; evidence: Array<{ id: string }>; created_at: Date }>(
      dataSource.manager,
      `SELECT id, rule_code, status, evidence, created_at FROM red_flags WHERE company_id = $1 ORDER BY created_at`,
      [companyId],
    );

  beforeAll(async () => {
    api = await startTestApi({ CHECK_IN_DAYS: '3,30,90' });
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    for (const login of ['attache@demo.jumush.kg', 'attache.uz@demo.jumush.kg', 'admin@demo.jumush.kg']) tokens[login] = await signIn(login);
  });

  afterAll(async () => {
    await api.close();
  });

  it('compares the report with the terms frozen at approval, not with the vacancy edited since', async () => {
    const { token, applicationId, vacancy } = await arrivedMigrant();
    // The employer raises the advertised wage after the approval: the promise to this migrant stays 60 000.
    await dataSource.query(`UPDATE vacancies SET monthly_wage_roubles = 90000 WHERE id = $1`, [vacancy.id]);
    const before = await api.request<PromisedVsActualView>('GET', `/api/work-reports/applications/${applicationId}`, { token });
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ open: true, promised: { monthlyWageRoubles: 60_000, weeklyHours: 40 }, termsReports: [], feeReports: [] });
    const reported = await terms(token, applicationId, { monthlyWageRoubles: 60_000, weeklyHours: 40, housing: 'asDescribed' });
    expect(reported.status).toBe(201);
    expect(reported.body.termsReports[0].differences).toEqual([]);
    const worse = await terms(token, applicationId, { contract: 'substituted' });
    expect(worse.body.termsReports[0].differences).toEqual(['wageBelow', 'hoursAbove', 'housingWorse', 'contractSubstituted']);
    const [audit] = await queryRows<{ n: number }>(
      dataSource.manager,
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'workReport.terms' AND subject_id = ANY($1::text[])`,
      [worse.body.termsReports.map((report) => report.id)],
    );
    expect(audit.n).toBe(2);
  });

  it('refuses bad input field by field, a job not reached yet (409), and another migrant’s job (404)', async () => {
    const { token, applicationId } = await arrivedMigrant();
    const bad = await api.request<{ errors: Array<{ field: string }> }>('POST', '/api/work-reports/fees', {
      token,
      body: { applicationId, amountRoubles: -5, state: 'maybe', intermediaryName: '', happenedOn: 'yesterday' },
    });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((error) => error.field))].sort()).toEqual(['amountRoubles', 'happenedOn', 'intermediaryName', 'state']);
    const future = await fee(token, applicationId, { happenedOn: '2999-01-01' });
    expect(future.status).toBe(400);
    const stranger = await registerAndLogin(api);
    expect((await api.request('GET', `/api/work-reports/applications/${applicationId}`, { token: stranger.accessToken })).status).toBe(404);
    expect((await fee(stranger.accessToken, applicationId)).status).toBe(404);
    await dataSource.query(`UPDATE applications SET status = 'DEPARTED' WHERE id = $1`, [applicationId]);
    const early = await terms(token, applicationId);
    expect(early.status).toBe(409);
    expect((early.body as unknown as { code: string }).code).toBe('workReport.notArrived');
  });

  it('a fee alerts the responsible attaché in the report’s transaction and flags the employer at exactly two reports in 90 days', async () => {
    const first = await arrivedMigrant();
    const second = await arrivedMigrant(first);
    const [kgAttache] = await queryRows<{ id: string }>(dataSource.manager, `SELECT id FROM accounts WHERE email = 'attache@demo.jumush.kg'`);

    const one = await fee(first.token, first.applicationId);
    expect(one.status).toBe(201);
    const reportId = one.body.feeReports[0].id;
    const [stored] = await queryRows<{ created_at: Date }>(dataSource.manager, `SELECT created_at FROM work_reports WHERE id = $1`, [reportId]);
    const [alert] = await queryRows<{ recipient_ids: string[]; payload: Record<string, unknown>; created_at: Date }>(
      dataSource.manager,
      `SELECT recipient_ids, payload, created_at FROM outbox_messages WHERE topic = 'work_report.fee' AND aggregate_id = $1`,
      [reportId],
    );
    expect(alert.recipient_ids).toContain(kgAttache.id);
    expect(alert.payload).toMatchObject({ companyId: first.company.id, amountRoubles: 15_000, intermediaryName: 'Бакыт' });
    // now() is the transaction's start: the report and its notification share it.
    expect(alert.created_at).toEqual(stored.created_at);
    // One fee report is below the threshold: no flag.
    expect(await flagsOf(first.company.id)).toEqual([]);

    const two = await fee(second.token, second.applicationId, { amountRoubles: 20_000, state: 'demanded' });
    expect(two.status).toBe(201);
    const [flag] = await flagsOf(first.company.id);
    expect(flag).toMatchObject({ rule_code: 'fees90', status: 'UNDER_REVIEW' });
    expect(flag.evidence.map((item) => item.id).sort()).toEqual([reportId, two.body.feeReports[0].id].sort());
    const [raised] = await queryRows<{ recipient_ids: string[]; payload: Record<string, unknown>; created_at: Date }>(
      dataSource.manager,
      `SELECT recipient_ids, payload, created_at FROM outbox_messages WHERE topic = 'red_flag.raised' AND aggregate_id = $1`,
      [flag.id],
    );
    expect(raised.recipient_ids).toContain(kgAttache.id);
    expect(raised.payload).toMatchObject({ companyId: first.company.id, signal: 'fee', evidenceCount: 2 });
    expect(raised.created_at).toEqual(flag.created_at);
    const audits = await queryRows<{ action: string }>(
      dataSource.manager,
      `SELECT action FROM audit_events WHERE subject_id = $1 AND action LIKE 'redFlag.%'`,
      [first.company.id],
    );
    expect(audits.map((row) => row.action)).toEqual(['redFlag.raised']);

    // A third report adds its evidence to the open flag: still one flag, one alert.
    await fee(first.token, first.applicationId, { amountRoubles: 5_000 });
    const flags = await flagsOf(first.company.id);
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence).toHaveLength(3);
    const [alerts] = await queryRows<{ n: number }>(
      dataSource.manager,
      `SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'red_flag.raised' AND aggregate_id = $1`,
      [flag.id],
    );
    expect(alerts.n).toBe(1);
  });

  it('a fee report older than 90 days does not count towards the rule', async () => {
    const first = await arrivedMigrant();
    const one = await fee(first.token, first.applicationId);
    await dataSource.query(`UPDATE work_reports SET created_at = now() - interval '91 days' WHERE id = $1`, [one.body.feeReports[0].id]);
    await fee(first.token, first.applicationId);
    expect(await flagsOf(first.company.id)).toEqual([]);
  });

  it('three reports not as promised trip their rule, two do not; a report as promised never counts', async () => {
    const first = await arrivedMigrant();
    await terms(first.token, first.applicationId);
    await terms(first.token, first.applicationId, { monthlyWageRoubles: 60_000, weeklyHours: 40, housing: 'asDescribed' });
    await terms(first.token, first.applicationId, { housing: 'none' });
    expect(await flagsOf(first.company.id)).toEqual([]);
    await terms(first.token, first.applicationId, { contract: 'none' });
    const [flag] = await flagsOf(first.company.id);
    expect(flag).toMatchObject({ rule_code: 'notAsPromised90', status: 'UNDER_REVIEW' });
    expect(flag.evidence).toHaveLength(3);
    const view = await companyView(tokens['attache@demo.jumush.kg'], first.company.id);
    expect(view.body).toMatchObject({
      termsReports: 4,
      differences: { wageBelow: 3, hoursAbove: 3, housingWorse: 2, housingNone: 1, contractNone: 1 },
    });
  });

  it('a held passport (a check-in "no") flags the employer at once; the attaché sees the evidence and suspends in one action', async () => {
    const first = await arrivedMigrant();
    const [day3] = await queryRows<{ id: string }>(dataSource.manager, `SELECT id FROM check_ins WHERE application_id = $1 AND day = 3`, [
      first.applicationId,
    ]);
    const answered = await api.request('POST', `/api/check-ins/${day3.id}/answers`, {
      token: first.token,
      body: { question: 'passport', answer: 'no' },
    });
    expect(answered.status).toBe(200);
    const [flag] = await flagsOf(first.company.id);
    expect(flag).toMatchObject({ rule_code: 'passportHeld', status: 'UNDER_REVIEW' });
    const [grievance] = await queryRows<{ id: string }>(dataSource.manager, `SELECT id FROM grievances WHERE check_in_id = $1`, [day3.id]);
    expect(flag.evidence.map((item) => item.id)).toEqual([grievance.id]);
    await fee(first.token, first.applicationId, { intermediaryName: 'Чёрный Вербовщик', intermediaryPhone: '' });

    const kg = tokens['attache@demo.jumush.kg'];
    const view = await companyView(kg, first.company.id);
    expect(view.status).toBe(200);
    expect(view.body.redFlags).toHaveLength(1);
    expect(view.body.redFlags[0]).toMatchObject({ ruleCode: 'passportHeld', signal: 'passportHeld', status: 'UNDER_REVIEW' });
    expect(view.body.redFlags[0].evidence[0]).toMatchObject({ kind: 'grievance', id: grievance.id });
    expect(view.body.feeReports[0]).toMatchObject({ intermediaryName: 'Чёрный Вербовщик', intermediaryPhone: null });
    // Never who reported: no migrant, candidate or application in what the attaché reads about the employer.
    expect(JSON.stringify(view.body)).not.toContain(first.applicationId);
    expect(JSON.stringify(view.body)).not.toContain(first.migrant.account.id);
    const intermediaries = await api.request<IntermediaryView[]>('GET', '/api/attache/intermediaries', { token: kg });
    expect(intermediaries.body.find((row) => row.name === 'Чёрный Вербовщик')).toMatchObject({ reports: 1, companies: [{ id: first.company.id }] });

    // Access: an employer has no route; the Uzbek attaché sees no Kyrgyz flag and cannot act on it (404).
    const uz = tokens['attache.uz@demo.jumush.kg'];
    expect((await companyView(first.employer.accessToken, first.company.id)).status).toBe(403);
    expect((await api.request('GET', '/api/attache/intermediaries', { token: first.employer.accessToken })).status).toBe(403);
    expect((await companyView(uz, first.company.id)).body).toMatchObject({ redFlags: [], feeReports: [], termsReports: 0 });
    expect((await api.request('POST', `/api/attache/red-flags/${flag.id}/suspend`, { token: uz, body: {} })).status).toBe(404);
    expect((await api.request('POST', `/api/attache/red-flags/${flag.id}/suspend`, { token: first.token, body: {} })).status).toBe(403);

    const suspended = await api.request<CompanyView>('POST', `/api/attache/red-flags/${flag.id}/suspend`, { token: kg, body: {} });
    expect(suspended.status).toBe(200);
    const [standing] = await queryRows<{ status: string; status_reason: string }>(
      dataSource.manager,
      `SELECT status, status_reason FROM company_country_statuses WHERE company_id = $1 AND country = 'KG'`,
      [first.company.id],
    );
    expect(standing.status).toBe('SUSPENDED');
    expect(standing.status_reason).toContain('passportHeld');
    expect((await flagsOf(first.company.id))[0].status).toBe('SUSPENDED');
    const again = await api.request<{ code: string }>('POST', `/api/attache/red-flags/${flag.id}/suspend`, { token: kg, body: {} });
    expect(again.status).toBe(409);
    const audits = await queryRows<{ action: string }>(
      dataSource.manager,
      `SELECT action FROM audit_events WHERE subject_id = $1 AND (action LIKE 'redFlag.%' OR action LIKE 'company.%') ORDER BY created_at, id`,
      [first.company.id],
    );
    expect(audits.map((row) => row.action)).toEqual(expect.arrayContaining(['redFlag.raised', 'redFlag.suspended']));
  });
});
