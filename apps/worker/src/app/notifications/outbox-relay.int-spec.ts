/** The outbox relay against real PostgreSQL: several relays at once, and Redis refusing jobs. */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@jumush/server/database';
import { count, createIsolatedDatabase, insertAccounts, insertOutbox } from '@jumush/server/notifications/testing';
import { OutboxRelay, type OutboxRowRef } from './outbox-relay';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outbox relay (real PostgreSQL)', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let recipient: string;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, { applicationName: 'jumush-relay-test', poolSize: 6 })).initialize();
    [{ id: recipient }] = await insertAccounts(dataSource, 1, 'MIGRANT');
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('publishes every row exactly once when two relays run at once, each batch in order of creation', async () => {
    const ids = await insertOutbox(
      dataSource,
      Array.from({ length: 1_000 }, () => recipient),
    );
    const published = new Map<string, string>();
    const duplicates: string[] = [];
    const relay = (name: string) =>
      new OutboxRelay(
        dataSource,
        async (rows: OutboxRowRef[]) => {
          const batch = rows.map((row) => row.id);
          expect(batch).toEqual([...batch].sort((a, b) => Number(a) - Number(b)));
          // Adding jobs takes a moment, so the two relays really overlap.
          await pause(5);
          for (const id of batch) {
            if (published.has(id)) duplicates.push(id);
            published.set(id, name);
          }
        },
        { batchSize: 50, intervalMs: 10 },
      );
    const drain = async (one: OutboxRelay) => {
      let rounds = 0;
      while ((await one.relayOnce()) > 0) rounds += 1;
      return rounds;
    };
    const [roundsA, roundsB] = await Promise.all([drain(relay('a')), drain(relay('b'))]);

    expect(duplicates).toEqual([]);
    expect([...published.keys()].sort()).toEqual([...ids].sort());
    expect(roundsA).toBeGreaterThan(0);
    expect(roundsB).toBeGreaterThan(0);
    expect(await count(dataSource, 'SELECT count(*) FROM outbox_messages WHERE published_at IS NULL')).toBe(0);
  });

  it('leaves the rows in the outbox while Redis refuses the jobs, and publishes them when it is back', async () => {
    const ids = await insertOutbox(dataSource, [recipient, recipient, recipient]);
    let redisUp = false;
    const published: string[] = [];
    const relay = new OutboxRelay(
      dataSource,
      async (rows) => {
        if (!redisUp) throw new Error("Stream isn't writeable and enableOfflineQueue options is false");
        published.push(...rows.map((row) => row.id));
      },
      { batchSize: 100, intervalMs: 20, maxBackoffMs: 50 },
    );
    relay.start();
    await pause(300);
    expect(await count(dataSource, 'SELECT count(*) FROM outbox_messages WHERE id = ANY($1::bigint[]) AND published_at IS NULL', [ids])).toBe(3);
    redisUp = true;
    const deadline = Date.now() + 10_000;
    while (published.length < 3 && Date.now() < deadline) await pause(20);
    await relay.stop();
    expect(published).toEqual(ids);
    expect(await count(dataSource, 'SELECT count(*) FROM outbox_messages WHERE id = ANY($1::bigint[]) AND published_at IS NULL', [ids])).toBe(0);
  });
});
