/**
 * The planned departure and its reminder, on real PostgreSQL and Redis with the real worker: the date goes in
 * with a reminder-outbox row, the worker turns it into a delayed job 3 days before, and the job — when it runs —
 * tells the migrant which checklist items are still open, unless the date changed meanwhile.
 */
import { Queue, type Job } from 'bullmq';
import type { CandidateProfileView, ProblemDetails } from '@jumush/contracts';
import { addCalendarDays, departureReminderAt, homeTimeZoneOf, localDateIn } from '@jumush/domain';
import {
  QueueName,
  departureReminderData,
  departureReminderJobId,
  redisConnectionOptions,
  type RemindJobData,
  type RemindJobReturn,
} from '@jumush/server/queues';
import { DataSource } from 'typeorm';
import { createIsolatedDatabase, uniqueQueuePrefix, waitUntil } from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, RemindersService, startWorker, type StartedWorker } from '@jumush/worker/testing';
import { registerAndLogin, startTestApi, type TestApi } from '@jumush/api/testing';

describe('departure reminder (real PostgreSQL, Redis and worker)', () => {
  let database: { url: string; drop(): Promise<void> };
  let api: TestApi;
  let worker: StartedWorker;
  let dataSource: DataSource;
  let reminders: Queue;
  const queuePrefix = uniqueQueuePrefix();

  beforeAll(async () => {
    database = await createIsolatedDatabase('jumush_dep');
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

  // The migrants here are Kyrgyz citizens (registerAndLogin): their dates count on Bishkek's calendar.
  const BISHKEK = homeTimeZoneOf('KG');
  const today = () => localDateIn(new Date(), BISHKEK);
  const plan = (token: string, plannedDepartureOn: unknown) =>
    api.request<CandidateProfileView & ProblemDetails>('PUT', '/api/candidates/me/departure', { token, body: { plannedDepartureOn } });
  const outboxRows = async (profileId: string) =>
    (await dataSource.query(`SELECT job_id, due_at, queued_at FROM reminder_outbox WHERE data->>'aggregateId' = $1 ORDER BY id`, [
      profileId,
    ])) as Array<{
      job_id: string;
      due_at: Date;
      queued_at: Date | null;
    }>;
  const fieldCode = (response: { body: ProblemDetails }) => response.body.errors?.map((error) => `${error.field}:${error.code}`);

  it('refuses dates that are not in the coming year, with field errors', async () => {
    const migrant = await registerAndLogin(api);
    expect(fieldCode(await plan(migrant.accessToken, today()))).toEqual(['plannedDepartureOn:departure.notInFuture']);
    expect(fieldCode(await plan(migrant.accessToken, addCalendarDays(today(), -3)))).toEqual(['plannedDepartureOn:departure.notInFuture']);
    expect(fieldCode(await plan(migrant.accessToken, addCalendarDays(today(), 366)))).toEqual(['plannedDepartureOn:departure.tooFar']);
    expect(fieldCode(await plan(migrant.accessToken, '2026-02-30'))).toEqual(['plannedDepartureOn:date.format']);
    expect((await plan(migrant.accessToken, undefined)).status).toBe(400);
    const anonymous = await api.request('PUT', '/api/candidates/me/departure', { body: { plannedDepartureOn: addCalendarDays(today(), 30) } });
    expect(anonymous.status).toBe(401);
  });

  it('schedules a delayed job 3 days before, at 09:00 in Bishkek, through the reminder outbox', async () => {
    const migrant = await registerAndLogin(api);
    const date = addCalendarDays(today(), 30);
    const saved = await plan(migrant.accessToken, date);
    expect(saved.status).toBe(200);
    expect(saved.body.plannedDepartureOn).toBe(date);
    const profileId = saved.body.id;
    const jobId = departureReminderJobId(profileId, date);
    expect(jobId).toBe(`remind.departure.${profileId}.${date}`);

    await waitUntil('the worker to queue the reminder', async () => (await outboxRows(profileId))[0]?.queued_at !== null);
    const [row] = await outboxRows(profileId);
    expect(row.job_id).toBe(jobId);
    const dueAt = departureReminderAt(date, new Date(), BISHKEK) as Date;
    expect(new Date(row.due_at).toISOString()).toBe(dueAt.toISOString());
    expect(dueAt.toISOString()).toBe(`${addCalendarDays(date, -3)}T03:00:00.000Z`);

    const job = (await reminders.getJob(jobId)) as Job<RemindJobData>;
    expect(await job.getState()).toBe('delayed');
    expect(job.data).toEqual(departureReminderData(profileId, migrant.account.id, date));
    expect(job.timestamp + (job.opts.delay ?? 0)).toBeGreaterThanOrEqual(dueAt.getTime() - 5_000);
    expect(job.timestamp + (job.opts.delay ?? 0)).toBeLessThanOrEqual(dueAt.getTime() + 5_000);

    // Saving the same date again schedules nothing new; another date does, with its own job id.
    await plan(migrant.accessToken, date);
    expect(await outboxRows(profileId)).toHaveLength(1);
    const later = addCalendarDays(date, 7);
    await plan(migrant.accessToken, later);
    await waitUntil('the second reminder to be queued', async () => (await outboxRows(profileId)).filter((r) => r.queued_at !== null).length === 2);
    expect((await outboxRows(profileId)).map((r) => r.job_id)).toEqual([jobId, departureReminderJobId(profileId, later)]);
    expect(await (await reminders.getJob(departureReminderJobId(profileId, later)))?.getState()).toBe('delayed');
  });

  it('reminds at once when fewer than 3 days remain, naming the checklist items still open', async () => {
    const migrant = await registerAndLogin(api);
    const doneOn = today();
    for (const kind of ['MEDICAL_CERTIFICATE', 'POLICE_CLEARANCE'])
      expect(
        (
          await api.request('PUT', `/api/candidates/me/checklist/${kind}`, {
            token: migrant.accessToken,
            body: { status: 'DONE', completedOn: doneOn },
          })
        ).status,
      ).toBe(200);
    const date = addCalendarDays(today(), 2);
    const saved = await plan(migrant.accessToken, date);
    expect(saved.status).toBe(200);

    // The reminder job runs at once and writes the outbox row, naming the open items as checklist kinds…
    const outboxRow = async () =>
      (
        (await dataSource.query(
          `SELECT topic, aggregate_id, payload FROM outbox_messages WHERE $1 = ANY(recipient_ids) AND topic = 'reminder.departure'`,
          [migrant.account.id],
        )) as Array<{
          topic: string;
          aggregate_id: string;
          payload: Record<string, unknown>;
        }>
      )[0];
    await waitUntil('the reminder job to write its outbox row', async () => (await outboxRow()) !== undefined);
    expect(await outboxRow()).toEqual({
      topic: 'reminder.departure',
      aggregate_id: saved.body.id,
      payload: {
        departureDate: date,
        // A citizen of Kyrgyzstan (EAEU) needs neither the language exam nor a bought insurance policy: not named.
        openItems: 2,
        openItemKinds: ['FOREIGN_PASSPORT', 'PRE_DEPARTURE_ORIENTATION'],
        // The message counts the days left on the calendar of this citizenship.
        citizenship: 'KG',
      },
    });

    // …and the notification names them in the migrant's language.
    const notification = async () =>
      (
        (await dataSource.query(`SELECT type, title, body, link FROM in_app_notifications WHERE account_id = $1`, [migrant.account.id])) as Array<
          Record<string, string>
        >
      )[0];
    await waitUntil('the departure reminder to arrive in the notification centre', async () => (await notification()) !== undefined);
    const reminder = await notification();
    expect(reminder).toMatchObject({ type: 'departureReminder', title: 'Жакында жөнөйсүз', link: 'https://jumush.kg/ky/profile' });
    expect(reminder.body).toContain('2 күндөн кийин');
    expect(reminder.body).toContain('Даярдык тизмесинде дагы 2 пункт аткарыла элек: чет өлкөлүк паспорт, жолго чейинки сабак.');
    expect(reminder.body).not.toContain('медициналык маалымкат');
    expect(reminder.body).not.toContain('орус тили боюнча сынак');
    expect(reminder.body).not.toContain('медициналык камсыздандыруу');
  });

  it('skips a reminder whose date was changed or cleared since, and one whose day is over', async () => {
    const migrant = await registerAndLogin(api);
    const first = addCalendarDays(today(), 20);
    const profileId = (await plan(migrant.accessToken, first)).body.id;
    const second = addCalendarDays(today(), 40);
    await plan(migrant.accessToken, second);
    const service = worker.app.get(RemindersService);
    const run = (date: string, now?: Date) =>
      service.remind(
        { id: departureReminderJobId(profileId, date), data: departureReminderData(profileId, migrant.account.id, date) } as Job<
          RemindJobData,
          RemindJobReturn
        >,
        now,
      );

    expect(await run(first)).toEqual({ outboxId: null });
    // The current date's reminder, run on its day, goes out — once, however often the job runs.
    const sent = await run(second, new Date(`${addCalendarDays(second, -3)}T03:00:00Z`));
    expect(sent.outboxId).toEqual(expect.any(String));
    expect(await run(second)).toEqual(sent);
    // After the departure day, and after the date was cleared, nobody is told.
    const third = addCalendarDays(today(), 60);
    await plan(migrant.accessToken, third);
    expect(await run(third, new Date(`${addCalendarDays(third, 1)}T03:00:00Z`))).toEqual({ outboxId: null });
    const cleared = await plan(migrant.accessToken, null);
    expect(cleared.body.plannedDepartureOn).toBeNull();
    expect(await run(third)).toEqual({ outboxId: null });
    const outboxCount = (
      await dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'reminder.departure' AND aggregate_id = $1`, [profileId])
    )[0].n;
    expect(outboxCount).toBe(1);
  });
});
