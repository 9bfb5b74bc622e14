import { DataSource } from 'typeorm';
import {
  CURRENT_CONSENT_VERSION,
  OutboxTopic,
  type AccountView,
  type MyApplicationView,
  type PhoneVerificationSentView,
  type ProblemDetails,
  type SessionView,
} from '@jumush/contracts';
import { SEALED_SECRET_FIELD } from '@jumush/server/notifications';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { TEST_PASSWORD, phoneCodeOf, registerAndLogin, startTestApi, uniqueClientIp, uniqueKyrgyzPhone, type TestApi } from '../../testing/test-api';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { RateCounters } from '../redis/rate-counters';
import { phoneVerificationCooldownKey } from './phone-verification.service';

describe('phone verification (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi({ PHONE_VERIFICATION_RESENDS_PER_HOUR: '2' });
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  /** A migrant who registered (a code went to the number) and completed the profile, number not yet proven. */
  async function unprovenMigrant() {
    const migrant = await registerAndLogin(api, 'migrant', { verified: false });
    const put = (step: string, body: unknown) => api.request('PUT', `/api/candidates/me/${step}`, { token: migrant.accessToken, body });
    await put('personal', PERSONAL);
    await put('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
    await put('skills', SKILLS);
    await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    return migrant;
  }
  const apply = (token: string, vacancyId: string) =>
    api.request<MyApplicationView & Pick<ProblemDetails, 'code'>>('POST', `/api/vacancies/${vacancyId}/applications`, { token, body: {} });
  const confirm = (token: string, code: string) =>
    api.request<AccountView & ProblemDetails>('POST', '/api/auth/phone-verification/confirm', { token, body: { code } });
  const resend = (token: string) => api.request<PhoneVerificationSentView & ProblemDetails>('POST', '/api/auth/phone-verification', { token });
  const me = async (token: string) => (await api.request<AccountView>('GET', '/api/auth/me', { token })).body;
  const codeMessages = (accountId: string) =>
    dataSource.query<Array<{ recipient_ids: string[]; payload: Record<string, unknown> }>>(
      `SELECT recipient_ids, payload FROM outbox_messages WHERE topic = $1 AND aggregate_id = $2 ORDER BY id`,
      [OutboxTopic.PhoneVerificationRequested, accountId],
    );
  const auditOf = (accountId: string) =>
    dataSource.query<Array<{ action: string; data: Record<string, unknown> }>>(
      `SELECT action, data FROM audit_events WHERE subject_type = 'account' AND subject_id = $1 ORDER BY id`,
      [accountId],
    );
  const wrongCodeOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  /** Lets the minute between two codes pass. */
  const cooldownPasses = (accountId: string) => api.app.get(RateCounters).clear(phoneVerificationCooldownKey(accountId));

  it('sends a code by SMS at registration; refuses to apply until the right code is typed, then applies', async () => {
    const { vacancy } = await employerWithVacancy(api);
    const migrant = await unprovenMigrant();
    expect(migrant.account.phoneVerifiedAt).toBeNull();
    // One sealed SMS code to the migrant, no plain code in the row.
    const [message] = await codeMessages(migrant.account.id);
    expect(message.recipient_ids).toEqual([migrant.account.id]);
    expect(message.payload).toMatchObject({ expiresInMinutes: 15, [SEALED_SECRET_FIELD]: expect.any(String) });
    const code = await phoneCodeOf(api, migrant.account.id);
    expect(code).toMatch(/^\d{6}$/);
    expect(JSON.stringify(message.payload)).not.toContain(code);

    const refused = await apply(migrant.accessToken, vacancy.id);
    expect([refused.status, refused.body.code]).toEqual([403, 'account.phoneNotVerified']);

    const wrong = await confirm(migrant.accessToken, wrongCodeOf(code));
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'phoneVerification.invalid', params: { attemptsLeft: 4 } })]);
    expect((await me(migrant.accessToken)).phoneVerifiedAt).toBeNull();

    const right = await confirm(migrant.accessToken, `${code.slice(0, 3)} ${code.slice(3)}`);
    expect(right.status).toBe(200);
    expect(right.body.phoneVerifiedAt).toEqual(expect.any(String));
    expect((await me(migrant.accessToken)).phoneVerifiedAt).toBe(right.body.phoneVerifiedAt);
    expect(await auditOf(migrant.account.id)).toEqual(expect.arrayContaining([{ action: 'account.phoneVerified', data: { phone: migrant.login } }]));
    // The code is spent; the number stays proven.
    expect((await confirm(migrant.accessToken, code)).status).toBe(200);
    expect((await resend(migrant.accessToken)).body.code).toBe('phoneVerification.alreadyVerified');

    const applied = await apply(migrant.accessToken, vacancy.id);
    expect(applied.status).toBe(201);
  });

  it('spends a code after five wrong tries', async () => {
    const migrant = await registerAndLogin(api, 'migrant', { verified: false });
    const code = await phoneCodeOf(api, migrant.account.id);
    for (let attempt = 4; attempt >= 0; attempt--) {
      const wrong = await confirm(migrant.accessToken, wrongCodeOf(code));
      expect(wrong.body.errors?.[0]).toMatchObject({ code: 'phoneVerification.invalid', params: { attemptsLeft: attempt } });
    }
    const late = await confirm(migrant.accessToken, code);
    expect([late.status, late.body.code]).toEqual([400, 'phoneVerification.used']);
    expect((await me(migrant.accessToken)).phoneVerifiedAt).toBeNull();
  });

  it('sends a new code a minute apart at the soonest and a few times an hour; a new code ends the old one', async () => {
    const migrant = await registerAndLogin(api, 'migrant', { verified: false });
    const first = await phoneCodeOf(api, migrant.account.id);
    // Right after registration: the minute has not passed.
    const tooSoon = await resend(migrant.accessToken);
    expect([tooSoon.status, tooSoon.body.code]).toEqual([429, 'phoneVerification.tooManyRequests']);
    expect(Number(tooSoon.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(tooSoon.headers.get('retry-after'))).toBeLessThanOrEqual(60);

    await cooldownPasses(migrant.account.id);
    const again = await resend(migrant.accessToken);
    expect([again.status, again.body]).toEqual([202, { expiresInMinutes: 15, resendInSeconds: 60 }]);
    const second = await phoneCodeOf(api, migrant.account.id);
    expect((await resend(migrant.accessToken)).status).toBe(429);
    await cooldownPasses(migrant.account.id);
    expect((await resend(migrant.accessToken)).status).toBe(202);
    const third = await phoneCodeOf(api, migrant.account.id);
    // PHONE_VERIFICATION_RESENDS_PER_HOUR is 2 here: the third resend waits for the hour.
    await cooldownPasses(migrant.account.id);
    const hourly = await resend(migrant.accessToken);
    expect([hourly.status, hourly.body.code]).toEqual([429, 'phoneVerification.tooManyRequests']);
    expect(Number(hourly.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await codeMessages(migrant.account.id)).toHaveLength(3);

    // Only the newest code works.
    for (const old of new Set([first, second].filter((code) => code !== third))) {
      const refused = await confirm(migrant.accessToken, old);
      expect(refused.status).toBe(400);
    }
    expect((await confirm(migrant.accessToken, third)).status).toBe(200);
  });

  it('makes a changed number unproven: a code goes to the new one, the old codes end, and applying waits for it', async () => {
    const { vacancy } = await employerWithVacancy(api);
    const migrant = await unprovenMigrant();
    expect((await confirm(migrant.accessToken, await phoneCodeOf(api, migrant.account.id))).status).toBe(200);
    const newPhone = uniqueKyrgyzPhone();
    const change = (body: Record<string, string>) =>
      api.request<AccountView & ProblemDetails>('PUT', '/api/auth/phone', {
        token: migrant.accessToken,
        body,
        headers: { 'x-forwarded-for': uniqueClientIp() },
      });

    const wrongPassword = await change({ phone: newPhone, currentPassword: 'not-my-password-1' });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'password.currentWrong' })]);
    const badNumber = await change({ phone: '12345', currentPassword: TEST_PASSWORD });
    expect([badNumber.status, badNumber.body.errors?.[0]?.field]).toEqual([400, 'phone']);
    const taken = await registerAndLogin(api);
    const takenNumber = await change({ phone: taken.login, currentPassword: TEST_PASSWORD });
    expect([takenNumber.status, takenNumber.body.errors?.[0]?.code]).toEqual([409, 'account.phoneTaken']);
    expect((await me(migrant.accessToken)).phoneVerifiedAt).not.toBeNull();

    const changed = await change({ phone: newPhone, currentPassword: TEST_PASSWORD });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ phone: newPhone, phoneVerifiedAt: null });
    const refused = await apply(migrant.accessToken, vacancy.id);
    expect([refused.status, refused.body.code]).toEqual([403, 'account.phoneNotVerified']);
    // The new number signs in; the code went to it (the secret is bound to the number it proves).
    const signIn = await api.request<SessionView>('POST', '/api/auth/login', {
      body: { login: newPhone, password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': uniqueClientIp() },
    });
    expect(signIn.status).toBe(200);
    const [subject] = await dataSource.query<Array<{ subject: string }>>(
      `SELECT subject FROM one_time_secrets WHERE account_id = $1 AND purpose = 'PHONE_VERIFICATION' AND used_at IS NULL`,
      [migrant.account.id],
    );
    expect(subject).toEqual({ subject: newPhone });
    expect((await confirm(migrant.accessToken, await phoneCodeOf(api, migrant.account.id))).status).toBe(200);
    expect((await apply(migrant.accessToken, vacancy.id)).status).toBe(201);
    expect((await auditOf(migrant.account.id)).map((event) => event.action)).toEqual(
      expect.arrayContaining(['account.phoneVerified', 'account.phoneChanged', 'account.phoneVerified']),
    );
    expect((await auditOf(migrant.account.id)).find((event) => event.action === 'account.phoneChanged')?.data).toEqual({
      from: migrant.login,
      to: newPhone,
    });
  });

  it('lets only migrants ask for and type a code', async () => {
    const employer = await registerAndLogin(api, 'employer');
    expect((await resend(employer.accessToken)).status).toBe(403);
    expect((await confirm(employer.accessToken, '123456')).status).toBe(403);
  });
});
