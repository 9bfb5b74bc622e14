/** Starts the real API (real PostgreSQL and Redis from `npm test`) on a free port, for integration tests. */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxTopic, REFRESH_COOKIE_NAME, type SessionView } from '@jumush/contracts';
import { ApiConfig, loadConfig } from '@jumush/server/config';
import { FieldCipher, parseKeyring } from '@jumush/server/crypto';
import { OPENED_SECRET_FIELD, openSealedSecret } from '@jumush/server/notifications';
import { createApiApp } from '../app/bootstrap';
import { assertResponseKeepsContract } from './contract';
import { DEMO_PASSWORD } from '../app/demo-data/demo-accounts';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  rawBody?: string;
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export interface TestApi {
  app: INestApplication;
  baseUrl: string;
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<T>>;
  close(): Promise<void>;
}

/** Fixed test keys, so a test can decrypt what the API stored. */
export const TEST_PASSPORT_KEYS = `t1:${Buffer.alloc(32, 9).toString('base64')}`;

export function testConfig(overrides: Record<string, string> = {}): ApiConfig {
  return loadConfig(ApiConfig, {
    DATABASE_URL: process.env['DATABASE_URL'],
    REDIS_URL: process.env['REDIS_URL'],
    JWT_ACCESS_SECRET: 'integration-test-secret-that-is-long-enough',
    PASSPORT_ENCRYPTION_KEYS: TEST_PASSPORT_KEYS,
    PASSPORT_BLIND_INDEX_KEY: Buffer.alloc(32, 7).toString('base64'),
    RUN_MIGRATIONS: 'false',
    SEED_DEMO_DATA: 'false',
    // The test client plays the reverse proxy: its X-Forwarded-For gives each test its own client address.
    TRUSTED_PROXIES: '127.0.0.1/32',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    NODE_ENV: 'test',
    LOGIN_ATTEMPTS_PER_IP: '1000',
    // Suites register hundreds of accounts and search hundreds of times from one address; rate-limited.int-spec
    // sets the real limits.
    REGISTRATIONS_PER_HOUR: '100000',
    PUBLIC_READS_PER_MINUTE: '100000',
    LETTER_CHECKS_PER_MINUTE: '100000',
    // Tests share one database: a sweep closing every due vacancy would close other tests' vacancies mid-test.
    VACANCY_CLOSING_EVERY_SECONDS: '0',
    // A sweep removing files of another suite's half-finished upload would make that suite flaky; tests run it themselves.
    ORPHAN_FILE_SWEEP_EVERY_SECONDS: '0',
    FILE_STORAGE_DIR: mkdtempSync(join(tmpdir(), 'jumush-files-')),
    ...overrides,
  });
}

export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const app = await createApiApp(testConfig(overrides));
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    baseUrl,
    async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
      const headers: Record<string, string> = { ...options.headers };
      if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json';
      if (options.token) headers['authorization'] = `Bearer ${options.token}`;
      if (options.cookie) headers['cookie'] = options.cookie;
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      // Every int-spec is a contract test: a response that docs/openapi.json does not describe fails the test.
      assertResponseKeepsContract(method, path, response.status, response.headers.get('content-type') ?? '', body);
      return {
        status: response.status,
        body: body as T,
        headers: response.headers,
      };
    },
    close: () => app.close(),
  };
}

/** The API on a fresh database of its own on the suite's PostgreSQL (migrated as it starts), and how to drop it. */
export async function startTestApiOnOwnDatabase(prefix: string): Promise<{ api: TestApi; drop: () => Promise<void> }> {
  const shared = new URL(process.env['DATABASE_URL'] ?? '');
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new DataSource({ type: 'postgres', url: shared.toString() });
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const own = new URL(shared.toString());
  own.pathname = `/${name}`;
  const api = await startTestApi({ DATABASE_URL: own.toString(), RUN_MIGRATIONS: 'true' });
  return {
    api,
    drop: async () => {
      await api.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

/** A Kyrgyz mobile number no other test uses. */
export function uniqueKyrgyzPhone(): string {
  return `+99670${randomInt(0, 10_000_000).toString().padStart(7, '0')}`;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@test.jumush.kg`;
}

/** A client address of its own, so per-IP limits of one test do not touch another. */
export function uniqueClientIp(): string {
  return `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;
}

export const TEST_PASSWORD = 'correct-horse-42';
export { DEMO_PASSWORD };

/** The refresh cookie's value from a Set-Cookie header, as a Cookie header. */
export function refreshCookieOf(headers: Headers): string | undefined {
  const cookie = headers.getSetCookie().find((value) => value.startsWith(`${REFRESH_COOKIE_NAME}=`));
  return cookie?.split(';')[0];
}

/**
 * The newest secret an addressed e-mail of `topic` about `aggregateId` carries, opened as the worker opens it (the
 * outbox keeps it sealed with the field cipher): what the e-mail's link holds.
 */
export async function sealedSecretOf(api: TestApi, topic: string, aggregateId: string, to?: string): Promise<string> {
  const rows = await api.app
    .get(DataSource)
    .query<
      Array<{ payload: Record<string, unknown>; recipient_ids: string[] }>
    >(`SELECT payload, recipient_ids FROM outbox_messages WHERE topic = $1 AND aggregate_id = $2 AND ($3::text IS NULL OR payload->>'to' = $3) ORDER BY id DESC LIMIT 1`, [topic, aggregateId, to ?? null]);
  if (!rows[0]) throw new Error(`no ${topic} e-mail for ${aggregateId}`);
  const cipher = new FieldCipher(parseKeyring(TEST_PASSPORT_KEYS), Buffer.alloc(32, 7));
  const opened = openSealedSecret({ topic, payload: rows[0].payload }, rows[0].recipient_ids[0] ?? null, cipher)[OPENED_SECRET_FIELD];
  if (typeof opened !== 'string') throw new Error(`the ${topic} e-mail for ${aggregateId} carries no secret`);
  return opened;
}

/** Confirms the account's e-mail through the real flow: the link of the verification e-mail it was sent. */
export async function verifyEmailOf(api: TestApi, accountId: string): Promise<void> {
  const token = await sealedSecretOf(api, OutboxTopic.EmailVerificationRequested, accountId);
  const confirmed = await api.request('POST', '/api/auth/email-verification/confirm', { body: { token } });
  if (confirmed.status !== 204) throw new Error(`e-mail confirmation failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
}

/** The code of the newest phone verification SMS of the account, opened as the worker opens it. */
export function phoneCodeOf(api: TestApi, accountId: string): Promise<string> {
  return sealedSecretOf(api, OutboxTopic.PhoneVerificationRequested, accountId);
}

/** Proves a migrant's number through the real flow: the code of the SMS it was sent, typed back while signed in. */
export async function verifyPhoneOf(api: TestApi, session: Pick<SessionView, 'accessToken' | 'account'>): Promise<void> {
  const code = await phoneCodeOf(api, session.account.id);
  const confirmed = await api.request('POST', '/api/auth/phone-verification/confirm', { token: session.accessToken, body: { code } });
  if (confirmed.status !== 200) throw new Error(`phone confirmation failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
}

/**
 * A new account, signed in. An employer's e-mail is confirmed through the verification e-mail, a migrant's number
 * through the SMS code, as a person would (`{ verified: false }` leaves it unconfirmed).
 */
export async function registerAndLogin(
  api: TestApi,
  kind: 'migrant' | 'employer' = 'migrant',
  options: { verified?: boolean } = {},
): Promise<SessionView & { login: string }> {
  const login = kind === 'migrant' ? uniqueKyrgyzPhone() : uniqueEmail('employer');
  const body =
    kind === 'migrant'
      ? { phone: login, password: TEST_PASSWORD, citizenship: 'KG' }
      : { email: login, password: TEST_PASSWORD, fullName: 'Test Recruiter' };
  const registered = await api.request('POST', `/api/auth/register/${kind}`, {
    body,
  });
  if (registered.status !== 201) throw new Error(`registration failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  const session = await api.request<SessionView>('POST', '/api/auth/login', {
    body: { login, password: TEST_PASSWORD },
    headers: { 'x-forwarded-for': uniqueClientIp() },
  });
  if (session.status !== 200) throw new Error(`login failed: ${session.status} ${JSON.stringify(session.body)}`);
  if (kind === 'employer' && options.verified !== false) {
    await verifyEmailOf(api, session.body.account.id);
    return { ...session.body, account: { ...session.body.account, emailVerifiedAt: new Date().toISOString() }, login };
  }
  if (kind === 'migrant' && options.verified !== false) {
    await verifyPhoneOf(api, session.body);
    return { ...session.body, account: { ...session.body.account, phoneVerifiedAt: new Date().toISOString() }, login };
  }
  return { ...session.body, login };
}
