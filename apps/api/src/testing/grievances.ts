/** A grievance of a Kyrgyz migrant who arrived at a job in region 77, made through the API: for after-arrival tests. */
import { DataSource } from 'typeorm';
import type { GrievanceView, MyApplicationView } from '@jumush/contracts';
import { employerWithVacancy } from './factories';
import { readyMigrantOf } from './migrants';
import type { TestApi } from './test-api';

export async function grievanceOfArrivedMigrant(
  api: TestApi,
  category = 'housing',
): Promise<{ token: string; grievanceId: string; vacancyTitle: string; applicationId: string }> {
  const setup = await employerWithVacancy(api, { regionCode: '77' });
  const token = (await readyMigrantOf(api, 'KG')).accessToken;
  const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${setup.vacancy.id}/applications`, { token, body: {} });
  // Approval is another test's business: the application is put there directly.
  await api.app.get(DataSource).query(`UPDATE applications SET status = 'APPROVED' WHERE id = $1`, [applied.body.id]);
  await api.request('POST', `/api/applications/mine/${applied.body.id}/depart`, { token, body: {} });
  await api.request('POST', `/api/applications/mine/${applied.body.id}/arrive`, { token, body: {} });
  const opened = await api.request<GrievanceView>('POST', '/api/grievances', {
    token,
    body: { applicationId: applied.body.id, category, description: 'В общежитии нет отопления' },
  });
  if (opened.status !== 201) throw new Error(`grievance not opened: ${opened.status} ${JSON.stringify(opened.body)}`);
  return { token, grievanceId: opened.body.id, vacancyTitle: setup.vacancy.title, applicationId: applied.body.id };
}
