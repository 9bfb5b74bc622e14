import { DataSource } from 'typeorm';
import type { Page, ProblemDetails, VacancyReviewItem, VacancyReviewView, VacancyView } from '@jumush/contracts';
import { HousingOption } from '@jumush/contracts';
import { CompanyStatus, Role, VacancyStatus, wageFloorFor } from '@jumush/domain';
import { registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { createVacancy, employerWithCompany, staffSession, type EmployerSession, type Session, type TermsBody } from './testing/vacancy-factories';

/** This file alone recruits from Uzbekistan, so the UZ queue holds only its vacancies. */
const COUNTRY = 'UZ';

describe('the attaché’s review of vacancies (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let employer: EmployerSession;
  let attache: Session;
  let otherCountry: Session;
  let admin: Session;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    employer = await employerWithCompany(api, CompanyStatus.Verified, 'ООО «Ташкент-Строй»');
    attache = await staffSession(api, Role.Attache, COUNTRY);
    otherCountry = await staffSession(api, Role.Attache, 'TJ');
    admin = await staffSession(api, Role.Admin);
    // Leftovers of earlier runs on the same database would sit ahead in the queue.
    await dataSource.query(`UPDATE vacancies SET status = 'CLOSED' WHERE $1 = ANY(open_to) AND status = 'PENDING_REVIEW'`, [COUNTRY]);
  });

  afterAll(async () => {
    await api.close();
  });

  /** A draft recruiting from UZ, submitted by its employer. */
  async function submitted(title: string, regionCode?: string, terms: Partial<TermsBody> = {}): Promise<VacancyView> {
    const draft = await createVacancy(api, employer, { title, ...(regionCode ? { regionCode } : {}), openTo: [COUNTRY], ...terms });
    const response = await api.request<VacancyView>('POST', `/api/vacancies/mine/${draft.id}/submit`, { token: employer.token });
    expect(response.status).toBe(200);
    return response.body;
  }

  const queue = (session: Session, query = '') =>
    api.request<Page<VacancyReviewItem>>('GET', `/api/vacancy-reviews${query}`, { token: session.token });

  it('lists the vacancies waiting in the attaché’s country, oldest submission first, with the employer', async () => {
    const first = await submitted('Первая заявка');
    const second = await submitted('Вторая заявка');
    const third = await submitted('Третья заявка');
    const response = await queue(attache, '?pageSize=2');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(response.body.items.map((item) => item.id)).toEqual([first.id, second.id]);
    expect(response.body.items[0]).toMatchObject({
      status: VacancyStatus.PendingReview,
      openTo: [COUNTRY],
      submittedAt: expect.any(String),
      company: {
        id: employer.companyId,
        legalName: 'ООО «Ташкент-Строй»',
        inn: expect.stringMatching(/^\d{10}$/),
        status: CompanyStatus.Verified,
      },
    });
    expect((await queue(attache, '?page=2&pageSize=2')).body.items.map((item) => item.id)).toEqual([third.id]);
  });

  it('an attaché of another country neither lists nor sees nor decides them (404); an admin does', async () => {
    const vacancy = await submitted('Не для Таджикистана');
    const listed = await queue(otherCountry, '?pageSize=100');
    expect(listed.body.items.map((item) => item.id)).not.toContain(vacancy.id);
    for (const [method, path, body] of [
      ['GET', `/api/vacancy-reviews/${vacancy.id}`, undefined],
      ['POST', `/api/vacancy-reviews/${vacancy.id}/publish`, undefined],
      ['POST', `/api/vacancy-reviews/${vacancy.id}/reject`, { reason: 'Чужая страна' }],
    ] as const) {
      const response = await api.request<ProblemDetails>(method, path, {
        token: otherCountry.token,
        body,
      });
      expect([response.status, response.body.code]).toEqual([404, 'vacancy.notFound']);
    }
    expect(
      (
        await api.request('GET', `/api/vacancy-reviews/${vacancy.id}`, {
          token: admin.token,
        })
      ).status,
    ).toBe(200);
    const published = await api.request<VacancyView>('POST', `/api/vacancy-reviews/${vacancy.id}/publish`, { token: admin.token });
    expect(published.body.status).toBe(VacancyStatus.Published);
  });

  it('warns the attaché of the Far North coefficient and of a region annexed from Ukraine, and of nothing elsewhere', async () => {
    const north = await submitted('Чукотка', '87');
    const crimea = await submitted('Крым', '91');
    const moscow = await submitted('Москва', '77');
    const warningsOf = async (id: string) =>
      (await api.request<VacancyReviewView>('GET', `/api/vacancy-reviews/${id}`, { token: attache.token })).body.regionWarnings;
    expect(await warningsOf(north.id)).toEqual(['region.farNorth']);
    expect(await warningsOf(crimea.id)).toEqual(['region.annexedFromUkraine']);
    expect(await warningsOf(moscow.id)).toEqual([]);
    const listed = (await queue(attache, '?pageSize=100')).body.items.find((item) => item.id === crimea.id);
    expect(listed?.regionWarnings).toEqual(['region.annexedFromUkraine']);
  });

  it('shows the attaché in red what 35 000 ₽ housing against a 30 000 ₽ wage and 72 hours a week add up to', async () => {
    // Sverdlovsk Oblast: the federal floor (27 093 ₽ from 2026), so the wage alone passes the wage-floor check.
    const vacancy = await submitted('Вахта без выходных', '66', {
      monthlyWageRoubles: 30_000,
      housing: HousingOption.Paid,
      housingCostRoubles: 35_000,
      weeklyHours: 72,
      contractMonths: 6,
    });
    const floor = wageFloorFor('66', vacancy.startDate)!.monthlyRoubles;
    const response = await api.request<VacancyReviewView>('GET', `/api/vacancy-reviews/${vacancy.id}`, { token: attache.token });
    expect(response.status).toBe(200);
    expect(response.body.termsFindings).toEqual([
      {
        code: 'termsFinding.housingCostsWage',
        severity: 'danger',
        params: { wageRoubles: 30_000, housingCostRoubles: 35_000, netWageRoubles: -5_000 },
        source: null,
      },
      {
        code: 'termsFinding.hoursAboveNormalWeek',
        severity: 'danger',
        params: { hours: 72, normalHours: 40, overtimeHours: 32 },
        source: 'Трудовой кодекс РФ, ст. 91',
      },
      {
        code: 'termsFinding.overtimeAboveYearlyLimit',
        severity: 'danger',
        params: { overtimeHours: 32, yearLimitHours: 120, weeks: 4 },
        source: 'Трудовой кодекс РФ, ст. 99',
      },
      {
        code: 'termsFinding.hourlyWageBelowFloor',
        severity: 'danger',
        params: expect.objectContaining({ hours: 72, wageRoubles: 30_000, hourlyWageRoubles: 96.15, floorRoubles: floor }),
        source: expect.stringContaining('Трудовой кодекс РФ, ст. 91'),
      },
    ]);
    const listed = (await queue(attache, '?pageSize=100')).body.items.find((item) => item.id === vacancy.id);
    expect(listed?.termsFindings.map((finding) => finding.code)).toEqual(response.body.termsFindings.map((finding) => finding.code));
  });

  it('finds nothing to say about honest terms', async () => {
    const vacancy = await submitted('Честные условия');
    const response = await api.request<VacancyReviewView>('GET', `/api/vacancy-reviews/${vacancy.id}`, { token: attache.token });
    expect(response.body.termsFindings).toEqual([]);
  });

  it('shows one vacancy with its employer and history', async () => {
    const vacancy = await submitted('С историей');
    const response = await api.request<VacancyReviewView>('GET', `/api/vacancy-reviews/${vacancy.id}`, { token: attache.token });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: vacancy.id,
      title: 'С историей',
      company: { id: employer.companyId, status: CompanyStatus.Verified },
    });
    expect(response.body.history.revisions).toEqual([
      expect.objectContaining({
        version: 2,
        status: VacancyStatus.PendingReview,
      }),
    ]);
    expect(response.body.history.events.map((event) => event.action)).toEqual(['vacancy.create', 'vacancy.submit']);
  });

  it('publishes only while the employer is still verified', async () => {
    const vacancy = await submitted('Работодатель приостановлен');
    const company = employer.companyId;
    await dataSource.query(`UPDATE company_country_statuses SET status = 'SUSPENDED' WHERE company_id = $1`, [company]);
    try {
      const refused = await api.request<ProblemDetails>('POST', `/api/vacancy-reviews/${vacancy.id}/publish`, { token: attache.token });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('employer.notVerified');
      const listed = await queue(attache, '?pageSize=100');
      expect(listed.body.items.find((item) => item.id === vacancy.id)?.company.status).toBe(CompanyStatus.Suspended);
    } finally {
      await dataSource.query(`UPDATE company_country_statuses SET status = 'VERIFIED' WHERE company_id = $1`, [company]);
    }
    expect((await api.request('POST', `/api/vacancy-reviews/${vacancy.id}/publish`, { token: attache.token })).status).toBe(200);
  });

  it('rejects with a reason the employer then sees', async () => {
    const vacancy = await submitted('Без адреса');
    const tooShort = await api.request<ProblemDetails>('POST', `/api/vacancy-reviews/${vacancy.id}/reject`, {
      token: attache.token,
      body: { reason: ' a ' },
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const rejected = await api.request<VacancyView>('POST', `/api/vacancy-reviews/${vacancy.id}/reject`, {
      token: attache.token,
      body: { reason: 'Нет адреса общежития' },
    });
    expect(rejected.status).toBe(200);
    const seen = await api.request<VacancyView>('GET', `/api/vacancies/mine/${vacancy.id}`, { token: employer.token });
    expect(seen.body).toMatchObject({
      status: VacancyStatus.Rejected,
      statusReason: 'Нет адреса общежития',
    });
    expect((await queue(attache, '?pageSize=100')).body.items.map((item) => item.id)).not.toContain(vacancy.id);
  });

  it('admits only attaché staff and admins', async () => {
    const migrant = await registerAndLogin(api);
    expect(
      (
        await api.request('GET', '/api/vacancy-reviews', {
          token: migrant.accessToken,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.request('GET', '/api/vacancy-reviews', {
          token: employer.token,
        })
      ).status,
    ).toBe(403);
    expect((await api.request('GET', '/api/vacancy-reviews')).status).toBe(401);
    const bad = await api.request<ProblemDetails>('GET', '/api/vacancy-reviews?page=-1&pageSize=101', { token: attache.token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((error) => error.field).sort()).toEqual(['page', 'pageSize']);
    expect(
      (
        await api.request('GET', '/api/vacancy-reviews/not-a-uuid', {
          token: attache.token,
        })
      ).status,
    ).toBe(400);
  });
});
