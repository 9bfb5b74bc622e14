import type { AccountView, Page, ProblemDetails } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '@jumush/server/database';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, uniqueEmail, type TestApi } from '../../testing/test-api';
import { ACCESS_METADATA, type AccessRule } from './access.decorators';
import { signInWithTwoFactor } from '../../testing/two-factor';
import { documentedOperations } from '../../testing/contract';

interface RouteInfo {
  method: string;
  path: string;
  /** The path as docs/openapi.json names it (`/api/batches/{id}`). */
  template: string;
  /** Left out of the API's documentation on purpose (`@ApiExcludeEndpoint`). */
  undocumented: boolean;
  rule: AccessRule | undefined;
}

/** Every route the application serves, read from Nest's own metadata. */
function allRoutes(api: TestApi): RouteInfo[] {
  const discovery = api.app.get(DiscoveryService);
  const scanner = api.app.get(MetadataScanner);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const controllerPaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (methodPath === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const rule = (Reflect.getMetadata(ACCESS_METADATA, handler) ?? Reflect.getMetadata(ACCESS_METADATA, wrapper.metatype)) as
        | AccessRule
        | undefined;
      for (const base of controllerPaths) {
        for (const sub of ([] as string[]).concat(methodPath)) {
          const path = `/api/${[base, sub].filter((part) => part && part !== '/').join('/')}`.replace(/\/+/g, '/');
          routes.push({
            method,
            path: path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000'),
            template: path.replace(/:(\w+)/g, '{$1}'),
            undocumented: Reflect.getMetadata(DECORATORS.API_EXCLUDE_ENDPOINT, handler)?.disable === true,
            rule,
          });
        }
      }
    }
  }
  return routes;
}

describe('access control on every route', () => {
  let api: TestApi;
  let routes: RouteInfo[];

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    routes = allRoutes(api);
  });

  afterAll(async () => {
    await api.close();
  });

  it('finds the routes (the walk below is not vacuous)', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes).toEqual(expect.arrayContaining([expect.objectContaining({ method: 'GET', path: '/api/auth/me' })]));
  });

  it('documents every route it serves in docs/openapi.json, and no route it does not serve', () => {
    const served = routes.filter((route) => !route.undocumented).map((route) => `${route.method} ${route.template}`);
    const documented = documentedOperations();
    expect({
      undocumented: served.filter((route) => !documented.includes(route)),
      unserved: documented.filter((route) => !served.includes(route)),
    }).toEqual({
      undocumented: [],
      unserved: [],
    });
  });

  it('declares an access rule on every route', () => {
    expect(routes.filter((route) => !route.rule).map((route) => `${route.method} ${route.path}`)).toEqual([]);
  });

  it('answers 401 to an anonymous call of every route that is not explicitly public', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((candidate) => candidate.rule?.kind !== 'public')) {
      const response = await api.request<ProblemDetails>(route.method, route.path, route.method === 'GET' ? {} : { body: {} });
      if (response.status !== 401 || response.body.code !== 'auth.unauthenticated')
        failures.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('lists the e-mail verification and invitation routes with their rules', () => {
    const rule = (method: string, path: string) => routes.find((route) => route.method === method && route.path === path)?.rule;
    const id = '00000000-0000-4000-8000-000000000000';
    expect(rule('POST', '/api/auth/email-verification')).toEqual({ kind: 'authenticated', roles: [] });
    expect(rule('POST', '/api/auth/email-verification/confirm')).toEqual({ kind: 'public' });
    expect(rule('GET', `/api/invitations/${id}`)).toEqual({ kind: 'public' });
    expect(rule('POST', `/api/invitations/${id}/accept`)).toEqual({ kind: 'authenticated', roles: [Role.Employer] });
    expect(rule('DELETE', `/api/companies/mine/members/${id}`)).toEqual({ kind: 'authenticated', roles: [Role.Employer] });
    expect(rule('DELETE', `/api/companies/mine/invitations/${id}`)).toEqual({ kind: 'authenticated', roles: [Role.Employer] });
  });

  it('refuses an employer with an unconfirmed e-mail on every route naming the employer role, and on no other', async () => {
    const unverified = await registerAndLogin(api, 'employer', { verified: false });
    const failures: string[] = [];
    for (const route of routes.filter((candidate) => candidate.rule?.kind === 'authenticated')) {
      const rule = route.rule as { roles: readonly Role[] };
      // Not a request that answers: the live notification stream stays open; ending sessions would end this one.
      if (/\/stream$/.test(route.path) || (route.method === 'POST' && /logout|revoke-others/.test(route.path))) continue;
      const response = await api.request<ProblemDetails>(route.method, route.path, {
        token: unverified.accessToken,
        ...(route.method === 'GET' ? {} : { body: {} }),
      });
      const refused = response.status === 403 && response.body.code === 'account.emailNotVerified';
      const shouldRefuse = rule.roles.includes(Role.Employer);
      if (refused !== shouldRefuse) failures.push(`${route.method} ${route.path} → ${response.status} ${response.body?.code}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('lets anonymous callers reach the public routes', async () => {
    expect((await api.request('GET', '/api/health/live')).status).toBe(200);
    expect((await api.request('GET', '/api/origin-countries')).status).toBe(200);
  });

  it('lets anyone ask for and confirm a password reset, and only a signed-in person change a password', () => {
    const kindOf = (path: string) => routes.find((route) => route.method === 'POST' && route.path === path)?.rule?.kind;
    expect(kindOf('/api/auth/password-reset')).toBe('public');
    expect(kindOf('/api/auth/password-reset/confirm')).toBe('public');
    expect(kindOf('/api/auth/password')).toBeDefined();
    expect(kindOf('/api/auth/password')).not.toBe('public');
  });

  it('refuses a role the route does not admit with 403', async () => {
    const migrant = await registerAndLogin(api);
    const response = await api.request<ProblemDetails>('GET', '/api/admin/accounts', { token: migrant.accessToken });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('auth.forbidden');
  });

  it('shows an account only to itself and to admins', async () => {
    const alice = await registerAndLogin(api);
    const bob = await registerAndLogin(api, 'employer');
    expect(
      (
        await api.request('GET', `/api/accounts/${alice.account.id}`, {
          token: alice.accessToken,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api.request('GET', `/api/accounts/${alice.account.id}`, {
          token: bob.accessToken,
        })
      ).status,
    ).toBe(404);

    const admin = await signInWithTwoFactor(api, 'admin@demo.jumush.kg', DEMO_PASSWORD);
    expect(admin.status).toBe(200);
    const seen = await api.request<AccountView>('GET', `/api/accounts/${alice.account.id}`, { token: admin.body.accessToken });
    expect(seen.status).toBe(200);
    expect(seen.body.phone).toBe(alice.login);
  });

  it('lets an admin create attaché staff scoped to a known origin country, with an audit event', async () => {
    const admin = await signInWithTwoFactor(api, 'admin@demo.jumush.kg', DEMO_PASSWORD);
    const token = admin.body.accessToken;
    const email = uniqueEmail('attache');
    const created = await api.request<AccountView>('POST', '/api/admin/accounts/attaches', {
      token,
      body: {
        email,
        password: 'attache-pass-77',
        fullName: 'Асель Бекова',
        originCountry: 'kg',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      role: Role.Attache,
      originCountry: 'KG',
      email,
    });

    const unknownCountry = await api.request<ProblemDetails>('POST', '/api/admin/accounts/attaches', {
      token,
      body: {
        email: uniqueEmail(),
        password: 'attache-pass-77',
        fullName: 'X Y',
        originCountry: 'ZZ',
      },
    });
    expect(unknownCountry.status).toBe(400);
    expect(unknownCountry.body.errors?.[0]).toMatchObject({
      field: 'originCountry',
      code: 'account.unknownCountry',
    });

    const events = await api.app.get(DataSource).getRepository(AuditEventEntity).findBy({ subjectId: created.body.id, action: 'account.created' });
    expect(events).toEqual([
      expect.objectContaining({
        actorId: admin.body.account.id,
        actorRole: Role.Admin,
      }),
    ]);

    const list = await api.request<Page<AccountView>>('GET', '/api/admin/accounts?page=1&pageSize=5', { token });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeLessThanOrEqual(5);
    expect(list.body.total).toBeGreaterThanOrEqual(list.body.items.length);
  });
});
