/**
 * Ratings from those who worked there, through the real API and PostgreSQL: only a migrant who arrived and worked 30
 * days rates (29 days is refused with its problem code), one rating per application that its author may change, the
 * ratings stay out of every public answer under 5, the employer answers once, and nobody rates or answers for others.
 */
import { DataSource } from 'typeorm';
import {
  CURRENT_CONSENT_VERSION,
  type EmployerRatingsView,
  type MyApplicationView,
  type MyRatingView,
  type PublicCompanyView,
  type PublicVacancyView,
} from '@jumush/contracts';
import { queryRows } from '@jumush/server/database';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';

const RATING = { wageOnTime: 4, housing: 3, treatment: 5, wouldRecommend: true, comment: 'Зарплату платили вовремя, общежитие тесное.' };

describe('ratings from those who worked there (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;

  /** A fresh employer with one published vacancy. */
  const employerSetup = () => employerWithVacancy(api, { regionCode: '77' });
  type Setup = Awaited<ReturnType<typeof employerSetup>>;

  /**
   * A Kyrgyz migrant whose application to `setup`'s vacancy departed and arrived through the API (the employer then
   * confirmed the start of work unless `working` is false); the arrival is moved `daysAgo` days into the past.
   */
  async function workedMigrant(setup: Setup, daysAgo: number, working = true) {
    const migrant = await registerAndLogin(api);
    const token = migrant.accessToken;
    const put = (step: string, body: unknown) => api.request('PUT', `/api/candidates/me/${step}`, { token, body });
    await put('personal', PERSONAL);
    await put('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
    await put('skills', SKILLS);
    await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${setup.vacancy.id}/applications`, { token, body: {} });
    expect(applied.status).toBe(201);
    const applicationId = applied.body.id;
    await dataSource.query(`UPDATE applications SET status = 'APPROVED' WHERE id = $1`, [applicationId]);
    expect((await api.request('POST', `/api/applications/mine/${applicationId}/depart`, { token, body: {} })).status).toBe(200);
    expect((await api.request('POST', `/api/applications/mine/${applicationId}/arrive`, { token, body: {} })).status).toBe(200);
    if (working) {
      const [{ version }] = await queryRows<{ version: number }>(dataSource.manager, `SELECT version FROM applications WHERE id = $1`, [
        applicationId,
      ]);
      const started = await api.request('POST', `/api/applications/${applicationId}/start-work`, {
        token: setup.employer.accessToken,
        body: { version },
      });
      expect(started.status).toBe(200);
    }
    await dataSource.query(
      `UPDATE application_events SET created_at = created_at - make_interval(days => $2) WHERE application_id = $1 AND to_status = 'ARRIVED'`,
      [applicationId, daysAgo],
    );
    return { token, applicationId, accountId: migrant.account.id };
  }

  const rate = (token: string, applicationId: string, body: Record<string, unknown> = RATING) =>
    api.request<MyRatingView & { code?: string; params?: Record<string, string> }>('PUT', `/api/ratings/mine/${applicationId}`, { token, body });
  const publicCompany = (companyId: string) => api.request<PublicCompanyView>('GET', `/api/public/companies/${companyId}`);
  const employerRatings = (token: string) => api.request<EmployerRatingsView>('GET', '/api/companies/mine/ratings', { token });

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  it('refuses a migrant with 29 days of work, and one whose start the employer never confirmed, each with its code', async () => {
    const setup = await employerSetup();
    const early = await workedMigrant(setup, 29);
    const refused = await rate(early.token, early.applicationId);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('rating.tooSoon');
    expect(refused.body.params?.['eligibleFrom']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const mine = await api.request<MyRatingView>('GET', `/api/ratings/mine/${early.applicationId}`, { token: early.token });
    expect(mine.body).toMatchObject({ eligible: false, refusal: 'rating.tooSoon', rating: null });

    const notStarted = await workedMigrant(setup, 60, false);
    const refusedToo = await rate(notStarted.token, notStarted.applicationId);
    expect(refusedToo.status).toBe(403);
    expect(refusedToo.body.code).toBe('rating.notWorked');
    expect(await queryRows(dataSource.manager, `SELECT id FROM employer_ratings WHERE company_id = $1`, [setup.company.id])).toHaveLength(0);
  });

  it('takes one rating per application, changeable by its author, audits both, and refuses bad scores on the field', async () => {
    const setup = await employerSetup();
    const worker = await workedMigrant(setup, 30);
    const given = await rate(worker.token, worker.applicationId);
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ eligible: true, refusal: null, rating: { wageOnTime: 4, housing: 3, treatment: 5, wouldRecommend: true } });
    const changed = await rate(worker.token, worker.applicationId, { ...RATING, housing: 2, wouldRecommend: false, comment: '' });
    expect(changed.status).toBe(200);
    expect(changed.body.rating).toMatchObject({ housing: 2, wouldRecommend: false, comment: null });
    const rows = await queryRows<{ id: string; housing: number }>(
      dataSource.manager,
      `SELECT id, housing FROM employer_ratings WHERE application_id = $1`,
      [worker.applicationId],
    );
    expect(rows).toHaveLength(1);
    const audit = await queryRows<{ action: string }>(dataSource.manager, `SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY id`, [
      rows[0].id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['rating.given', 'rating.changed']);

    const bad = await api.request<{ code: string; errors: Array<{ field: string }> }>('PUT', `/api/ratings/mine/${worker.applicationId}`, {
      token: worker.token,
      body: { ...RATING, treatment: 6, wageOnTime: 0 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error) => error.field).sort()).toEqual(['treatment', 'wageOnTime']);
  });

  it('a stranger cannot rate someone else’s application; an employer cannot rate; nobody anonymous', async () => {
    const setup = await employerSetup();
    const worker = await workedMigrant(setup, 45);
    const stranger = await registerAndLogin(api);
    expect((await rate(stranger.accessToken, worker.applicationId)).status).toBe(404);
    expect((await api.request('GET', `/api/ratings/mine/${worker.applicationId}`, { token: stranger.accessToken })).status).toBe(404);
    expect((await rate(setup.employer.accessToken, worker.applicationId)).status).toBe(403);
    expect((await api.request('PUT', `/api/ratings/mine/${worker.applicationId}`, { body: RATING })).status).toBe(401);
    expect(await queryRows(dataSource.manager, `SELECT id FROM employer_ratings WHERE application_id = $1`, [worker.applicationId])).toHaveLength(0);
  });

  it('keeps ratings out of every public answer under 5 (4 → no aggregate, no comments), shows them from 5, and tells the employer from then on', async () => {
    const setup = await employerSetup();
    const workers = [];
    for (let index = 0; index < 5; index += 1) workers.push(await workedMigrant(setup, 31 + index));
    for (const [index, worker] of workers.slice(0, 4).entries())
      expect((await rate(worker.token, worker.applicationId, { ...RATING, wageOnTime: 1 + index, wouldRecommend: index % 2 === 0 })).status).toBe(
        200,
      );

    const four = await publicCompany(setup.company.id);
    expect(four.status).toBe(200);
    expect(four.body.ratings).toEqual({ count: 4, shownFrom: 5, aggregate: null, comments: [] });
    const vacancyFour = await api.request<PublicVacancyView>('GET', `/api/public/vacancies/${setup.vacancy.id}`);
    expect(vacancyFour.body.companyRatings).toEqual({ count: 4, shownFrom: 5, aggregate: null });
    expect(JSON.stringify(vacancyFour.body)).not.toContain(RATING.comment);
    expect((await employerRatings(setup.employer.accessToken)).body).toEqual({ count: 4, shownFrom: 5, aggregate: null, ratings: [] });
    const told = () =>
      queryRows<{ recipient_ids: string[]; payload: Record<string, unknown> }>(
        dataSource.manager,
        `SELECT recipient_ids, payload FROM outbox_messages WHERE topic = 'company.rated' AND aggregate_id = $1`,
        [setup.company.id],
      );
    expect(await told()).toHaveLength(0);

    expect((await rate(workers[4].token, workers[4].applicationId, { ...RATING, wageOnTime: 5, wouldRecommend: false })).status).toBe(200);
    const five = await publicCompany(setup.company.id);
    // Wage 1+2+3+4+5 = 3.0; housing 3; treatment 5; recommend 2 of 5 (indexes 0 and 2).
    expect(five.body.ratings.aggregate).toEqual({ count: 5, wageOnTime: 3, housing: 3, treatment: 5, recommendShare: 0.4 });
    expect(five.body.ratings.comments).toHaveLength(5);
    expect(five.body.ratings.comments[0]).toEqual({
      id: expect.any(String),
      comment: RATING.comment,
      wouldRecommend: false,
      answer: null,
      answeredAt: null,
      createdAt: expect.any(String),
    });
    // Never the migrant's name, account or application.
    const text = JSON.stringify(five.body);
    expect(text).not.toContain(PERSONAL.surname);
    for (const worker of workers) expect(text).not.toContain(worker.accountId);
    for (const worker of workers) expect(text).not.toContain(worker.applicationId);
    const vacancyFive = await api.request<PublicVacancyView>('GET', `/api/public/vacancies/${setup.vacancy.id}`);
    expect(vacancyFive.body.companyRatings?.aggregate).toMatchObject({ count: 5, recommendShare: 0.4 });
    expect(vacancyFour.headers.get('etag')).not.toBe(vacancyFive.headers.get('etag'));

    const outbox = await told();
    expect(outbox).toHaveLength(1);
    expect(outbox[0].recipient_ids).toEqual([setup.employer.account.id]);
    expect(outbox[0].payload).toMatchObject({ companyId: setup.company.id, count: 5 });
    // A changed rating is not news to the employer.
    expect((await rate(workers[4].token, workers[4].applicationId)).status).toBe(200);
    expect(await told()).toHaveLength(1);
  });

  it('lets the employer answer each rating once (a second answer is 409 rating.alreadyAnswered), never another company’s', async () => {
    const setup = await employerSetup();
    for (let index = 0; index < 5; index += 1) {
      const worker = await workedMigrant(setup, 40);
      expect((await rate(worker.token, worker.applicationId)).status).toBe(200);
    }
    const list = await employerRatings(setup.employer.accessToken);
    expect(list.body.ratings).toHaveLength(5);
    const ratingId = list.body.ratings[0].id;

    const other = await employerSetup();
    const foreign = await api.request<{ code: string }>('POST', `/api/companies/mine/ratings/${ratingId}/answer`, {
      token: other.employer.accessToken,
      body: { answer: 'Не наш работник.' },
    });
    expect(foreign.status).toBe(404);

    const answer = 'Спасибо! Общежитие расширяем с весны.';
    const first = await api.request<EmployerRatingsView>('POST', `/api/companies/mine/ratings/${ratingId}/answer`, {
      token: setup.employer.accessToken,
      body: { answer },
    });
    expect(first.status).toBe(201);
    expect(first.body.ratings.find((rating) => rating.id === ratingId)?.answer).toBe(answer);
    const second = await api.request<{ code: string }>('POST', `/api/companies/mine/ratings/${ratingId}/answer`, {
      token: setup.employer.accessToken,
      body: { answer: 'Ещё раз.' },
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('rating.alreadyAnswered');
    const empty = await api.request<{ errors: Array<{ field: string }> }>('POST', `/api/companies/mine/ratings/${ratingId}/answer`, {
      token: setup.employer.accessToken,
      body: { answer: ' ' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('answer');

    const shown = (await publicCompany(setup.company.id)).body.ratings.comments.find((comment) => comment.id === ratingId);
    expect(shown?.answer).toBe(answer);
    const audit = await queryRows<{ n: number }>(
      dataSource.manager,
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'rating.answered' AND subject_id = $1`,
      [ratingId],
    );
    expect(audit[0].n).toBe(1);
    // A migrant cannot answer; the answer route is the employer's.
    const migrant = await registerAndLogin(api);
    expect(
      (await api.request('POST', `/api/companies/mine/ratings/${ratingId}/answer`, { token: migrant.accessToken, body: { answer: 'Я' } })).status,
    ).toBe(403);
  });

  it('has no public page for an unknown or unverified company', async () => {
    expect((await publicCompany('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const setup = await employerSetup();
    await dataSource.query(`UPDATE company_country_statuses SET status = 'PENDING' WHERE company_id = $1`, [setup.company.id]);
    expect((await publicCompany(setup.company.id)).status).toBe(404);
  });
});
