import { DataSource } from 'typeorm';
import type {
  AuditEventView,
  CompanyDocumentView,
  CompanyMembersView,
  CompanyView,
  Page,
  ProblemDetails,
  VerificationQueueItem,
} from '@jumush/contracts';
import { CompanyStatus } from '@jumush/domain';
import { AuditEventEntity } from '@jumush/server/database';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { FileNotFoundError, FileStorage } from '../storage/file-storage';
import { uniqueCompanyInn, uniqueCompanyOgrn } from '../../testing/registration-numbers';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';

/** One country's decision in a company view. */
const inCountry = (company: CompanyView, country: string) => company.countries.find((row) => row.country === country);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function companyBody(overrides: Record<string, unknown> = {}) {
  return {
    legalName: 'ООО «СтройМонтаж»',
    inn: uniqueCompanyInn(),
    ogrn: uniqueCompanyOgrn(),
    legalAddress: 'г. Москва, ул. Строителей, д. 1',
    regionCode: '77',
    contactPerson: 'Ольга Смирнова',
    phone: '+7 916 123-45-67',
    email: 'hr@stroymontazh.ru',
    ...overrides,
  };
}

describe('companies and their verification (real PostgreSQL)', () => {
  let api: TestApi;
  let attacheToken: string;

  const signIn = async (login: string) => (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body.accessToken;

  async function upload(token: string, content: Buffer, fileName: string, kind = 'REGISTRATION_EXTRACT') {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([new Uint8Array(content)]), fileName);
    const response = await fetch(`${api.baseUrl}/api/companies/mine/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return {
      status: response.status,
      body: (await response.json()) as CompanyDocumentView & ProblemDetails,
    };
  }

  async function registeredCompany() {
    const employer = await registerAndLogin(api, 'employer');
    const created = await api.request<CompanyView>('POST', '/api/companies', {
      token: employer.accessToken,
      body: companyBody(),
    });
    expect(created.status).toBe(201);
    return { employer, company: created.body };
  }

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    attacheToken = await signIn('attache@demo.jumush.kg');
  });

  afterAll(async () => {
    await api.close();
  });

  describe('registration', () => {
    it('registers a company as PENDING in every country, with the employer as its owner', async () => {
      const { employer, company } = await registeredCompany();
      expect(company.countries.map((row) => [row.country, row.status, row.reliedOnCountry])).toEqual([
        ['KG', CompanyStatus.Pending, null],
        ['TJ', CompanyStatus.Pending, null],
        ['UZ', CompanyStatus.Pending, null],
      ]);
      expect(company).toMatchObject({
        verifiedCountries: [],
        blocked: null,
        regionCode: '77',
        phone: '+79161234567',
        documents: [],
      });
      const mine = await api.request<CompanyView>('GET', '/api/companies/mine', { token: employer.accessToken });
      expect(mine.body.id).toBe(company.id);
      const members = await api.request<CompanyMembersView>('GET', '/api/companies/mine/members', { token: employer.accessToken });
      expect(members.body).toEqual({
        members: [expect.objectContaining({ email: employer.login, owner: true, accountId: employer.account.id })],
        invitations: [],
        canManage: true,
      });
    });

    it('registers one INN once', async () => {
      const inn = uniqueCompanyInn();
      const first = await registerAndLogin(api, 'employer');
      expect(
        (
          await api.request('POST', '/api/companies', {
            token: first.accessToken,
            body: companyBody({ inn }),
          })
        ).status,
      ).toBe(201);
      const second = await registerAndLogin(api, 'employer');
      const again = await api.request<ProblemDetails>('POST', '/api/companies', { token: second.accessToken, body: companyBody({ inn }) });
      expect(again.status).toBe(409);
      expect(again.body.errors).toEqual([expect.objectContaining({ field: 'inn', code: 'company.innTaken' })]);
    });

    it('lets an account register only one company', async () => {
      const { employer } = await registeredCompany();
      const second = await api.request<ProblemDetails>('POST', '/api/companies', { token: employer.accessToken, body: companyBody() });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('company.alreadyMember');
    });

    it.each([
      ['a corrupted INN', { inn: '7707083894' }, 'inn', 'inn.checksum'],
      ['a corrupted OGRN', { ogrn: '1027700132196' }, 'ogrn', 'ogrn.checksum'],
      ['letters in the INN', { inn: '77070838ab' }, 'inn', 'inn.format'],
      ['an individual’s INN with a company OGRN', { inn: '771234567859' }, 'ogrn', 'registration.kindMismatch'],
      ['an unknown region', { regionCode: '00' }, 'regionCode', 'region.unknown'],
      ['a bad phone', { phone: '12345' }, 'phone', 'phone.format'],
      ['an empty name', { legalName: '  ' }, 'legalName', 'validation.isNotEmpty'],
      ['an unknown field', { status: 'VERIFIED' }, 'status', 'validation.whitelist'],
    ])('rejects %s with a field error', async (_case, overrides, field, code) => {
      const employer = await registerAndLogin(api, 'employer');
      const response = await api.request<ProblemDetails>('POST', '/api/companies', { token: employer.accessToken, body: companyBody(overrides) });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    });

    it('answers 404 company.none before an employer has a company, and refuses migrants', async () => {
      const employer = await registerAndLogin(api, 'employer');
      const none = await api.request<ProblemDetails>('GET', '/api/companies/mine', { token: employer.accessToken });
      expect(none.status).toBe(404);
      expect(none.body.code).toBe('company.none');
      const migrant = await registerAndLogin(api);
      expect(
        (
          await api.request('POST', '/api/companies', {
            token: migrant.accessToken,
            body: companyBody(),
          })
        ).status,
      ).toBe(403);
    });
  });

  describe('documents', () => {
    it('accepts a PDF and a PNG checked by content, and serves them back only to the company and officials', async () => {
      const { employer, company } = await registeredCompany();
      const pdf = await upload(employer.accessToken, PDF, 'выписка ЕГРЮЛ.pdf');
      expect(pdf.status).toBe(201);
      expect(pdf.body).toMatchObject({
        kind: 'REGISTRATION_EXTRACT',
        contentType: 'application/pdf',
        fileName: 'выписка ЕГРЮЛ.pdf',
        sizeBytes: PDF.length,
      });
      // A PNG sent under a .pdf name is stored as what it is.
      expect((await upload(employer.accessToken, PNG, 'licence.pdf', 'LICENCE')).body.contentType).toBe('image/png');

      const own = await fetch(`${api.baseUrl}/api/companies/mine/documents/${pdf.body.id}/file`, {
        headers: { authorization: `Bearer ${employer.accessToken}` },
      });
      expect(own.status).toBe(200);
      expect(own.headers.get('content-type')).toBe('application/pdf');
      expect(own.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true);

      const official = await fetch(`${api.baseUrl}/api/verification/companies/${company.id}/documents/${pdf.body.id}/file`, {
        headers: { authorization: `Bearer ${attacheToken}` },
      });
      expect(official.status).toBe(200);

      const stranger = await registeredCompany();
      const foreign = await api.request('GET', `/api/companies/mine/documents/${pdf.body.id}/file`, { token: stranger.employer.accessToken });
      expect(foreign.status).toBe(404);
    });

    it('replaces the registration extract and the licence (their files deleted), adds up other documents, and answers 404 for a lost file', async () => {
      const { employer, company } = await registeredCompany();
      const storage = api.app.get(FileStorage);
      const dataSource = api.app.get(DataSource);
      const keyOf = async (id: string) =>
        (await dataSource.query<Array<{ storage_key: string }>>(`SELECT storage_key FROM company_documents WHERE id = $1`, [id]))[0]?.storage_key;
      const first = await upload(employer.accessToken, PDF, 'extract-2025.pdf');
      const firstKey = await keyOf(first.body.id);
      const second = await upload(employer.accessToken, PNG, 'extract-2026.png');
      expect(second.status).toBe(201);
      expect(await keyOf(first.body.id)).toBeUndefined();
      await expect(storage.open(firstKey as string)).rejects.toBeInstanceOf(FileNotFoundError);
      await upload(employer.accessToken, PDF, 'letter-1.pdf', 'OTHER');
      await upload(employer.accessToken, PDF, 'letter-2.pdf', 'OTHER');
      const mine = await api.request<CompanyView>('GET', '/api/companies/mine', { token: employer.accessToken });
      expect(mine.body.documents.map((document) => document.fileName).sort()).toEqual(['extract-2026.png', 'letter-1.pdf', 'letter-2.pdf']);
      const gone = await api.request('GET', `/api/verification/companies/${company.id}/documents/${first.body.id}/file`, { token: attacheToken });
      expect(gone.status).toBe(404);

      // A row whose file was lost answers 404, not 500.
      await storage.remove((await keyOf(second.body.id)) as string);
      const lost = await api.request<ProblemDetails>('GET', `/api/companies/mine/documents/${second.body.id}/file`, { token: employer.accessToken });
      expect(lost.status).toBe(404);
      expect(lost.body.code).toBe('http.notFound');
    });

    it("refuses a document past the company's quota (50 MB) with 413 on the file field", async () => {
      const { employer } = await registeredCompany();
      const tenMegabytes = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 - PDF.length)]);
      for (let index = 0; index < 5; index++)
        expect((await upload(employer.accessToken, tenMegabytes, `annex-${index}.pdf`, 'OTHER')).status).toBe(201);
      const over = await upload(employer.accessToken, PDF, 'one-more.pdf', 'OTHER');
      expect(over.status).toBe(413);
      expect(over.body.errors).toEqual([
        expect.objectContaining({ field: 'file', code: 'document.quotaExceeded', params: { usedMegabytes: 50, quotaMegabytes: 50 } }),
      ]);
    });

    it('refuses a file that is not a PDF, JPEG or PNG, whatever its name', async () => {
      const { employer } = await registeredCompany();
      const response = await upload(employer.accessToken, Buffer.from('MZ\x90\x00 not really a pdf'), 'extract.pdf');
      expect(response.status).toBe(415);
      expect(response.body.code).toBe('document.unsupportedType');
    });

    it('refuses a file over 10 MB with 413 and an upload without a file with 400', async () => {
      const { employer } = await registeredCompany();
      const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
      expect((await upload(employer.accessToken, big, 'big.pdf')).status).toBe(413);
      const form = new FormData();
      form.append('kind', 'LICENCE');
      const empty = await fetch(`${api.baseUrl}/api/companies/mine/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${employer.accessToken}` },
        body: form,
      });
      expect(empty.status).toBe(400);
      const badKind = await upload(employer.accessToken, PDF, 'x.pdf', 'PASSPORT');
      expect(badKind.status).toBe(400);
      expect(badKind.body.errors?.[0]).toMatchObject({ field: 'kind' });
    });
  });

  describe('verification', () => {
    it('puts new companies in the queue oldest first and lets the attaché verify one, with an audit event', async () => {
      const first = await registeredCompany();
      const second = await registeredCompany();
      const queue = await api.request<Page<VerificationQueueItem>>('GET', '/api/verification/companies?status=PENDING&pageSize=100', {
        token: attacheToken,
      });
      const ids = queue.body.items.map((item) => item.id);
      expect(ids.indexOf(first.company.id)).toBeLessThan(ids.indexOf(second.company.id));

      const verified = await api.request<CompanyView>('POST', `/api/verification/companies/${first.company.id}/verify`, { token: attacheToken });
      expect(verified.status).toBe(200);
      expect(inCountry(verified.body, 'KG')?.status).toBe(CompanyStatus.Verified);
      // The Kyrgyz attaché decides for Kyrgyzstan alone.
      expect(inCountry(verified.body, 'UZ')?.status).toBe(CompanyStatus.Pending);
      expect(verified.body.verifiedCountries).toEqual(['KG']);
      const detail = await api.request<CompanyView & { history: AuditEventView[] }>('GET', `/api/verification/companies/${first.company.id}`, {
        token: attacheToken,
      });
      expect(detail.body.history.map((event) => event.action)).toEqual(['company.registered', 'company.verify']);
      expect(detail.body.history[1]).toMatchObject({
        actorRole: 'ATTACHE',
        data: { country: 'KG', from: 'PENDING', to: 'VERIFIED' },
      });
      expect(
        inCountry(
          (
            await api.request<CompanyView>('GET', '/api/companies/mine', {
              token: first.employer.accessToken,
            })
          ).body,
          'KG',
        )?.status,
      ).toBe(CompanyStatus.Verified);
    });

    it('rejects with a reason the employer sees, and takes the corrected company back', async () => {
      const { employer, company } = await registeredCompany();
      const noReason = await api.request<ProblemDetails>('POST', `/api/verification/companies/${company.id}/reject`, {
        token: attacheToken,
        body: {},
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors?.[0]).toMatchObject({ field: 'reason' });

      await api.request('POST', `/api/verification/companies/${company.id}/reject`, {
        token: attacheToken,
        body: { reason: 'Выписка ЕГРЮЛ старше 30 дней' },
      });
      const mine = await api.request<CompanyView>('GET', '/api/companies/mine', { token: employer.accessToken });
      expect(inCountry(mine.body, 'KG')).toMatchObject({
        status: CompanyStatus.Rejected,
        statusReason: 'Выписка ЕГРЮЛ старше 30 дней',
      });

      const resubmitted = await api.request<CompanyView>('POST', '/api/companies/mine/resubmit', { token: employer.accessToken });
      expect(inCountry(resubmitted.body, 'KG')).toMatchObject({
        status: CompanyStatus.Pending,
        statusReason: null,
      });
      expect(
        (
          await api.request('POST', '/api/companies/mine/resubmit', {
            token: employer.accessToken,
          })
        ).status,
      ).toBe(409);
    });

    it('suspends and reinstates a verified company, each with a reason, and refuses illegal moves', async () => {
      const { company } = await registeredCompany();
      expect(
        (
          await api.request<ProblemDetails>('POST', `/api/verification/companies/${company.id}/suspend`, {
            token: attacheToken,
            body: { reason: 'Жалобы работников', category: 'wageViolation' },
          })
        ).body.code,
      ).toBe('transition.illegal');
      await api.request('POST', `/api/verification/companies/${company.id}/verify`, { token: attacheToken });
      const suspended = await api.request<CompanyView>('POST', `/api/verification/companies/${company.id}/suspend`, {
        token: attacheToken,
        body: { reason: 'Жалобы работников на невыплату', category: 'wageViolation' },
      });
      expect(inCountry(suspended.body, 'KG')).toMatchObject({
        status: CompanyStatus.Suspended,
        statusReason: 'Жалобы работников на невыплату',
      });
      const reinstated = await api.request<CompanyView>('POST', `/api/verification/companies/${company.id}/reinstate`, {
        token: attacheToken,
        body: { reason: 'Долг погашен' },
      });
      expect(inCountry(reinstated.body, 'KG')?.status).toBe(CompanyStatus.Verified);
      const events = await api.app.get(DataSource).getRepository(AuditEventEntity).findBy({ subjectId: company.id });
      expect(events.filter((event) => event.reason).map((event) => [event.action, event.reason])).toEqual([
        ['company.suspend', 'Жалобы работников на невыплату'],
        ['company.reinstate', 'Долг погашен'],
      ]);
    });

    it("tells the company's members of every decision on it, with the reason, in the decision's transaction", async () => {
      const { employer, company } = await registeredCompany();
      const rejected = await registeredCompany();
      await api.request('POST', `/api/verification/companies/${rejected.company.id}/reject`, {
        token: attacheToken,
        body: { reason: 'Выписка ЕГРЮЛ старше 30 дней' },
      });
      await api.request('POST', `/api/verification/companies/${company.id}/verify`, { token: attacheToken });
      await api.request('POST', `/api/verification/companies/${company.id}/suspend`, {
        token: attacheToken,
        body: { reason: 'Жалобы работников', category: 'wageViolation' },
      });
      await api.request('POST', `/api/verification/companies/${company.id}/reinstate`, { token: attacheToken, body: { reason: 'Долг погашен' } });
      const outbox = async (companyId: string) =>
        (await api.app
          .get(DataSource)
          .query(`SELECT topic, recipient_ids, payload FROM outbox_messages WHERE aggregate_type = 'company' AND aggregate_id = $1 ORDER BY id`, [
            companyId,
          ])) as Array<{ topic: string; recipient_ids: string[]; payload: Record<string, unknown> }>;
      const told = await outbox(company.id);
      expect(told.map((row) => [row.topic, row.payload['reason']])).toEqual([
        ['company.verified', null],
        ['company.suspended', 'Жалобы работников'],
        ['company.reinstated', 'Долг погашен'],
      ]);
      expect(told.every((row) => row.recipient_ids.length === 1 && row.recipient_ids[0] === employer.account.id)).toBe(true);
      expect(told[0].payload).toMatchObject({ companyId: company.id, companyName: 'ООО «СтройМонтаж»' });
      expect((await outbox(rejected.company.id)).map((row) => [row.topic, row.recipient_ids, row.payload['reason']])).toEqual([
        ['company.rejected', [rejected.employer.account.id], 'Выписка ЕГРЮЛ старше 30 дней'],
      ]);
    });

    it('lets exactly one of two simultaneous decisions win', async () => {
      const { company } = await registeredCompany();
      const admin = await signIn('admin@demo.jumush.kg');
      const [a, b] = await Promise.all([
        api.request('POST', `/api/verification/companies/${company.id}/verify`, { token: attacheToken }),
        api.request('POST', `/api/verification/companies/${company.id}/reject`, { token: admin, body: { reason: 'Подозрение на подделку' } }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
    });

    it('keeps the verification queue away from employers and migrants', async () => {
      const { employer } = await registeredCompany();
      expect(
        (
          await api.request('GET', '/api/verification/companies', {
            token: employer.accessToken,
          })
        ).status,
      ).toBe(403);
      const migrant = await registerAndLogin(api);
      expect(
        (
          await api.request('GET', '/api/verification/companies', {
            token: migrant.accessToken,
          })
        ).status,
      ).toBe(403);
    });
  });
});
