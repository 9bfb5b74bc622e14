import { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, type ApplicantView, type MyApplicationView, type Page } from '@jumush/contracts';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';

describe('the employer’s applicants, overdue first (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  async function appliedMigrant(vacancyId: string): Promise<string> {
    const migrant = await registerAndLogin(api);
    const put = (step: string, body: unknown) => api.request('PUT', `/api/candidates/me/${step}`, { token: migrant.accessToken, body });
    await put('personal', PERSONAL);
    await put('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
    await put('skills', SKILLS);
    await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    const response = await api.request<MyApplicationView>('POST', `/api/vacancies/${vacancyId}/applications`, {
      token: migrant.accessToken,
      body: {},
    });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  it('puts an application unanswered past the 7-day deadline first, with the day it fell due; answered ones are not overdue', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const [fresh, late, lateButAnswered] = [await appliedMigrant(vacancy.id), await appliedMigrant(vacancy.id), await appliedMigrant(vacancy.id)];
    await dataSource.query(`UPDATE applications SET created_at = now() - interval '10 days' WHERE id = ANY($1::uuid[])`, [[late, lateButAnswered]]);
    await dataSource.query(`UPDATE applications SET created_at = now() - interval '11 days', status = 'SHORTLISTED' WHERE id = $1`, [
      lateButAnswered,
    ]);

    const response = await api.request<Page<ApplicantView>>('GET', `/api/vacancies/mine/${vacancy.id}/applications`, { token: employer.accessToken });
    expect(response.status).toBe(200);
    const rows = response.body.items.map((item) => [item.applicationId, item.overdueSince !== null]);
    expect(rows).toEqual([
      [late, true],
      [lateButAnswered, false],
      [fresh, false],
    ]);
    const overdueSince = response.body.items[0].overdueSince as string;
    // Seven calendar days after the day it was sent, at the end of that day in Moscow: three days ago.
    const daysAgo = (Date.now() - Date.parse(overdueSince)) / 86_400_000;
    expect(daysAgo).toBeGreaterThan(2);
    expect(daysAgo).toBeLessThan(3.01);
  });
});
