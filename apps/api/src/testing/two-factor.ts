/**
 * Signing in staff (two-factor on) in integration tests: the second step with the code the app would show, computed by
 * the one TOTP implementation. Suites share the demo accounts and run side by side: a code already used in its step
 * is refused (as it must be), so the helper takes a step no one used yet, or clears the account's replay mark, a test's
 * shortcut as direct as the factories' inserts, and tries again when another suite won the same step.
 */
import { DataSource } from 'typeorm';
import type { LoginView, SessionView } from '@jumush/contracts';
import { FieldCipher, TOTP_DRIFT_STEPS, base32Decode, hotp, newTotpSecret, totpStep } from '@jumush/server/crypto';
import { DEMO_TOTP_SECRETS } from '../app/demo-data/demo-accounts';
import { totpSecretContext } from '../app/auth/two-factor/two-factor.service';
import { uniqueClientIp, type TestApi, type TestResponse } from './test-api';

export { DEMO_TOTP_SECRETS };

/** A code of `secret` for a step newer than the account's last used one, within the accepted window. */
export async function unusedTotpCode(api: TestApi, accountId: string, secret: string): Promise<string> {
  const dataSource = api.app.get(DataSource);
  const [row] = await dataSource.query<Array<{ last: string | null }>>(`SELECT totp_last_step AS last FROM accounts WHERE id = $1`, [accountId]);
  const now = totpStep(new Date());
  const last = row?.last === null || row?.last === undefined ? null : Number(row.last);
  let step = now - TOTP_DRIFT_STEPS;
  if (last !== null && last >= step) step = last + 1;
  if (step > now + TOTP_DRIFT_STEPS) {
    await dataSource.query(`UPDATE accounts SET totp_last_step = NULL WHERE id = $1`, [accountId]);
    step = now;
  }
  const key = base32Decode(secret);
  if (!key) throw new Error('not a base32 secret');
  return hotp(key, step);
}

/** The second step of a sign-in that answered a challenge; a few tries when a parallel suite used the same step. */
export async function completeTwoFactor(
  api: TestApi,
  challenge: string,
  accountId: string,
  secret: string,
  ip: string,
): Promise<TestResponse<SessionView>> {
  for (let attempt = 0; ; attempt++) {
    const code = await unusedTotpCode(api, accountId, secret);
    const response = await api.request<SessionView>('POST', '/api/auth/login/two-factor', {
      body: { challenge, code },
      headers: { 'x-forwarded-for': ip },
    });
    if (response.status === 200 || attempt >= 4) return response;
  }
}

/**
 * Signs in with a password and, when the account has two-factor on, the second step with a code of its secret (the
 * demo staff's seeded secrets unless given): the session, as one POST /auth/login answers it without two-factor.
 */
export async function signInWithTwoFactor(
  api: TestApi,
  login: string,
  password: string,
  secret: string | undefined = DEMO_TOTP_SECRETS[login],
  ip = uniqueClientIp(),
): Promise<TestResponse<SessionView>> {
  const first = await api.request<LoginView>('POST', '/api/auth/login', { body: { login, password }, headers: { 'x-forwarded-for': ip } });
  if (first.status !== 200 || !('twoFactorRequired' in first.body)) return first as TestResponse<SessionView>;
  if (!secret) throw new Error(`${login} has two-factor on and the test gave no secret`);
  const [account] = await api.app
    .get(DataSource)
    .query<Array<{ id: string }>>(`SELECT id FROM accounts WHERE email = $1 OR phone = $1`, [login.trim().toLowerCase()]);
  if (!account) throw new Error(`no account ${login}`);
  return completeTwoFactor(api, first.body.challenge, account.id, secret, ip);
}

/** Two-factor switched on directly (a test's set-up), with a new secret; returns the secret for computing codes. */
export async function enableTwoFactorDirectly(api: TestApi, accountId: string): Promise<string> {
  const secret = newTotpSecret();
  await api.app
    .get(DataSource)
    .query(`UPDATE accounts SET totp_secret = $2, totp_enabled_at = now(), totp_last_step = NULL WHERE id = $1`, [
      accountId,
      api.app.get(FieldCipher, { strict: false }).encrypt(secret, totpSecretContext(accountId)),
    ]);
  return secret;
}
