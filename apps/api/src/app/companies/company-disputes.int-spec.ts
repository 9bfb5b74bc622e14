/**
 * A claimed INN disputed through the attaché (issue 13, item 8): the refused registrant files a dispute with a
 * statement and a document; any country's attaché upholds it (the company passes to the claimant, the holder's
 * people lose it and their sessions, open invitations stop, verifications go back to review) or rejects it; both
 * sides are told through the outbox and every step is audited.
 */
import { DataSource } from 'typeorm';
import {
  OutboxTopic,
  type CompanyDisputeView,
  type CompanyView,
  type MyCompanyDisputeView,
  type Page,
  type ProblemDetails,
  type SessionView,
} from '@jumush/contracts';
import { CompanyStatus } from '@jumush/domain';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { setCompanyCountries } from '../../testing/factories';
import { outboxMessagesAbout } from '../../testing/outbox';
import { uniqueCompanyInn, uniqueCompanyOgrn } from '../../testing/registration-numbers';
import { DEMO_PASSWORD, TEST_PASSWORD, registerAndLogin, startTestApi, uniqueClientIp, uniqueEmail, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const STATEMENT = 'We are the company: the extract from the register names our director, who signs this statement.';

describe('disputes of a claimed INN (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let attacheTj: string;
  let attacheKg: string;

  // Demo attachés have two-factor on: their sign-in takes the second step with their seeded secret.
  const signIn = async (login: string) => (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body.accessToken;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    await api.app.get(DemoDataSeeder).seed();
    attacheTj = await signIn('attache.tj@demo.jumush.kg');
    attacheKg = await signIn('attache@demo.jumush.kg');
  });

  afterAll(async () => {
    await api.close();
  });

  /** A squatter registers the INN first (with its own name, address and people), and invites a colleague. */
  async function squattedCompany() {
    const inn = uniqueCompanyInn();
    const holder = await registerAndLogin(api, 'employer');
    const registered = await api.request<CompanyView>('POST', '/api/companies', {
      token: holder.accessToken,
      body: {
        legalName: `ООО «Захват ${inn}»`,
        inn,
        ogrn: uniqueCompanyOgrn(),
        legalAddress: 'г. Москва, ул. Подставная, д. 13',
        regionCode: '77',
        contactPerson: 'Пётр Захватов',
        phone: '+7 916 000-13-13',
        email: 'squatter@example.org',
      },
    });
    expect(registered.status).toBe(201);
    const invitee = uniqueEmail('squatter-friend');
    expect((await api.request('POST', '/api/companies/mine/invitations', { token: holder.accessToken, body: { email: invitee } })).status).toBe(201);
    return { inn, holder, company: registered.body };
  }

  async function fileDispute(token: string, fields: { inn?: string; statement?: string }, file: Buffer | null = PDF, fileName = 'extract.pdf') {
    const form = new FormData();
    if (fields.inn !== undefined) form.append('inn', fields.inn);
    if (fields.statement !== undefined) form.append('statement', fields.statement);
    if (file) form.append('file', new Blob([new Uint8Array(file)]), fileName);
    const response = await fetch(`${api.baseUrl}/api/company-disputes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as MyCompanyDisputeView & Omit<ProblemDetails, 'status'> };
  }

  /** The real company: refused with company.innTaken, then files its dispute. */
  async function claim(inn: string) {
    const claimant = await registerAndLogin(api, 'employer');
    const refused = await api.request<ProblemDetails>('POST', '/api/companies', {
      token: claimant.accessToken,
      body: {
        legalName: 'ООО «Настоящая»',
        inn,
        ogrn: uniqueCompanyOgrn(),
        legalAddress: 'г. Москва, ул. Честная, д. 1',
        regionCode: '77',
        contactPerson: 'Анна Честная',
        phone: '+7 916 111-11-11',
        email: 'real@example.org',
      },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'inn', code: 'company.innTaken' })]);
    const filed = await fileDispute(claimant.accessToken, { inn, statement: STATEMENT });
    expect(filed.status).toBe(201);
    return { claimant, dispute: filed.body };
  }

  const auditOf = (companyId: string, action: string) =>
    dataSource.query<Array<{ actor_id: string; reason: string | null; data: Record<string, unknown> }>>(
      `SELECT actor_id, reason, data FROM audit_events WHERE subject_type = 'company' AND subject_id = $1 AND action = $2`,
      [companyId, action],
    );

  it('files a dispute with a statement and a document; the claimant sees none of the holder’s data, other employers get 404', async () => {
    const { inn, holder, company } = await squattedCompany();
    const { claimant, dispute } = await claim(inn);
    expect(dispute).toEqual({
      id: expect.any(String),
      inn,
      status: 'OPEN',
      statement: STATEMENT,
      evidenceFileName: 'extract.pdf',
      filedAt: expect.any(String),
      decidedAt: null,
      decisionReason: null,
    });
    const mine = await api.request<MyCompanyDisputeView[]>('GET', '/api/company-disputes/mine', { token: claimant.accessToken });
    expect(mine.body).toEqual([dispute]);
    // Nothing the holder typed or is reaches the claimant.
    for (const leak of [company.legalName, company.id, holder.login, holder.account.id, 'Захватов', 'squatter@example.org', 'Подставная'])
      expect(JSON.stringify([dispute, mine.body])).not.toContain(leak);
    const evidence = await fetch(`${api.baseUrl}/api/company-disputes/${dispute.id}/evidence`, {
      headers: { authorization: `Bearer ${claimant.accessToken}` },
    });
    expect(evidence.status).toBe(200);
    expect(Buffer.from(await evidence.arrayBuffer()).equals(PDF)).toBe(true);

    // Someone else's dispute does not exist, for the holder and any other employer alike; the attachés' routes are not theirs.
    const stranger = await registerAndLogin(api, 'employer');
    for (const token of [stranger.accessToken, holder.accessToken]) {
      expect((await api.request('GET', `/api/company-disputes/${dispute.id}`, { token })).status).toBe(404);
      expect((await api.request('GET', `/api/company-disputes/${dispute.id}/evidence`, { token })).status).toBe(404);
      expect((await api.request<MyCompanyDisputeView[]>('GET', '/api/company-disputes/mine', { token })).body).toEqual([]);
      expect((await api.request('GET', `/api/verification/disputes/${dispute.id}`, { token })).status).toBe(403);
      expect((await api.request('POST', `/api/verification/disputes/${dispute.id}/uphold`, { token, body: { reason: 'mine' } })).status).toBe(403);
    }
    const migrant = await registerAndLogin(api);
    expect((await api.request('GET', `/api/company-disputes/${dispute.id}`, { token: migrant.accessToken })).status).toBe(403);

    const [filed] = await auditOf(company.id, 'company.disputeFiled');
    expect(filed).toEqual(expect.objectContaining({ actor_id: claimant.account.id, data: expect.objectContaining({ disputeId: dispute.id, inn }) }));
  });

  it('refuses a filing by an unverified address, a member, for a free INN, a second open one, and bad files', async () => {
    const { inn, holder } = await squattedCompany();
    const unverified = await registerAndLogin(api, 'employer', { verified: false });
    const byUnverified = await fileDispute(unverified.accessToken, { inn, statement: STATEMENT });
    expect([byUnverified.status, byUnverified.body.code]).toEqual([403, 'account.emailNotVerified']);
    const byHolder = await fileDispute(holder.accessToken, { inn, statement: STATEMENT });
    expect([byHolder.status, byHolder.body.code]).toEqual([409, 'company.alreadyMember']);

    const claimant = await registerAndLogin(api, 'employer');
    const free = await fileDispute(claimant.accessToken, { inn: uniqueCompanyInn(), statement: STATEMENT });
    expect(free.status).toBe(422);
    expect(free.body.errors).toEqual([expect.objectContaining({ field: 'inn', code: 'dispute.innNotTaken' })]);
    const badInn = await fileDispute(claimant.accessToken, { inn: '7700000000', statement: STATEMENT });
    expect(badInn.status).toBe(400);
    expect(badInn.body.errors?.map((error) => error.field)).toEqual(['inn']);
    const short = await fileDispute(claimant.accessToken, { inn, statement: 'ours' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'statement', code: 'validation.length' })]);
    const noFile = await fileDispute(claimant.accessToken, { inn, statement: STATEMENT }, null);
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'validation.isNotEmpty' })]);
    const notPdf = await fileDispute(claimant.accessToken, { inn, statement: STATEMENT }, Buffer.from('MZ not a document'), 'extract.pdf');
    expect([notPdf.status, notPdf.body.code]).toEqual([415, 'document.unsupportedType']);
    const tooLarge = await fileDispute(claimant.accessToken, { inn, statement: STATEMENT }, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    // Multer stops reading past the limit, as for every upload.
    expect(tooLarge.status).toBe(413);

    expect((await fileDispute(claimant.accessToken, { inn, statement: STATEMENT })).status).toBe(201);
    const again = await fileDispute(claimant.accessToken, { inn, statement: STATEMENT });
    expect([again.status, again.body.code]).toEqual([409, 'dispute.alreadyOpen']);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM company_disputes WHERE claimant_id = $1`, [claimant.account.id]);
    expect(count).toBe(1);
  });

  it('lets another country’s attaché uphold: the company passes to the claimant, the holder’s people and sessions end, verifications go back to review', async () => {
    const { inn, holder, company } = await squattedCompany();
    await setCompanyCountries(dataSource, company.id, CompanyStatus.Verified, ['KG']);
    await setCompanyCountries(dataSource, company.id, CompanyStatus.Rejected, ['TJ']);
    await setCompanyCountries(dataSource, company.id, CompanyStatus.Suspended, ['UZ']);
    const { claimant, dispute } = await claim(inn);
    const live = async (accountId: string) =>
      (await dataSource.query(`SELECT count(*)::int AS count FROM refresh_tokens WHERE account_id = $1 AND revoked_at IS NULL`, [accountId]))[0]
        .count;
    expect(await live(holder.account.id)).toBeGreaterThan(0);

    // The attachés' queue: any country's attaché sees it, with the company, its owner and the claimant.
    const queue = await api.request<Page<CompanyDisputeView>>('GET', '/api/verification/disputes?pageSize=100', { token: attacheTj });
    expect(queue.body.items.find((item) => item.id === dispute.id)).toEqual(
      expect.objectContaining({
        companyId: company.id,
        companyName: company.legalName,
        inn,
        claimant: { accountId: claimant.account.id, email: claimant.login, fullName: 'Test Recruiter' },
        owners: [{ accountId: holder.account.id, email: holder.login, fullName: 'Test Recruiter' }],
        evidenceContentType: 'application/pdf',
      }),
    );
    expect(
      (await fetch(`${api.baseUrl}/api/verification/disputes/${dispute.id}/evidence`, { headers: { authorization: `Bearer ${attacheTj}` } })).status,
    ).toBe(200);

    const noReason = await api.request<ProblemDetails>('POST', `/api/verification/disputes/${dispute.id}/uphold`, { token: attacheTj, body: {} });
    expect(noReason.status).toBe(400);
    const upheld = await api.request<CompanyDisputeView>('POST', `/api/verification/disputes/${dispute.id}/uphold`, {
      token: attacheTj,
      body: { reason: 'The register extract names the claimant’s director.' },
    });
    expect(upheld.status).toBe(200);
    expect(upheld.body).toEqual(
      expect.objectContaining({ status: 'UPHELD', owners: [{ accountId: claimant.account.id, email: claimant.login, fullName: 'Test Recruiter' }] }),
    );

    // The claimant owns the company; the holder has none and no session; the holder's invitation no longer works.
    const claimed = await api.request<CompanyView>('GET', '/api/companies/mine', { token: claimant.accessToken });
    expect(claimed.body.id).toBe(company.id);
    const members = await dataSource.query(
      `SELECT account_id, owner, revoked_at IS NOT NULL AS revoked FROM company_members WHERE company_id = $1 ORDER BY owner DESC`,
      [company.id],
    );
    expect(members).toEqual([
      { account_id: claimant.account.id, owner: true, revoked: false },
      { account_id: null, owner: false, revoked: true },
    ]);
    // Their sessions ended: even the access token they hold is refused at once.
    const lost = await api.request<ProblemDetails>('GET', '/api/companies/mine', { token: holder.accessToken });
    expect(lost.status).toBe(401);
    expect(await live(holder.account.id)).toBe(0);
    const signedInAgain = await api.request<SessionView>('POST', '/api/auth/login', {
      body: { login: holder.login, password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': uniqueClientIp() },
    });
    const none = await api.request<ProblemDetails>('GET', '/api/companies/mine', { token: signedInAgain.body.accessToken });
    expect([none.status, none.body.code]).toEqual([404, 'company.none']);
    expect(await live(claimant.account.id)).toBeGreaterThan(0);

    // Verifications and rejections made on the holder's word go back to review; a country's suspension stays.
    const statuses = Object.fromEntries(claimed.body.countries.map((row) => [row.country, row.status]));
    expect(statuses).toEqual(expect.objectContaining({ KG: 'PENDING', TJ: 'PENDING', UZ: 'SUSPENDED' }));

    // Both sides told, each in their own words, in the decision's transaction.
    const toClaimant = await outboxMessagesAbout(dataSource, [dispute.id], OutboxTopic.CompanyDisputeDecided);
    expect(toClaimant).toEqual([
      expect.objectContaining({ recipientIds: [claimant.account.id], payload: expect.objectContaining({ inn, decision: 'uphold' }) }),
    ]);
    expect(JSON.stringify(toClaimant)).not.toContain(company.legalName);
    const toCompany = await outboxMessagesAbout(dataSource, [company.id], OutboxTopic.CompanyDisputeDecidedForCompany);
    expect(toCompany).toEqual([
      expect.objectContaining({
        recipientIds: [holder.account.id],
        payload: expect.objectContaining({ companyName: company.legalName, decision: 'uphold' }),
      }),
    ]);
    expect(JSON.stringify(toCompany)).not.toContain(claimant.login);

    const [audit] = await auditOf(company.id, 'company.disputeUpheld');
    expect(audit).toEqual({
      actor_id: expect.any(String),
      reason: 'The register extract names the claimant’s director.',
      data: expect.objectContaining({
        disputeId: dispute.id,
        claimantId: claimant.account.id,
        removedAccountIds: [holder.account.id],
        countriesBackToReview: expect.arrayContaining(['KG', 'TJ']),
      }),
    });
    expect(audit.data['countriesBackToReview']).not.toContain('UZ');

    // Decided once: a second decision by any attaché is refused.
    const twice = await api.request<ProblemDetails>('POST', `/api/verification/disputes/${dispute.id}/reject`, {
      token: attacheKg,
      body: { reason: 'again' },
    });
    expect([twice.status, twice.body.code]).toEqual([409, 'transition.illegal']);
    const mine = await api.request<MyCompanyDisputeView>('GET', `/api/company-disputes/${dispute.id}`, { token: claimant.accessToken });
    expect(mine.body).toEqual(expect.objectContaining({ status: 'UPHELD', decisionReason: 'The register extract names the claimant’s director.' }));
  });

  it('rejects: the company stays with its holder, both sides are told, the claimant may file again', async () => {
    const { inn, holder, company } = await squattedCompany();
    await setCompanyCountries(dataSource, company.id, CompanyStatus.Verified, ['KG']);
    const { claimant, dispute } = await claim(inn);
    const rejected = await api.request<CompanyDisputeView>('POST', `/api/verification/disputes/${dispute.id}/reject`, {
      token: attacheKg,
      body: { reason: 'The document does not name the company.' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('REJECTED');
    expect((await api.request<CompanyView>('GET', '/api/companies/mine', { token: holder.accessToken })).body).toEqual(
      expect.objectContaining({
        id: company.id,
        countries: expect.arrayContaining([expect.objectContaining({ country: 'KG', status: 'VERIFIED' })]),
      }),
    );
    expect((await api.request('GET', '/api/companies/mine', { token: claimant.accessToken })).status).toBe(404);

    expect(await outboxMessagesAbout(dataSource, [dispute.id], OutboxTopic.CompanyDisputeDecided)).toEqual([
      expect.objectContaining({ recipientIds: [claimant.account.id], payload: expect.objectContaining({ decision: 'reject', inn }) }),
    ]);
    expect(await outboxMessagesAbout(dataSource, [company.id], OutboxTopic.CompanyDisputeDecidedForCompany)).toEqual([
      expect.objectContaining({ recipientIds: [holder.account.id], payload: expect.objectContaining({ decision: 'reject' }) }),
    ]);
    const [audit] = await auditOf(company.id, 'company.disputeRejected');
    expect(audit).toEqual(
      expect.objectContaining({ reason: 'The document does not name the company.', data: expect.objectContaining({ disputeId: dispute.id }) }),
    );

    const open = await api.request<Page<CompanyDisputeView>>('GET', '/api/verification/disputes?pageSize=100', { token: attacheKg });
    expect(open.body.items.map((item) => item.id)).not.toContain(dispute.id);
    const decided = await api.request<Page<CompanyDisputeView>>('GET', '/api/verification/disputes?status=REJECTED&pageSize=100', {
      token: attacheKg,
    });
    expect(decided.body.items.map((item) => item.id)).toContain(dispute.id);
    expect((await fileDispute(claimant.accessToken, { inn, statement: STATEMENT })).status).toBe(201);
  });
});
