/**
 * Security events reach the log (ASVS 7.1.3): refused sign-ins, refused roles, refused media types, cross-site
 * requests and rate limits, each as one JSON line with its status, method, path and request id — and never the
 * password or token that came with them.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProblemDetails } from '@jumush/contracts';
import { TEST_PASSWORD, registerAndLogin, startTestApi, uniqueClientIp, type TestApi } from '../../testing/test-api';

interface LogLine {
  req?: { id?: string; method?: string; url?: string; headers?: Record<string, unknown> };
  res?: { statusCode?: number };
}

describe('security events in the log (real PostgreSQL and Redis)', () => {
  const logFile = join(mkdtempSync(join(tmpdir(), 'jumush-logs-')), 'api.log');
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ LOG_LEVEL: 'info', LOG_FILE: logFile, PUBLIC_READS_PER_MINUTE: '1' });
  });

  afterAll(async () => {
    await api.close();
  });

  const lines = (): LogLine[] =>
    readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);

  it('logs each refused request with its status and request id, without its secrets', async () => {
    const migrant = await registerAndLogin(api);
    const address = uniqueClientIp();
    const wrongPassword = `${TEST_PASSWORD}-but-wrong`;
    const refusals: Array<{ response: { status: number; body: ProblemDetails }; method: string; path: string }> = [];
    const record = async (method: string, path: string, response: Promise<{ status: number; body: unknown }>) =>
      refusals.push({ response: (await response) as { status: number; body: ProblemDetails }, method, path });

    await record(
      'POST',
      '/api/auth/login',
      api.request('POST', '/api/auth/login', { body: { login: migrant.login, password: wrongPassword }, headers: { 'x-forwarded-for': address } }),
    );
    await record('GET', '/api/admin/accounts', api.request('GET', '/api/admin/accounts', { token: migrant.accessToken }));
    await record('GET', '/api/auth/me', api.request('GET', '/api/auth/me', { token: `${migrant.accessToken}x` }));
    await record(
      'POST',
      '/api/auth/login',
      api.request('POST', '/api/auth/login', {
        rawBody: `login=${migrant.login}&password=${wrongPassword}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
      }),
    );
    await record('POST', '/api/auth/logout', api.request('POST', '/api/auth/logout', { headers: { origin: 'https://evil.example' } }));
    await api.request('GET', '/api/public/vacancies', { headers: { 'x-forwarded-for': address } });
    await record('GET', '/api/public/vacancies', api.request('GET', '/api/public/vacancies', { headers: { 'x-forwarded-for': address } }));

    expect(refusals.map(({ response }) => response.status)).toEqual([401, 403, 401, 415, 403, 429]);
    // pino writes synchronously to the file once the response is finished.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const logged = lines();
    for (const { response, method, path } of refusals) {
      const line = logged.find((entry) => entry.req?.id === response.body.requestId);
      expect({ path, line: line && { method: line.req?.method, url: line.req?.url?.split('?')[0], status: line.res?.statusCode } }).toEqual({
        path,
        line: { method, url: path, status: response.status },
      });
    }
    const text = readFileSync(logFile, 'utf8');
    expect(text).not.toContain(wrongPassword);
    expect(text).not.toContain(migrant.accessToken);
  });
});
