import { randomInt, randomUUID } from 'node:crypto';
import { OutboxTopic, REFRESH_COOKIE_NAME, type AccountView, type ProblemDetails, type SessionView, type SignInSessionView } from '@jumush/contracts';
import { Role, calendarToday, homeTimeZoneOf } from '@jumush/domain';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import {
  TEST_PASSWORD,
  refreshCookieOf,
  registerAndLogin,
  startTestApi,
  testConfig,
  uniqueClientIp,
  uniqueEmail,
  uniqueKyrgyzPhone,
  type TestApi,
} from '../../testing/test-api';
import { registrationAttemptAlertKey } from '../accounts/registration-attempt-alerts';
import { RateCounters } from '../redis/rate-counters';
import { LoginRateLimiter } from './login-rate-limiter';
import { enableTwoFactorDirectly, signInWithTwoFactor } from '../../testing/two-factor';

describe('accounts and sign-in (real PostgreSQL and Redis)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  const login = (identifier: string, password: string, ip = uniqueClientIp()) =>
    api.request<SessionView & ProblemDetails>('POST', '/api/auth/login', {
      body: { login: identifier, password },
      headers: { 'x-forwarded-for': ip },
    });

  describe('registration', () => {
    it('registers a migrant by Kyrgyz phone number, normalising what people type', async () => {
      const phone = uniqueKyrgyzPhone();
      const typed = `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7, 10)}-${phone.slice(10)}`;
      const response = await api.request<AccountView>('POST', '/api/auth/register/migrant', {
        body: { phone: typed, password: TEST_PASSWORD, citizenship: 'KG' },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        role: Role.Migrant,
        phone,
        locale: 'ky',
        originCountry: 'KG',
      });
      expect(JSON.stringify(response.body)).not.toContain('password');
    });

    it('records the citizenship chosen, not one guessed from the number: a Kyrgyz citizen with a Russian SIM', async () => {
      const response = await api.request<AccountView>('POST', '/api/auth/register/migrant', {
        body: { phone: `+7916${Date.now().toString().slice(-7)}`, password: TEST_PASSWORD, citizenship: 'KG' },
      });
      expect([response.status, response.body.originCountry]).toEqual([201, 'KG']);
    });

    it.each([
      // [typed, citizenship, stored]
      ['0700 %s', 'KG', '+996700%s'],
      ['90 1%s', 'UZ', '+998901%s'],
      ['93 1%s', 'TJ', '+992931%s'],
    ])('reads the national form %p of a citizen of %s, and signs in with the same form', async (typed, citizenship, stored) => {
      const subscriber = randomInt(0, 1_000_000).toString().padStart(6, '0');
      const phone = typed.replace('%s', subscriber);
      const response = await api.request<AccountView>('POST', '/api/auth/register/migrant', {
        body: { phone, password: TEST_PASSWORD, citizenship },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ phone: stored.replace('%s', subscriber), originCountry: citizenship });
      // A Kyrgyz 0… form is a mobile nowhere else, so sign-in reads it alone; nine digits need the citizenship, or +.
      const signInAs = citizenship === 'KG' ? phone : stored.replace('%s', subscriber);
      expect((await login(signInAs, TEST_PASSWORD)).status).toBe(200);
    });

    it('refuses a registration without a citizenship of the exchange, and numbers that are no mobile', async () => {
      const missing = await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        body: { phone: uniqueKyrgyzPhone(), password: TEST_PASSWORD },
      });
      expect([missing.status, missing.body.errors?.map((error) => error.field)]).toEqual([400, ['citizenship']]);
      const foreign = await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        body: { phone: uniqueKyrgyzPhone(), password: TEST_PASSWORD, citizenship: 'KZ' },
      });
      expect([foreign.status, foreign.body.errors?.map((error) => error.field)]).toEqual([400, ['citizenship']]);
      for (const [phone, code] of [
        ['+99890123456', 'phone.format'],
        ['+996100123456', 'phone.kyrgyzFormat'],
        ['+4915112345678', 'phone.country'],
      ]) {
        const refused = await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
          body: { phone, password: TEST_PASSWORD, citizenship: 'UZ' },
        });
        expect([refused.status, refused.body.errors]).toEqual([400, [expect.objectContaining({ field: 'phone', code })]]);
      }
    });

    it('rejects malformed Kyrgyz numbers with field errors', async () => {
      const bad = await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        body: { phone: '+99655512', password: 'short', citizenship: 'KG' },
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'phone',
            code: 'phone.kyrgyzFormat',
          }),
          expect.objectContaining({
            field: 'password',
            code: 'password.tooShort',
            params: { min: 10 },
          }),
        ]),
      );
    });

    it('answers a registration of a taken phone as a success, in any spelling, and changes nothing: the owner still signs in', async () => {
      const phone = uniqueKyrgyzPhone();
      const first = await api.request<AccountView>('POST', '/api/auth/register/migrant', {
        body: { phone, password: TEST_PASSWORD, citizenship: 'KG' },
      });
      const typed = `0${phone.slice(4, 7)} ${phone.slice(7, 10)} ${phone.slice(10)}`;
      const again = await api.request<AccountView>('POST', '/api/auth/register/migrant', {
        body: { phone: typed, password: 'another-password-7', citizenship: 'KG' },
      });
      expect([first.status, again.status]).toEqual([201, 201]);
      expect(Object.keys(again.body).sort()).toEqual(Object.keys(first.body).sort());
      expect(again.body).toMatchObject({ role: Role.Migrant, phone, originCountry: 'KG', locale: first.body.locale });
      expect(again.body.id).not.toBe(first.body.id);
      expect((await login(phone, TEST_PASSWORD)).status).toBe(200);
      expect((await login(phone, 'another-password-7')).status).toBe(401);
      const [{ count }] = await api.app.get(DataSource).query(`SELECT count(*)::int AS count FROM accounts WHERE phone = $1`, [phone]);
      expect(count).toBe(1);
    });

    it('registers an employer by work email, case-insensitively unique', async () => {
      const email = uniqueEmail('hr');
      const first = await api.request<AccountView>('POST', '/api/auth/register/employer', {
        body: {
          email: email.toUpperCase(),
          password: TEST_PASSWORD,
          fullName: ' Ольга ',
        },
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        role: Role.Employer,
        email,
        fullName: 'Ольга',
        locale: 'ru',
      });
      // A taken email is answered as a new account would be; nothing is stored, whatever the case typed.
      const again = await api.request<AccountView>('POST', '/api/auth/register/employer', {
        body: { email: email.toUpperCase(), password: TEST_PASSWORD, fullName: 'Other' },
      });
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ role: Role.Employer, email, fullName: 'Other' });
      const [{ count }] = await api.app.get(DataSource).query(`SELECT count(*)::int AS count FROM accounts WHERE email = $1`, [email]);
      expect(count).toBe(1);
    });

    describe('tells the owner when someone tries to register their login', () => {
      const alerts = (accountId: string) =>
        api.app
          .get(DataSource)
          .query<
            Array<{ payload: Record<string, unknown>; aggregate_id: string }>
          >(`SELECT payload, aggregate_id FROM outbox_messages WHERE topic = $1 AND $2 = ANY(recipient_ids) ORDER BY id`, [OutboxTopic.RegistrationAttempted, accountId]);

      it('a migrant: one alert for two attempts in a day, on the day of their calendar, and the answers look like a new registration', async () => {
        const phone = uniqueKyrgyzPhone();
        const owner = await api.request<AccountView>('POST', '/api/auth/register/migrant', {
          body: { phone, password: TEST_PASSWORD, citizenship: 'KG' },
        });
        expect(owner.status).toBe(201);
        // A new registration tells nobody of an attempt.
        expect(await alerts(owner.body.id)).toEqual([]);
        const attempts = [];
        for (const password of ['stranger-pass-1', 'stranger-pass-2'])
          attempts.push(
            await api.request<AccountView>('POST', '/api/auth/register/migrant', { body: { phone, password, citizenship: 'UZ', locale: 'ru' } }),
          );
        for (const attempt of attempts) {
          expect(attempt.status).toBe(201);
          expect(Object.keys(attempt.body).sort()).toEqual(Object.keys(owner.body).sort());
          expect(attempt.body).toMatchObject({ role: Role.Migrant, phone, originCountry: 'UZ', locale: 'ru' });
        }
        const today = calendarToday(homeTimeZoneOf('KG'), new Date());
        expect(await alerts(owner.body.id)).toEqual([{ aggregate_id: owner.body.id, payload: { login: 'phone', attemptedOn: today } }]);
        // The next day (the counter's window over) the owner hears again.
        await api.app.get(RateCounters).clear(registrationAttemptAlertKey(owner.body.id));
        await api.request('POST', '/api/auth/register/migrant', { body: { phone, password: 'stranger-pass-3', citizenship: 'KG' } });
        expect(await alerts(owner.body.id)).toHaveLength(2);
      });

      it('an employer: by their e-mail address, once a day; a disabled account is told nothing', async () => {
        const email = uniqueEmail('alerted');
        const owner = await api.request<AccountView>('POST', '/api/auth/register/employer', {
          body: { email, password: TEST_PASSWORD, fullName: 'Ольга' },
        });
        for (const typed of [email.toUpperCase(), email])
          expect(
            (
              await api.request('POST', '/api/auth/register/employer', {
                body: { email: typed, password: 'stranger-pass-1', fullName: 'Иван Петров' },
              })
            ).status,
          ).toBe(201);
        expect((await alerts(owner.body.id)).map((row) => row.payload['login'])).toEqual(['email']);

        const disabled = await api.request<AccountView>('POST', '/api/auth/register/employer', {
          body: { email: uniqueEmail('disabled'), password: TEST_PASSWORD, fullName: 'Ольга' },
        });
        await api.app.get(DataSource).query(`UPDATE accounts SET disabled_at = now() WHERE id = $1`, [disabled.body.id]);
        const again = await api.request('POST', '/api/auth/register/employer', {
          body: { email: disabled.body.email, password: 'stranger-pass-1', fullName: 'Иван Петров' },
        });
        expect(again.status).toBe(201);
        expect(await alerts(disabled.body.id)).toEqual([]);
      });
    });

    it('never lets a registration choose its role', async () => {
      const response = await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        body: {
          phone: uniqueKyrgyzPhone(),
          password: TEST_PASSWORD,
          citizenship: 'KG',
          role: 'ADMIN',
        },
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          field: 'role',
          code: 'validation.whitelist',
        }),
      ]);
    });
  });

  describe('login', () => {
    it('returns an access token and sets an httpOnly, SameSite refresh cookie', async () => {
      const session = await registerAndLogin(api, 'employer');
      const response = await login(session.login, TEST_PASSWORD);
      expect(response.status).toBe(200);
      expect(response.body.accessToken).toEqual(expect.any(String));
      expect(response.body.account.email).toBe(session.login);
      const setCookie = response.headers.getSetCookie().find((value) => value.startsWith(REFRESH_COOKIE_NAME));
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      expect(setCookie).toMatch(/Path=\/api\/auth/i);
      const me = await api.request<AccountView>('GET', '/api/auth/me', {
        token: response.body.accessToken,
      });
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(session.account.id);
    });

    it('gives the same generic answer for a wrong password and an unknown account', async () => {
      const session = await registerAndLogin(api);
      const wrongPassword = await login(session.login, 'wrong-password-1');
      const unknown = await login(uniqueKyrgyzPhone(), 'wrong-password-1');
      expect(wrongPassword.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrongPassword.body.code).toBe('auth.invalidCredentials');
      expect({ ...unknown.body, requestId: null }).toEqual({ ...wrongPassword.body, requestId: null });
    });

    it('validates the login body before checking credentials', async () => {
      const response = await api.request<ProblemDetails>('POST', '/api/auth/login', { body: { login: 42 } });
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(['login', 'password']));
    });

    /** Seven wrong passwords from one address: status, body and Retry-After of each answer. */
    async function sevenFailures(identifier: string) {
      const ip = uniqueClientIp();
      const answers: Array<{ status: number; body: unknown; retryAfter: string | null }> = [];
      for (let attempt = 0; attempt < 7; attempt++) {
        const response = await login(identifier, 'wrong-password-1', ip);
        answers.push({ status: response.status, body: response.body, retryAfter: response.headers.get('retry-after') });
      }
      return { ip, answers };
    }

    it('slows a login after five failures, with the same answers whether or not the account exists', async () => {
      const session = await registerAndLogin(api);
      const existing = await sevenFailures(session.login);
      const unknown = await sevenFailures(uniqueKyrgyzPhone());
      expect(existing.answers.map((answer) => [answer.status, answer.retryAfter])).toEqual([
        [401, null],
        [401, null],
        [401, null],
        [401, null],
        [401, '30'],
        [429, expect.stringMatching(/^(29|30)$/)],
        [429, expect.stringMatching(/^(29|30)$/)],
      ]);
      expect((existing.answers[5].body as ProblemDetails).code).toBe('auth.tooManyAttempts');
      // Unknown and existing logins are answered alike: status, body (the minutes), Retry-After.
      const comparable = (answers: typeof existing.answers) =>
        answers.map(({ status, body }) => ({ status, body: { ...(body as object), requestId: null } }));
      expect(comparable(unknown.answers)).toEqual(comparable(existing.answers));
      // Even the right password waits: the wait is no oracle.
      expect((await login(session.login, TEST_PASSWORD, existing.ip)).status).toBe(429);
    });

    it('never lets a stranger keep the owner out: failures from another address do not stop the owner', async () => {
      const session = await registerAndLogin(api);
      const stranger = await sevenFailures(session.login);
      expect(stranger.answers.at(-1)?.status).toBe(429);
      expect((await login(session.login, TEST_PASSWORD, uniqueClientIp())).status).toBe(200);
    });

    it('counts failures by the number, however it is typed', async () => {
      const session = await registerAndLogin(api);
      const ip = uniqueClientIp();
      const national = `0${session.login.slice(4, 7)} ${session.login.slice(7, 10)} ${session.login.slice(10)}`;
      const spacedE164 = `${session.login.slice(0, 4)} ${session.login.slice(4, 7)} ${session.login.slice(7)}`;
      const spellings = [session.login, national, `00${session.login.slice(1)}`, national.replace(/ /g, '-'), spacedE164];
      for (const spelling of spellings) expect((await login(spelling, 'wrong-password-1', ip)).status).toBe(401);
      expect((await login(session.login, 'wrong-password-1', ip)).status).toBe(429);
    });

    it('takes about as long for an unknown login as for a wrong password (a decoy argon2 verify)', async () => {
      const session = await registerAndLogin(api);
      const timed = async (identifier: string) => {
        const started = performance.now();
        await login(identifier, 'wrong-password-1');
        return performance.now() - started;
      };
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const known: number[] = [];
      const unknown: number[] = [];
      for (let round = 0; round < 5; round++) {
        known.push(await timed(session.login));
        unknown.push(await timed(uniqueKyrgyzPhone()));
      }
      // argon2id at 19 MiB dominates both; a missing verify would make the unknown login several times faster.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.6);
    });
  });

  describe('refresh and logout', () => {
    it('rotates the refresh token, and a replayed old token revokes the whole family', async () => {
      const session = await registerAndLogin(api);
      const first = await login(session.login, TEST_PASSWORD);
      const cookie1 = refreshCookieOf(first.headers)!;

      const second = await api.request<SessionView>('POST', '/api/auth/refresh', { cookie: cookie1 });
      expect(second.status).toBe(200);
      const cookie2 = refreshCookieOf(second.headers)!;
      expect(cookie2).not.toBe(cookie1);

      const replay = await api.request<ProblemDetails>('POST', '/api/auth/refresh', { cookie: cookie1 });
      expect(replay.status).toBe(401);
      // The thief's replay also ends the legitimate holder's session.
      expect((await api.request('POST', '/api/auth/refresh', { cookie: cookie2 })).status).toBe(401);
    });

    it('refuses a refresh without a cookie or with a forged one', async () => {
      expect((await api.request('POST', '/api/auth/refresh')).status).toBe(401);
      expect(
        (
          await api.request('POST', '/api/auth/refresh', {
            cookie: `${REFRESH_COOKIE_NAME}=forged`,
          })
        ).status,
      ).toBe(401);
    });

    it('logout revokes the refresh token and clears the cookie', async () => {
      const session = await registerAndLogin(api);
      const signedIn = await login(session.login, TEST_PASSWORD);
      const cookie = refreshCookieOf(signedIn.headers)!;
      const out = await api.request('POST', '/api/auth/logout', { cookie });
      expect(out.status).toBe(204);
      expect(out.headers.getSetCookie().join()).toMatch(new RegExp(`${REFRESH_COOKIE_NAME}=;`));
      expect((await api.request('POST', '/api/auth/refresh', { cookie })).status).toBe(401);
    });

    it("refuses a deleted account's access token at once with 401, not 500", async () => {
      const session = await registerAndLogin(api);
      expect((await api.request('GET', '/api/applications/mine', { token: session.accessToken })).status).toBe(200);
      expect((await api.request('DELETE', '/api/candidates/me', { token: session.accessToken })).status).toBe(204);
      for (const path of ['/api/candidates/me', '/api/candidates/me/export', '/api/applications/mine', '/api/auth/me']) {
        const response = await api.request<ProblemDetails>('GET', path, { token: session.accessToken });
        expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 401, code: 'auth.unauthenticated' });
      }
    });

    it('ends a sign-in at its absolute lifetime (30 days), however often it was refreshed', async () => {
      const session = await registerAndLogin(api);
      const cookie = refreshCookieOf((await login(session.login, TEST_PASSWORD)).headers)!;
      const dataSource = api.app.get(DataSource);
      const family = async () =>
        (
          await dataSource.query(`SELECT family_id FROM refresh_tokens WHERE account_id = $1 ORDER BY created_at DESC LIMIT 1`, [session.account.id])
        )[0].family_id as string;
      const familyId = await family();
      // 29 days in: the refresh works, and the new cookie lasts one more day, not thirty.
      await dataSource.query(`UPDATE refresh_tokens SET family_started_at = now() - interval '29 days' WHERE family_id = $1`, [familyId]);
      const refreshed = await api.request('POST', '/api/auth/refresh', { cookie });
      expect(refreshed.status).toBe(200);
      const expires = new Date(/Expires=([^;]+)/i.exec(refreshed.headers.getSetCookie().join())![1]).getTime();
      expect(Math.abs(expires - (Date.now() + 24 * 3600 * 1000))).toBeLessThan(5 * 60 * 1000);
      // 30 days in: over, with 401.
      await dataSource.query(`UPDATE refresh_tokens SET family_started_at = now() - interval '30 days 1 minute' WHERE family_id = $1`, [familyId]);
      const over = await api.request<ProblemDetails>('POST', '/api/auth/refresh', { cookie: refreshCookieOf(refreshed.headers)! });
      expect([over.status, over.body.code]).toEqual([401, 'auth.unauthenticated']);
    });

    it('lists the account’s sign-ins by device, ends one at once, and ends all the others', async () => {
      const session = await registerAndLogin(api);
      const signIn = (userAgent: string) =>
        api.request<SessionView>('POST', '/api/auth/login', {
          body: { login: session.login, password: TEST_PASSWORD },
          headers: { 'x-forwarded-for': uniqueClientIp(), 'user-agent': userAgent },
        });
      const phone = await signIn('Mozilla/5.0 (Linux; Android 10; Redmi 9A)');
      const laptop = await signIn('Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0');
      const phoneCookie = refreshCookieOf(phone.headers)!;
      const list = await api.request<SignInSessionView[]>('GET', '/api/auth/sessions', { token: phone.body.accessToken, cookie: phoneCookie });
      expect(list.status).toBe(200);
      const byAgent = new Map(list.body.map((item) => [item.userAgent, item]));
      expect(byAgent.get('Mozilla/5.0 (Linux; Android 10; Redmi 9A)')).toMatchObject({
        current: true,
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
      });
      const laptopSession = byAgent.get('Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0')!;
      expect(laptopSession.current).toBe(false);
      expect(list.body).toHaveLength(3); // registerAndLogin's own sign-in, the phone, the laptop

      // Ending the laptop's session refuses its access token at once, and its refresh.
      expect((await api.request('DELETE', `/api/auth/sessions/${laptopSession.id}`, { token: phone.body.accessToken })).status).toBe(204);
      expect((await api.request('GET', '/api/auth/me', { token: laptop.body.accessToken })).status).toBe(401);
      expect((await api.request('POST', '/api/auth/refresh', { cookie: refreshCookieOf(laptop.headers)! })).status).toBe(401);
      // Someone else's session, or none, is not found.
      const stranger = await registerAndLogin(api);
      const strangers = await api.request<SignInSessionView[]>('GET', '/api/auth/sessions', { token: stranger.accessToken });
      expect((await api.request('DELETE', `/api/auth/sessions/${strangers.body[0].id}`, { token: phone.body.accessToken })).status).toBe(404);
      expect((await api.request('GET', '/api/auth/me', { token: stranger.accessToken })).status).toBe(200);

      expect((await api.request('POST', '/api/auth/sessions/revoke-others', { token: phone.body.accessToken, cookie: phoneCookie })).status).toBe(
        204,
      );
      expect((await api.request('GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
      const left = await api.request<SignInSessionView[]>('GET', '/api/auth/sessions', { token: phone.body.accessToken, cookie: phoneCookie });
      expect(left.body.map((item) => item.current)).toEqual([true]);
    });

    it('lets an admin disable an account: its tokens are refused at once with 401, its sessions end, it cannot sign in; audited', async () => {
      const dataSource = api.app.get(DataSource);
      const adminAccount = await registerAndLogin(api, 'employer');
      await dataSource.query(`UPDATE accounts SET role = 'ADMIN' WHERE id = $1`, [adminAccount.account.id]);
      // An admin signs in with two-factor (the role requires it).
      const adminSecret = await enableTwoFactorDirectly(api, adminAccount.account.id);
      const admin = (await signInWithTwoFactor(api, adminAccount.login, TEST_PASSWORD, adminSecret)).body.accessToken;
      const session = await registerAndLogin(api);
      const cookie = refreshCookieOf((await login(session.login, TEST_PASSWORD)).headers)!;

      const notAdmin = await api.request('POST', `/api/admin/accounts/${adminAccount.account.id}/disable`, { token: session.accessToken });
      expect(notAdmin.status).toBe(403);
      expect((await api.request('POST', `/api/admin/accounts/${randomUUID()}/disable`, { token: admin })).status).toBe(404);
      expect((await api.request('POST', `/api/admin/accounts/${session.account.id}/disable`, { token: admin })).status).toBe(204);

      for (const path of ['/api/auth/me', '/api/candidates/me', '/api/applications/mine']) {
        const response = await api.request<ProblemDetails>('GET', path, { token: session.accessToken });
        expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 401, code: 'auth.unauthenticated' });
      }
      expect((await api.request('POST', '/api/auth/refresh', { cookie })).status).toBe(401);
      const refused = await login(session.login, TEST_PASSWORD);
      expect([refused.status, refused.body.code]).toEqual([401, 'auth.invalidCredentials']);
      const audited = await dataSource.query(`SELECT actor_id FROM audit_events WHERE action = 'account.disabled' AND subject_id = $1`, [
        session.account.id,
      ]);
      expect(audited).toEqual([{ actor_id: adminAccount.account.id }]);

      const self = await api.request<ProblemDetails>('POST', `/api/admin/accounts/${adminAccount.account.id}/disable`, { token: admin });
      expect([self.status, self.body.code]).toEqual([409, 'account.cannotDisableSelf']);
      expect((await api.request('GET', '/api/auth/me', { token: admin })).status).toBe(200);

      expect((await api.request('POST', `/api/admin/accounts/${session.account.id}/enable`, { token: session.accessToken })).status).toBe(401);
      expect((await api.request('POST', `/api/admin/accounts/${randomUUID()}/enable`, { token: admin })).status).toBe(404);
      expect((await api.request('POST', `/api/admin/accounts/${session.account.id}/enable`, { token: admin })).status).toBe(204);
      // Enabled again: a new sign-in works, the sessions ended by the disabling stay ended.
      expect((await login(session.login, TEST_PASSWORD)).status).toBe(200);
      expect((await api.request('POST', '/api/auth/refresh', { cookie })).status).toBe(401);
      const enabled = await dataSource.query(`SELECT actor_id FROM audit_events WHERE action = 'account.enabled' AND subject_id = $1`, [
        session.account.id,
      ]);
      expect(enabled).toEqual([{ actor_id: adminAccount.account.id }]);
    });

    it('rejects a tampered access token', async () => {
      const session = await registerAndLogin(api);
      const [header, payload] = session.accessToken.split('.');
      const forgedPayload = Buffer.from(
        JSON.stringify({
          ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
          role: 'ADMIN',
        }),
      ).toString('base64url');
      const response = await api.request('GET', '/api/admin/accounts', {
        token: `${header}.${forgedPayload}.${session.accessToken.split('.')[2]}`,
      });
      expect(response.status).toBe(401);
    });
  });
});

describe('login rate limits', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      LOGIN_ATTEMPTS_PER_IP: '3',
      LOGIN_ATTEMPTS_PER_ACCOUNT: '4',
    });
  });

  afterAll(async () => {
    await api.close();
  });

  it('limits attempts per address', async () => {
    const ip = uniqueClientIp();
    const attempt = () =>
      api.request<ProblemDetails>('POST', '/api/auth/login', {
        body: { login: uniqueEmail(), password: 'whatever-123' },
        headers: { 'x-forwarded-for': ip },
      });
    expect([(await attempt()).status, (await attempt()).status, (await attempt()).status]).toEqual([401, 401, 401]);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('auth.tooManyAttempts');
    const seconds = Number(limited.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    // People read minutes: the problem carries the wait in whole minutes, rounded up.
    expect(limited.body.params).toMatchObject({ retryAfterMinutes: Math.ceil(seconds / 60) });
    expect(limited.body.detail).toMatch(/\d+ min\./);
  });

  it('counts failed sign-ins only: many people signing in from one address (a carrier NAT) are never locked out', async () => {
    const ip = uniqueClientIp();
    const people = await Promise.all(Array.from({ length: 5 }, () => registerAndLogin(api)));
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await api.request('POST', '/api/auth/login', {
        body: { login: people[i % people.length].login, password: TEST_PASSWORD },
        headers: { 'x-forwarded-for': ip },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual(Array(25).fill(200));
    // Failures from the same address still lock it (limit 3 in this suite).
    const wrong = () =>
      api.request('POST', '/api/auth/login', { body: { login: people[0].login, password: 'wrong-password-1' }, headers: { 'x-forwarded-for': ip } });
    expect([(await wrong()).status, (await wrong()).status, (await wrong()).status, (await wrong()).status]).toEqual([401, 401, 401, 429]);
  });

  it('limits attempts per account, whatever the address', async () => {
    const email = uniqueEmail();
    const attempt = () =>
      api.request('POST', '/api/auth/login', {
        body: { login: email, password: 'whatever-123' },
        headers: { 'x-forwarded-for': uniqueClientIp() },
      });
    // LOGIN_ATTEMPTS_PER_ACCOUNT (4 here) failures are free across addresses; then the next one waits.
    for (let i = 0; i < 4; i++) expect((await attempt()).status).toBe(401);
    const slowed = await attempt();
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('keeps the counters in Redis, so every API instance sees the same limits', async () => {
    // Two limiters on two separate connections stand for two API processes (passport strategies are
    // process-global, so two HTTP apps in one test process would share one strategy and prove nothing).
    const config = testConfig({ LOGIN_ATTEMPTS_PER_IP: '2' });
    const connections = [new Redis(config.REDIS_URL), new Redis(config.REDIS_URL)];
    try {
      const [first, second] = connections.map((redis) => new LoginRateLimiter(new RateCounters(redis), config));
      const ip = uniqueClientIp();
      await first.failedFromAddress(ip);
      await second.failedFromAddress(ip);
      expect(await first.checkAddress(ip)).toMatchObject({
        allowed: false,
        attempts: 2,
      });
    } finally {
      await Promise.all(connections.map((redis) => redis.quit()));
    }
  });
});
