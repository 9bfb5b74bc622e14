/** The notification pipeline benchmark itself; run.ts registers the path aliases before this module loads. */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { WorkerConfig, loadConfig } from '@jumush/server/config';
import { dataSourceOptions, runMigrationsExclusively } from '@jumush/server/database';
import { QueueName, redisConnectionOptions } from '@jumush/server/queues';
import { NotificationQueues, type NotificationQueueName } from '../../apps/worker/src/app/notifications/notification-queues';
import { WorkerModule } from '../../apps/worker/src/app/worker.module';
import { ensureDatabase, startPostgres } from '../../tools/stack/postgres';
import { startRedis } from '../../tools/stack/redis';

const NOTIFICATIONS = Number(process.env['BENCH_NOTIFICATIONS'] ?? 10_000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 20);
/** Deliveries per job on a recording channel; unset: the production default. */
const CHUNK_SIZE = process.env['BENCH_CHUNK_SIZE'] ? Number(process.env['BENCH_CHUNK_SIZE']) : undefined;
const TARGET_RATIO = 0.5;
const say = (line: string) => console.log(`[bench:notifications] ${line}`);

interface Result {
  count: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summarise(count: number, seconds: number, latenciesMs: number[]): Result {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return { count, seconds, throughput: count / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Raw BullMQ: N empty jobs added in bulk (500 at a time, as the relay does) and processed by one worker of the same concurrency. */
async function rawBullmq(redisUrl: string, count: number): Promise<Result> {
  const prefix = `bench-raw-${randomBytes(3).toString('hex')}`;
  const connection = redisConnectionOptions(redisUrl);
  const queue = new Queue('raw', { connection, prefix, defaultJobOptions: { removeOnComplete: { age: 3600, count: 100_000 } } });
  const latencies: number[] = [];
  let lastFinished = 0;
  const done = new Promise<void>((resolve) => {
    const worker = new Worker('raw', async () => undefined, { connection, prefix, concurrency: CONCURRENCY });
    worker.on('completed', (job) => {
      latencies.push((job.finishedOn ?? Date.now()) - job.timestamp);
      lastFinished = Math.max(lastFinished, job.finishedOn ?? Date.now());
      if (latencies.length === count) void worker.close().then(() => resolve());
    });
  });
  const started = Date.now();
  for (let offset = 0; offset < count; offset += 500) {
    await queue.addBulk(Array.from({ length: Math.min(500, count - offset) }, (_, index) => ({ name: 'empty', data: { n: offset + index } })));
  }
  await done;
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  return summarise(count, (lastFinished - started) / 1_000, latencies);
}

/** The real pipeline: N outbox rows (one migrant each, default channels SMS + in-app) written in one statement, as a batch decision does. */
interface PipelineResult extends Result {
  deliveries: number;
  notifyJobs: number;
  deliverJobs: number;
}

async function pipeline(databaseUrl: string, redisUrl: string, count: number): Promise<PipelineResult> {
  const config = loadConfig(WorkerConfig, {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    PASSPORT_ENCRYPTION_KEYS: `b1:${randomBytes(32).toString('base64')}`,
    WORKER_CONCURRENCY: String(CONCURRENCY),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  });
  // Production settings, except that the SMS rate limit (50/s, there to spare a paid gateway) is off: this measures the pipeline, not the limiter.
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, {
      healthServer: false,
      notifications: {
        queuePrefix: `bench-${randomBytes(3).toString('hex')}`,
        rateLimits: false,
        ...(CHUNK_SIZE ? { recordingChunkSize: CHUNK_SIZE } : {}),
      },
    }),
    { logger: ['warn', 'error'] },
  );
  await app.init();
  const dataSource = app.get(DataSource);
  try {
    const recipients: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO accounts (role, phone, phone_verified_at, password_hash, locale)
       SELECT 'MIGRANT', '+99677' || lpad((i + $2)::text, 7, '0'), now(), 'bench', 'ky' FROM generate_series(1, $1::int) AS i RETURNING id`,
      [count, Math.floor(Math.random() * 1_000_000)],
    );
    await dataSource.query('ANALYZE');
    const [{ first }] = await dataSource.query(`SELECT coalesce(max(id), 0)::text AS first FROM outbox_messages`);
    await dataSource.query(
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
       SELECT 'application.approved', 'application', r::text, ARRAY[r], jsonb_build_object('applicationId', gen_random_uuid(), 'vacancyTitle', 'Сварщик НАКС')
         FROM unnest($1::uuid[]) AS r`,
      [recipients.map((recipient) => recipient.id)],
    );
    const expected = count * 2;
    let progress = { delivered: -1, at: performance.now() };
    for (;;) {
      const [{ delivered }] = await dataSource.query(
        `SELECT count(*)::int AS delivered FROM notification_deliveries WHERE outbox_id > $1 AND status = 'DELIVERED'`,
        [first],
      );
      if (delivered >= expected) break;
      if (delivered > progress.delivered) progress = { delivered, at: performance.now() };
      // A pipeline that stopped moving is broken, not slow.
      if (performance.now() - progress.at > 60_000) throw new Error(`stuck at ${delivered} of ${expected} delivered for a minute`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rows: Array<{ latency_ms: number }> = await dataSource.query(
      `SELECT extract(epoch FROM d.delivered_at - o.created_at) * 1000 AS latency_ms FROM notification_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id
        WHERE d.outbox_id > $1 AND d.channel = 'SMS'`,
      [first],
    );
    const [{ seconds }] = await dataSource.query(
      `SELECT extract(epoch FROM max(d.delivered_at) - min(o.created_at)) AS seconds FROM notification_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id WHERE d.outbox_id > $1`,
      [first],
    );
    const [{ captured, duplicates }] = await dataSource.query(
      `SELECT count(*)::int AS captured, count(*) - count(DISTINCT outbox_id) AS duplicates FROM captured_messages WHERE channel = 'SMS' AND outbox_id > $1`,
      [first],
    );
    if (captured !== count || Number(duplicates) !== 0)
      throw new Error(`expected ${count} captured SMS without duplicates, got ${captured} (${duplicates} duplicates)`);
    const queues = app.get(NotificationQueues);
    const completed = async (name: NotificationQueueName) => (await queues.get(name).getJobCounts('completed')).completed ?? 0;
    const notifyJobs = await completed(QueueName.Notifications);
    const deliverJobs = (await completed(QueueName.DeliveriesSms)) + (await completed(QueueName.DeliveriesInApp));
    return {
      ...summarise(
        count,
        Number(seconds),
        rows.map((row) => Number(row.latency_ms)),
      ),
      deliveries: expected,
      notifyJobs,
      deliverJobs,
    };
  } finally {
    await app.close();
  }
}

const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export async function main(): Promise<number> {
  say(process.env['DATABASE_URL'] ? 'PostgreSQL: DATABASE_URL' : 'PostgreSQL: starting the embedded server…');
  const postgres = await startPostgres();
  say(process.env['REDIS_URL'] ? 'Redis: REDIS_URL' : 'Redis: starting redis-server…');
  const redis = await startRedis();
  const databaseName = process.env['BENCH_DATABASE_NAME'] ?? 'jumush_bench_notifications';
  const databaseUrl = await ensureDatabase(postgres.serverUrl, databaseName, true);
  try {
    const migrator = await new DataSource(dataSourceOptions(databaseUrl, { applicationName: 'jumush-bench-migrate', poolSize: 2 })).initialize();
    await runMigrationsExclusively(migrator);
    await migrator.destroy();

    say(`warming up (concurrency ${CONCURRENCY})…`);
    await rawBullmq(redis.url, 1_000);
    await pipeline(databaseUrl, redis.url, 500);

    say(`raw BullMQ: ${fmt(NOTIFICATIONS)} empty jobs…`);
    const raw = await rawBullmq(redis.url, NOTIFICATIONS);
    say(`pipeline: ${fmt(NOTIFICATIONS)} notifications…`);
    const full = await pipeline(databaseUrl, redis.url, NOTIFICATIONS);

    const ratio = full.throughput / raw.throughput;
    console.log('');
    console.log(`${fmt(NOTIFICATIONS)} notifications, worker concurrency ${CONCURRENCY} per queue, all enqueued at once (latency includes queueing)`);
    console.log('');
    console.log('                                        total s   per second   latency p50 ms   p95 ms');
    console.log(
      `raw BullMQ (add + empty job)           ${fmt(raw.seconds, 2).padStart(8)}   ${fmt(raw.throughput).padStart(10)}   ${fmt(raw.p50).padStart(14)}   ${fmt(raw.p95).padStart(6)}`,
    );
    console.log(
      `pipeline (outbox → SMS capture)        ${fmt(full.seconds, 2).padStart(8)}   ${fmt(full.throughput).padStart(10)}   ${fmt(full.p50).padStart(14)}   ${fmt(full.p95).padStart(6)}`,
    );
    console.log('');
    console.log(
      `${fmt(full.count)} outbox rows relayed in ${fmt(full.notifyJobs)} notify jobs; ${fmt(full.deliveries)} deliveries (SMS + in-app) in ${fmt(full.deliverJobs)} deliver jobs; ${fmt(full.deliveries)} delivery records, ${fmt(full.count)} captured SMS, none twice`,
    );
    console.log(`throughput ratio pipeline / raw: ${ratio.toFixed(2)}× (target ≥ ${TARGET_RATIO}×): ${ratio >= TARGET_RATIO ? 'PASS' : 'FAIL'}`);
    return ratio >= TARGET_RATIO ? 0 : 1;
  } finally {
    await redis.stop();
    await postgres.stop();
  }
}
