import type { ProblemDetails } from '@jumush/contracts';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, uniqueEmail, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';

describe('bad input always gets a clear 4xx problem, never a 500', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ BODY_LIMIT: '2kb' });
  });

  afterAll(async () => {
    await api.close();
  });

  const expectProblem = (response: { status: number; headers: Headers; body: ProblemDetails }, status: number, code?: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      type: 'about:blank',
      status,
      title: expect.any(String),
    });
    if (code) expect(response.body.code).toBe(code);
  };

  it('malformed JSON → 400', async () => {
    expectProblem(
      await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        rawBody: '{"phone": "+996',
      }),
      400,
    );
  });

  it('wrong types → 400 with a field error per field', async () => {
    const response = await api.request<ProblemDetails>('POST', '/api/auth/register/employer', { body: { email: 12, password: ['x'], fullName: {} } });
    expectProblem(response, 400, 'validation.failed');
    expect(new Set(response.body.errors?.map((error) => error.field))).toEqual(new Set(['email', 'password', 'fullName']));
  });

  it('a JSON array or scalar instead of an object → 400', async () => {
    expectProblem(
      await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        rawBody: '[1,2]',
      }),
      400,
    );
    expectProblem(
      await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        rawBody: '"text"',
      }),
      400,
    );
  });

  it('a NUL character in any text field → 400 naming the field, never a 500', async () => {
    const register = await api.request<ProblemDetails>('POST', '/api/auth/register/employer', {
      body: { email: uniqueEmail('nul'), password: 'correct-horse-42', fullName: 'Ай\u0000бек' },
    });
    expectProblem(register, 400, 'validation.failed');
    expect(register.body.errors).toEqual([expect.objectContaining({ field: 'fullName', code: 'validation.nulCharacter' })]);
    const session = await registerAndLogin(api);
    const query = await api.request<ProblemDetails>('GET', '/api/notifications?page=1%00', { token: session.accessToken });
    expectProblem(query, 400, 'validation.failed');
    expect(query.body.errors).toEqual([expect.objectContaining({ field: 'page', code: 'validation.nulCharacter' })]);
  });

  it('an oversized body → 413', async () => {
    expectProblem(
      await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        body: { phone: 'x'.repeat(5_000), password: 'y' },
      }),
      413,
      'http.payloadTooLarge',
    );
  });

  it('an unknown route → 404', async () => {
    expectProblem(await api.request<ProblemDetails>('GET', '/api/no-such-thing'), 404, 'http.notFound');
    expectProblem(await api.request<ProblemDetails>('DELETE', '/api/auth/login'), 404);
  });

  it('a malformed id in the path → 400, not 500', async () => {
    const session = await registerAndLogin(api);
    const response = await api.request<ProblemDetails>('GET', '/api/accounts/not-a-uuid', { token: session.accessToken });
    expectProblem(response, 400);
  });

  it('bad query parameters → 400 with field errors', async () => {
    await api.app.get(DemoDataSeeder).seed();
    const admin = await signInWithTwoFactor(api, 'admin@demo.jumush.kg', DEMO_PASSWORD);
    const response = await api.request<ProblemDetails>('GET', '/api/admin/accounts?pageSize=1000&page=zero&surprise=1', {
      token: admin.body.accessToken,
    });
    expectProblem(response, 400, 'validation.failed');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'pageSize',
          code: 'validation.max',
          params: { max: 100 },
        }),
        expect.objectContaining({ field: 'page', code: 'validation.isInt' }),
        expect.objectContaining({
          field: 'surprise',
          code: 'validation.whitelist',
        }),
      ]),
    );
    const far = await api.request<ProblemDetails>('GET', '/api/admin/accounts?page=1000000', { token: admin.body.accessToken });
    expectProblem(far, 400, 'validation.failed');
    expect(far.body.errors).toEqual([expect.objectContaining({ field: 'page', code: 'validation.max', params: { max: 1000 } })]);
  });

  it('every problem carries the request id, and a sane client-sent id is kept', async () => {
    const response = await api.request<ProblemDetails>('GET', '/api/no-such-thing', { headers: { 'x-request-id': 'trace-12345678' } });
    expect(response.headers.get('x-request-id')).toBe('trace-12345678');
    expect(response.body.requestId).toBe('trace-12345678');
  });

  it('sends security headers and limits CORS to the web origin', async () => {
    const response = await api.request('GET', '/api/health/live', {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(response.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8,}; includeSubDomains/);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    const allowed = await api.request('GET', '/api/health/live', {
      headers: { origin: 'http://localhost:4200' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
  });

  it('serves the OpenAPI document generated from the code', async () => {
    const response = await api.request<{
      openapi: string;
      paths: Record<string, unknown>;
    }>('GET', '/api/docs/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/register/migrant']));
  });

  it('reports readiness of PostgreSQL and Redis', async () => {
    const response = await api.request<{
      status: string;
      info: Record<string, { status: string }>;
    }>('GET', '/api/health/ready');
    expect(response.status).toBe(200);
    expect(response.body.info).toEqual({
      postgres: { status: 'up' },
      redis: { status: 'up' },
    });
  });
});

describe('in production', () => {
  it('does not serve the API documentation', async () => {
    const production = await startTestApi({ NODE_ENV: 'production' });
    try {
      expect((await production.request('GET', '/api/docs')).status).toBe(404);
      expect((await production.request('GET', '/api/docs/openapi.json')).status).toBe(404);
      expect((await production.request('GET', '/api/health/live')).status).toBe(200);
    } finally {
      await production.close();
    }
  });
});
