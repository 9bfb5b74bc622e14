/**
 * Evidence files after arrival through the real API, PostgreSQL and the local-disk storage: a grievance's attachments
 * (round trip, type sniffing, the limit of five, a closed grievance, who may download) and a fee report's receipt
 * (upload, replacement, downloads by the migrant and their country's attaché); the orphan-file sweep keeps both.
 */
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, type GrievanceView, type MyApplicationView, type PromisedVsActualView } from '@jumush/contracts';
import { queryRows } from '@jumush/server/database';
import { FileJob, type SweepOrphanFilesJobData, type SweepOrphanFilesJobReturn } from '@jumush/server/queues';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { FileStorage } from '../storage/file-storage';
import { OrphanFilesProcessor } from '../storage/orphan-files.processor';

const pdf = (fill: string) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, fill)]);
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512, 7)]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('evidence files after arrival: grievance attachments and fee receipts (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  const tokens: Record<string, string> = {};
  const signIn = async (login: string) => (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body.accessToken;

  /** A Kyrgyz migrant arrived at a fresh employer's vacancy in region 16. */
  async function arrivedMigrant() {
    const job = await employerWithVacancy(api, { regionCode: '16' });
    const migrant = await registerAndLogin(api);
    const token = migrant.accessToken;
    const put = (step: string, body: unknown) => api.request('PUT', `/api/candidates/me/${step}`, { token, body });
    await put('personal', PERSONAL);
    await put('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
    await put('skills', SKILLS);
    await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${job.vacancy.id}/applications`, { token, body: {} });
    expect(applied.status).toBe(201);
    const applicationId = applied.body.id;
    await dataSource.query(`UPDATE applications SET status = 'APPROVED' WHERE id = $1`, [applicationId]);
    for (const move of ['depart', 'arrive'])
      expect((await api.request('POST', `/api/applications/mine/${applicationId}/${move}`, { token, body: {} })).status).toBe(200);
    return { ...job, token, applicationId };
  }

  async function openGrievance(token: string, applicationId: string): Promise<string> {
    const opened = await api.request<GrievanceView>('POST', '/api/grievances', {
      token,
      body: { applicationId, category: 'wage', description: 'Зарплату задерживают второй месяц' },
    });
    expect(opened.status).toBe(201);
    return opened.body.id;
  }

  async function upload<T>(path: string, token: string, content: Buffer, name: string): Promise<{ status: number; body: T }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), name);
    const response = await fetch(`${api.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return { status: response.status, body: (await response.json()) as T };
  }

  async function download(path: string, token: string): Promise<{ status: number; bytes: Buffer; type: string | null }> {
    const response = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') };
  }

  const attach = (token: string, grievanceId: string, content: Buffer, name = 'photo.pdf') =>
    upload<GrievanceView & { errors?: Array<{ field: string; code: string }> }>(
      `/api/grievances/mine/${grievanceId}/attachments`,
      token,
      content,
      name,
    );

  beforeAll(async () => {
    // A 1 MB account quota: two files of 600 KB do not fit, whichever kind each is.
    api = await startTestApi({ FILE_QUOTA_PER_ACCOUNT_MB: '1' });
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    for (const login of ['attache@demo.jumush.kg', 'attache.uz@demo.jumush.kg']) tokens[login] = await signIn(login);
  });

  afterAll(async () => {
    await api.close();
  });

  it('round-trips a grievance file for the migrant and the attaché, refuses other files, a sixth, and other readers', async () => {
    const { token, applicationId, employer } = await arrivedMigrant();
    const grievanceId = await openGrievance(token, applicationId);
    const content = pdf('a');
    const added = await attach(token, grievanceId, content, 'расписка.pdf');
    expect(added.status).toBe(201);
    expect(added.body.attachments).toHaveLength(1);
    const [attachment] = added.body.attachments;
    expect(attachment).toMatchObject({ fileName: 'расписка.pdf', contentType: 'application/pdf', sizeBytes: content.length });

    const mine = await download(`/api/grievances/mine/${grievanceId}/attachments/${attachment.id}`, token);
    expect(mine.status).toBe(200);
    expect(mine.type).toBe('application/pdf');
    expect(mine.bytes.equals(content)).toBe(true);
    const staff = await download(`/api/attache/grievances/${grievanceId}/attachments/${attachment.id}`, tokens['attache@demo.jumush.kg']);
    expect(staff.status).toBe(200);
    expect(staff.bytes.equals(content)).toBe(true);
    const staffView = await api.request<GrievanceView>('GET', `/api/attache/grievances/${grievanceId}`, { token: tokens['attache@demo.jumush.kg'] });
    expect(staffView.body.attachments.map((file) => file.id)).toEqual([attachment.id]);

    // Not a PDF, JPEG or PNG by its first bytes, whatever its name says: refused beside the field `file`.
    const text = await attach(token, grievanceId, Buffer.from('plain text, not a picture'), 'fake.pdf');
    expect(text.status).toBe(415);
    expect(text.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'document.unsupportedType' })]);
    const none = await upload<{ errors: Array<{ field: string }> }>(`/api/grievances/mine/${grievanceId}/attachments`, token, Buffer.alloc(0), '');
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(none.status).toBeLessThan(500);

    // Up to five; the sixth is refused and stores nothing.
    for (let n = 2; n <= 5; n++) expect((await attach(token, grievanceId, png(), `photo-${n}.png`)).status).toBe(201);
    const sixth = await attach(token, grievanceId, png(), 'photo-6.png');
    expect(sixth.status).toBe(409);
    expect(sixth.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'grievance.attachmentsFull' })]);
    const [count] = await queryRows<{ n: number }>(
      dataSource.manager,
      `SELECT count(*)::int AS n FROM grievance_attachments WHERE grievance_id = $1`,
      [grievanceId],
    );
    expect(count.n).toBe(5);
    const [audited] = await queryRows<{ n: number }>(
      dataSource.manager,
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'grievance.attachmentAdded' AND subject_id = $1`,
      [grievanceId],
    );
    expect(audited.n).toBe(5);

    // Another migrant, another country's attaché: 404, for the file and for adding one. The employer: no route.
    const other = await registerAndLogin(api);
    expect((await download(`/api/grievances/mine/${grievanceId}/attachments/${attachment.id}`, other.accessToken)).status).toBe(404);
    expect((await attach(other.accessToken, grievanceId, pdf('x'))).status).toBe(404);
    expect((await download(`/api/attache/grievances/${grievanceId}/attachments/${attachment.id}`, tokens['attache.uz@demo.jumush.kg'])).status).toBe(
      404,
    );
    for (const path of [
      `/api/grievances/mine/${grievanceId}/attachments/${attachment.id}`,
      `/api/attache/grievances/${grievanceId}/attachments/${attachment.id}`,
    ])
      expect([403, 404]).toContain((await download(path, employer.accessToken)).status);
    expect([403, 404]).toContain((await attach(employer.accessToken, grievanceId, pdf('e'))).status);
  });

  it('takes no file on a closed grievance', async () => {
    const { token, applicationId } = await arrivedMigrant();
    const grievanceId = await openGrievance(token, applicationId);
    await dataSource.query(`UPDATE grievances SET status = 'CLOSED' WHERE id = $1`, [grievanceId]);
    const refused = await attach(token, grievanceId, pdf('c'));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'grievance.closed' });
  });

  it('keeps one receipt per fee report: uploaded, replaced (the old file removed), downloaded by the migrant and their attaché', async () => {
    const { token, applicationId, employer, company: employerCompany } = await arrivedMigrant();
    const reported = await api.request<PromisedVsActualView>('POST', '/api/work-reports/fees', {
      token,
      body: { applicationId, amountRoubles: 15_000, state: 'paid', intermediaryName: 'Бакыт', happenedOn: '2026-11-01' },
    });
    expect(reported.status).toBe(201);
    const reportId = reported.body.feeReports[0].id;
    expect(reported.body.feeReports[0].receipt).toBeNull();
    const path = `/api/work-reports/fees/${reportId}/receipt`;

    const first = await upload<PromisedVsActualView>(path, token, pdf('1'), 'receipt.pdf');
    expect(first.status).toBe(200);
    expect(first.body.feeReports[0].receipt).toMatchObject({ fileName: 'receipt.pdf', contentType: 'application/pdf' });
    const [{ receipt_key: firstKey }] = await queryRows<{ receipt_key: string }>(
      dataSource.manager,
      `SELECT receipt_key FROM work_reports WHERE id = $1`,
      [reportId],
    );

    const photo = png();
    const second = await upload<PromisedVsActualView>(path, token, photo, 'receipt.png');
    expect(second.status).toBe(200);
    expect(second.body.feeReports[0].receipt).toMatchObject({ fileName: 'receipt.png', contentType: 'image/png', sizeBytes: photo.length });
    const storage = api.app.get(FileStorage);
    await expect(storage.open(firstKey)).rejects.toThrow();

    const mine = await download(path, token);
    expect(mine.status).toBe(200);
    expect(mine.bytes.equals(photo)).toBe(true);
    const staff = await download(`/api/attache/fee-reports/${reportId}/receipt`, tokens['attache@demo.jumush.kg']);
    expect(staff.status).toBe(200);
    expect(staff.bytes.equals(photo)).toBe(true);
    const company = await api.request<{ feeReports: Array<{ id: string; receipt: unknown }> }>(
      'GET',
      `/api/attache/companies/${employerCompany.id}/after-arrival`,
      { token: tokens['attache@demo.jumush.kg'] },
    );
    expect(company.status).toBe(200);
    expect(company.body.feeReports).toEqual([
      expect.objectContaining({ id: reportId, receipt: expect.objectContaining({ contentType: 'image/png' }) }),
    ]);

    // Another migrant, another country's attaché: 404; the employer: no route to it.
    const other = await registerAndLogin(api);
    expect((await download(path, other.accessToken)).status).toBe(404);
    expect((await upload(path, other.accessToken, pdf('o'), 'x.pdf')).status).toBe(404);
    expect((await download(`/api/attache/fee-reports/${reportId}/receipt`, tokens['attache.uz@demo.jumush.kg'])).status).toBe(404);
    expect([403, 404]).toContain((await download(`/api/attache/fee-reports/${reportId}/receipt`, employer.accessToken)).status);
    const wrong = await upload<{ errors: Array<{ field: string }> }>(path, token, Buffer.from('GIF89a not allowed'), 'r.gif');
    expect(wrong.status).toBe(415);
    expect(wrong.body.errors.map((error) => error.field)).toEqual(['file']);
  });

  it('counts grievance files, receipts and checklist scans together in the account quota', async () => {
    const { token, applicationId } = await arrivedMigrant();
    const grievanceId = await openGrievance(token, applicationId);
    const big = (fill: string) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(600 * 1024, fill)]);
    expect((await attach(token, grievanceId, big('1'))).status).toBe(201);
    const reported = await api.request<PromisedVsActualView>('POST', '/api/work-reports/fees', {
      token,
      body: { applicationId, amountRoubles: 5_000, state: 'paid', intermediaryName: 'Нурлан', happenedOn: '2026-11-02' },
    });
    const receipt = await upload<{ errors: Array<{ field: string; code: string }> }>(
      `/api/work-reports/fees/${reported.body.feeReports[0].id}/receipt`,
      token,
      big('2'),
      'r.pdf',
    );
    expect(receipt.status).toBe(413);
    expect(receipt.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'document.quotaExceeded' })]);
    expect((await attach(token, grievanceId, big('3'))).status).toBe(413);
    const scan = await upload<{ errors: Array<{ field: string; code: string }> }>(
      '/api/candidates/me/checklist/FOREIGN_PASSPORT/document',
      token,
      big('4'),
      'passport.pdf',
    );
    expect(scan.status).toBe(413);
    expect(scan.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'document.quotaExceeded' })]);
  });

  it('the orphan-file sweep keeps grievance attachments and receipts', async () => {
    const { token, applicationId } = await arrivedMigrant();
    const grievanceId = await openGrievance(token, applicationId);
    expect((await attach(token, grievanceId, pdf('k'))).status).toBe(201);
    const reported = await api.request<PromisedVsActualView>('POST', '/api/work-reports/fees', {
      token,
      body: { applicationId, amountRoubles: 5_000, state: 'demanded', intermediaryName: 'Нурлан', happenedOn: '2026-11-02' },
    });
    expect((await upload(`/api/work-reports/fees/${reported.body.feeReports[0].id}/receipt`, token, png(), 'r.png')).status).toBe(200);
    const [{ key: attachmentKey }] = await queryRows<{ key: string }>(
      dataSource.manager,
      `SELECT storage_key AS key FROM grievance_attachments WHERE grievance_id = $1`,
      [grievanceId],
    );
    const [{ key: receiptKey }] = await queryRows<{ key: string }>(dataSource.manager, `SELECT receipt_key AS key FROM work_reports WHERE id = $1`, [
      reported.body.feeReports[0].id,
    ]);
    const storage = api.app.get(FileStorage);
    const orphan = await storage.put(pdf('o'), 'pdf');
    await sleep(2_100);
    const swept = await api.app
      .get(OrphanFilesProcessor)
      .process({ name: FileJob.SweepOrphans, data: { graceSeconds: 1 } } as Job<SweepOrphanFilesJobData, SweepOrphanFilesJobReturn>);
    expect(swept.removed).toBeGreaterThanOrEqual(1);
    const kept: string[] = [];
    for await (const file of storage.list()) kept.push(file.key);
    expect(kept).toEqual(expect.arrayContaining([attachmentKey, receiptKey]));
    expect(kept).not.toContain(orphan);
  });
});
