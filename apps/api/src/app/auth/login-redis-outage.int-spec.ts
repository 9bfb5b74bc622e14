/**
 * A frozen Redis must not freeze sign-in. This suite starts its own redis-server (freezing the shared one would
 * stall every other suite) and stops it with SIGSTOP: the connection stays open and nothing answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import Redis from 'ioredis';
import type { ProblemDetails, SessionView } from '@jumush/contracts';
import { REDIS_RETRY_AFTER_MS } from '../redis/rate-counters';
import { TEST_PASSWORD, registerAndLogin, startTestApi, uniqueClientIp, type TestApi } from '../../testing/test-api';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startOwnRedis(): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const started = Date.now();
  for (;;) {
    const ready = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write('PING\r\n'));
      socket.setTimeout(500, () => socket.destroy());
      socket.on('data', (data: Buffer) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.on('error', () => resolve(false));
      socket.on('close', () => resolve(false));
    });
    if (ready) return { url: `redis://127.0.0.1:${port}`, server };
    if (Date.now() - started > 10_000) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('sign-in while Redis does not answer (own redis-server, frozen with SIGSTOP)', () => {
  let api: TestApi;
  let redis: { url: string; server: ChildProcess };

  beforeAll(async () => {
    redis = await startOwnRedis();
    api = await startTestApi({ REDIS_URL: redis.url });
  });

  afterAll(async () => {
    redis.server.kill('SIGCONT');
    await api?.close();
    redis.server.kill('SIGKILL');
  });

  const login = (identifier: string, password: string, ip = uniqueClientIp()) =>
    api.request<SessionView & ProblemDetails>('POST', '/api/auth/login', {
      body: { login: identifier, password },
      headers: { 'x-forwarded-for': ip },
    });

  const timed = async <T>(action: () => Promise<T>) => {
    const started = performance.now();
    const result = await action();
    return { result, ms: performance.now() - started };
  };

  it('answers within a second with Redis frozen, still limits failures, and counts in Redis again once it is back', async () => {
    const session = await registerAndLogin(api);
    redis.server.kill('SIGSTOP');
    try {
      const signIn = await timed(() => login(session.login, TEST_PASSWORD));
      expect(signIn.result.status).toBe(200);
      expect(signIn.ms).toBeLessThan(1_000);

      const wrong = await timed(() => login(session.login, 'wrong-password-1'));
      expect(wrong.result.status).toBe(401);
      expect(wrong.ms).toBeLessThan(1_000);

      // The limits hold in memory meanwhile: five failures from one address, then the sixth waits.
      const ip = uniqueClientIp();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 6; attempt++) statuses.push((await login(session.login, 'wrong-password-1', ip)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      redis.server.kill('SIGCONT');
    }

    // Back: once Redis was left alone for a while, failures are counted there again, shared by every instance.
    await new Promise((resolve) => setTimeout(resolve, REDIS_RETRY_AFTER_MS + 500));
    const ip = uniqueClientIp();
    expect((await login(session.login, 'wrong-password-1', ip)).status).toBe(401);
    const client = new Redis(redis.url);
    try {
      expect(await client.hget(`login:throttle:${session.login}:${ip}`, 'failures')).toBe('1');
    } finally {
      await client.quit();
    }
  });
});
