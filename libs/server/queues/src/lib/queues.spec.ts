import { JOBS_BY_QUEUE, QueueName, jobIdFor } from './queues';
import { redisConnectionOptions } from './redis-connection';

describe('queue declarations', () => {
  it('declares jobs for every queue', () => {
    for (const queue of Object.values(QueueName)) expect(JOBS_BY_QUEUE[queue].length).toBeGreaterThan(0);
  });

  it('builds deterministic job ids', () => {
    expect(jobIdFor('deliver', 'event-1', 'account-2', 'sms')).toBe('deliver:event-1:account-2:sms');
    expect(jobIdFor('deliver', 'event-1')).toBe(jobIdFor('deliver', 'event-1'));
  });
});

describe('redisConnectionOptions', () => {
  it('reads host, port, password and database from the URL', () => {
    expect(redisConnectionOptions('redis://:s%40cret@cache:6380/2')).toMatchObject({ host: 'cache', port: 6380, password: 's@cret', db: 2, maxRetriesPerRequest: null });
  });

  it('defaults the port and database and enables TLS for rediss', () => {
    const options = redisConnectionOptions('rediss://cache');
    expect(options).toMatchObject({ port: 6379, db: 0 });
    expect(options.tls).toEqual({});
  });
});
