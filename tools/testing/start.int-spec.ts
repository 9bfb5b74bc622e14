/**
 * `npm start` as a product: one instance per data folder, a second start (or --reset) refused with one line while the
 * first keeps running, a taken port refused before anything starts, and nothing left running after Ctrl-C. Runs the
 * real tools/start.ts on the built dist/ (built here when missing) with its own embedded PostgreSQL and redis-server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isAlive, readLock } from '../stack/instance-lock';
import { freePort } from '../stack/ports';
import { persistentPostgresDir } from '../stack/postgres';

const ROOT = resolve(__dirname, '../..');
const START = ['-r', 'ts-node/register/transpile-only', 'tools/start.ts', '--no-build'];

jest.setTimeout(15 * 60_000);

describe('npm start (tools/start.ts)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let first: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    if (!['api/main.js', 'worker/main.js', 'web/browser/index.html'].every((file) => existsSync(join(ROOT, 'dist/apps', file)))) {
      const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--output-style=static'], {
        cwd: ROOT,
        stdio: 'ignore',
        env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_PREFER_TS_NODE: 'true' },
      });
      if (build.status !== 0) throw new Error('could not build dist/ for the start test');
    }
    dataDir = mkdtempSync(join(tmpdir(), 'jumush-start-'));
    // Its own PostgreSQL and Redis, not the integration tier's.
    env = { ...process.env, JUMUSH_DATA_DIR: dataDir, WEB_PORT: String(await freePort()), TS_NODE_PROJECT: 'tools/tsconfig.json', FORCE_COLOR: '0' };
    delete env['DATABASE_URL'];
    delete env['REDIS_URL'];
  });

  afterAll(() => {
    if (first && first.exitCode === null) first.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dirname(persistentPostgresDir(dataDir)), { recursive: true, force: true });
  });

  const startAgain = (...args: string[]) => spawnSync(process.execPath, [...START, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });

  it('refuses a taken web port with one line, before starting anything', async () => {
    const taken: Server = createServer();
    await new Promise<void>((listening) => taken.listen(0, '127.0.0.1', () => listening()));
    const port = (taken.address() as { port: number }).port;
    try {
      const refused = spawnSync(process.execPath, START, { cwd: ROOT, env: { ...env, WEB_PORT: String(port) }, encoding: 'utf8', timeout: 120_000 });
      expect(refused.status).toBe(1);
      expect(refused.stderr.trim().split('\n')).toEqual([expect.stringContaining(`Port ${port} is in use`)]);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      // Nothing started, nothing holds the folder.
      expect(readLock(dataDir)).toBeNull();
      expect(existsSync(join(dataDir, 'redis'))).toBe(false);
    } finally {
      taken.close();
    }
  });

  it('runs one instance per data folder: a second start and a --reset are refused, the first keeps running, then stops leaving nothing', async () => {
    first = spawn(process.execPath, START, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    first.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    first.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 5 * 60_000;
    while (!output.includes('Jumush is running')) {
      if (first.exitCode !== null) throw new Error(`npm start exited ${first.exitCode}:\n${output.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${output.slice(-3000)}`);
      await new Promise((wait) => setTimeout(wait, 500));
    }
    expect(output).not.toContain('Falling back to ts-node');

    const lock = readLock(dataDir);
    expect(lock).toMatchObject({
      pid: first.pid,
      processes: expect.objectContaining({ redis: expect.any(Number), api: expect.any(Number), worker: expect.any(Number) }),
    });
    const pids = Object.entries(lock!.processes);
    expect(pids.map(([name]) => name).sort()).toEqual(['api', 'postgres', 'redis', 'worker']);
    for (const [, pid] of pids) expect(isAlive(pid)).toBe(true);
    const webUrl = `http://localhost:${env['WEB_PORT']}`;

    for (const args of [[], ['--reset']]) {
      const second = startAgain(...args);
      expect({ args, status: second.status }).toEqual({ args, status: 1 });
      expect(second.stderr.trim().split('\n')).toEqual([expect.stringContaining(`already running from ${dataDir} (pid ${first.pid})`)]);
      expect(second.stderr).not.toMatch(/\n\s+at /);
    }
    // The first is untouched: its data is there, its lock is its own, and it answers.
    expect(existsSync(join(dataDir, 'redis'))).toBe(true);
    expect(readLock(dataDir)?.pid).toBe(first.pid);
    expect((await fetch(`${webUrl}/api/health/ready`)).status).toBe(200);

    const exited = new Promise<number | null>((done) => first!.once('exit', (code) => done(code)));
    first.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const [name, pid] of pids) expect({ name, alive: isAlive(pid) }).toEqual({ name, alive: false });
    expect(readLock(dataDir)).toBeNull();
    // Stopped in order: the web first, PostgreSQL last.
    expect(output).toMatch(/SIGINT: stopping web, API and worker, Redis, PostgreSQL/);
  });
});
