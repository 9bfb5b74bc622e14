/** The whole product on one machine: PostgreSQL, Redis, API, worker and web, started in order. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { ensureDatabase, persistentPostgresDir, startPostgres, type RunningPostgres } from './postgres';
import { freePort, httpOk, waitFor } from './ports';
import { startNodeProcess, type ManagedProcess } from './processes';
import { startRedis, type RunningRedis } from './redis';
import { startWebServer } from './web-server';

export const REPO_ROOT = resolve(__dirname, '../..');
export const DIST = join(REPO_ROOT, 'dist/apps');

export interface StackOptions {
  /** Persistent data folder (development); without it everything lives in temp folders and is dropped. */
  dataDir?: string;
  databaseName: string;
  recreateDatabase?: boolean;
  webPort?: number;
  seedDemoData: boolean;
  logLevel?: string;
  /** Where process output goes; 'inherit' prints it prefixed. */
  output: 'inherit' | { logFile: string };
  extraApiEnv?: NodeJS.ProcessEnv;
  /** Added to the worker's environment (e.g. WEBHOOKS_ALLOW_LOCAL_HTTP for the browser tests' local receiver). */
  extraWorkerEnv?: NodeJS.ProcessEnv;
  /** Told of each process started (name, pid), e.g. to record it in the instance lock. */
  onProcess?: (name: string, pid: number | undefined) => void;
  /** Where the stack registers how to stop what it started; pass one to stop a stack still starting (Ctrl-C). */
  stopper?: StackStopper;
  /** The caller handles SIGINT/SIGTERM/SIGHUP and stops the stack itself (no library may exit the process first). */
  ownSignals?: boolean;
}

/**
 * Stops what a stack started, in order: the web server, then the API and the worker, then Redis, then PostgreSQL
 * (the reverse of starting). Safe to call at any time, also while the stack is still starting, and more than once.
 */
export class StackStopper {
  private readonly steps: Array<{ name: string; stop: () => Promise<void> }> = [];
  private stopping?: Promise<void>;

  add(name: string, stop: () => Promise<void>): void {
    this.steps.push({ name, stop });
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      // The API and the worker stop together: neither needs the other to finish, both need Redis and PostgreSQL.
      const order = [...this.steps].reverse();
      const together = new Set(['api', 'worker']);
      for (let index = 0; index < order.length; index++) {
        const group = [order[index]];
        while (together.has(order[index].name) && together.has(order[index + 1]?.name ?? '')) group.push(order[++index]);
        await Promise.all(group.map((step) => step.stop().catch(() => undefined)));
      }
    })();
    return this.stopping;
  }
}

export interface RunningStack {
  webUrl: string;
  apiUrl: string;
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

interface DevSecrets {
  JWT_ACCESS_SECRET: string;
  PASSPORT_ENCRYPTION_KEYS: string;
  PASSPORT_BLIND_INDEX_KEY: string;
}

/** Secrets for local runs, made once and kept in the data folder so sessions survive a restart. */
function localSecrets(dataDir: string | undefined): DevSecrets {
  const fresh = (): DevSecrets => ({
    JWT_ACCESS_SECRET: randomBytes(32).toString('base64url'),
    PASSPORT_ENCRYPTION_KEYS: `dev1:${randomBytes(32).toString('base64')}`,
    PASSPORT_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  });
  if (!dataDir) return fresh();
  const file = join(dataDir, 'secrets.json');
  // Secrets added by later versions are filled in; existing ones are kept (encrypted data depends on them).
  const secrets = { ...fresh(), ...(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>) : {}) };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export async function startStack(options: StackOptions, say: (line: string) => void): Promise<RunningStack> {
  const stopper = options.stopper ?? new StackStopper();
  const stop = () => stopper.stop();
  const started = (name: string, pid: number | undefined) => options.onProcess?.(name, pid);
  try {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    for (const app of ['api/main.js', 'worker/main.js', 'web/browser/index.html']) {
      if (!existsSync(join(DIST, app))) throw new Error(`dist/apps/${app} is missing: build first (npx nx run-many -t build -p api worker web)`);
    }

    say(process.env['DATABASE_URL'] ? 'PostgreSQL: using DATABASE_URL' : 'PostgreSQL: starting the embedded server…');
    const postgres: RunningPostgres = await startPostgres({
      dataDir: options.dataDir ? persistentPostgresDir(options.dataDir) : undefined,
      ownSignals: options.ownSignals,
    });
    stopper.add('postgres', postgres.stop);
    started('postgres', postgres.pid);
    const databaseUrl = await ensureDatabase(postgres.serverUrl, options.databaseName, options.recreateDatabase);

    say(process.env['REDIS_URL'] ? 'Redis: using REDIS_URL' : 'Redis: starting redis-server…');
    const redis: RunningRedis = await startRedis({ dataDir: options.dataDir ? join(options.dataDir, 'redis') : undefined });
    stopper.add('redis', redis.stop);
    started('redis', redis.pid);

    const apiPort = await freePort();
    const webPort = options.webPort ?? (await freePort());
    const webUrl = `http://localhost:${webPort}`;
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const common = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, LOG_LEVEL: options.logLevel ?? 'info', NODE_ENV: 'development' };

    const secrets = localSecrets(options.dataDir);
    say('API: starting (migrations run first)…');
    const api: ManagedProcess = startNodeProcess(
      'api',
      join(DIST, 'api/main.js'),
      {
        ...common,
        ...secrets,
        PORT: String(apiPort),
        WEB_ORIGIN: webUrl,
        SEED_DEMO_DATA: String(options.seedDemoData),
        RUN_MIGRATIONS: 'true',
        // The web server's /api proxy (on this machine) sets X-Forwarded-For to the address it saw.
        TRUSTED_PROXIES: '127.0.0.1,::1',
        FILE_STORAGE_DIR: options.dataDir ? join(options.dataDir, 'files') : mkdtempSync(join(tmpdir(), 'jumush-files-')),
        ...options.extraApiEnv,
      },
      options.output,
    );
    stopper.add('api', api.stop);
    started('api', api.child.pid);
    await waitFor(
      'the API to become ready',
      async () => {
        if (api.child.exitCode !== null) throw new Error('The API exited during start; see its output above');
        return httpOk(`${apiUrl}/api/health/ready`);
      },
      120_000,
    );

    say('Worker: starting…');
    const workerHealthPort = await freePort();
    const worker = startNodeProcess(
      'worker',
      join(DIST, 'worker/main.js'),
      {
        ...common,
        // The worker opens the one-time secrets the API sealed in the outbox with the same keys.
        PASSPORT_ENCRYPTION_KEYS: secrets.PASSPORT_ENCRYPTION_KEYS,
        WORKER_HEALTH_PORT: String(workerHealthPort),
        PUBLIC_WEB_URL: webUrl,
        ...options.extraWorkerEnv,
      },
      options.output,
    );
    stopper.add('worker', worker.stop);
    started('worker', worker.child.pid);
    await waitFor(
      'the worker to become ready',
      async () => {
        if (worker.child.exitCode !== null) throw new Error('The worker exited during start; see its output above');
        return httpOk(`http://127.0.0.1:${workerHealthPort}/health`);
      },
      60_000,
    );

    say('Web: serving the app…');
    const web: Server = await startWebServer({ root: join(DIST, 'web/browser'), apiOrigin: apiUrl, port: webPort, host: '127.0.0.1' });
    stopper.add(
      'web',
      () =>
        new Promise<void>((resolveClose) => {
          web.closeAllConnections();
          web.close(() => resolveClose());
        }),
    );

    return { webUrl, apiUrl, databaseUrl, redisUrl: redis.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
