import { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, type MyApplicationView } from '@jumush/contracts';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy, insertVacancy } from '../../testing/factories';
import { registerAndLogin, startTestApiOnOwnDatabase, type TestApi } from '../../testing/test-api';
import { outboxMessagesAbout } from '../../testing/outbox';
import { QUEUE_POSITION_SQL } from './queue-positions.repository';

describe('the candidate’s place in the queue (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  // A database of its own: the attaché's queue is a whole country's, which other suites fill in the shared one.
  beforeAll(async () => {
    ({ api, drop } = await startTestApiOnOwnDatabase('jumush_queue'));
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await drop();
  });

  async function readyMigrant() {
    const migrant = await registerAndLogin(api);
    const put = (step: string, body: unknown) => api.request('PUT', `/api/candidates/me/${step}`, { token: migrant.accessToken, body });
    await put('personal', PERSONAL);
    await put('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
    await put('skills', SKILLS);
    await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    return migrant;
  }

  async function applied(token: string, vacancyId: string): Promise<string> {
    const response = await api.request<MyApplicationView>('POST', `/api/vacancies/${vacancyId}/applications`, { token, body: {} });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  const queueOf = async (token: string, applicationId: string) =>
    (await api.request<MyApplicationView>('GET', `/api/applications/mine/${applicationId}`, { token })).body.queue;

  it('gives three migrants waiting for the employer 1st, 2nd and 3rd of 3, counting only the same vacancy', async () => {
    const { company, vacancy } = await employerWithVacancy(api);
    const other = await insertVacancy(api.app, company);
    const migrants = [await readyMigrant(), await readyMigrant(), await readyMigrant()];
    const ids: string[] = [];
    for (const migrant of migrants) ids.push(await applied(migrant.accessToken, vacancy.id));
    // Another vacancy's applicant waits for another queue, even of the same employer.
    const elsewhere = await applied(migrants[0].accessToken, other.id);

    expect(await queueOf(migrants[0].accessToken, ids[0])).toEqual({ position: 1, total: 3, owner: 'employer' });
    expect(await queueOf(migrants[1].accessToken, ids[1])).toEqual({ position: 2, total: 3, owner: 'employer' });
    expect(await queueOf(migrants[2].accessToken, ids[2])).toEqual({ position: 3, total: 3, owner: 'employer' });
    expect(await queueOf(migrants[0].accessToken, elsewhere)).toEqual({ position: 1, total: 1, owner: 'employer' });
    // The message each received on applying said their place then: the newest, last of those waiting.
    const messages = await outboxMessagesAbout(dataSource, [...ids, elsewhere], 'application.submitted');
    const told = Object.fromEntries(
      messages.map((message) => [message.aggregateId, [message.payload['queuePosition'], message.payload['queueTotal']]]),
    );
    expect([ids[0], ids[1], ids[2], elsewhere].map((id) => told[id])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [1, 1],
    ]);
    expect(messages.every((message) => typeof message.payload['usualDays'] === 'number' && (message.payload['usualDays'] as number) >= 1)).toBe(true);

    // The first is shortlisted: it waits for nobody now, and the others move up.
    await dataSource.query(`UPDATE applications SET status = 'SHORTLISTED' WHERE id = $1`, [ids[0]]);
    expect(await queueOf(migrants[0].accessToken, ids[0])).toBeNull();
    expect(await queueOf(migrants[2].accessToken, ids[2])).toEqual({ position: 2, total: 2, owner: 'employer' });
  });

  it('orders applications waiting for the attaché of one country by their batch’s submission, and counts no other country', async () => {
    const { employer, company, vacancy } = await employerWithVacancy(api);
    const migrants = [await readyMigrant(), await readyMigrant(), await readyMigrant(), await readyMigrant()];
    const ids: string[] = [];
    for (const migrant of migrants) ids.push(await applied(migrant.accessToken, vacancy.id));
    await dataSource.query(`UPDATE applications SET status = 'IN_BATCH' WHERE id = ANY($1::uuid[])`, [ids]);
    // Kyrgyz batches: ids[2] alone submitted first, then ids[0] and ids[1] together; an Uzbek batch with ids[3].
    const batch = async (country: string, minutesAgo: number, applicationIds: string[]) => {
      const [row] = await dataSource.query<Array<{ id: string }>>(
        `INSERT INTO batches (vacancy_id, company_id, origin_country, status, submitted_at, deadline_at, created_by, version)
         VALUES ($1, $2, $3, 'SUBMITTED', now() - make_interval(mins => $4), now() + interval '3 days', $5, 1) RETURNING id`,
        [vacancy.id, company.id, country, minutesAgo, employer.account.id],
      );
      for (const applicationId of applicationIds)
        await dataSource.query(`INSERT INTO batch_items (batch_id, application_id) VALUES ($1, $2)`, [row.id, applicationId]);
    };
    await batch('KG', 30, [ids[2]]);
    await batch('KG', 10, [ids[0], ids[1]]);
    await batch('UZ', 20, [ids[3]]);

    expect(await queueOf(migrants[2].accessToken, ids[2])).toEqual({ position: 1, total: 3, owner: 'attache' });
    expect(await queueOf(migrants[0].accessToken, ids[0])).toEqual({ position: 2, total: 3, owner: 'attache' });
    expect(await queueOf(migrants[1].accessToken, ids[1])).toEqual({ position: 3, total: 3, owner: 'attache' });
    expect(await queueOf(migrants[3].accessToken, ids[3])).toEqual({ position: 1, total: 1, owner: 'attache' });
  });

  it('tells each candidate of a submitted batch their place in the attaché’s queue and the usual wait', async () => {
    // A batch already waiting for the Kyrgyz attaché, with one application: the new batch's candidates come after it.
    const earlier = await employerWithVacancy(api);
    const waiting = await readyMigrant();
    const waitingId = await applied(waiting.accessToken, earlier.vacancy.id);
    await dataSource.query(`UPDATE applications SET status = 'IN_BATCH' WHERE id = $1`, [waitingId]);
    await dataSource.query(
      `WITH b AS (INSERT INTO batches (vacancy_id, company_id, origin_country, status, submitted_at, deadline_at, created_by, version)
                  VALUES ($1, $2, 'KG', 'SUBMITTED', now() - interval '1 hour', now() + interval '3 days', $3, 1) RETURNING id)
       INSERT INTO batch_items (batch_id, application_id) SELECT id, $4 FROM b`,
      [earlier.vacancy.id, earlier.company.id, earlier.employer.account.id, waitingId],
    );
    const ahead = (await queueOf(waiting.accessToken, waitingId))?.total ?? 0;

    const { employer, vacancy } = await employerWithVacancy(api);
    const migrants = [await readyMigrant(), await readyMigrant()];
    const ids = [await applied(migrants[0].accessToken, vacancy.id), await applied(migrants[1].accessToken, vacancy.id)];
    const token = employer.accessToken;
    expect(
      (
        await api.request('POST', `/api/vacancies/mine/${vacancy.id}/applications/decisions`, {
          token,
          body: { decision: 'shortlist', applicationIds: ids },
        })
      ).status,
    ).toBe(200);
    const created = await api.request<{ id: string }>('POST', '/api/batches', { token, body: { vacancyId: vacancy.id, applicationIds: ids } });
    expect((await api.request('POST', `/api/batches/${created.body.id}/submit`, { token })).status).toBe(200);

    // The message each got says the place the application page shows, among everyone waiting for the attaché.
    const messages = await outboxMessagesAbout(dataSource, ids, 'application.in_batch');
    expect(messages).toHaveLength(2);
    for (const [index, id] of ids.entries()) {
      const page = await queueOf(migrants[index].accessToken, id);
      expect(page).toEqual({ position: ahead + index + 1, total: ahead + 2, owner: 'attache' });
      const told = messages.find((message) => message.aggregateId === id)?.payload;
      expect([told?.['queuePosition'], told?.['queueTotal']]).toEqual([page?.position, page?.total]);
      expect(told?.['usualDays']).toBeGreaterThanOrEqual(1);
    }
  });

  it('counts through indexes, never a scan of every application', async () => {
    // With few rows PostgreSQL may prefer a scan; forbidding it shows that an index serves every table the count reads.
    await dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      for (const [status, sql] of Object.entries(QUEUE_POSITION_SQL)) {
        const params = status === 'IN_BATCH' ? ['00000000-0000-0000-0000-000000000000', ['SUBMITTED']] : ['00000000-0000-0000-0000-000000000000'];
        const plan = (await manager.query<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN ${sql}`, params)).map((row) => row['QUERY PLAN']).join('\n');
        expect(plan).not.toMatch(/Seq Scan on applications/);
      }
    });
  });
});
