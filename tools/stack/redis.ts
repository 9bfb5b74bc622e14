/** Redis for development and tests: REDIS_URL when set, else a redis-server from PATH on a free port. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { freePort, waitFor } from './ports';

export interface RunningRedis {
  url: string;
  /** The redis-server's pid, when this started it. */
  pid?: number;
  stop(): Promise<void>;
}

/** How long redis-server may take to save and exit on SIGTERM before it is told not to save, then killed. */
export const REDIS_STOP_TIMEOUTS = { term: 5_000, noSave: 3_000 };

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

/** Sends one inline command and gives the first reply (or '' when the connection fails or closes). */
function command(port: number, line: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write(`${line}\r\n`));
    socket.setTimeout(2_000, () => socket.destroy());
    socket.on('data', (data) => {
      socket.destroy();
      resolve(data.toString());
    });
    socket.on('close', () => resolve(''));
    socket.on('error', () => resolve(''));
  });
}

async function pings(port: number): Promise<boolean> {
  return (await command(port, 'PING')).startsWith('+PONG');
}

const exitWithin = (exited: Promise<unknown>, ms: number) =>
  Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);

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
    pid: child.pid,
    // SIGTERM saves and exits. A server that cannot save (its folder gone, the disk full) refuses to exit: it is then
    // told SHUTDOWN NOSAVE, and killed if even that does not end it. Nothing is left running.
    stop: async () => {
      if (!exited) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        if (!(await exitWithin(done, REDIS_STOP_TIMEOUTS.term))) {
          await command(port, 'SHUTDOWN NOSAVE');
          if (!(await exitWithin(done, REDIS_STOP_TIMEOUTS.noSave))) {
            child.kill('SIGKILL');
            await done;
          }
        }
      }
      if (!options.dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
