/** The notification pipeline end to end, on real PostgreSQL and Redis: outbox → relay → fan-out → delivery. */
import { Queue, Worker, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { NotificationChannel } from '@jumush/contracts';
import { homeTimeZoneOf, localDateIn, requiredChecklistItemsFor } from '@jumush/domain';
import { dataSourceOptions } from '@jumush/server/database';
import {
  DeliveryJob,
  NotificationJob,
  QueueName,
  deliverJobId,
  notifyJobId,
  departureReminderData,
  redisConnectionOptions,
  reminderJob,
  type DeliverJobData,
  type DeliverJobReturn,
  type NotifyJobData,
  type NotifyJobReturn,
} from '@jumush/server/queues';
import {
  count,
  createIsolatedDatabase,
  fakeHttpServer,
  freePort,
  insertAccounts,
  insertDeliveries,
  insertOutbox,
  insertOutboxBundle,
  setPreferences,
  uniqueQueuePrefix,
  waitUntil,
} from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, startWorker, type StartedWorker } from '../../testing/worker-test-kit';
import { PermanentDeliveryError, type ExternalChannelAdapter, type OutgoingMessage, type SendResult } from './channels/channel-adapter';
import { DeliveryService } from './delivery.service';
import { FanOutService } from './fan-out.service';

/** An external SMS provider that counts what it was asked to send; `refuse` may throw to fail a call. */
class CountingSms implements ExternalChannelAdapter {
  readonly kind = 'external';
  readonly channel = NotificationChannel.Sms;
  readonly name = 'counting-sms';
  /** Every call, refused or not. */
  readonly sent: OutgoingMessage[] = [];
  readonly accepted: OutgoingMessage[] = [];
  /** When each accepted message was sent (ms). */
  readonly sentAt: number[] = [];

  constructor(private readonly refuse: (message: OutgoingMessage, calls: number) => void = () => undefined) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    this.sent.push(message);
    this.refuse(message, this.sent.length);
    this.accepted.push(message);
    this.sentAt.push(Date.now());
    return { providerMessageId: `sms-${this.accepted.length}` };
  }
}

const redisUrl = () => process.env['REDIS_URL'] as string;

describe('notification pipeline (real PostgreSQL and Redis)', () => {
  let database: { url: string; drop(): Promise<void> };
  let worker: StartedWorker | undefined;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
  });

  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  afterAll(async () => {
    await database.drop();
  });

  const start = (notifications = {}, env: Record<string, string> = {}) =>
    startWorker(
      { DATABASE_URL: database.url, REDIS_URL: redisUrl(), PUBLIC_WEB_URL: 'https://jumush.kg', ...env },
      { ...FAST_PIPELINE, queuePrefix: uniqueQueuePrefix(), ...notifications },
    );

  it('a decision on a batch of 300 gives exactly 300 deliveries per chosen channel', async () => {
    worker = await start();
    const { dataSource } = worker;
    const migrants = await insertAccounts(dataSource, 300, 'MIGRANT', true);
    // A hundred of them chose e-mail instead of SMS, and Russian.
    await setPreferences(
      dataSource,
      migrants.slice(0, 100).map((m) => m.id),
      { channels: ['EMAIL', 'IN_APP'], locale: 'ru' },
    );
    const outboxIds = await insertOutbox(
      dataSource,
      migrants.map((m) => m.id),
      'application.approved',
      { vacancyTitle: 'Сварщик НАКС' },
    );

    await waitUntil(
      'every delivery',
      async () =>
        (await count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE status = 'DELIVERED' AND outbox_id = ANY($1::bigint[])`, [
          outboxIds,
        ])) === 600,
      60_000,
    );

    const byChannel: Array<{ channel: string; count: string }> = await dataSource.query(
      `SELECT channel, count(*) FROM notification_deliveries WHERE outbox_id = ANY($1::bigint[]) GROUP BY channel ORDER BY channel`,
      [outboxIds],
    );
    // In the enum's order.
    expect(byChannel.map((row) => [row.channel, Number(row.count)])).toEqual([
      ['IN_APP', 300],
      ['EMAIL', 100],
      ['SMS', 200],
    ]);
    expect(await count(dataSource, `SELECT count(*) FROM in_app_notifications WHERE outbox_id = ANY($1::bigint[])`, [outboxIds])).toBe(300);
    expect(
      await count(dataSource, `SELECT count(DISTINCT outbox_id) FROM captured_messages WHERE channel = 'SMS' AND outbox_id = ANY($1::bigint[])`, [
        outboxIds,
      ]),
    ).toBe(200);
    expect(
      await count(dataSource, `SELECT count(*) FROM captured_messages WHERE channel = 'SMS' AND outbox_id = ANY($1::bigint[])`, [outboxIds]),
    ).toBe(200);
    await waitUntil(
      'captured e-mail',
      async () =>
        (await count(dataSource, `SELECT count(*) FROM captured_messages WHERE channel = 'EMAIL' AND outbox_id = ANY($1::bigint[])`, [outboxIds])) ===
        100,
    );
    expect(
      await count(dataSource, `SELECT count(*) FROM notification_fanouts WHERE outbox_id = ANY($1::bigint[]) AND deliveries = 2`, [outboxIds]),
    ).toBe(300);
    expect(await count(dataSource, `SELECT count(*) FROM outbox_messages WHERE id = ANY($1::bigint[]) AND published_at IS NULL`, [outboxIds])).toBe(
      0,
    );

    // In the reader's language, with the link to the letter.
    const [sms] = await dataSource.query(`SELECT body, recipient FROM captured_messages WHERE channel = 'SMS' AND account_id = $1`, [
      migrants[150].id,
    ]);
    expect(sms.recipient).toBe(migrants[150].phone);
    expect(sms.body).toMatch(/^Jumush: бекитилди! «Сварщик НАКС»\. Кат: https:\/\/jumush\.kg\/ky\/applications\/[0-9a-f-]{36}\/letter$/);
    const [mail] = await dataSource.query(`SELECT subject, body, recipient FROM captured_messages WHERE channel = 'EMAIL' AND account_id = $1`, [
      migrants[0].id,
    ]);
    expect(mail).toMatchObject({ subject: 'Набор одобрен', recipient: migrants[0].email });
    expect(mail.body).toContain('Трудовой атташе одобрил ваш набор по вакансии «Сварщик НАКС»');
    const [inApp] = await dataSource.query(`SELECT type, title, link FROM in_app_notifications WHERE account_id = $1`, [migrants[299].id]);
    expect(inApp).toMatchObject({ type: 'approved', title: 'Топ бекитилди' });
  });

  it("writes a move's bundle out as one outbox row per message, once, each delivered as the API's own row would be", async () => {
    worker = await start();
    const { dataSource } = worker;
    const migrants = await insertAccounts(dataSource, 50, 'MIGRANT');
    const { bundleId, applicationIds } = await insertOutboxBundle(
      dataSource,
      migrants.map((m) => [m.id]),
      'application.approved',
      { vacancyTitle: 'Сварщик НАКС', from: 'IN_BATCH', to: 'APPROVED' },
    );
    // A bundle no reader understands (a writer's bug) holds up nothing: the good one still goes out.
    const [{ id: broken }] = await dataSource.query(
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload, bundle_size)
       VALUES ('application.approved', 'application', '', '{}', '{"aggregateIds": ["a"]}', 1) RETURNING id::text AS id`,
    );
    const written = `SELECT count(*) FROM notification_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id WHERE o.bundle_id = $1`;
    await waitUntil('every delivery', async () => (await count(dataSource, `${written} AND d.status = 'DELIVERED'`, [bundleId])) === 100, 30_000);

    // A retried or duplicated fan-out of the bundle, also two at once, writes nothing more and sends nothing again.
    const fanOut = worker.app.get(FanOutService);
    await Promise.all([fanOut.fanOut([bundleId]), fanOut.fanOut([bundleId])]);
    expect(await fanOut.unbundle([bundleId])).toBe(0);
    expect(await count(dataSource, `SELECT count(*) FROM outbox_messages WHERE bundle_id = $1`, [bundleId])).toBe(50);
    expect(await count(dataSource, written, [bundleId])).toBe(100);
    expect(
      await count(dataSource, `SELECT count(*) FROM captured_messages WHERE channel = 'SMS' AND account_id = ANY($1::uuid[])`, [
        migrants.map((m) => m.id),
      ]),
    ).toBe(50);
    expect(await count(dataSource, `SELECT count(*) FROM outbox_messages WHERE bundle_id = $1`, [broken])).toBe(0);
    expect(await count(dataSource, `SELECT count(*) FROM notification_fanouts WHERE outbox_id = $1 AND deliveries = 0`, [broken])).toBe(1);
    // The bundle itself tells nobody; its fan-out record says it is done.
    expect(await count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE outbox_id = $1`, [bundleId])).toBe(0);
    expect(await count(dataSource, `SELECT count(*) FROM notification_fanouts WHERE outbox_id = $1 AND deliveries = 0`, [bundleId])).toBe(1);

    // Each message as a row of its own: its application, its recipient, the bundle's date, in the bundle's order.
    const rows: Array<{ aggregate_id: string; recipient_ids: string[]; payload: Record<string, unknown>; same_date: boolean }> =
      await dataSource.query(
        `SELECT o.aggregate_id, o.recipient_ids, o.payload, o.created_at = b.created_at AS same_date
         FROM outbox_messages o JOIN outbox_messages b ON b.id = o.bundle_id WHERE o.bundle_id = $1 ORDER BY o.id`,
        [bundleId],
      );
    expect(rows[7]).toEqual({
      aggregate_id: applicationIds[7],
      recipient_ids: [migrants[7].id],
      payload: { applicationId: applicationIds[7], vacancyTitle: 'Сварщик НАКС', from: 'IN_BATCH', to: 'APPROVED' },
      same_date: true,
    });
    expect(rows.map((row) => row.aggregate_id)).toEqual(applicationIds);
    const [sms] = await dataSource.query(`SELECT body, recipient FROM captured_messages WHERE channel = 'SMS' AND account_id = $1`, [migrants[7].id]);
    expect(sms).toEqual({
      recipient: migrants[7].phone,
      body: `Jumush: бекитилди! «Сварщик НАКС». Кат: https://jumush.kg/ky/applications/${applicationIds[7]}/letter`,
    });
  });

  const deliveryQueue = (prefix: string, name: QueueName = QueueName.DeliveriesSms) =>
    new Queue<DeliverJobData, DeliverJobReturn>(name, { connection: redisConnectionOptions(redisUrl()), prefix });
  const outcomeOf = (result: DeliverJobReturn) => (result.delivered > 0 ? 'delivered' : result.alreadyDone > 0 ? 'alreadyDelivered' : 'nothing');

  it('delivers a job enqueued twice once — also when the second copy has another job id', async () => {
    const sms = new CountingSms();
    const prefix = uniqueQueuePrefix();
    worker = await start({ queuePrefix: prefix, runRelay: false, runSweeper: false, channelAdapters: { SMS: sms } });
    const [migrant] = await insertAccounts(worker.dataSource, 1, 'MIGRANT');
    const [outboxId] = await insertOutbox(worker.dataSource, [migrant.id], 'application.declined', { vacancyTitle: 'Бетонщик', reason: 'нет опыта' });
    const [deliveryId] = await insertDeliveries(worker.dataSource, [{ outboxId, accountId: migrant.id, channel: 'SMS' }]);
    const queue = deliveryQueue(prefix);
    const data: DeliverJobData = { channel: 'SMS', deliveryIds: [deliveryId] };
    await queue.add(DeliveryJob.Deliver, data, { jobId: deliverJobId(data) });
    await queue.add(DeliveryJob.Deliver, data, { jobId: deliverJobId(data) });
    // As if the first job had been removed from Redis already and the same delivery came again.
    await queue.add(DeliveryJob.Deliver, data, { jobId: `${deliverJobId(data)}.again` });
    await waitUntil('both jobs to finish', async () => (await queue.getJobCounts('completed')).completed === 2);
    await queue.close();
    expect(sms.sent).toHaveLength(1);
    expect(sms.sent[0]).toMatchObject({
      address: migrant.phone,
      sms: 'Jumush: «Бетонщик» боюнча арыз четке кагылды. Себеби: нет опыта',
      idempotencyKey: `deliver.${outboxId}.${migrant.id}.SMS`,
    });
    const [record] = await worker.dataSource.query(`SELECT status, attempts, provider_message_id FROM notification_deliveries WHERE outbox_id = $1`, [
      outboxId,
    ]);
    expect(record).toEqual({ status: 'DELIVERED', attempts: 1, provider_message_id: 'sms-1' });
  });

  it('fans a relay batch out once, also when its notify job comes twice and another batch overlaps it', async () => {
    const prefix = uniqueQueuePrefix();
    worker = await start({ queuePrefix: prefix, runRelay: false, runSweeper: false });
    const { dataSource } = worker;
    const migrants = await insertAccounts(dataSource, 20, 'MIGRANT');
    const outboxIds = await insertOutbox(
      dataSource,
      migrants.map((m) => m.id),
      'application.approved',
      { vacancyTitle: 'Плотник' },
    );
    const queue = new Queue<NotifyJobData, NotifyJobReturn>(QueueName.Notifications, { connection: redisConnectionOptions(redisUrl()), prefix });
    const batch: NotifyJobData = { outboxIds };
    const overlapping: NotifyJobData = { outboxIds: outboxIds.slice(5, 15) };
    await queue.add(NotificationJob.Notify, batch, { jobId: notifyJobId(batch.outboxIds) });
    await queue.add(NotificationJob.Notify, batch, { jobId: notifyJobId(batch.outboxIds) });
    await queue.add(NotificationJob.Notify, overlapping, { jobId: notifyJobId(overlapping.outboxIds) });
    await waitUntil('both notify jobs', async () => (await queue.getJobCounts('completed')).completed === 2);
    await waitUntil(
      'every delivery',
      async () =>
        (await count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE status = 'DELIVERED' AND outbox_id = ANY($1::bigint[])`, [
          outboxIds,
        ])) === 40,
    );
    await queue.close();
    expect(await count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE outbox_id = ANY($1::bigint[])`, [outboxIds])).toBe(40);
    expect(
      await count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE outbox_id = ANY($1::bigint[]) AND attempts <> 1`, [outboxIds]),
    ).toBe(0);
    expect(await count(dataSource, `SELECT count(*) FROM in_app_notifications WHERE outbox_id = ANY($1::bigint[])`, [outboxIds])).toBe(20);
    expect(
      await count(dataSource, `SELECT count(*) FROM captured_messages WHERE channel = 'SMS' AND outbox_id = ANY($1::bigint[])`, [outboxIds]),
    ).toBe(20);
    expect(
      await count(dataSource, `SELECT count(*) FROM notification_fanouts WHERE outbox_id = ANY($1::bigint[]) AND deliveries = 2`, [outboxIds]),
    ).toBe(20);
  });

  it('records each message of a chunk once when jobs with overlapping chunks run at the same time', async () => {
    const prefix = uniqueQueuePrefix();
    worker = await start({ queuePrefix: prefix, runRelay: false, runSweeper: false });
    const { dataSource } = worker;
    const migrants = await insertAccounts(dataSource, 40, 'MIGRANT');
    const outboxIds = await insertOutbox(
      dataSource,
      migrants.map((m) => m.id),
      'application.approved',
      { vacancyTitle: 'Плотник' },
    );
    const queues = [deliveryQueue(prefix, QueueName.DeliveriesInApp), deliveryQueue(prefix, QueueName.DeliveriesSms)];
    for (const [queue, channel] of [
      [queues[0], 'IN_APP'],
      [queues[1], 'SMS'],
    ] as const) {
      const ids = await insertDeliveries(
        dataSource,
        outboxIds.map((outboxId, i) => ({ outboxId, accountId: migrants[i].id, channel })),
      );
      const chunks: DeliverJobData[] = [ids.slice(0, 30), ids.slice(10), ids].map((deliveryIds) => ({ channel, deliveryIds }));
      await queue.addBulk(chunks.map((data) => ({ name: DeliveryJob.Deliver, data, opts: { jobId: deliverJobId(data) } })));
    }
    for (const queue of queues) await waitUntil('the three chunks', async () => (await queue.getJobCounts('completed')).completed === 3);
    const results = (await Promise.all(queues.map((queue) => queue.getJobs(['completed'])))).map((jobs) => jobs.map((job) => job.returnvalue));
    await Promise.all(queues.map((queue) => queue.close()));
    for (const perChannel of results) {
      expect(perChannel.reduce((sum, result) => sum + result.delivered, 0)).toBe(40);
      expect(perChannel.reduce((sum, result) => sum + result.delivered + result.alreadyDone, 0)).toBe(30 + 30 + 40);
    }
    expect(
      await count(
        dataSource,
        `SELECT count(*) FROM notification_deliveries WHERE outbox_id = ANY($1::bigint[]) AND (status <> 'DELIVERED' OR attempts <> 1)`,
        [outboxIds],
      ),
    ).toBe(0);
    expect(await count(dataSource, `SELECT count(*) FROM in_app_notifications WHERE outbox_id = ANY($1::bigint[])`, [outboxIds])).toBe(40);
    expect(
      await count(dataSource, `SELECT count(*) FROM captured_messages WHERE channel = 'SMS' AND outbox_id = ANY($1::bigint[])`, [outboxIds]),
    ).toBe(40);
    expect(
      await count(dataSource, `SELECT count(DISTINCT outbox_id) FROM captured_messages WHERE channel = 'SMS' AND outbox_id = ANY($1::bigint[])`, [
        outboxIds,
      ]),
    ).toBe(40);
  });

  it('retries a chunk for an external provider one message at a time, re-sending only what is not recorded', async () => {
    // The provider refuses the second message once (a timeout, say) and the fourth for good.
    const sms = new CountingSms((message, calls) => {
      if (message.address === fourth.phone) throw new PermanentDeliveryError('SMS gateway answered 400: no such number');
      if (message.address === second.phone && calls === 2) throw new Error('SMS gateway answered 504: timeout');
    });
    const prefix = uniqueQueuePrefix();
    worker = await start({ queuePrefix: prefix, runRelay: false, runSweeper: false, channelAdapters: { SMS: sms } });
    const migrants = await insertAccounts(worker.dataSource, 4, 'MIGRANT');
    const [, second, , fourth] = migrants;
    const outboxIds = await insertOutbox(
      worker.dataSource,
      migrants.map((m) => m.id),
    );
    const ids = await insertDeliveries(
      worker.dataSource,
      outboxIds.map((outboxId, i) => ({ outboxId, accountId: migrants[i].id, channel: 'SMS' })),
    );
    const queue = deliveryQueue(prefix);
    const data: DeliverJobData = { channel: 'SMS', deliveryIds: ids };
    await queue.add(DeliveryJob.Deliver, data, { jobId: deliverJobId(data), attempts: 3, backoff: { type: 'fixed', delay: 100 } });
    await waitUntil('the job to give up on the refused number', async () => (await queue.getJobCounts('failed')).failed === 1);
    const [failedJob] = await queue.getJobs(['failed']);
    await queue.close();
    // First attempt: 1 sent, 2 fails, 3 sent, 4 refused for good. Second attempt: only 2, sent.
    expect(sms.sent.map((message) => message.address)).toEqual([migrants[0].phone, second.phone, migrants[2].phone, fourth.phone, second.phone]);
    expect(new Set(sms.accepted.map((message) => message.idempotencyKey)).size).toBe(3);
    expect(failedJob.failedReason).toBe('SMS gateway answered 400: no such number');
    expect(failedJob.attemptsMade).toBe(2);
    const records: Array<{ status: string; attempts: number; last_error: string | null }> = await worker.dataSource.query(
      `SELECT status, attempts, last_error FROM notification_deliveries WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [ids],
    );
    expect(records).toEqual([
      { status: 'DELIVERED', attempts: 1, last_error: null },
      { status: 'DELIVERED', attempts: 2, last_error: null },
      { status: 'DELIVERED', attempts: 1, last_error: null },
      { status: 'FAILED', attempts: 1, last_error: 'SMS gateway answered 400: no such number' },
    ]);
  });

  it('sends at most 50 SMS a second to a gateway, however many approvals arrive at once', async () => {
    const sms = new CountingSms();
    worker = await start({ channelAdapters: { SMS: sms } });
    const migrants = await insertAccounts(worker.dataSource, 120, 'MIGRANT');
    await setPreferences(
      worker.dataSource,
      migrants.map((m) => m.id),
      { channels: ['SMS'], locale: 'ky' },
    );
    await insertOutbox(
      worker.dataSource,
      migrants.map((m) => m.id),
      'application.approved',
      { vacancyTitle: 'Маляр' },
    );
    await waitUntil('every SMS', async () => sms.accepted.length === 120, 30_000);
    const times = sms.sentAt;
    // 50 jobs of one message each per window of a second: the 101st message cannot leave before two windows have passed.
    expect(times.filter((time) => time < times[0] + 900).length).toBeLessThanOrEqual(50);
    expect(times[100] - times[0]).toBeGreaterThanOrEqual(1_900);
  });

  it('sends once when the worker crashes after sending and before finishing the job (the retry finds the delivery record)', async () => {
    const sms = new CountingSms();
    const prefix = uniqueQueuePrefix();
    worker = await start({ queuePrefix: prefix, runWorkers: false, runRelay: false, runSweeper: false, channelAdapters: { SMS: sms } });
    const delivery = worker.app.get(DeliveryService);
    const [migrant] = await insertAccounts(worker.dataSource, 1, 'MIGRANT');
    const [outboxId] = await insertOutbox(worker.dataSource, [migrant.id]);
    const [deliveryId] = await insertDeliveries(worker.dataSource, [{ outboxId, accountId: migrant.id, channel: 'SMS' }]);
    const connection = redisConnectionOptions(redisUrl());
    const queue = deliveryQueue(prefix);
    const outcomes: string[] = [];
    const crashing = new Worker<DeliverJobData, DeliverJobReturn>(
      QueueName.DeliveriesSms,
      async (job: Job<DeliverJobData, DeliverJobReturn>) => {
        const result = await delivery.handle(job);
        outcomes.push(outcomeOf(result));
        if (job.attemptsMade === 0) throw new Error('worker died before marking the job completed');
        return result;
      },
      { connection, prefix },
    );
    const data: DeliverJobData = { channel: 'SMS', deliveryIds: [deliveryId] };
    await queue.add(DeliveryJob.Deliver, data, { jobId: deliverJobId(data), attempts: 3, backoff: { type: 'fixed', delay: 100 } });
    await waitUntil('the retry to complete', async () => (await queue.getJobCounts('completed')).completed === 1);
    await crashing.close();
    await queue.close();
    expect(outcomes).toEqual(['delivered', 'alreadyDelivered']);
    expect(sms.sent).toHaveLength(1);
  });

  it('sends once when a worker dies mid-job: the stalled job goes to another worker, which finds it delivered', async () => {
    const sms = new CountingSms();
    const prefix = uniqueQueuePrefix();
    worker = await start({ queuePrefix: prefix, runWorkers: false, runRelay: false, runSweeper: false, channelAdapters: { SMS: sms } });
    const delivery = worker.app.get(DeliveryService);
    const [migrant] = await insertAccounts(worker.dataSource, 1, 'MIGRANT');
    const [outboxId] = await insertOutbox(worker.dataSource, [migrant.id]);
    const [deliveryId] = await insertDeliveries(worker.dataSource, [{ outboxId, accountId: migrant.id, channel: 'SMS' }]);
    const connection = redisConnectionOptions(redisUrl());
    const queue = deliveryQueue(prefix);
    let sentByFirst = false;
    // The first worker sends, then hangs: its process "dies" (force-closed, so its lock is never renewed again).
    const dying = new Worker<DeliverJobData, DeliverJobReturn>(
      QueueName.DeliveriesSms,
      async (job: Job<DeliverJobData, DeliverJobReturn>) => {
        await delivery.handle(job);
        sentByFirst = true;
        return new Promise<DeliverJobReturn>(() => undefined);
      },
      { connection, prefix, lockDuration: 1_000, stalledInterval: 500 },
    );
    const data: DeliverJobData = { channel: 'SMS', deliveryIds: [deliveryId] };
    await queue.add(DeliveryJob.Deliver, data, { jobId: deliverJobId(data), attempts: 3 });
    await waitUntil('the first worker to send', async () => sentByFirst);
    await dying.close(true);
    const outcomes: string[] = [];
    const survivor = new Worker<DeliverJobData, DeliverJobReturn>(
      QueueName.DeliveriesSms,
      async (job: Job<DeliverJobData, DeliverJobReturn>) => {
        const result = await delivery.handle(job);
        outcomes.push(outcomeOf(result));
        return result;
      },
      { connection, prefix, lockDuration: 1_000, stalledInterval: 500 },
    );
    await waitUntil('the stalled job to be redone', async () => (await queue.getJobCounts('completed')).completed === 1, 30_000);
    await survivor.close();
    await queue.close();
    expect(outcomes).toEqual(['alreadyDelivered']);
    expect(sms.sent).toHaveLength(1);
  });

  it('sends Telegram messages through the Bot API to the linked chat, and records a blocked bot as failed with its reason', async () => {
    const telegram = await fakeHttpServer((request) =>
      request.body.includes('"chat_id":"666"')
        ? { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } }
        : { status: 200, body: { ok: true, result: { message_id: 4242 } } },
    );
    try {
      worker = await start({}, { TELEGRAM_BOT_TOKEN: '123456:test-token', TELEGRAM_API_URL: telegram.url });
      const [reader, blocker] = await insertAccounts(worker.dataSource, 2, 'MIGRANT');
      await setPreferences(worker.dataSource, [reader.id], { channels: ['TELEGRAM'], locale: 'tg', telegramChatId: '555' });
      await setPreferences(worker.dataSource, [blocker.id], { channels: ['TELEGRAM'], locale: 'ru', telegramChatId: '666' });
      const [ok, blocked] = await insertOutbox(worker.dataSource, [reader.id, blocker.id], 'application.shortlisted', {
        vacancyTitle: 'Каменщик',
        from: 'SUBMITTED',
      });
      const status = async (outboxId: string) =>
        (
          (await worker!.dataSource.query(
            `SELECT status, last_error, provider_message_id FROM notification_deliveries WHERE outbox_id = $1 AND channel = 'TELEGRAM'`,
            [outboxId],
          )) as Array<Record<string, string>>
        )[0];
      await waitUntil(
        'both Telegram deliveries to settle',
        async () => (await status(ok))?.['status'] === 'DELIVERED' && (await status(blocked))?.['status'] === 'FAILED',
      );
      expect(await status(ok)).toMatchObject({ provider_message_id: '4242' });
      expect(await status(blocked)).toMatchObject({ last_error: 'Telegram answered 403: Forbidden: bot was blocked by the user' });
      const sent = telegram.requests.find((request) => request.body.includes('"chat_id":"555"'))!;
      expect(sent.url).toBe('/bot123456:test-token/sendMessage');
      expect(JSON.parse(sent.body).text).toContain('Корфармо шуморо аз рӯи ҷои кори «Каменщик» ба рӯйхати кӯтоҳ дохил кард.');
      // A permanent refusal is not retried.
      expect(telegram.requests.filter((request) => request.body.includes('"chat_id":"666"'))).toHaveLength(1);
    } finally {
      await telegram.close();
    }
  });

  it('retries an SMS gateway that fails, with the same idempotency key, until it accepts', async () => {
    const gateway = await fakeHttpServer((_request, index) =>
      index === 0 ? { status: 503, body: { error: 'busy' } } : { status: 202, body: { id: 'gw-77' } },
    );
    try {
      worker = await start({}, { SMS_GATEWAY_URL: `${gateway.url}/send`, SMS_GATEWAY_KEY: 'gateway-key' });
      const [migrant] = await insertAccounts(worker.dataSource, 1, 'MIGRANT');
      const [outboxId] = await insertOutbox(worker.dataSource, [migrant.id], 'application.in_batch', { vacancyTitle: 'Штукатур' });
      await waitUntil(
        'the SMS to go out',
        async () =>
          (await count(
            worker!.dataSource,
            `SELECT count(*) FROM notification_deliveries WHERE outbox_id = $1 AND channel = 'SMS' AND status = 'DELIVERED'`,
            [outboxId],
          )) === 1,
      );
      expect(gateway.requests).toHaveLength(2);
      const [first, second] = gateway.requests;
      expect(first.headers['idempotency-key']).toBe(second.headers['idempotency-key']);
      expect(second.headers['authorization']).toBe('Bearer gateway-key');
      expect(JSON.parse(second.body)).toEqual({
        to: migrant.phone,
        text: 'Jumush: «Штукатур» боюнча топко кошулдуңуз. Атташенин жообун күтүңүз.',
        reference: second.headers['idempotency-key'],
      });
      const [record] = await worker.dataSource.query(
        `SELECT attempts, provider_message_id FROM notification_deliveries WHERE outbox_id = $1 AND channel = 'SMS'`,
        [outboxId],
      );
      expect(record).toEqual({ attempts: 2, provider_message_id: 'gw-77' });
    } finally {
      await gateway.close();
    }
  });

  it('writes a due departure reminder into the outbox once, with the checklist items still open, and delivers it', async () => {
    const prefix = uniqueQueuePrefix();
    worker = await start({ queuePrefix: prefix });
    const [migrant] = await insertAccounts(worker.dataSource, 1, 'MIGRANT');
    await setPreferences(worker.dataSource, [migrant.id], { channels: ['IN_APP'], locale: 'en' });
    // Three days ahead on the calendar of Bishkek (a Kyrgyz citizen's home), where the reminder counts the days; nothing on the checklist is done.
    const departure = localDateIn(new Date(Date.now() + 3 * 86_400_000), homeTimeZoneOf('KG'));
    const [{ id: profileId }]: Array<{ id: string }> = await worker.dataSource.query(
      `INSERT INTO candidate_profiles (account_id, origin_country, planned_departure_on, version) VALUES ($1, 'KG', $2, 1) RETURNING id`,
      [migrant.id, departure],
    );
    const queue = new Queue(QueueName.Reminders, { connection: redisConnectionOptions(redisUrl()), prefix });
    const job = reminderJob(departureReminderData(profileId, migrant.id, departure), new Date());
    await queue.add(job.name, job.data, job.opts);
    await queue.add(job.name, job.data, job.opts);
    await waitUntil(
      'the reminder in the notification centre',
      async () => (await count(worker!.dataSource, `SELECT count(*) FROM in_app_notifications WHERE account_id = $1`, [migrant.id])) === 1,
    );
    await queue.close();
    // The kit's migrants are citizens of Kyrgyzstan (the EAEU regime): the reminder names what that rule set requires.
    const required = requiredChecklistItemsFor('EAEU');
    const open = required.length;
    const rows: Array<{ topic: string; payload: Record<string, unknown> }> = await worker.dataSource.query(
      `SELECT topic, payload FROM outbox_messages WHERE $1 = ANY(recipient_ids)`,
      [migrant.id],
    );
    expect(rows).toEqual([
      { topic: 'reminder.departure', payload: { departureDate: departure, openItemKinds: [...required], openItems: open, citizenship: 'KG' } },
    ]);
    const [notification] = await worker.dataSource.query(`SELECT type, title, body FROM in_app_notifications WHERE account_id = $1`, [migrant.id]);
    expect(notification).toMatchObject({ type: 'departureReminder', title: 'Departure soon' });
    expect(notification.body).toMatch(new RegExp(`^Your departure is on \\w+ \\d+, in 3 days\\. ${open} checklist items are still open: .+\\.$`));
  });

  it('serves Prometheus metrics next to /health, and stops taking outbox rows on shutdown', async () => {
    const port = await freePort();
    worker = await startWorker(
      { DATABASE_URL: database.url, REDIS_URL: redisUrl(), WORKER_HEALTH_PORT: String(port) },
      { ...FAST_PIPELINE, queuePrefix: uniqueQueuePrefix() },
      { healthServer: true },
    );
    const { dataSource } = worker;
    const [migrant] = await insertAccounts(dataSource, 1, 'MIGRANT');
    await insertOutbox(dataSource, [migrant.id]);
    await waitUntil(
      'the delivery',
      async () =>
        (await count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE account_id = $1 AND status = 'DELIVERED'`, [migrant.id])) === 2,
    );
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/jumush_notifications_delivered_total\{channel="SMS"\} 1/);
    expect(metrics).toMatch(/jumush_notification_latency_seconds_count\{channel="IN_APP"\} 1/);
    expect(metrics).toContain('jumush_queue_jobs{queue="notifications",state="completed"} 1');
    expect(metrics).toContain('jumush_outbox_relayed_total 1');

    await worker.close();
    worker = undefined;
    const probe = await new DataSource(dataSourceOptions(database.url, { applicationName: 'jumush-test-probe', poolSize: 1 })).initialize();
    try {
      const [late] = await insertOutbox(probe, [migrant.id]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await count(probe, `SELECT count(*) FROM outbox_messages WHERE id = $1 AND published_at IS NULL`, [late])).toBe(1);
    } finally {
      await probe.destroy();
    }
  });
});
