/**
 * Redis stopped and started again mid-run, without persistence: every job it held is gone. The
 * outbox keeps what was not published yet, and the sweeper queues again what Redis forgot, so every
 * notification arrives — and the delivery records keep any from arriving twice.
 */
import {
  DisposableRedis,
  count,
  createIsolatedDatabase,
  freePort,
  insertAccounts,
  insertOutbox,
  uniqueQueuePrefix,
  waitUntil,
} from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, startWorker, type StartedWorker } from '../../testing/worker-test-kit';

describe('notification pipeline across a Redis restart (own redis-server)', () => {
  let database: { url: string; drop(): Promise<void> };
  let redis: DisposableRedis;
  let worker: StartedWorker | undefined;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    redis = new DisposableRedis(await freePort());
    await redis.start();
  });

  afterAll(async () => {
    await worker?.close();
    await redis.dispose();
    await database.drop();
  });

  it('delivers every notification, none twice', async () => {
    // Two captured SMS per job, 50 jobs a second: most are still queued when Redis goes.
    worker = await startWorker(
      { DATABASE_URL: database.url, REDIS_URL: redis.url },
      { ...FAST_PIPELINE, queuePrefix: uniqueQueuePrefix(), recordingChunkSize: 2 },
    );
    const { dataSource } = worker;
    const migrants = await insertAccounts(dataSource, 200, 'MIGRANT');
    const before = await insertOutbox(
      dataSource,
      migrants.slice(0, 150).map((m) => m.id),
    );
    const delivered = () => count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE status = 'DELIVERED'`);

    // Stop Redis while most SMS are still queued (in-app notifications are not rate-limited and go first).
    await waitUntil('the first deliveries', async () => (await delivered()) >= 60, 30_000, 20);
    await redis.stop();
    const during = await insertOutbox(
      dataSource,
      migrants.slice(150).map((m) => m.id),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await count(dataSource, 'SELECT count(*) FROM outbox_messages WHERE id = ANY($1::bigint[]) AND published_at IS NULL', [during])).toBe(50);
    const deliveredWhileDown = await delivered();
    // Jobs were still queued when Redis went (so the sweeper has work to redo), and nothing moved while it was away.
    expect(deliveredWhileDown).toBeLessThan(300);
    await redis.start();

    await waitUntil('every delivery after the restart', async () => (await delivered()) === 400, 90_000);
    const all = [...before, ...during];
    expect(await count(dataSource, `SELECT count(*) FROM in_app_notifications WHERE outbox_id = ANY($1::bigint[])`, [all])).toBe(200);
    expect(await count(dataSource, `SELECT count(DISTINCT outbox_id) FROM in_app_notifications WHERE outbox_id = ANY($1::bigint[])`, [all])).toBe(
      200,
    );
    expect(await count(dataSource, `SELECT count(*) FROM captured_messages WHERE channel = 'SMS' AND outbox_id = ANY($1::bigint[])`, [all])).toBe(
      200,
    );
    expect(
      await count(dataSource, `SELECT count(DISTINCT outbox_id) FROM captured_messages WHERE channel = 'SMS' AND outbox_id = ANY($1::bigint[])`, [
        all,
      ]),
    ).toBe(200);
    expect(await count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE status <> 'DELIVERED'`)).toBe(0);
  }, 150_000);
});
