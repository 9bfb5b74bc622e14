import { DataSource } from 'typeorm';
import type {
  AccountView,
  LoginView,
  ProblemDetails,
  RecoveryCodesView,
  SessionView,
  TwoFactorEnrolmentView,
  TwoFactorStatusView,
} from '@jumush/contracts';
import { Locale, Role } from '@jumush/domain';
import { FieldCipher, base32Decode, hotp, totpStep } from '@jumush/server/crypto';
import { AccountEntity } from '@jumush/server/database';
import { TEST_PASSWORD, refreshCookieOf, startTestApi, uniqueClientIp, uniqueEmail, type TestApi } from '../../../testing/test-api';
import { enableTwoFactorDirectly, signInWithTwoFactor } from '../../../testing/two-factor';
import { staffSession } from '../../vacancies/testing/vacancy-factories';
import { PasswordHasher } from '../password-hasher';
import { totpSecretContext } from './two-factor.service';

/** The app's code for the secret, `offset` steps from now. */
function codeOf(secret: string, offset = 0): string {
  return hotp(base32Decode(secret)!, totpStep(new Date()) + offset);
}

describe('two-factor sign-in', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  /** A staff account as an admin makes it: a password, no two-factor yet. */
  async function newStaff(role: Role.Attache | Role.Admin = Role.Attache): Promise<{ id: string; email: string }> {
    const email = uniqueEmail(role.toLowerCase());
    const inserted = await dataSource.getRepository(AccountEntity).insert({
      role,
      email,
      fullName: 'New Staff',
      passwordHash: await api.app.get(PasswordHasher).hash(TEST_PASSWORD),
      originCountry: role === Role.Attache ? 'KG' : null,
      locale: Locale.Russian,
    });
    return { id: String(inserted.identifiers[0]?.['id']), email };
  }

  const login = (email: string, ip = uniqueClientIp()) =>
    api.request<LoginView>('POST', '/api/auth/login', { body: { login: email, password: TEST_PASSWORD }, headers: { 'x-forwarded-for': ip } });

  const secondStep = (body: Record<string, string>, ip = uniqueClientIp()) =>
    api.request<SessionView & ProblemDetails>('POST', '/api/auth/login/two-factor', { body, headers: { 'x-forwarded-for': ip } });

  async function challengeOf(email: string, ip?: string): Promise<string> {
    const first = await login(email, ip);
    expect(first.status).toBe(200);
    if (!('twoFactorRequired' in first.body)) throw new Error('expected a two-factor challenge');
    return first.body.challenge;
  }

  const auditActions = async (accountId: string) =>
    (
      await dataSource.query<Array<{ action: string; actor_id: string | null }>>(
        `SELECT action, actor_id FROM audit_events WHERE subject_type = 'account' AND subject_id = $1 ORDER BY id`,
        [accountId],
      )
    ).map((row) => row.action);

  describe('an attaché without two-factor', () => {
    it('gets a session after the password that reaches only the enrolment routes (403 auth.twoFactorEnrolmentRequired)', async () => {
      const staff = await newStaff();
      const first = await login(staff.email);
      expect(first.status).toBe(200);
      const session = first.body as SessionView;
      expect(session.account.twoFactorEnabledAt).toBeNull();
      const token = session.accessToken;

      for (const [method, path] of [
        ['GET', '/api/verification/companies'],
        ['GET', '/api/auth/sessions'],
        ['GET', '/api/notifications'],
        ['POST', '/api/auth/two-factor/recovery-codes'],
      ] as const) {
        const refused = await api.request<ProblemDetails>(method, path, { token, body: method === 'POST' ? { code: '123456' } : undefined });
        expect({ path, status: refused.status, code: refused.body.code }).toEqual({ path, status: 403, code: 'auth.twoFactorEnrolmentRequired' });
      }
      expect((await api.request<AccountView>('GET', '/api/auth/me', { token })).status).toBe(200);
      const status = await api.request<TwoFactorStatusView>('GET', '/api/auth/two-factor', { token });
      expect(status.body).toEqual({ enabledAt: null, required: true, recoveryCodesLeft: 0 });
    });

    it('enrols: a secret with its otpauth link and QR code, encrypted at rest, on only once a code confirms it', async () => {
      const staff = await newStaff();
      const token = ((await login(staff.email)).body as SessionView).accessToken;
      const enrolment = await api.request<TwoFactorEnrolmentView>('POST', '/api/auth/two-factor/enrolment', { token });
      expect(enrolment.status).toBe(200);
      const { secret, otpauthUri, qrCode } = enrolment.body;
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(otpauthUri).toBe(
        `otpauth://totp/Jumush:${encodeURIComponent(staff.email)}?secret=${secret}&issuer=Jumush&algorithm=SHA1&digits=6&period=30`,
      );
      expect(qrCode).toMatch(/^data:image\/png;base64,iVBOR/);

      const [stored] = await dataSource.query<Array<{ totp_secret: string; totp_enabled_at: Date | null }>>(
        `SELECT totp_secret, totp_enabled_at FROM accounts WHERE id = $1`,
        [staff.id],
      );
      expect(stored.totp_secret).not.toContain(secret);
      expect(api.app.get(FieldCipher, { strict: false }).decrypt(stored.totp_secret, totpSecretContext(staff.id))).toBe(secret);
      expect(stored.totp_enabled_at).toBeNull();
      expect((await api.request('GET', '/api/verification/companies', { token })).status).toBe(403);

      const wrong = await api.request<ProblemDetails>('POST', '/api/auth/two-factor/enrolment/confirm', { token, body: { code: codeOf(secret, 5) } });
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'twoFactor.invalidCode' })]);
      const malformed = await api.request<ProblemDetails>('POST', '/api/auth/two-factor/enrolment/confirm', { token, body: { code: '12ab' } });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'twoFactor.codeFormat' })]);

      const confirmed = await api.request<RecoveryCodesView>('POST', '/api/auth/two-factor/enrolment/confirm', {
        token,
        body: { code: codeOf(secret) },
      });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.recoveryCodes).toHaveLength(10);
      expect(new Set(confirmed.body.recoveryCodes).size).toBe(10);
      for (const code of confirmed.body.recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
      const hashes = await dataSource.query<Array<{ code_hash: string }>>(`SELECT code_hash FROM recovery_codes WHERE account_id = $1`, [staff.id]);
      expect(hashes).toHaveLength(10);
      expect(hashes.map((row) => row.code_hash).join()).not.toContain(confirmed.body.recoveryCodes[0].replace('-', ''));

      // The same token reaches everything at once: the guard reads the account with every request.
      expect((await api.request('GET', '/api/verification/companies', { token })).status).toBe(200);
      expect((await api.request<TwoFactorStatusView>('GET', '/api/auth/two-factor', { token })).body).toMatchObject({
        required: true,
        recoveryCodesLeft: 10,
      });
      expect(await auditActions(staff.id)).toContain('account.twoFactorEnabled');

      // On is on: a new secret would need a reset first.
      expect((await api.request<ProblemDetails>('POST', '/api/auth/two-factor/enrolment', { token })).body.code).toBe('twoFactor.alreadyOn');
    });
  });

  describe('signing in with two-factor on', () => {
    it('answers the password with a challenge (no session, no cookie) that opens nothing else', async () => {
      const staff = await newStaff();
      await enableTwoFactorDirectly(api, staff.id);
      const first = await login(staff.email);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ twoFactorRequired: true, challenge: expect.any(String), expiresIn: 300 });
      expect(refreshCookieOf(first.headers)).toBeUndefined();
      const challenge = (first.body as { challenge: string }).challenge;
      expect((await api.request('GET', '/api/auth/me', { token: challenge })).status).toBe(401);
      expect((await secondStep({ challenge: `${challenge}x`, code: '123456' })).body.code).toBe('auth.twoFactorChallengeExpired');
    });

    it('gives the session for a right code, refuses a wrong one, and refuses the same code again (replay)', async () => {
      const staff = await newStaff();
      const secret = await enableTwoFactorDirectly(api, staff.id);

      const wrong = await secondStep({ challenge: await challengeOf(staff.email), code: codeOf(secret, 3) });
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe('auth.invalidTwoFactorCode');

      const code = codeOf(secret);
      const right = await secondStep({ challenge: await challengeOf(staff.email), code });
      expect(right.status).toBe(200);
      expect(right.body.account).toMatchObject({ id: staff.id, twoFactorEnabledAt: expect.any(String) });
      expect(refreshCookieOf(right.headers)).toBeDefined();
      expect((await api.request('GET', '/api/verification/companies', { token: right.body.accessToken })).status).toBe(200);

      const replayed = await secondStep({ challenge: await challengeOf(staff.email), code });
      expect(replayed.status).toBe(401);
      expect(replayed.body.code).toBe('auth.invalidTwoFactorCode');
      // The previous step's code is older than the one used: refused too. The next step's (clock drift) still works.
      expect((await secondStep({ challenge: await challengeOf(staff.email), code: codeOf(secret, -1) })).status).toBe(401);
      expect((await secondStep({ challenge: await challengeOf(staff.email), code: codeOf(secret, 1) })).status).toBe(200);
    });

    it('accepts a recovery code once, and audits it', async () => {
      const staff = await newStaff();
      const token = ((await login(staff.email)).body as SessionView).accessToken;
      const { secret } = (await api.request<TwoFactorEnrolmentView>('POST', '/api/auth/two-factor/enrolment', { token })).body;
      const { recoveryCodes } = (
        await api.request<RecoveryCodesView>('POST', '/api/auth/two-factor/enrolment/confirm', { token, body: { code: codeOf(secret) } })
      ).body;

      const typed = recoveryCodes[3].toUpperCase().replace('-', ' ');
      const used = await secondStep({ challenge: await challengeOf(staff.email), recoveryCode: typed });
      expect(used.status).toBe(200);
      expect(used.body.account.id).toBe(staff.id);
      const again = await secondStep({ challenge: await challengeOf(staff.email), recoveryCode: recoveryCodes[3] });
      expect(again.status).toBe(401);
      expect(again.body.code).toBe('auth.invalidTwoFactorCode');
      expect((await secondStep({ challenge: await challengeOf(staff.email), recoveryCode: 'aaaa-bbbb' })).status).toBe(401);
      expect(await auditActions(staff.id)).toEqual(expect.arrayContaining(['account.twoFactorEnabled', 'account.recoveryCodeUsed']));
      expect((await api.request<TwoFactorStatusView>('GET', '/api/auth/two-factor', { token: used.body.accessToken })).body.recoveryCodesLeft).toBe(
        9,
      );
    });

    it('slows wrong codes as it slows wrong passwords: 429 with Retry-After, even for the right code then', async () => {
      const staff = await newStaff();
      const secret = await enableTwoFactorDirectly(api, staff.id);
      const ip = uniqueClientIp();
      const challenge = await challengeOf(staff.email, ip);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 7; attempt++) statuses.push((await secondStep({ challenge, code: codeOf(secret, 4) }, ip)).status);
      expect(statuses).toContain(429);
      const blocked = await secondStep({ challenge, code: codeOf(secret) }, ip);
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('auth.tooManyAttempts');
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('refuses a malformed second step field by field', async () => {
      const response = await secondStep({ challenge: 'x', code: 'abc' });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'twoFactor.codeFormat' })]);
    });
  });

  it('regenerates the recovery codes after a current code (audited): the old ones stop working', async () => {
    const staff = await newStaff();
    const token = ((await login(staff.email)).body as SessionView).accessToken;
    const { secret } = (await api.request<TwoFactorEnrolmentView>('POST', '/api/auth/two-factor/enrolment', { token })).body;
    const first = (
      await api.request<RecoveryCodesView>('POST', '/api/auth/two-factor/enrolment/confirm', { token, body: { code: codeOf(secret, -1) } })
    ).body.recoveryCodes;
    expect((await api.request('POST', '/api/auth/two-factor/recovery-codes', { token, body: { code: codeOf(secret, 4) } })).status).toBe(422);
    const regenerated = await api.request<RecoveryCodesView>('POST', '/api/auth/two-factor/recovery-codes', {
      token,
      body: { code: codeOf(secret) },
    });
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.recoveryCodes).toHaveLength(10);
    expect((await secondStep({ challenge: await challengeOf(staff.email), recoveryCode: first[0] })).status).toBe(401);
    expect((await secondStep({ challenge: await challengeOf(staff.email), recoveryCode: regenerated.body.recoveryCodes[0] })).status).toBe(200);
    expect(await auditActions(staff.id)).toContain('account.recoveryCodesRegenerated');
  });

  describe('an admin resets another account’s two-factor', () => {
    it('turns it off, ends its sessions, audits it; the account must enrol again', async () => {
      const admin = await staffSession(api, Role.Admin);
      const staff = await newStaff();
      const secret = await enableTwoFactorDirectly(api, staff.id);
      const signedIn = await signInWithTwoFactor(api, staff.email, TEST_PASSWORD, secret);
      expect(signedIn.status).toBe(200);

      const reset = await api.request('POST', `/api/admin/accounts/${staff.id}/two-factor/reset`, { token: admin.token });
      expect(reset.status).toBe(204);
      expect((await api.request('GET', '/api/auth/me', { token: signedIn.body.accessToken })).status).toBe(401);
      const [row] = await dataSource.query<Array<{ totp_secret: string | null; codes: number }>>(
        `SELECT totp_secret, (SELECT count(*)::int FROM recovery_codes WHERE account_id = $1) AS codes FROM accounts WHERE id = $1`,
        [staff.id],
      );
      expect(row).toEqual({ totp_secret: null, codes: 0 });
      const [event] = await dataSource.query<Array<{ actor_id: string }>>(
        `SELECT actor_id FROM audit_events WHERE action = 'account.twoFactorReset' AND subject_id = $1`,
        [staff.id],
      );
      expect(event.actor_id).toBe(admin.accountId);

      const again = await login(staff.email);
      expect('accessToken' in again.body).toBe(true);
      const refused = await api.request<ProblemDetails>('GET', '/api/verification/companies', { token: (again.body as SessionView).accessToken });
      expect(refused.body.code).toBe('auth.twoFactorEnrolmentRequired');
    });

    it('is for admins only, never their own, and 404 for no account', async () => {
      const admin = await staffSession(api, Role.Admin);
      const attache = await staffSession(api, Role.Attache);
      expect((await api.request('POST', `/api/admin/accounts/${admin.accountId}/two-factor/reset`, { token: attache.token })).status).toBe(403);
      const own = await api.request<ProblemDetails>('POST', `/api/admin/accounts/${admin.accountId}/two-factor/reset`, { token: admin.token });
      expect(own.status).toBe(409);
      expect(own.body.code).toBe('account.cannotResetOwnTwoFactor');
      expect(
        (await api.request('POST', `/api/admin/accounts/00000000-0000-4000-8000-000000000000/two-factor/reset`, { token: admin.token })).status,
      ).toBe(404);
    });
  });
});
