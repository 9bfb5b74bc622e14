import { DataSource, type EntityManager } from 'typeorm';
import { ONE_TIME_CODE_ATTEMPTS, OneTimeSecretPurpose } from '@jumush/domain';
import { FixedClock } from '@jumush/server/config';
import { registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { OneTimeSecretsRepository } from './one-time-secrets.repository';
import { OneTimeSecretsService } from './one-time-secrets.service';

/** The same secret with its first character changed (never the same string: the last character carries only 4 bits). */
const forgedFrom = (secret: string) => `${secret.startsWith('A') ? 'B' : 'A'}${secret.slice(1)}`;

describe('one-time secrets (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let secrets: OneTimeSecretsService;
  let clock: FixedClock;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    // The service reads the clock it was given; a fixed one lets the test step past a lifetime.
    clock = new FixedClock(new Date());
    secrets = new OneTimeSecretsService(api.app.get(OneTimeSecretsRepository), clock);
  });

  afterAll(async () => {
    await api.close();
  });

  // Number not confirmed: the code registration sent stays unused, and a code issued here replaces it.
  const accountId = async () => (await registerAndLogin(api, 'migrant', { verified: false })).account.id;
  const inTransaction = <T>(work: (manager: EntityManager) => Promise<T>) => dataSource.transaction(work);

  it('keeps only a hash, and a link works once', async () => {
    const account = await accountId();
    const { secret } = await inTransaction((manager) =>
      secrets.issue(manager, { accountId: account, purpose: OneTimeSecretPurpose.EmailVerification, form: 'LINK', subject: 'a@b.kg' }),
    );
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await dataSource.query(`SELECT secret_hash FROM one_time_secrets WHERE account_id = $1 AND purpose = 'EMAIL_VERIFICATION'`, [
      account,
    ]);
    expect(stored).toHaveLength(1);
    expect(stored[0].secret_hash).not.toContain(secret);

    const [first, second] = await Promise.all([
      inTransaction((manager) => secrets.useLink(manager, OneTimeSecretPurpose.EmailVerification, secret)),
      inTransaction((manager) => secrets.useLink(manager, OneTimeSecretPurpose.EmailVerification, secret)),
    ]);
    expect([first, second].filter((check) => check.ok)).toEqual([{ ok: true, accountId: account, subject: 'a@b.kg' }]);
    expect([first, second].filter((check) => !check.ok)).toEqual([{ ok: false, refusal: 'USED' }]);
  });

  it('refuses a link for another purpose, a forged one and an expired one', async () => {
    const account = await accountId();
    const { secret } = await inTransaction((manager) =>
      secrets.issue(manager, { accountId: account, purpose: OneTimeSecretPurpose.PasswordReset, form: 'LINK' }),
    );
    expect(await inTransaction((manager) => secrets.useLink(manager, OneTimeSecretPurpose.AccountSetup, secret))).toEqual({
      ok: false,
      refusal: 'INVALID',
    });
    expect(await inTransaction((manager) => secrets.useLink(manager, OneTimeSecretPurpose.PasswordReset, forgedFrom(secret)))).toEqual({
      ok: false,
      refusal: 'INVALID',
    });
    expect(await inTransaction((manager) => secrets.useLink(manager, OneTimeSecretPurpose.PasswordReset, "' OR 1=1 --"))).toEqual({
      ok: false,
      refusal: 'INVALID',
    });
    clock.advance(31 * 60_000);
    try {
      expect(await inTransaction((manager) => secrets.useLink(manager, OneTimeSecretPurpose.PasswordReset, secret))).toEqual({
        ok: false,
        refusal: 'EXPIRED',
      });
    } finally {
      clock.set(new Date());
    }
  });

  it('replaces the live secret: only the newest one works', async () => {
    const account = await accountId();
    const issue = () =>
      inTransaction((manager) => secrets.issue(manager, { accountId: account, purpose: OneTimeSecretPurpose.PasswordReset, form: 'CODE' }));
    const old = await issue();
    const fresh = await issue();
    expect(fresh.secret).toMatch(/^\d{6}$/);
    if (old.secret !== fresh.secret) {
      expect(await inTransaction((manager) => secrets.useCode(manager, OneTimeSecretPurpose.PasswordReset, account, old.secret))).toMatchObject({
        ok: false,
        refusal: 'INVALID',
      });
    }
    expect(
      await inTransaction((manager) =>
        secrets.useCode(manager, OneTimeSecretPurpose.PasswordReset, account, ` ${fresh.secret.slice(0, 3)} ${fresh.secret.slice(3)}`),
      ),
    ).toEqual({
      ok: true,
      accountId: account,
      subject: null,
    });
    expect(await inTransaction((manager) => secrets.useCode(manager, OneTimeSecretPurpose.PasswordReset, account, fresh.secret))).toEqual({
      ok: false,
      refusal: 'USED',
    });
  });

  it('spends a code after five wrong tries, even when the sixth is right', async () => {
    const account = await accountId();
    const { secret } = await inTransaction((manager) =>
      secrets.issue(manager, { accountId: account, purpose: OneTimeSecretPurpose.PhoneVerification, form: 'CODE' }),
    );
    const wrong = secret === '000000' ? '111111' : '000000';
    const answers = [];
    for (let attempt = 0; attempt < ONE_TIME_CODE_ATTEMPTS; attempt++) {
      answers.push(await inTransaction((manager) => secrets.useCode(manager, OneTimeSecretPurpose.PhoneVerification, account, wrong)));
    }
    expect(answers.map((answer) => (answer.ok ? 'ok' : answer.attemptsLeft))).toEqual([4, 3, 2, 1, 0]);
    expect(await inTransaction((manager) => secrets.useCode(manager, OneTimeSecretPurpose.PhoneVerification, account, secret))).toEqual({
      ok: false,
      refusal: 'USED',
    });
  });

  it('a code of one account does not open another, and revocation ends every live secret', async () => {
    const [mine, theirs] = [await accountId(), await accountId()];
    const { secret } = await inTransaction((manager) =>
      secrets.issue(manager, { accountId: mine, purpose: OneTimeSecretPurpose.PasswordReset, form: 'CODE' }),
    );
    expect(await inTransaction((manager) => secrets.useCode(manager, OneTimeSecretPurpose.PasswordReset, theirs, secret))).toEqual({
      ok: false,
      refusal: 'INVALID',
    });
    const link = await inTransaction((manager) =>
      secrets.issue(manager, { accountId: mine, purpose: OneTimeSecretPurpose.EmailVerification, form: 'LINK' }),
    );
    await inTransaction((manager) => secrets.revokeAll(manager, mine));
    expect(await inTransaction((manager) => secrets.useCode(manager, OneTimeSecretPurpose.PasswordReset, mine, secret))).toEqual({
      ok: false,
      refusal: 'USED',
    });
    expect(await inTransaction((manager) => secrets.useLink(manager, OneTimeSecretPurpose.EmailVerification, link.secret))).toEqual({
      ok: false,
      refusal: 'USED',
    });
  });

  it('goes with the account', async () => {
    const account = await accountId();
    await inTransaction((manager) => secrets.issue(manager, { accountId: account, purpose: OneTimeSecretPurpose.PasswordReset, form: 'LINK' }));
    await dataSource.query(`DELETE FROM accounts WHERE id = $1`, [account]);
    expect(await dataSource.query(`SELECT 1 FROM one_time_secrets WHERE account_id = $1`, [account])).toEqual([]);
  });
});
