/**
 * `npm start`: builds and runs the whole product with demo data.
 *   --reset      drop the local data (database, Redis, files) and start from empty (demo data is loaded again)
 *   --no-build   use dist/ as it is
 * One running instance per data folder (.data/, or JUMUSH_DATA_DIR): a second start, or a --reset while one runs,
 * is refused with one line and touches nothing. Ctrl-C stops everything this started, in order: web, API and
 * worker, Redis, PostgreSQL. A failure at any point stops what was started and prints one line.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { InstanceLockedError, LOCK_FILE, acquireInstanceLock, type InstanceLock } from './stack/instance-lock';
import { RedisUnavailableError } from './stack/redis';
import { REPO_ROOT, StackStopper, startStack } from './stack/stack';

const DATA_DIR = resolve(process.env['JUMUSH_DATA_DIR'] ?? join(REPO_ROOT, '.data'));
const DEMO_LOGINS = [
  ['Migrant (KG)', '+996555000001'],
  ['Migrant (UZ)', '+998901000001'],
  ['Migrant (TJ)', '+992901000001'],
  ['Employer', 'employer@demo.jumush.kg'],
  ['Attaché (KG)', 'attache@demo.jumush.kg', 'JUMUSHATTACHEKG2'],
  ['Attaché (KG, St Petersburg)', 'attache.spb@demo.jumush.kg', 'JUMUSHATTACHESPB'],
  ['Attaché (UZ)', 'attache.uz@demo.jumush.kg', 'JUMUSHATTACHEUZ2'],
  ['Attaché (TJ)', 'attache.tj@demo.jumush.kg', 'JUMUSHATTACHETJ2'],
  ['Admin', 'admin@demo.jumush.kg', 'JUMUSHADMIN23456'],
];
const DEMO_PASSWORD = 'jumush-demo-2026';

function say(line: string): void {
  console.log(`\x1b[36m[jumush]\x1b[0m ${line}`);
}

/** One line on stderr, no stack trace: what went wrong and, where it helps, what to do. */
function fail(line: string): void {
  console.error(`\x1b[31m[jumush]\x1b[0m ${line}`);
}

/** Rejects with a clear message when the port is taken, before anything is started. */
function portFree(port: number): Promise<void> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what uses it, or choose another with WEB_PORT=…` : error.message)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort()));
  });
}

/** Empties the data folder but for the lock this process holds. */
function resetData(): void {
  for (const entry of readdirSync(DATA_DIR)) if (entry !== LOCK_FILE) rmSync(join(DATA_DIR, entry), { recursive: true, force: true });
}

/**
 * Nx loads TypeScript files of the workspace (project and tool configs) through @swc-node/register when installed,
 * else through ts-node with a warning per file ("Falling back to ts-node…"). ts-node is what this workspace uses:
 * NX_PREFER_TS_NODE says so, and the warnings go.
 */
const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_PREFER_TS_NODE: 'true' };

async function main(): Promise<number> {
  const reset = process.argv.includes('--reset');
  const webPort = Number(process.env['WEB_PORT'] ?? 4200);
  const stopper = new StackStopper();
  let lock: InstanceLock | undefined;
  let exiting = false;

  const exit = async (code: number, line?: string) => {
    if (exiting) return;
    exiting = true;
    if (line) (code === 0 ? say : fail)(line);
    await stopper.stop();
    lock?.release();
    if (code === 0) say('Stopped.');
    process.exit(code);
  };
  const onSignal = (signal: string) => {
    if (!exiting) say(`${signal}: stopping web, API and worker, Redis, PostgreSQL…`);
    void exit(0);
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGHUP', () => onSignal('SIGHUP'));
  // Whatever fails later (a child's stream, a late rejection) still stops the stack and says one line.
  process.on('uncaughtException', (error) => void exit(1, `Stopped after an unexpected error: ${error.message}`));
  process.on(
    'unhandledRejection',
    (reason) => void exit(1, `Stopped after an unexpected error: ${reason instanceof Error ? reason.message : String(reason)}`),
  );

  try {
    // First of all, before any reset: a running instance's data is never touched.
    lock = acquireInstanceLock(DATA_DIR);
    await portFree(webPort);
    if (reset) {
      say(`Resetting: emptying the data folder ${DATA_DIR}`);
      resetData();
    }
    if (!process.argv.includes('--no-build')) {
      say('Building api, worker and web…');
      const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--output-style=static'], {
        cwd: REPO_ROOT,
        stdio: 'inherit',
        env: { ...process.env, ...NX_ENV },
      });
      if (build.status !== 0) throw new Error('The build failed (see above)');
    }
    const running = lock;
    const stack = await startStack(
      {
        dataDir: DATA_DIR,
        databaseName: 'jumush',
        recreateDatabase: reset,
        webPort,
        seedDemoData: true,
        output: 'inherit',
        stopper,
        ownSignals: true,
        onProcess: (name, pid) => running.record(name, pid),
      },
      say,
    );
    console.log('');
    say(`Jumush is running: open \x1b[1m${stack.webUrl}\x1b[0m`);
    say(`API docs: ${stack.webUrl}/api/docs`);
    say(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const [role, login, totpKey] of DEMO_LOGINS) say(`  ${role.padEnd(14)} ${login}${totpKey ? `  (authenticator key ${totpKey})` : ''}`);
    say('Staff sign in with a code from an authenticator app: add their key to one (README, demo logins).');
    say('Press Ctrl-C to stop. `npm start -- --reset` starts from an empty database.');
    return 0;
  } catch (error) {
    const message =
      error instanceof InstanceLockedError || error instanceof RedisUnavailableError
        ? error.message
        : `Could not start: ${error instanceof Error ? error.message : String(error)}`;
    // Refused before it held the lock: nothing of its own to stop, and the running instance's lock stays.
    if (error instanceof InstanceLockedError) {
      fail(message);
      process.exit(1);
    }
    await exit(1, message);
    return 1;
  }
}

void main();
