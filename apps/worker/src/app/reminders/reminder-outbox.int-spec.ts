/**
 * The reminder outbox across a Redis outage (own redis-server): a departure reminder planned while Redis is away
 * waits in PostgreSQL and becomes its delayed job once Redis is back.
 */
import { Queue } from 'bullmq';
import { QueueName, departureReminderData, departureReminderJobId, redisConnectionOptions } from '@jumush/server/queues';
import {
  DisposableRedis,
  createIsolatedDatabase,
  freePort,
  insertAccounts,
  uniqueQueuePrefix,
  waitUntil,
} from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, startWorker, type StartedWorker } from '../../testing/worker-test-kit';

describe('reminder outbox across a Redis restart (own redis-server)', () => {
  let database: { url: string; drop(): Promise<void> };
  let redis: DisposableRedis;
  let worker: StartedWorker | undefined;
  let reminders: Queue | undefined;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    redis = new DisposableRedis(await freePort());
    await redis.start();
  });

  afterAll(async () => {
    await reminders?.close();
    await worker?.close();
    await redis.dispose();
    await database.drop();
  });

  it('keeps the row while Redis is down and schedules the delayed job when it is back', async () => {
    const queuePrefix = uniqueQueuePrefix();
    worker = await startWorker({ DATABASE_URL: database.url, REDIS_URL: redis.url }, { ...FAST_PIPELINE, queuePrefix });
    const { dataSource } = worker;
    const [migrant] = await insertAccounts(dataSource, 1, 'MIGRANT');
    const [{ id: profileId }] = (await dataSource.query(
      `INSERT INTO candidate_profiles (account_id, origin_country, planned_departure_on, version) VALUES ($1, 'KG', '2099-06-10', 1) RETURNING id`,
      [migrant.id],
    )) as Array<{ id: string }>;
    const jobId = departureReminderJobId(profileId, '2099-06-10');
    const queued = async () =>
      ((await dataSource.query('SELECT queued_at FROM reminder_outbox WHERE job_id = $1', [jobId])) as Array<{ queued_at: Date | null }>)[0]
        ?.queued_at ?? null;

    await redis.stop();
    // What the API writes in the migrant's transaction.
    await dataSource.query(`INSERT INTO reminder_outbox (job_id, data, due_at) VALUES ($1, $2::jsonb, '2099-06-07T03:00:00Z')`, [
      jobId,
      JSON.stringify(departureReminderData(profileId, migrant.id, '2099-06-10')),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await queued()).toBeNull();

    await redis.start();
    await waitUntil('the reminder to be queued after the restart', async () => (await queued()) !== null, 30_000);
    reminders = new Queue(QueueName.Reminders, { connection: redisConnectionOptions(redis.url), prefix: queuePrefix });
    const job = await reminders.getJob(jobId);
    expect(await job?.getState()).toBe('delayed');
    expect(job?.data).toEqual(departureReminderData(profileId, migrant.id, '2099-06-10'));
    expect((job?.timestamp ?? 0) + (job?.opts.delay ?? 0)).toBeGreaterThanOrEqual(Date.parse('2099-06-07T03:00:00Z') - 60_000);
  });
});
