/**
 * The check-ins after arrival, on real PostgreSQL and Redis with the real worker: the arrival writes one reminder-
 * outbox row per check-in day, the worker turns each into a delayed job at 09:00 Moscow time on that day, and the
 * job — when it runs — asks the migrant in their language, in the app and by SMS with the link to the check-in page,
 * unless they answered already.
 */
import { Queue, type Job } from 'bullmq';
import { CURRENT_CONSENT_VERSION, checkInShortCode, type CheckInView, type MyApplicationView } from '@jumush/contracts';
import { checkInDueAt } from '@jumush/domain';
import {
  QueueName,
  checkInReminderData,
  checkInReminderJobId,
  redisConnectionOptions,
  type RemindJobData,
  type RemindJobReturn,
} from '@jumush/server/queues';
import { DataSource } from 'typeorm';
import { createIsolatedDatabase, uniqueQueuePrefix, waitUntil } from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, RemindersService, startWorker, type StartedWorker } from '@jumush/worker/testing';
import {
  CHUY_DISTRICT,
  PERSONAL,
  SKILLS,
  employerWithVacancy,
  registerAndLogin,
  startTestApi,
  uniquePassport,
  type TestApi,
} from '@jumush/api/testing';

describe('check-ins after arrival (real PostgreSQL, Redis and worker)', () => {
  let database: { url: string; drop(): Promise<void> };
  let api: TestApi;
  let worker: StartedWorker;
  let dataSource: DataSource;
  let reminders: Queue;
  const queuePrefix = uniqueQueuePrefix();

  beforeAll(async () => {
    database = await createIsolatedDatabase('jumush_chk');
    api = await startTestApi({ DATABASE_URL: database.url });
    worker = await startWorker(
      { DATABASE_URL: database.url, REDIS_URL: process.env['REDIS_URL'] as string, PUBLIC_WEB_URL: 'https://jumush.kg' },
      { ...FAST_PIPELINE, queuePrefix },
    );
    dataSource = api.app.get(DataSource);
    reminders = new Queue(QueueName.Reminders, { connection: redisConnectionOptions(process.env['REDIS_URL'] as string), prefix: queuePrefix });
  });

  afterAll(async () => {
    await reminders?.close();
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  /** A Kyrgyz migrant (their notifications are in Kyrgyz) who departed and arrived. */
  async function arrived() {
    const setup = await employerWithVacancy(api);
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
    expect((await api.request('POST', `/api/applications/mine/${applied.body.id}/depart`, { token, body: {} })).status).toBe(200);
    expect((await api.request('POST', `/api/applications/mine/${applied.body.id}/arrive`, { token, body: {} })).status).toBe(200);
    const checkIns = (await api.request<CheckInView[]>('GET', '/api/check-ins/mine', { token })).body;
    return { migrant, token, applicationId: applied.body.id, checkIns };
  }

  const run = (checkIn: CheckInView, accountId: string) =>
    worker.app
      .get(RemindersService)
      .remind({ id: checkInReminderJobId(checkIn.id), data: checkInReminderData(checkIn.id, accountId, checkIn.applicationId, checkIn.day) } as Job<
        RemindJobData,
        RemindJobReturn
      >);

  it('queues a delayed job per check-in day, at 09:00 Moscow time, through the reminder outbox', async () => {
    const { checkIns, migrant } = await arrived();
    expect(checkIns.map((checkIn) => checkIn.day)).toEqual([3, 30, 90]);
    const jobIds = checkIns.map((checkIn) => checkInReminderJobId(checkIn.id));
    await waitUntil(
      'the worker to queue the check-ins',
      async () =>
        ((
          await dataSource.query(`SELECT count(*)::int AS n FROM reminder_outbox WHERE job_id = ANY($1::text[]) AND queued_at IS NOT NULL`, [jobIds])
        )[0].n as number) === 3,
    );
    const [arrival] = (await dataSource.query(
      `SELECT e.created_at FROM application_events e WHERE e.application_id = $1 AND e.to_status = 'ARRIVED'`,
      [checkIns[0].applicationId],
    )) as Array<{ created_at: Date }>;
    for (const checkIn of checkIns) {
      const job = (await reminders.getJob(checkInReminderJobId(checkIn.id))) as Job<RemindJobData>;
      expect(await job.getState()).toBe('delayed');
      expect(job.data).toEqual(checkInReminderData(checkIn.id, migrant.account.id, checkIn.applicationId, checkIn.day));
      const dueAt = checkInDueAt(new Date(arrival.created_at), checkIn.day);
      expect(checkIn.dueAt).toBe(dueAt.toISOString());
      expect(dueAt.getUTCHours()).toBe(6);
      expect(Math.abs(job.timestamp + (job.opts.delay ?? 0) - dueAt.getTime())).toBeLessThan(5_000);
    }
  });

  it('asks the migrant in Kyrgyz, in the app and by SMS with the link, once; an answered check-in asks nothing', async () => {
    const { checkIns, migrant, token } = await arrived();
    const [day3, day30] = checkIns;
    // The day-3 job, run as if its day had come.
    const sent = await run(day3, migrant.account.id);
    expect(sent.outboxId).toEqual(expect.any(String));
    expect(await run(day3, migrant.account.id)).toEqual(sent);

    const link = `https://jumush.kg/ky/check-ins/${day3.id}`;
    const notification = async () =>
      (
        (await dataSource.query(`SELECT type, title, body, link FROM in_app_notifications WHERE account_id = $1 AND type = 'checkInDue'`, [
          migrant.account.id,
        ])) as Array<Record<string, string>>
      )[0];
    await waitUntil('the check-in to arrive in the notification centre', async () => (await notification()) !== undefined);
    expect(await notification()).toMatchObject({ title: 'Жумушуңуз кандай? 3-күн', link });
    const sms = async () =>
      (
        (await dataSource.query(`SELECT body FROM captured_messages WHERE account_id = $1 AND channel = 'SMS' AND body LIKE '%/ky/c/%'`, [
          migrant.account.id,
        ])) as Array<{ body: string }>
      )[0];
    await waitUntil('the check-in SMS', async () => (await sms()) !== undefined);
    // The SMS carries the short link to the same page (`/ky/c/<the id in base64url>`).
    expect((await sms()).body).toBe(`Jumush: жумушуңуз кандай? 5 суроо: https://jumush.kg/ky/c/${checkInShortCode(day3.id)}`);

    // Every question of day 30 answered before its day: its job asks nothing.
    for (const question of ['wage', 'housing', 'passport', 'fee', 'safety'])
      await api.request('POST', `/api/check-ins/${day30.id}/answers`, { token, body: { question, answer: question === 'fee' ? 'no' : 'yes' } });
    expect(await run(day30, migrant.account.id)).toEqual({ outboxId: null });
  });
});
