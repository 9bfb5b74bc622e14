/** The development Redis stops even when it cannot save (its folder gone): SHUTDOWN NOSAVE, then a kill. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../stack/instance-lock';
import { startRedis } from '../stack/redis';

describe('the development redis-server', () => {
  const given = process.env['REDIS_URL'];

  beforeAll(() => {
    // Its own redis-server, not the integration tier's.
    delete process.env['REDIS_URL'];
  });

  afterAll(() => {
    if (given !== undefined) process.env['REDIS_URL'] = given;
  });

  it('stops even when it cannot save, leaving no process behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jumush-redis-stop-'));
    const redis = await startRedis({ dataDir: join(dataDir, 'redis') });
    expect(redis.pid).toEqual(expect.any(Number));
    expect(isAlive(redis.pid!)).toBe(true);
    // What a second `npm start -- --reset` used to do to a running instance: the folder vanishes under it.
    rmSync(dataDir, { recursive: true, force: true });
    const started = Date.now();
    await redis.stop();
    expect(isAlive(redis.pid!)).toBe(false);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);
});
