/** The audit chain's head, published once a day (issue 15): idempotent per day, scheduled through the system queue. */
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { FixedClock } from '@jumush/server/config';
import { dataSourceOptions } from '@jumush/server/database';
import { AUDIT_HEAD_SCHEDULER_ID, QueueName, redisConnectionOptions } from '@jumush/server/queues';
import { DisposableRedis, createIsolatedDatabase, freePort, waitUntil } from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, startWorker, type StartedWorker } from '../../testing/worker-test-kit';
import { AuditHeadPublicationsRepository } from './audit-head-publications.repository';
import { AuditHeadPublisher } from './audit-head-publisher';

describe('daily publication of the audit head (real PostgreSQL)', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    // A database of its own: the publications table starts empty and no other test writes to it.
    database = await createIsolatedDatabase('jumush_ah');
    dataSource = await new DataSource(dataSourceOptions(database.url, { poolSize: 6 })).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const writeEvent = (tag: string) =>
    dataSource.query(
      `INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, reason, data) VALUES (NULL, 'SYSTEM', 'test.published', 'test', $1, NULL, '{}')`,
      [tag],
    );
  const head = async () =>
    (await dataSource.query(`SELECT last_seq::text AS seq, last_hash AS hash FROM audit_chain_head`))[0] as { seq: string; hash: string };
  const publications = () =>
    dataSource.query(`SELECT published_on::text AS day, seq::text AS seq, hash FROM audit_head_publications ORDER BY published_on`) as Promise<
      Array<{ day: string; seq: string; hash: string }>
    >;
  const publisherOn = (instant: string) => new AuditHeadPublisher(new AuditHeadPublicationsRepository(dataSource), new FixedClock(new Date(instant)));

  it('publishes nothing while the chain is empty', async () => {
    expect(await publisherOn('2031-03-01T00:05:00Z').publishToday()).toEqual({ publishedOn: '2031-03-01', published: false });
    expect(await publications()).toEqual([]);
  });

  it('publishes the head once a day: a rerun, a retry or five at once the same day leave the first run’s head', async () => {
    await writeEvent('first');
    const first = await head();
    expect(await publisherOn('2031-03-02T00:05:00Z').publishToday()).toEqual({ publishedOn: '2031-03-02', published: true });
    await writeEvent('later the same day');
    expect(await publisherOn('2031-03-02T23:59:59Z').publishToday()).toEqual({ publishedOn: '2031-03-02', published: false });
    expect(await publications()).toEqual([{ day: '2031-03-02', seq: first.seq, hash: first.hash }]);

    const racing = await Promise.all(Array.from({ length: 5 }, () => publisherOn('2031-03-03T00:05:00Z').publishToday()));
    expect(racing.filter((run) => run.published)).toHaveLength(1);
    const second = await head();
    expect(second.seq).not.toBe(first.seq);
    expect(await publications()).toEqual([
      { day: '2031-03-02', seq: first.seq, hash: first.hash },
      { day: '2031-03-03', seq: second.seq, hash: second.hash },
    ]);
  });

  describe('through the queue', () => {
    let redis: DisposableRedis;
    let worker: StartedWorker | undefined;

    beforeAll(async () => {
      // Redis of its own: another test's worker on the shared one would take the job to its own database.
      redis = new DisposableRedis(await freePort());
      await redis.start();
    });
    afterAll(async () => {
      await worker?.close();
      await redis.dispose();
    });

    it('the worker publishes today’s head when it starts and keeps one daily schedule', async () => {
      await writeEvent('before the worker starts');
      worker = await startWorker({ DATABASE_URL: database.url, REDIS_URL: redis.url }, FAST_PIPELINE);
      const today = new Date().toISOString().slice(0, 10);
      await waitUntil('today’s head to be published', async () => (await publications()).some((row) => row.day === today), 20_000);
      const queue = new Queue(QueueName.System, { connection: redisConnectionOptions(redis.url) });
      try {
        const schedulers = await queue.getJobSchedulers();
        expect(schedulers.map((scheduler) => [scheduler.key, scheduler.pattern, scheduler.tz])).toEqual([
          [AUDIT_HEAD_SCHEDULER_ID, '5 0 * * *', 'UTC'],
        ]);
      } finally {
        await queue.close();
      }
    });
  });
});
