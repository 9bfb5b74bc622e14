/**
 * `npm test` stopped by SIGTERM (a CI timeout) in the middle of a tier: the running Jest, redis-server and the
 * embedded PostgreSQL all end, the run exits non-zero, and nothing is left running.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isAlive } from '../stack/instance-lock';

const ROOT = resolve(__dirname, '../..');

jest.setTimeout(5 * 60_000);

/** Every process below `root`, read from ps. */
function descendantsOf(root: number): number[] {
  const table = spawnSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift() as number;
    for (const [pid, ppid] of table) {
      if (ppid === parent) {
        found.push(pid);
        queue.push(pid);
      }
    }
  }
  return found;
}

describe('npm test (tools/test.ts) on SIGTERM', () => {
  it('stops the running Jest and its services, fails the run and leaves no process behind', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jumush-test-signals-'));
    const marker = join(folder, 'held');
    const env: NodeJS.ProcessEnv = { ...process.env, TS_NODE_PROJECT: 'tools/tsconfig.json', FORCE_COLOR: '0', HOLD_MARKER: marker };
    // Its own PostgreSQL and Redis, not the integration tier's.
    delete env['DATABASE_URL'];
    delete env['REDIS_URL'];
    const run = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        'tools/test.ts',
        '--only',
        'integration',
        '--',
        '--testMatch',
        '<rootDir>/tools/testing/fixtures/holds-until-stopped.hold.ts',
      ],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    run.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    run.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => run.once('exit', (code) => done(code)));

    // Wait until the held test runs: PostgreSQL, Redis and Jest are then all below npm test.
    const deadline = Date.now() + 3 * 60_000;
    while (!existsSync(marker) && Date.now() < deadline && run.exitCode === null) await new Promise((done) => setTimeout(done, 500));
    expect({ held: existsSync(marker), output: existsSync(marker) ? '' : output }).toEqual({ held: true, output: '' });
    const processes = descendantsOf(run.pid as number).map((pid) => ({
      pid,
      command: spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim(),
    }));
    const commands = processes.map((process) => process.command).join('\n');
    expect(commands).toMatch(/postgres/);
    expect(commands).toMatch(/redis-server/);

    run.kill('SIGTERM');
    expect(await exited).not.toBe(0);
    expect(output).toMatch(/SIGTERM: stopping the running tier and its services/);
    expect(output).toMatch(/0 passed, 1 failed/);
    for (const { pid, command } of processes) expect({ command, alive: isAlive(pid) }).toEqual({ command, alive: false });
    rmSync(folder, { recursive: true, force: true });
  });
});
