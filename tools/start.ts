/**
 * `npm start`: builds and runs the whole product with demo data.
 *   --reset   drop the local database and start from empty (demo data is loaded again)
 * Ctrl-C stops everything this started.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { RedisUnavailableError } from './stack/redis';
import { REPO_ROOT, startStack } from './stack/stack';

const DATA_DIR = join(REPO_ROOT, '.data');
const DEMO_LOGINS = [
  ['Migrant', '+996555000001'],
  ['Employer', 'employer@demo.jumush.kg'],
  ['Attaché (KG)', 'attache@demo.jumush.kg'],
  ['Admin', 'admin@demo.jumush.kg'],
];
const DEMO_PASSWORD = 'jumush-demo-2026';

function say(line: string): void {
  console.log(`\x1b[36m[jumush]\x1b[0m ${line}`);
}

async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  if (reset) {
    say('Resetting: removing the local data folder .data/');
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
  if (!process.argv.includes('--no-build')) {
    say('Building api, worker and web…');
    const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--output-style=static'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    });
    if (build.status !== 0) throw new Error('The build failed');
  }
  const stack = await startStack(
    {
      dataDir: DATA_DIR,
      databaseName: 'jumush',
      recreateDatabase: reset,
      webPort: Number(process.env['WEB_PORT'] ?? 4200),
      seedDemoData: true,
      output: 'inherit',
    },
    say,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping web, worker, API, Redis and PostgreSQL…`);
    await stack.stop();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  console.log('');
  say(`Jumush is running: open \x1b[1m${stack.webUrl}\x1b[0m`);
  say(`API docs: ${stack.webUrl}/api/docs`);
  say(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const [role, login] of DEMO_LOGINS) say(`  ${role.padEnd(14)} ${login}`);
  say('Press Ctrl-C to stop. `npm start -- --reset` starts from an empty database.');
}

main().catch((error: unknown) => {
  console.error(error instanceof RedisUnavailableError ? `\n${error.message}\n` : error);
  process.exit(1);
});
