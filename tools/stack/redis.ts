/** Redis for development and tests: REDIS_URL when set, else a redis-server from PATH on a free port. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { freePort, waitFor } from './ports';

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

export const REDIS_MISSING_MESSAGE = [
  'Jumush needs Redis (BullMQ runs Lua scripts in it; no npm package ships a Redis server).',
  'Either install redis-server so it is on your PATH:',
  '  Debian/Ubuntu:  sudo apt-get install redis-server',
  '  macOS:          brew install redis',
  'or point Jumush at a running Redis:  REDIS_URL=redis://host:6379 npm start',
].join('\n');

export class RedisUnavailableError extends Error {
  constructor() {
    super(REDIS_MISSING_MESSAGE);
    this.name = 'RedisUnavailableError';
  }
}

export function redisServerOnPath(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write('PING\r\n'));
    socket.on('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.on('error', () => resolve(false));
  });
}

/** `dataDir` makes the server persistent (append-only file), as fits development; without it nothing is kept. */
export async function startRedis(options: { dataDir?: string } = {}): Promise<RunningRedis> {
  const given = process.env['REDIS_URL'];
  if (given) return { url: given, stop: async () => undefined };
  if (!redisServerOnPath()) throw new RedisUnavailableError();

  const port = await freePort();
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'jumush-redis-'));
  mkdirSync(dir, { recursive: true });
  const persistence = options.dataDir
    ? ['--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '300 10']
    : ['--appendonly', 'no', '--save', ''];
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--protected-mode', 'yes', ...persistence], {
    stdio: 'ignore',
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  await waitFor(
    'redis-server',
    async () => {
      if (exited) throw new Error('redis-server exited at start');
      return pings(port);
    },
    20_000,
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (!exited) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await done;
      }
      if (!options.dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
