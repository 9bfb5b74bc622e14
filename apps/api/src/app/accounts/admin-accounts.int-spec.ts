/** The admin's console, accounts (issue 15): search, an attaché made with a set-up link, disable/enable, sessions ended. */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OutboxTopic, type AdminAccountView, type Page, type ProblemDetails, type RevokedSessionsView, type SessionView } from '@jumush/contracts';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { DEMO_PASSWORD, TEST_PASSWORD, registerAndLogin, sealedSecretOf, startTestApi, uniqueEmail, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';
import type { TestResponse } from '../../testing/test-api';

describe('admin console: accounts (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let admin: SessionView;

  // Demo staff have two-factor on: their sign-in takes the second step with their seeded secret.
  const login = async (loginName: string, password: string) =>
    (await signInWithTwoFactor(api, loginName, password)) as TestResponse<SessionView & ProblemDetails>;
  const search = (query: string, token = admin.accessToken) =>
    api.request<Page<AdminAccountView> & ProblemDetails>('GET', `/api/admin/accounts?${query}`, { token });
  const auditOf = async (subjectId: string) =>
    (
      await dataSource.query<Array<{ action: string; actor_id: string | null; data: Record<string, unknown> }>>(
        `SELECT action, actor_id, data FROM audit_events WHERE subject_type = 'account' AND subject_id = $1 ORDER BY seq`,
        [subjectId],
      )
    ).map((row) => ({ action: row.action, actorId: row.actor_id, data: row.data }));

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    admin = (await login('admin@demo.jumush.kg', DEMO_PASSWORD)).body;
  });
  afterAll(async () => {
    await api.close();
  });

  describe('search', () => {
    it('finds by part of an e-mail, a name or a phone number in any form, narrowed by role and country', async () => {
      const migrant = await registerAndLogin(api);
      const digits = migrant.login.replace(/\D/g, '');
      const byPhone = await search(`q=${encodeURIComponent(`0${digits.slice(3, 6)} ${digits.slice(6)}`)}`);
      expect(byPhone.status).toBe(200);
      expect(byPhone.body.items.map((account) => account.id)).toEqual([migrant.account.id]);
      expect(byPhone.body.items[0]).toMatchObject({ role: 'MIGRANT', originCountry: 'KG', disabledAt: null, phone: migrant.login });

      const byEmail = await search('q=ATTACHE.UZ@demo&role=ATTACHE');
      expect(byEmail.body.items.map((account) => account.email)).toEqual(['attache.uz@demo.jumush.kg']);
      expect((await search('q=attache.uz@demo&role=EMPLOYER')).body).toMatchObject({ items: [], total: 0 });
      const uzbekAttaches = await search('role=ATTACHE&country=uz&pageSize=100');
      expect(uzbekAttaches.body.items.length).toBeGreaterThan(0);
      expect(uzbekAttaches.body.items.every((account) => account.role === 'ATTACHE' && account.originCountry === 'UZ')).toBe(true);
    });

    it('takes a wildcard as a character, and pages', async () => {
      expect((await search('q=%25%25%25')).body).toMatchObject({ items: [], total: 0 });
      expect((await search('q=_')).body.items.every((account) => `${account.email}${account.fullName}`.includes('_'))).toBe(true);
      const page = await search('page=2&pageSize=2');
      expect([page.status, page.body.page, page.body.pageSize, page.body.items.length]).toEqual([200, 2, 2, 2]);
    });

    it('answers field errors for a bad role, country or search', async () => {
      const response = await search(`role=KING&country=KGZ&q=${'x'.repeat(121)}`);
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.field).sort()).toEqual(['country', 'q', 'role']);
    });
  });

  describe('an attaché made by the admin', () => {
    it('gets a one-time set-up link by e-mail, sets a password through it and signs in; the creation is audited', async () => {
      const email = uniqueEmail('attache');
      const created = await api.request<AdminAccountView & ProblemDetails>('POST', '/api/admin/accounts/attaches', {
        token: admin.accessToken,
        body: { email, fullName: 'Dilnoza Karimova', originCountry: 'uz', coveredRegions: ['78'], locale: 'uz' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ role: 'ATTACHE', email, originCountry: 'UZ', coveredRegions: ['78'], locale: 'uz', disabledAt: null });
      // Nobody knows a password yet.
      expect((await login(email, TEST_PASSWORD)).status).toBe(401);
      const [row] = await dataSource.query(`SELECT payload FROM outbox_messages WHERE topic = $1 AND aggregate_id = $2`, [
        OutboxTopic.AccountSetupRequested,
        created.body.id,
      ]);
      expect(row.payload).toMatchObject({ to: email, locale: 'uz' });
      const token = await sealedSecretOf(api, OutboxTopic.AccountSetupRequested, created.body.id);
      expect(JSON.stringify(row.payload)).not.toContain(token);
      const set = await api.request('POST', '/api/auth/password-reset/confirm', { body: { token, newPassword: 'attache-sets-this-1' } });
      expect(set.status).toBe(204);
      const signedIn = await login(email, 'attache-sets-this-1');
      expect([signedIn.status, signedIn.body.account?.role, signedIn.body.account?.coveredRegions]).toEqual([200, 'ATTACHE', ['78']]);
      expect(await auditOf(created.body.id)).toContainEqual({
        action: 'account.created',
        actorId: admin.account.id,
        data: { role: 'ATTACHE', originCountry: 'UZ', coveredRegions: ['78'], setupLinkSent: true },
      });
    });

    it('answers field errors for a bad address, an unknown country and an unknown region; an address taken is 409', async () => {
      const bad = await api.request<ProblemDetails>('POST', '/api/admin/accounts/attaches', {
        token: admin.accessToken,
        body: { email: 'not-an-address', fullName: 'X', originCountry: 'UZ', coveredRegions: ['999'] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors?.map((error) => error.field).sort()).toEqual(['coveredRegions', 'email', 'fullName']);
      const unknown = await api.request<ProblemDetails>('POST', '/api/admin/accounts/attaches', {
        token: admin.accessToken,
        body: { email: uniqueEmail('attache'), fullName: 'Some One', originCountry: 'ZZ' },
      });
      expect([unknown.status, unknown.body.errors?.[0]]).toEqual([
        400,
        expect.objectContaining({ field: 'originCountry', code: 'account.unknownCountry' }),
      ]);
      const taken = await api.request<ProblemDetails>('POST', '/api/admin/accounts/attaches', {
        token: admin.accessToken,
        body: { email: 'attache.uz@demo.jumush.kg', fullName: 'Some One', originCountry: 'UZ' },
      });
      expect([taken.status, taken.body.errors?.[0]?.code]).toEqual([409, 'account.emailTaken']);
    });
  });

  describe('sessions', () => {
    it('ends every sign-in of the account at once, audited with how many', async () => {
      const migrant = await registerAndLogin(api);
      const second = await login(migrant.login, TEST_PASSWORD);
      const revoked = await api.request<RevokedSessionsView>('POST', `/api/admin/accounts/${migrant.account.id}/sessions/revoke`, {
        token: admin.accessToken,
      });
      expect([revoked.status, revoked.body]).toEqual([200, { revoked: 2 }]);
      for (const token of [migrant.accessToken, second.body.accessToken])
        expect((await api.request('GET', '/api/auth/me', { token })).status).toBe(401);
      // The account itself still signs in.
      expect((await login(migrant.login, TEST_PASSWORD)).status).toBe(200);
      expect(await auditOf(migrant.account.id)).toContainEqual({
        action: 'account.sessionsRevoked',
        actorId: admin.account.id,
        data: { revoked: 2 },
      });
      expect((await api.request('POST', `/api/admin/accounts/${randomUUID()}/sessions/revoke`, { token: admin.accessToken })).status).toBe(404);
      expect((await api.request('POST', `/api/admin/accounts/not-a-uuid/sessions/revoke`, { token: admin.accessToken })).status).toBe(400);
    });
  });

  it('disable and enable are audited, and the list shows when an account was disabled', async () => {
    const migrant = await registerAndLogin(api);
    expect((await api.request('POST', `/api/admin/accounts/${migrant.account.id}/disable`, { token: admin.accessToken })).status).toBe(204);
    const found = await search(`q=${encodeURIComponent(migrant.login)}`);
    expect(found.body.items[0]?.disabledAt).toEqual(expect.any(String));
    expect((await api.request('POST', `/api/admin/accounts/${migrant.account.id}/enable`, { token: admin.accessToken })).status).toBe(204);
    expect((await search(`q=${encodeURIComponent(migrant.login)}`)).body.items[0]?.disabledAt).toBeNull();
    expect((await auditOf(migrant.account.id)).map((event) => event.action)).toEqual(expect.arrayContaining(['account.disabled', 'account.enabled']));
    const self = await api.request<ProblemDetails>('POST', `/api/admin/accounts/${admin.account.id}/disable`, { token: admin.accessToken });
    expect([self.status, self.body.code]).toEqual([409, 'account.cannotDisableSelf']);
  });

  it('is for admins only: 401 signed out, 403 for every other role', async () => {
    const migrant = await registerAndLogin(api);
    const employer = await registerAndLogin(api, 'employer');
    const attache = (await login('attache@demo.jumush.kg', DEMO_PASSWORD)).body;
    const routes = [
      ['GET', '/api/admin/accounts'],
      ['POST', '/api/admin/accounts/attaches'],
      ['POST', `/api/admin/accounts/${migrant.account.id}/sessions/revoke`],
      ['POST', `/api/admin/accounts/${migrant.account.id}/disable`],
      ['POST', `/api/admin/accounts/${migrant.account.id}/enable`],
    ] as const;
    for (const [method, path] of routes) {
      expect([path, (await api.request(method, path, {})).status]).toEqual([path, 401]);
      for (const token of [migrant.accessToken, employer.accessToken, attache.accessToken])
        expect([path, (await api.request(method, path, { token, body: method === 'POST' ? {} : undefined })).status]).toEqual([path, 403]);
    }
    // Nothing happened to the account.
    expect((await api.request('GET', '/api/auth/me', { token: migrant.accessToken })).status).toBe(200);
  });
});
