import type { PasswordResetRequestedView, ProblemDetails, SessionView } from '@jumush/contracts';
import { OutboxTopic } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import { FieldCipher } from '@jumush/server/crypto';
import { openSealedSecret } from '@jumush/server/notifications';
import { DataSource } from 'typeorm';
import {
  TEST_PASSWORD,
  refreshCookieOf,
  registerAndLogin,
  startTestApi,
  uniqueClientIp,
  uniqueEmail,
  uniqueKyrgyzPhone,
  type TestApi,
} from '../../testing/test-api';
import { createAdminWithSetupLink, FirstAdminRefusal } from '../accounts/first-admin';
import { PASSWORD_RESET_ANSWER_MS } from './passwords.service';

const NEW_PASSWORD = 'brand-new-secret-77';

describe('password change, reset and the first admin (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  const login = (identifier: string, password: string, ip = uniqueClientIp()) =>
    api.request<SessionView & ProblemDetails>('POST', '/api/auth/login', {
      body: { login: identifier, password },
      headers: { 'x-forwarded-for': ip },
    });
  const requestReset = (identifier: string, ip = uniqueClientIp()) =>
    api.request<PasswordResetRequestedView & ProblemDetails>('POST', '/api/auth/password-reset', {
      body: { login: identifier },
      headers: { 'x-forwarded-for': ip },
    });
  const confirm = (body: Record<string, string>, ip = uniqueClientIp()) =>
    api.request<ProblemDetails>('POST', '/api/auth/password-reset/confirm', { body, headers: { 'x-forwarded-for': ip } });
  const accountIdOf = async (session: SessionView) => session.account.id;

  /** The newest outbox row of a topic for the account, and the secret it carries (opened as the worker opens it). */
  async function sent(accountId: string, topic: string) {
    const [row] = await dataSource.query<Array<{ payload: Record<string, unknown> }>>(
      `SELECT payload FROM outbox_messages WHERE topic = $1 AND $2 = ANY(recipient_ids) ORDER BY id DESC LIMIT 1`,
      [topic, accountId],
    );
    const opened = row ? openSealedSecret({ topic, payload: row.payload }, accountId, api.app.get(FieldCipher)) : null;
    return { payload: row?.payload ?? null, secret: typeof opened?.['secret'] === 'string' ? opened['secret'] : null };
  }
  const auditActions = async (accountId: string) =>
    (
      await dataSource.query<Array<{ action: string; actor_id: string | null; data: Record<string, unknown> }>>(
        `SELECT action, actor_id, data FROM audit_events WHERE subject_type = 'account' AND subject_id = $1 ORDER BY id`,
        [accountId],
      )
    ).map((row) => row.action);

  describe('change', () => {
    it('needs the current password: a wrong one is a field error, and nothing changes', async () => {
      const session = await registerAndLogin(api, 'employer');
      const wrong = await api.request<ProblemDetails>('POST', '/api/auth/password', {
        token: session.accessToken,
        body: { currentPassword: 'not-my-password-1', newPassword: NEW_PASSWORD },
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'password.currentWrong' })]);
      const weak = await api.request<ProblemDetails>('POST', '/api/auth/password', {
        token: session.accessToken,
        body: { currentPassword: TEST_PASSWORD, newPassword: 'short1' },
      });
      expect([weak.status, weak.body.errors?.[0]?.field, weak.body.errors?.[0]?.code]).toEqual([400, 'newPassword', 'password.tooShort']);
      expect((await login(session.login, TEST_PASSWORD)).status).toBe(200);
      expect((await api.request('POST', '/api/auth/password', { body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } })).status).toBe(
        401,
      );
    });

    it('sets the new password, ends every other sign-in but this one, is audited and tells the person', async () => {
      const session = await registerAndLogin(api, 'migrant');
      const here = await login(session.login, TEST_PASSWORD);
      const elsewhere = await login(session.login, TEST_PASSWORD);
      const cookie = refreshCookieOf(here.headers) as string;
      const changed = await api.request('POST', '/api/auth/password', {
        token: here.body.accessToken,
        cookie,
        body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      });
      expect(changed.status).toBe(204);
      expect((await login(session.login, TEST_PASSWORD)).status).toBe(401);
      expect((await login(session.login, NEW_PASSWORD)).status).toBe(200);
      // The other devices' tokens stop at once; this one goes on.
      expect((await api.request('GET', '/api/auth/me', { token: elsewhere.body.accessToken })).status).toBe(401);
      expect((await api.request('GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
      expect((await api.request('GET', '/api/auth/me', { token: here.body.accessToken })).status).toBe(200);
      const id = await accountIdOf(session);
      expect(await auditActions(id)).toContain('account.passwordChanged');
      expect((await sent(id, OutboxTopic.PasswordChanged)).payload).toEqual({});
    });
  });

  describe('reset', () => {
    it('answers an unknown login exactly as a known one, and no sooner than the floor', async () => {
      const session = await registerAndLogin(api, 'employer');
      const started = Date.now();
      const known = await requestReset(session.login.toUpperCase());
      const knownMs = Date.now() - started;
      const unknownStarted = Date.now();
      const unknown = await requestReset(uniqueEmail('nobody'));
      const unknownMs = Date.now() - unknownStarted;
      expect([known.status, unknown.status]).toEqual([202, 202]);
      expect(unknown.body).toEqual(known.body);
      expect(known.body).toEqual({ delivery: 'EMAIL_LINK', expiresInMinutes: 30 });
      expect(Math.min(knownMs, unknownMs)).toBeGreaterThanOrEqual(PASSWORD_RESET_ANSWER_MS - 5);
      expect((await requestReset(uniqueKyrgyzPhone())).body).toEqual({ delivery: 'SMS_CODE', expiresInMinutes: 30 });
    });

    it('by e-mail link: the secret is sealed in the outbox, the link works once, and every session ends', async () => {
      const session = await registerAndLogin(api, 'employer');
      const id = await accountIdOf(session);
      const other = await login(session.login, TEST_PASSWORD);
      expect((await requestReset(session.login)).status).toBe(202);
      const { payload, secret } = await sent(id, OutboxTopic.PasswordResetRequested);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(JSON.stringify(payload)).not.toContain(secret);
      expect(JSON.stringify(await dataSource.query(`SELECT * FROM audit_events WHERE subject_id = $1`, [id]))).not.toContain(secret);

      expect((await confirm({ token: secret as string, newPassword: NEW_PASSWORD })).status).toBe(204);
      const again = await confirm({ token: secret as string, newPassword: 'another-secret-88' });
      expect([again.status, again.body.code, again.body.errors?.[0]?.field]).toEqual([400, 'passwordReset.used', 'token']);
      expect((await login(session.login, TEST_PASSWORD)).status).toBe(401);
      expect((await login(session.login, NEW_PASSWORD)).status).toBe(200);
      for (const token of [session.accessToken, other.body.accessToken])
        expect((await api.request('GET', '/api/auth/me', { token })).status).toBe(401);
      expect(await auditActions(id)).toEqual(expect.arrayContaining(['account.passwordReset']));
      expect((await sent(id, OutboxTopic.PasswordChanged)).payload).toEqual({});
    });

    it('by SMS code: a wrong code counts, the right one works once, and other live secrets end with it', async () => {
      const session = await registerAndLogin(api, 'migrant');
      const id = await accountIdOf(session);
      expect((await requestReset(session.login)).status).toBe(202);
      const { secret: code } = await sent(id, OutboxTopic.PasswordResetRequested);
      expect(code).toMatch(/^\d{6}$/);
      const wrong = await confirm({ login: session.login, code: code === '000000' ? '111111' : '000000', newPassword: NEW_PASSWORD });
      expect([wrong.status, wrong.body.code, wrong.body.params]).toEqual([400, 'passwordReset.invalid', { attemptsLeft: 4 }]);
      // The way people type it: spaces, the national form of the number.
      const national = `0${session.login.slice(4, 7)} ${session.login.slice(7)}`;
      expect((await confirm({ login: national, code: `${code?.slice(0, 3)} ${code?.slice(3)}`, newPassword: NEW_PASSWORD })).status).toBe(204);
      expect((await confirm({ login: session.login, code: code as string, newPassword: NEW_PASSWORD })).body.code).toBe('passwordReset.used');
      expect((await login(session.login, NEW_PASSWORD)).status).toBe(200);
      expect((await api.request('GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
      expect(await dataSource.query(`SELECT 1 FROM one_time_secrets WHERE account_id = $1 AND used_at IS NULL`, [id])).toEqual([]);
    });

    it('refuses an expired code and an unknown login alike', async () => {
      const session = await registerAndLogin(api, 'migrant');
      const id = await accountIdOf(session);
      await requestReset(session.login);
      const { secret: code } = await sent(id, OutboxTopic.PasswordResetRequested);
      await dataSource.query(`UPDATE one_time_secrets SET expires_at = now() - interval '1 second' WHERE account_id = $1`, [id]);
      const expired = await confirm({ login: session.login, code: code as string, newPassword: NEW_PASSWORD });
      expect([expired.status, expired.body.code, expired.body.errors?.[0]?.field]).toEqual([400, 'passwordReset.expired', 'code']);
      expect((await confirm({ login: uniqueKyrgyzPhone(), code: '123456', newPassword: NEW_PASSWORD })).body.code).toBe('passwordReset.invalid');
      expect((await confirm({ token: 'A'.repeat(43), newPassword: NEW_PASSWORD })).body.code).toBe('passwordReset.invalid');
      expect((await login(session.login, TEST_PASSWORD)).status).toBe(200);
    });

    it('lets the owner in at once after a reset, however much a stranger slowed the login', async () => {
      const session = await registerAndLogin(api, 'employer');
      const id = await accountIdOf(session);
      // A stranger with many addresses fails at the owner's login until every attempt waits.
      for (let attempt = 0; attempt < 12; attempt++) await login(session.login, 'guessing-wrong-1');
      const ownerIp = uniqueClientIp();
      expect((await login(session.login, TEST_PASSWORD, ownerIp)).status).toBe(429);
      await requestReset(session.login, ownerIp);
      const { secret } = await sent(id, OutboxTopic.PasswordResetRequested);
      expect((await confirm({ token: secret as string, newPassword: NEW_PASSWORD }, ownerIp)).status).toBe(204);
      expect((await login(session.login, NEW_PASSWORD, ownerIp)).status).toBe(200);
    });

    it('limits requests per login, however it is spelt, with Retry-After; the same for a login without an account', async () => {
      for (const identifier of [uniqueKyrgyzPhone(), uniqueEmail('nobody')]) {
        const spellings = identifier.includes('@')
          ? [identifier, identifier.toUpperCase(), ` ${identifier}`]
          : [identifier, identifier.slice(1), `0${identifier.slice(4)}`];
        for (const spelling of spellings) expect((await requestReset(spelling)).status).toBe(202);
        const limited = await requestReset(identifier);
        expect([limited.status, limited.body.code]).toEqual([429, 'auth.tooManyAttempts']);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    });

    it('limits requests and failed confirmations per client address', async () => {
      const ip = uniqueClientIp();
      let last = 0;
      for (let attempt = 0; attempt < 21 && last !== 429; attempt++)
        last = (await confirm({ login: uniqueKyrgyzPhone(), code: '123456', newPassword: NEW_PASSWORD }, ip)).status;
      expect(last).toBe(429);
      expect((await requestReset(uniqueEmail('late'), ip)).status).toBe(429);
      expect((await requestReset(uniqueEmail('other'))).status).toBe(202);
    });
  });

  describe('npm run admin:create', () => {
    it('creates an admin nobody can sign in to, whose printed set-up link sets the password once', async () => {
      const email = uniqueEmail('first-admin');
      const admin = await createAdminWithSetupLink(dataSource, { email: email.toUpperCase(), fullName: 'First Admin', webUrl: 'https://jumush.kg/' });
      expect(admin.setupLink).toMatch(new RegExp(`^https://jumush\\.kg/ru/account-setup/[A-Za-z0-9_-]{43}$`));
      const [row] = await dataSource.query<Array<{ role: string; email: string }>>(`SELECT role, email FROM accounts WHERE id = $1`, [
        admin.accountId,
      ]);
      expect(row).toEqual({ role: Role.Admin, email });
      const [audit] = await dataSource.query<Array<{ action: string; actor_id: string | null }>>(
        `SELECT action, actor_id FROM audit_events WHERE subject_id = $1`,
        [admin.accountId],
      );
      expect(audit).toEqual({ action: 'account.created', actor_id: null });
      expect((await login(email, TEST_PASSWORD)).status).toBe(401);

      const token = admin.setupLink.split('/').pop() as string;
      expect((await confirm({ token, newPassword: NEW_PASSWORD })).status).toBe(204);
      const signedIn = await login(email, NEW_PASSWORD);
      expect([signedIn.status, signedIn.body.account?.role]).toEqual([200, Role.Admin]);
      expect((await confirm({ token, newPassword: 'second-try-password-9' })).body.code).toBe('passwordReset.used');
      await expect(createAdminWithSetupLink(dataSource, { email, webUrl: 'https://jumush.kg' })).rejects.toThrow(FirstAdminRefusal);
      await expect(createAdminWithSetupLink(dataSource, { email: 'not-an-address', webUrl: 'https://jumush.kg' })).rejects.toThrow(/not an e-mail/);
    });
  });
});
