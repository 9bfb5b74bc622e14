/** Invitations by their own token, and owners managing the company's recruiters (issue 13, item 1). */
import { DataSource } from 'typeorm';
import {
  OutboxTopic,
  type CompanyInvitationView,
  type CompanyMembersView,
  type CompanyView,
  type InvitationLinkView,
  type ProblemDetails,
} from '@jumush/contracts';
import { employerWithVacancy } from '../../testing/factories';
import {
  TEST_PASSWORD,
  registerAndLogin,
  sealedSecretOf,
  startTestApi,
  uniqueClientIp,
  uniqueEmail,
  verifyEmailOf,
  type TestApi,
} from '../../testing/test-api';

describe('company members and invitations (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
  });

  /** Registers `email` as an employer (verified unless told) and signs in. */
  async function employerWith(email: string, verified = true) {
    await api.request('POST', '/api/auth/register/employer', { body: { email, password: TEST_PASSWORD, fullName: 'Коллега' } });
    const session = await api.request<{ accessToken: string; account: { id: string } }>('POST', '/api/auth/login', {
      body: { login: email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': uniqueClientIp() },
    });
    if (verified) await verifyEmailOf(api, session.body.account.id);
    return { token: session.body.accessToken, id: session.body.account.id };
  }

  async function invite(ownerToken: string, companyId: string, email = uniqueEmail('colleague')) {
    const sent = await api.request<CompanyInvitationView>('POST', '/api/companies/mine/invitations', { token: ownerToken, body: { email } });
    expect(sent.status).toBe(201);
    return { email, invitation: sent.body, token: await sealedSecretOf(api, OutboxTopic.CompanyMemberInvited, companyId, email) };
  }

  const accept = (token: string, linkToken: string) =>
    api.request<Partial<CompanyView> & { code?: string }>('POST', `/api/invitations/${linkToken}/accept`, { token });

  it('e-mails a link to an address with no account, shows it, and the invited verified account joins through it', async () => {
    const { employer, company } = await employerWithVacancy(api);
    const { email, invitation, token } = await invite(employer.accessToken, company.id);
    expect(invitation).toMatchObject({ email, status: 'PENDING', invitedBy: 'Test Recruiter' });

    // Only a hash of the token is stored; the outbox keeps it sealed, and it goes to nobody's in-app list.
    const stored = await dataSource.query(`SELECT invitation_token_hash FROM company_members WHERE id = $1`, [invitation.id]);
    expect(stored[0].invitation_token_hash).toHaveLength(64);
    const outbox = await dataSource.query(`SELECT recipient_ids, payload FROM outbox_messages WHERE topic = $1 AND payload->>'to' = $2`, [
      OutboxTopic.CompanyMemberInvited,
      email,
    ]);
    expect(outbox).toHaveLength(1);
    expect(outbox[0].recipient_ids).toEqual([]);
    expect(JSON.stringify(outbox[0].payload)).not.toContain(token);

    const page = await api.request<InvitationLinkView>('GET', `/api/invitations/${token}`);
    expect(page.body).toEqual({ companyName: company.legalName, inviterName: 'Test Recruiter', email, expiresAt: expect.any(String), refusal: null });

    const colleague = await employerWith(email);
    const joined = await accept(colleague.token, token);
    expect(joined.status).toBe(200);
    expect(joined.body.id).toBe(company.id);
    expect((await api.request<CompanyView>('GET', '/api/companies/mine', { token: colleague.token })).body.id).toBe(company.id);

    // Single use.
    expect((await accept(colleague.token, token)).body.code).toBe('invitation.used');
    expect((await api.request<InvitationLinkView>('GET', `/api/invitations/${token}`)).body.refusal).toBe('USED');

    const audit = await dataSource.query(`SELECT action, data FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [company.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining(['company.memberInvited', 'company.invitationAccepted']),
    );
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('a stranger who registers the invited address first gets nothing without the token; the token works only for the verified invited account', async () => {
    const { employer, company } = await employerWithVacancy(api);
    const { email, token } = await invite(employer.accessToken, company.id);
    const squatter = await employerWith(email, false);
    // Unverified: the guard stops them before anything else.
    expect((await accept(squatter.token, token)).body.code).toBe('account.emailNotVerified');
    // The old e-mail-matching routes are gone.
    expect((await api.request('GET', '/api/companies/invitations', { token: squatter.token })).status).toBe(404);
    expect((await api.request('GET', '/api/companies/mine', { token: squatter.token })).status).toBe(403);

    const other = await registerAndLogin(api, 'employer');
    const refused = await accept(other.accessToken, token);
    expect([refused.status, refused.body.code]).toEqual([403, 'invitation.otherAddress']);
    expect((await accept(other.accessToken, 'x'.repeat(43))).body.code).toBe('invitation.invalid');
    expect((await api.request('GET', '/api/companies/mine', { token: other.accessToken })).status).toBe(404);
  });

  it('refuses a revoked and an expired invitation, and a new invitation replaces the old link', async () => {
    const { employer, company } = await employerWithVacancy(api);
    const first = await invite(employer.accessToken, company.id);
    const again = await invite(employer.accessToken, company.id, first.email);
    const colleague = await employerWith(first.email);
    expect((await accept(colleague.token, first.token)).body.code).toBe('invitation.invalid');

    expect((await api.request('DELETE', `/api/companies/mine/invitations/${again.invitation.id}`, { token: employer.accessToken })).status).toBe(204);
    const revoked = await accept(colleague.token, again.token);
    expect([revoked.status, revoked.body.code]).toEqual([410, 'invitation.revoked']);

    const third = await invite(employer.accessToken, company.id, first.email);
    await dataSource.query(`UPDATE company_members SET invitation_expires_at = now() - interval '1 second' WHERE id = $1`, [third.invitation.id]);
    expect((await accept(colleague.token, third.token)).body.code).toBe('invitation.expired');
    const list = await api.request<CompanyMembersView>('GET', '/api/companies/mine/members', { token: employer.accessToken });
    expect(list.body.invitations.map((row) => row.status)).toEqual(['EXPIRED']);

    const actions = await dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1 AND action = 'company.invitationRevoked'`, [
      company.id,
    ]);
    expect(actions).toHaveLength(1);
  });

  it('an owner removes a member: their access to vacancies and applicants ends at once; the last owner stays', async () => {
    const { employer, company, vacancy } = await employerWithVacancy(api);
    const { email, token } = await invite(employer.accessToken, company.id);
    const colleague = await employerWith(email);
    expect((await accept(colleague.token, token)).status).toBe(200);
    expect((await api.request('GET', `/api/vacancies/mine/${vacancy.id}`, { token: colleague.token })).status).toBe(200);

    // A colleague is no owner: cannot remove, invite or revoke.
    const members = (await api.request<CompanyMembersView>('GET', '/api/companies/mine/members', { token: colleague.token })).body;
    expect(members.canManage).toBe(false);
    const ownerRow = members.members.find((member) => member.owner);
    const colleagueRow = members.members.find((member) => !member.owner);
    expect(colleagueRow).toMatchObject({ email, accountId: colleague.id, since: expect.any(String) });
    expect((await api.request<ProblemDetails>('DELETE', `/api/companies/mine/members/${ownerRow?.id}`, { token: colleague.token })).body.code).toBe(
      'company.ownerOnly',
    );

    // The last owner cannot remove themselves.
    const last = await api.request<ProblemDetails>('DELETE', `/api/companies/mine/members/${ownerRow?.id}`, { token: employer.accessToken });
    expect([last.status, last.body.code]).toEqual([409, 'company.lastOwner']);

    expect((await api.request('DELETE', `/api/companies/mine/members/${colleagueRow?.id}`, { token: employer.accessToken })).status).toBe(204);
    // The same access token, the very next request: nothing of the company any more.
    expect((await api.request('GET', `/api/vacancies/mine/${vacancy.id}`, { token: colleague.token })).status).toBe(404);
    expect((await api.request('GET', '/api/vacancies/mine', { token: colleague.token })).status).toBe(404);
    expect((await api.request('GET', '/api/companies/mine', { token: colleague.token })).status).toBe(404);

    const removed = await dataSource.query(`SELECT actor_id, data FROM audit_events WHERE subject_id = $1 AND action = 'company.memberRemoved'`, [
      company.id,
    ]);
    expect(removed).toEqual([{ actor_id: employer.account.id, data: expect.objectContaining({ accountId: colleague.id, email }) }]);
  });
});
