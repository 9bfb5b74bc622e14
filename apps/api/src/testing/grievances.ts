/** A grievance of a Kyrgyz migrant who arrived at a job in region 77, made through the API: for after-arrival tests. */
import { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, type GrievanceView, type MyApplicationView } from '@jumush/contracts';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from './candidate-fixtures';
import { employerWithVacancy } from './factories';
import { registerAndLogin, type TestApi } from './test-api';

export async function grievanceOfArrivedMigrant(
  api: TestApi,
  category = 'housing',
): Promise<{ token: string; grievanceId: string; vacancyTitle: string; applicationId: string }> {
  const dataSource = api.app.get(DataSource);
  const setup = await employerWithVacancy(api, { regionCode: '77' });
  const migrant = await registerAndLogin(api);
  const token = migrant.accessToken;
  const put = (step: string, body: unknown) => api.request('PUT', `/api/candidates/me/${step}`, { token, body });
  await put('personal', PERSONAL);
  await put('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
  await put('skills', SKILLS);
  await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
  await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
  const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${setup.vacancy.id}/applications`, { token, body: {} });
  await dataSource.query(`UPDATE applications SET status = 'APPROVED' WHERE id = $1`, [applied.body.id]);
  await api.request('POST', `/api/applications/mine/${applied.body.id}/depart`, { token, body: {} });
  await api.request('POST', `/api/applications/mine/${applied.body.id}/arrive`, { token, body: {} });
  const opened = await api.request<GrievanceView>('POST', '/api/grievances', {
    token,
    body: { applicationId: applied.body.id, category, description: 'В общежитии нет отопления' },
  });
  if (opened.status !== 201) throw new Error(`grievance not opened: ${opened.status} ${JSON.stringify(opened.body)}`);
  return { token, grievanceId: opened.body.id, vacancyTitle: setup.vacancy.title, applicationId: applied.body.id };
}
