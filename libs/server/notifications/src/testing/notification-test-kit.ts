/**
 * Helpers for the notification pipeline's integration tests: an own database, an own queue prefix, accounts, outbox rows,
 * a disposable Redis and fake providers. Starting the worker itself is the worker's own kit (apps/worker/src/testing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createConnection, createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrationsExclusively } from '@jumush/server/database';
import type { OutboxBundle } from '../lib/outbox-bundles';

/** A database of its own (migrated), so no other test's relay takes this test's outbox rows. */
export async function createIsolatedDatabase(prefix = 'jumush_nt'): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL is required');
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await new DataSource(dataSourceOptions(url.toString(), { applicationName: 'jumush-test-migrate', poolSize: 2 })).initialize();
  await runMigrationsExclusively(dataSource);
  await dataSource.destroy();
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export const uniqueQueuePrefix = () => `jt${randomBytes(4).toString('hex')}`;

export interface TestAccount {
  id: string;
  phone: string | null;
  email: string | null;
}

let serial = 0;

/** Inserts accounts straight into the table (password hashes are irrelevant here; migrants' numbers proven). */
export async function insertAccounts(
  dataSource: DataSource,
  count: number,
  role: 'MIGRANT' | 'EMPLOYER',
  withEmail = role === 'EMPLOYER',
): Promise<TestAccount[]> {
  const start = serial;
  serial += count;
  const rows: TestAccount[] = await dataSource.query(
    `INSERT INTO accounts (role, phone, phone_verified_at, email, password_hash, locale)
     SELECT $1::account_role,
            CASE WHEN $1 = 'MIGRANT' THEN '+99670' || lpad((($2 + i) % 10000000)::text, 7, '0') END,
            CASE WHEN $1 = 'MIGRANT' THEN now() END,
            CASE WHEN $1 = 'EMPLOYER' OR $4 THEN 'user' || ($2 + i) || '-' || $5 || '@test.jumush.kg' END,
            'not-a-hash', 'ky'
       FROM generate_series(1, $3::int) AS i
     RETURNING id, phone, email`,
    [role, start, count, withEmail, randomBytes(3).toString('hex')],
  );
  return rows;
}

export async function setPreferences(
  dataSource: DataSource,
  accountIds: string[],
  preferences: { channels?: string[] | null; locale?: string | null; telegramChatId?: string | null },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO notification_preferences (account_id, channels, locale, telegram_chat_id)
     SELECT id, $2::notification_channel[], $3, $4 FROM unnest($1::uuid[]) AS id
     ON CONFLICT (account_id) DO UPDATE SET channels = EXCLUDED.channels, locale = EXCLUDED.locale, telegram_chat_id = EXCLUDED.telegram_chat_id`,
    [accountIds, preferences.channels ?? null, preferences.locale ?? null, preferences.telegramChatId ?? null],
  );
}

/** One outbox row per recipient, as the API's set-based decisions write them; returns their ids. */
export async function insertOutbox(
  dataSource: DataSource,
  recipients: string[],
  topic = 'application.shortlisted',
  payload: Record<string, unknown> = { vacancyTitle: 'Сварщик', from: 'SUBMITTED' },
): Promise<string[]> {
  const rows: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
     SELECT $1, 'application', gen_random_uuid()::text, ARRAY[r], $3::jsonb || jsonb_build_object('applicationId', gen_random_uuid()) FROM unnest($2::uuid[]) WITH ORDINALITY AS t(r, n) ORDER BY n
     RETURNING id::text AS id`,
    [topic, recipients, JSON.stringify(payload)],
  );
  return rows.map((row) => row.id);
}

/**
 * One outbox bundle (OutboxBundle) of a message per recipient list, as a move of many applications writes it; each
 * message's payload is `constants` plus its own applicationId. Returns the bundle's id and the applications' ids.
 */
export async function insertOutboxBundle(
  dataSource: DataSource,
  recipients: string[][],
  topic = 'application.approved',
  constants: Record<string, unknown> = { vacancyTitle: 'Сварщик', from: 'IN_BATCH', to: 'APPROVED' },
): Promise<{ bundleId: string; applicationIds: string[] }> {
  const applicationIds = recipients.map(() => randomUUID());
  const bundle: OutboxBundle = {
    aggregateIds: applicationIds,
    recipientIds: recipients.map((ids) => ids.join(' ')),
    columns: { applicationId: applicationIds },
    constants,
  };
  const [row]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload, bundle_size)
     VALUES ($1, 'application', '', '{}', $2::jsonb, $3) RETURNING id::text AS id`,
    [topic, JSON.stringify(bundle), recipients.length],
  );
  return { bundleId: row.id, applicationIds };
}

/** PENDING delivery records, as the fan-out writes them; returns their ids in the order given. */
export async function insertDeliveries(
  dataSource: DataSource,
  deliveries: Array<{ outboxId: string; accountId: string; channel: string }>,
): Promise<string[]> {
  const rows: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO notification_deliveries (outbox_id, account_id, channel)
     SELECT o, a, c::notification_channel FROM unnest($1::bigint[], $2::uuid[], $3::text[]) WITH ORDINALITY AS t(o, a, c, n) ORDER BY n
     RETURNING id::text AS id`,
    [deliveries.map((d) => d.outboxId), deliveries.map((d) => d.accountId), deliveries.map((d) => d.channel)],
  );
  return rows.map((row) => row.id);
}

export async function count(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = (await dataSource.query(sql, params)) as Array<{ count: string | number }>;
  return Number(row?.count ?? 0);
}

export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 45_000, intervalMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A redis-server of the test's own, without persistence: stopping it loses every job. */
export class DisposableRedis {
  private child?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'jumush-redis-test-'));

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir], {
      stdio: 'ignore',
    });
    this.child = child;
    await waitUntil('redis-server to answer', () => pings(this.port), 10_000, 50);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
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

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local HTTP server standing in for a provider (SMS gateway, Telegram Bot API). */
export async function fakeHttpServer(
  answer: (request: RecordedRequest, index: number) => { status: number; body: unknown; headers?: Record<string, string> },
): Promise<{ url: string; requests: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const { status, body, headers } = answer(recorded, requests.length - 1);
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
