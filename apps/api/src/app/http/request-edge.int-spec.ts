/** The HTTP edge against the running API: JSON-only bodies, multipart where an upload is declared, no cross-site changes. */
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import type { ProblemDetails, SessionView } from '@jumush/contracts';
import { employerWithVacancy } from '../../testing/factories';
import { TEST_PASSWORD, refreshCookieOf, registerAndLogin, startTestApi, uniqueClientIp, type TestApi } from '../../testing/test-api';

const WEB_ORIGIN = 'http://localhost:4200';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

interface Route {
  method: string;
  path: string;
  upload: boolean;
}

/** Every route that takes a body, from Nest's own metadata, and whether it declares a multipart upload. */
function routesWithBody(api: TestApi): Route[] {
  const discovery = api.app.get(DiscoveryService);
  const scanner = api.app.get(MetadataScanner);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const bases = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (sub === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
      const consumes = (Reflect.getMetadata(DECORATORS.API_CONSUMES, handler) as string[] | undefined) ?? [];
      for (const base of bases)
        for (const part of ([] as string[]).concat(sub)) {
          const path = `/api/${[base, part].filter((piece) => piece && piece !== '/').join('/')}`.replace(/\/+/g, '/');
          routes.push({
            method,
            path: path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000'),
            upload: consumes.includes('multipart/form-data'),
          });
        }
    }
  }
  return routes;
}

describe('the HTTP edge: JSON only, and no cross-site changes', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ WEB_ORIGIN });
  });

  afterAll(async () => {
    await api.close();
  });

  const login = (login: string, headers: Record<string, string> = {}) =>
    api.request<SessionView>('POST', '/api/auth/login', {
      body: { login, password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': uniqueClientIp(), ...headers },
    });

  describe('login CSRF: a cross-site form cannot sign anyone in', () => {
    it('refuses a form-encoded sign-in with 415 problem+json and sets no cookie, even with the right password', async () => {
      const account = await registerAndLogin(api);
      const response = await api.request<ProblemDetails>('POST', '/api/auth/login', {
        rawBody: new URLSearchParams({ login: account.login, password: TEST_PASSWORD }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': uniqueClientIp() },
      });
      expect(response.status).toBe(415);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe('http.unsupportedMediaType');
      expect(response.headers.getSetCookie()).toEqual([]);
    });

    it('refuses JSON text sent as text/plain (what a form with enctype="text/plain" sends)', async () => {
      const account = await registerAndLogin(api);
      const response = await api.request<ProblemDetails>('POST', '/api/auth/login', {
        rawBody: JSON.stringify({ login: account.login, password: TEST_PASSWORD }),
        headers: { 'content-type': 'text/plain', 'x-forwarded-for': uniqueClientIp() },
      });
      expect(response.status).toBe(415);
    });

    it('refuses a sign-in posted from another site even as JSON (Origin or Sec-Fetch-Site)', async () => {
      const account = await registerAndLogin(api);
      expect((await login(account.login, { origin: 'https://evil.example' })).status).toBe(403);
      expect((await login(account.login, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await login(account.login, { origin: 'null' })).status).toBe(403);
    });

    it('lets the web sign in: its own origin, a same-origin request, or a client that is no browser', async () => {
      const account = await registerAndLogin(api);
      expect((await login(account.login, { origin: WEB_ORIGIN, 'sec-fetch-site': 'same-site' })).status).toBe(200);
      expect((await login(account.login, { origin: 'http://127.0.0.1:4200', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
      expect((await login(account.login)).status).toBe(200);
    });
  });

  it('answers 415 to a form-encoded body on every route that takes one, multipart only where an upload is declared', async () => {
    const employer = await registerAndLogin(api, 'employer');
    const routes = routesWithBody(api);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((route) => route.upload).map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining(['POST /api/companies/mine/documents']),
    );
    const wrong: string[] = [];
    for (const route of routes) {
      const response = await api.request(route.method, route.path, {
        rawBody: 'a=1',
        token: employer.accessToken,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      if (response.status !== 415) wrong.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('still takes a document upload as multipart/form-data', async () => {
    const { employer } = await employerWithVacancy(api);
    const form = new FormData();
    form.append('kind', 'REGISTRATION_EXTRACT');
    form.append('file', new Blob([new Uint8Array(PDF)]), 'extract.pdf');
    const response = await fetch(`${api.baseUrl}/api/companies/mine/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${employer.accessToken}`, origin: WEB_ORIGIN },
      body: form,
    });
    expect(response.status).toBe(201);
  });

  describe('the refresh cookie cannot be used from another site', () => {
    it('refuses a cross-site refresh or logout with 403, and the cookie still works from the web', async () => {
      const account = await registerAndLogin(api);
      const cookie = refreshCookieOf((await login(account.login)).headers)!;
      const crossSite: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
      ];
      for (const headers of crossSite) {
        expect((await api.request('POST', '/api/auth/refresh', { cookie, headers })).status).toBe(403);
        expect((await api.request('POST', '/api/auth/logout', { cookie, headers })).status).toBe(403);
      }
      const refreshed = await api.request<SessionView>('POST', '/api/auth/refresh', {
        cookie,
        headers: { origin: WEB_ORIGIN, 'sec-fetch-site': 'same-origin' },
      });
      expect(refreshed.status).toBe(200);
    });
  });

  it('does not judge reads by their origin', async () => {
    expect(
      (await api.request('GET', '/api/health/live', { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } })).status,
    ).toBe(200);
  });
});
