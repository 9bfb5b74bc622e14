/** Employers prove their e-mail address before acting for a company (issue 13, item 1). */
import { DataSource } from 'typeorm';
import { OutboxTopic, type AccountView, type ProblemDetails } from '@jumush/contracts';
import { OneTimeSecretPurpose } from '@jumush/domain';
import { registerAndLogin, sealedSecretOf, startTestApi, type TestApi } from '../../testing/test-api';

describe('e-mail verification (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi({ EMAIL_VERIFICATION_RESENDS_PER_HOUR: '2' });
    dataSource = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
  });

  const confirm = (token: string) => api.request<ProblemDetails>('POST', '/api/auth/email-verification/confirm', { body: { token } });
  const linkOf = (accountId: string) => sealedSecretOf(api, OutboxTopic.EmailVerificationRequested, accountId);

  it('an unverified employer signs in but every company action answers 403 account.emailNotVerified', async () => {
    const employer = await registerAndLogin(api, 'employer', { verified: false });
    expect(employer.account.emailVerifiedAt).toBeNull();
    const me = await api.request<AccountView>('GET', '/api/auth/me', { token: employer.accessToken });
    expect([me.status, me.body.emailVerifiedAt]).toEqual([200, null]);
    for (const [method, path] of [
      ['POST', '/api/companies'],
      ['GET', '/api/companies/mine'],
      ['GET', '/api/vacancies/mine'],
      ['POST', '/api/vacancies'],
      ['POST', '/api/companies/mine/invitations'],
      ['GET', '/api/companies/mine/members'],
      ['GET', '/api/batches/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const response = await api.request<ProblemDetails>(method, path, { token: employer.accessToken, body: method === 'POST' ? {} : undefined });
      expect([path, response.status, response.body.code]).toEqual([path, 403, 'account.emailNotVerified']);
    }
    // Open to every signed-in account: notifications still work.
    expect((await api.request('GET', '/api/notifications?page=1&pageSize=5', { token: employer.accessToken })).status).toBe(200);
  });

  it('the e-mailed link confirms once, is audited, and then the employer can act', async () => {
    const employer = await registerAndLogin(api, 'employer', { verified: false });
    const token = await linkOf(employer.account.id);
    // The outbox row carries the address and a sealed secret, never the secret itself; the store keeps a hash.
    const [row] = await dataSource.query(`SELECT recipient_ids, payload FROM outbox_messages WHERE topic = $1 AND aggregate_id = $2`, [
      OutboxTopic.EmailVerificationRequested,
      employer.account.id,
    ]);
    expect(row.recipient_ids).toEqual([employer.account.id]);
    expect(row.payload).toMatchObject({ to: employer.login, locale: 'ru' });
    expect(JSON.stringify(row.payload)).not.toContain(token);

    expect((await confirm(token)).status).toBe(204);
    const again = await confirm(token);
    expect([again.status, again.body.code]).toEqual([400, 'emailVerification.used']);
    const me = await api.request<AccountView>('GET', '/api/auth/me', { token: employer.accessToken });
    expect(me.body.emailVerifiedAt).toEqual(expect.any(String));
    // The same access token acts at once.
    expect((await api.request('GET', '/api/companies/mine', { token: employer.accessToken })).status).toBe(404);

    const audit = await dataSource.query(`SELECT action, data FROM audit_events WHERE subject_id = $1 AND action = 'account.emailVerified'`, [
      employer.account.id,
    ]);
    expect(audit).toEqual([{ action: 'account.emailVerified', data: { email: employer.login } }]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('refuses an expired link, a forged one, and an old link after the e-mail changed', async () => {
    const employer = await registerAndLogin(api, 'employer', { verified: false });
    const token = await linkOf(employer.account.id);
    await dataSource.query(`UPDATE one_time_secrets SET expires_at = now() - interval '1 second' WHERE account_id = $1 AND purpose = $2`, [
      employer.account.id,
      OneTimeSecretPurpose.EmailVerification,
    ]);
    expect((await confirm(token)).body.code).toBe('emailVerification.expired');
    expect((await confirm('A'.repeat(43))).body.code).toBe('emailVerification.invalid');

    // A new link; then the address changes (as an e-mail change would): the link proves the old address only.
    expect((await api.request('POST', '/api/auth/email-verification', { token: employer.accessToken })).status).toBe(204);
    const fresh = await linkOf(employer.account.id);
    await dataSource.query(`UPDATE accounts SET email = $2 WHERE id = $1`, [employer.account.id, `moved-${employer.login}`]);
    expect((await confirm(fresh)).body.code).toBe('emailVerification.addressChanged');
    expect((await api.request<AccountView>('GET', '/api/auth/me', { token: employer.accessToken })).body.emailVerifiedAt).toBeNull();
  });

  it('a resend replaces the link and is rate-limited with Retry-After', async () => {
    const employer = await registerAndLogin(api, 'employer', { verified: false });
    const first = await linkOf(employer.account.id);
    const resend = () => api.request<ProblemDetails>('POST', '/api/auth/email-verification', { token: employer.accessToken });
    expect((await resend()).status).toBe(204);
    expect((await confirm(first)).body.code).toBe('emailVerification.invalid');
    expect((await resend()).status).toBe(204);
    const limited = await resend();
    expect([limited.status, limited.body.code]).toEqual([429, 'emailVerification.tooManyRequests']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await confirm(await linkOf(employer.account.id))).status).toBe(204);
  });
});
