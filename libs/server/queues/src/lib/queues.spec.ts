import {
  DELIVERY_CHUNK_SIZE,
  DELIVERY_QUEUES,
  JOBS_BY_QUEUE,
  QUEUE_POLICIES,
  QueueName,
  deliverJobId,
  deliveryChunks,
  deliveryIdempotencyKey,
  jobIdFor,
  notifyJobId,
  remindJobId,
} from './queues';
import { parseInAppNotificationEvent } from './realtime';
import { reminderDueAt, reminderJob } from './reminders';
import { redisConnectionOptions } from './redis-connection';

describe('queue declarations', () => {
  it('declares jobs and a policy for every queue', () => {
    for (const queue of Object.values(QueueName)) {
      expect(JOBS_BY_QUEUE[queue].length).toBeGreaterThan(0);
      expect(QUEUE_POLICIES[queue].jobOptions.attempts).toBeGreaterThan(0);
    }
  });

  it('builds deterministic job ids', () => {
    expect(jobIdFor('deliver', 'event-1', 'account-2', 'sms')).toBe('deliver.event-1.account-2.sms');
    expect(jobIdFor('deliver', 'event-1')).toBe(jobIdFor('deliver', 'event-1'));
    expect(notifyJobId(['42'])).toBe('outbox.42');
    expect(deliverJobId({ channel: 'SMS', deliveryIds: ['7'] })).toBe('deliver.SMS.7');
    expect(deliveryIdempotencyKey({ outboxId: '42', accountId: 'a-1', channel: 'SMS' })).toBe('deliver.42.a-1.SMS');
    expect(remindJobId({ kind: 'departure', aggregateId: 'app-1' }, new Date('2026-04-18T06:00:00Z'))).toBe('remind.departure.app-1.2026-04-18');
    // BullMQ 6 refuses ":" in custom job ids.
    expect(deliverJobId({ channel: 'SMS', deliveryIds: ['7', '8'] })).not.toContain(':');
  });

  it('names a batch or a chunk by its whole set of ids, whatever their order', () => {
    const batch = notifyJobId(['10', '9', '100']);
    expect(batch).toMatch(/^outbox\.9-100\.[0-9a-f]{16}$/);
    expect(notifyJobId(['100', '10', '9'])).toBe(batch);
    // Same first, last and size, another row in the middle: another job.
    expect(notifyJobId(['9', '11', '100'])).not.toBe(batch);
    expect(deliverJobId({ channel: 'IN_APP', deliveryIds: ['3', '1', '2'] })).toBe(deliverJobId({ channel: 'IN_APP', deliveryIds: ['1', '2', '3'] }));
    expect(deliverJobId({ channel: 'IN_APP', deliveryIds: ['1', '2', '3'] })).not.toBe(
      deliverJobId({ channel: 'SMS', deliveryIds: ['1', '2', '3'] }),
    );
    expect(() => notifyJobId([])).toThrow();
  });

  it('splits deliveries into chunks in id order (numerically), without duplicates', () => {
    expect(deliveryChunks('IN_APP', ['11', '2', '10', '1', '2'], 2)).toEqual([
      { channel: 'IN_APP', deliveryIds: ['1', '2'] },
      { channel: 'IN_APP', deliveryIds: ['10', '11'] },
    ]);
    expect(deliveryChunks('SMS', [], 100)).toEqual([]);
  });

  it('sends one external message per job, so a rate limit in jobs is one in messages', () => {
    expect(DELIVERY_CHUNK_SIZE.external).toBe(1);
    expect(DELIVERY_CHUNK_SIZE.external * QUEUE_POLICIES[QueueName.DeliveriesSms].limiter!.max).toBe(50);
  });

  it('gives every delivery channel its own queue, rate-limited where a provider is paid by the message', () => {
    expect(new Set(Object.values(DELIVERY_QUEUES)).size).toBe(4);
    expect(QUEUE_POLICIES[QueueName.DeliveriesSms].limiter).toEqual({ max: 50, duration: 1_000 });
    expect(QUEUE_POLICIES[QueueName.DeliveriesInApp].limiter).toBeUndefined();
  });

  it('retries deliveries with exponential backoff and jitter, and keeps jobs long enough to deduplicate', () => {
    const options = QUEUE_POLICIES[QueueName.DeliveriesSms].jobOptions;
    expect(options.backoff).toEqual({ type: 'exponential', delay: 1_000, jitter: 0.5 });
    expect(options.removeOnComplete).toEqual({ age: 24 * 3600, count: 100_000 });
  });
});

describe('redisConnectionOptions', () => {
  it('reads host, port, password and database from the URL', () => {
    expect(redisConnectionOptions('redis://:s%40cret@cache:6380/2')).toMatchObject({
      host: 'cache',
      port: 6380,
      password: 's@cret',
      db: 2,
      maxRetriesPerRequest: null,
    });
  });

  it('defaults the port and database and enables TLS for rediss', () => {
    const options = redisConnectionOptions('rediss://cache');
    expect(options).toMatchObject({ port: 6379, db: 0 });
    expect(options.tls).toEqual({});
  });
});

describe('reminders', () => {
  it('come due in the Bishkek morning, days before the date', () => {
    expect(reminderDueAt('2026-04-21', 3).toISOString()).toBe('2026-04-18T03:00:00.000Z');
  });

  it('are delayed jobs with a deterministic id', () => {
    const data = { kind: 'departure' as const, recipientIds: ['a'], aggregateType: 'application', aggregateId: 'app-1', payload: {} };
    const job = reminderJob(data, new Date('2026-04-18T03:00:00Z'), new Date('2026-04-17T03:00:00Z'));
    expect(job).toEqual({ name: 'remind', data, opts: { jobId: 'remind.departure.app-1.2026-04-18', delay: 86_400_000 } });
    expect(reminderJob(data, new Date('2020-01-01')).opts.delay).toBe(0);
  });
});

describe('in-app notification events', () => {
  it('parse only well-formed messages', () => {
    expect(parseInAppNotificationEvent('{"accountId":"a","notificationId":"n"}')).toEqual({ accountId: 'a', notificationId: 'n' });
    expect(parseInAppNotificationEvent('{"accountId":1}')).toBeNull();
    expect(parseInAppNotificationEvent('nope')).toBeNull();
  });
});
