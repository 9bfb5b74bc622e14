/**
 * Messages in a grievance, through the real API and PostgreSQL: the migrant's message alerts the responsible attachés
 * in its own transaction (outbox row `grievance.message`, linking to the staff's case page); the staff's own messages
 * tell the migrant and never the staff themselves.
 */
import { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, OutboxTopic, type GrievanceView, type MyApplicationView } from '@jumush/contracts';
import { queryRows } from '@jumush/server/database';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';

describe('grievance messages tell the other side (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let attache: string;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    attache = (await signInWithTwoFactor(api, 'attache@demo.jumush.kg', DEMO_PASSWORD)).body.accessToken;
  });

  afterAll(async () => {
    await api.close();
  });

  /** A Kyrgyz migrant who arrived at a job in Moscow (region 77) and opened a grievance about it. */
  async function grievanceOfArrivedMigrant() {
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
      body: { applicationId: applied.body.id, category: 'housing', description: 'В общежитии нет отопления' },
    });
    expect(opened.status).toBe(201);
    return { token, grievanceId: opened.body.id, vacancyTitle: setup.vacancy.title };
  }

  const rows = (grievanceId: string, topic: string) =>
    queryRows<{ recipient_ids: string[]; payload: Record<string, unknown> }>(
      dataSource.manager,
      `SELECT recipient_ids::text[] AS recipient_ids, payload FROM outbox_messages WHERE topic = $1 AND aggregate_id = $2 ORDER BY id`,
      [topic, grievanceId],
    );

  it("writes the staff's alert with the migrant's message, to the same attachés the opening alerted", async () => {
    const { token, grievanceId, vacancyTitle } = await grievanceOfArrivedMigrant();
    const [opening] = await rows(grievanceId, OutboxTopic.GrievanceOpened);
    expect(opening.recipient_ids.length).toBeGreaterThan(0);
    expect(await rows(grievanceId, OutboxTopic.GrievanceMessage)).toEqual([]);

    const written = await api.request<GrievanceView>('POST', `/api/grievances/mine/${grievanceId}/messages`, {
      token,
      body: { body: 'Сегодня снова холодно, дети болеют' },
    });
    expect(written.status).toBe(201);
    const [message] = await queryRows<{ id: string }>(
      dataSource.manager,
      `SELECT id::text AS id FROM grievance_messages WHERE grievance_id = $1 AND author_role = 'MIGRANT'`,
      [grievanceId],
    );
    const alerts = await rows(grievanceId, OutboxTopic.GrievanceMessage);
    expect(alerts).toEqual([{ recipient_ids: opening.recipient_ids, payload: { grievanceId, messageId: message.id, vacancyTitle } }]);
    // The text stays in the case: the alert carries no words of the migrant.
    expect(JSON.stringify(alerts[0].payload)).not.toContain('холодно');
  });

  it("writes nothing to the staff for the staff's own messages (the migrant is told instead)", async () => {
    const { grievanceId } = await grievanceOfArrivedMigrant();
    const written = await api.request<GrievanceView>('POST', `/api/attache/grievances/${grievanceId}/messages`, {
      token: attache,
      body: { body: 'Мы связались с работодателем.' },
    });
    expect(written.status).toBe(201);
    expect(await rows(grievanceId, OutboxTopic.GrievanceMessage)).toEqual([]);
    expect(await rows(grievanceId, OutboxTopic.GrievanceUpdated)).toHaveLength(1);
  });

  it('writes no alert when the message is refused (a closed grievance): the row shares the transaction', async () => {
    const { token, grievanceId } = await grievanceOfArrivedMigrant();
    await dataSource.query(`UPDATE grievances SET status = 'CLOSED' WHERE id = $1`, [grievanceId]);
    expect((await api.request('POST', `/api/grievances/mine/${grievanceId}/messages`, { token, body: { body: 'Алло?' } })).status).toBe(409);
    expect(await rows(grievanceId, OutboxTopic.GrievanceMessage)).toEqual([]);
  });
});
