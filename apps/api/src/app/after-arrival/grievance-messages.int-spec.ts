/**
 * Messages in a grievance, through the real API and PostgreSQL: the migrant's message alerts the responsible attachés
 * in its own transaction (outbox row `grievance.message`, linking to the staff's case page); the staff's own messages
 * tell the migrant and never the staff themselves.
 */
import { DataSource } from 'typeorm';
import { OutboxTopic, type GrievanceView } from '@jumush/contracts';
import { queryRows } from '@jumush/server/database';
import { grievanceOfArrivedMigrant as arrivedMigrantsGrievance } from '../../testing/grievances';
import { DEMO_PASSWORD, startTestApi, type TestApi } from '../../testing/test-api';
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

  const grievanceOfArrivedMigrant = () => arrivedMigrantsGrievance(api);

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
