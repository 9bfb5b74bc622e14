import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { LetterRevocationView, LetterVerificationView, ProblemDetails } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { insertShortlistedApplications, insertSubmittedBatch } from '../../testing/batch-factories';
import { employerWithVacancy } from '../../testing/factories';
import { DEMO_PASSWORD, startTestApi, type TestApi } from '../../testing/test-api';
import { staffSession } from '../vacancies/testing/vacancy-factories';
import { MyApplicationsService } from '../applications/my-applications.service';
import { signInWithTwoFactor } from '../../testing/two-factor';

describe('revoking approval letters (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let attache: string;

  const signIn = async (login: string) => (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body.accessToken;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    attache = await signIn('attache@demo.jumush.kg');
  });

  afterAll(async () => {
    await api.close();
  });

  /** Approved applications with letters, of a fresh employer's vacancy; each with its letter code and migrant account. */
  async function approvedCandidates(count: number) {
    const made = await employerWithVacancy(api);
    const ids = await insertShortlistedApplications(api.app, made.vacancy, count);
    const batchId = await insertSubmittedBatch(api.app, made.vacancy, ids);
    const decided = await api.request('POST', `/api/attache/batches/${batchId}/decision`, {
      token: attache,
      body: { kind: 'APPROVE_ALL' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(decided.status).toBe(200);
    const letters: Array<{ application_id: string; code: string; account_id: string }> = await dataSource.query(
      `SELECT l.application_id, l.code, p.account_id FROM approval_letters l JOIN applications a ON a.id = l.application_id
         JOIN candidate_profiles p ON p.id = a.candidate_id WHERE l.application_id = ANY($1::uuid[]) ORDER BY l.application_id`,
      [ids],
    );
    expect(letters).toHaveLength(count);
    return { ...made, letters };
  }

  const revoke = (token: string, applicationId: string, body: unknown) =>
    api.request<LetterRevocationView | ProblemDetails>('POST', `/api/attache/letters/${applicationId}/revoke`, { token, body });

  const verify = async (code: string) => (await api.request<LetterVerificationView>('GET', `/api/public/verify/${code}`)).body;

  it('lets the attaché revoke a letter with a reason: audited, the migrant told, the public page says REVOKED with date and category', async () => {
    const { letters, company } = await approvedCandidates(1);
    const [letter] = letters;
    const before = await verify(letter.code);
    // Enough to match the paper, nothing more: initials in both scripts, birth year, employer.
    expect(before).toMatchObject({
      status: 'VALID',
      initials: 'A. B.',
      initialsCyrillic: 'А. Б.',
      birthYear: 1995,
      employer: company.legalName,
      revokedOn: null,
      revocationCategory: null,
    });

    const revoked = await revoke(attache, letter.application_id, { category: 'FRAUD', reason: 'Поддельная справка о несудимости' });
    expect(revoked.status).toBe(200);
    expect(revoked.body as LetterRevocationView).toMatchObject({ applicationId: letter.application_id, status: 'REVOKED', category: 'FRAUD' });

    const after = await verify(letter.code);
    expect(after).toMatchObject({ status: 'REVOKED', revocationCategory: 'FRAUD', revokedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const page = JSON.stringify(after);
    for (const secret of ['ASANOV', 'Асанов', 'BAKYT', 'Поддельная', 'AC']) expect(page).not.toContain(secret);

    const [audit] = await dataSource.query(`SELECT action, reason, data FROM audit_events WHERE subject_id = $1 AND action = 'letter.revoke'`, [
      letter.application_id,
    ]);
    expect(audit).toMatchObject({ reason: 'Поддельная справка о несудимости', data: { category: 'FRAUD', code: letter.code } });
    const told = await dataSource.query(`SELECT recipient_ids, payload FROM outbox_messages WHERE topic = 'letter.revoked' AND aggregate_id = $1`, [
      letter.application_id,
    ]);
    expect(told).toEqual([
      {
        recipient_ids: [letter.account_id],
        payload: expect.objectContaining({ applicationId: letter.application_id, category: 'FRAUD', revokedOn: after.revokedOn }),
      },
    ]);

    // The migrant's own application page says so, and gives no employer to travel to.
    const mine = await api.app.get(MyApplicationsService).mineOne({ id: letter.account_id, role: Role.Migrant } as Actor, letter.application_id);
    expect(mine).toMatchObject({ status: 'APPROVED', employer: null, letterRevoked: { at: expect.any(String), category: 'FRAUD' } });

    const again = await revoke(attache, letter.application_id, { category: 'OTHER', reason: 'Ещё раз' });
    expect(again.status).toBe(409);
    expect((again.body as ProblemDetails).code).toBe('letter.alreadyRevoked');
  });

  it('refuses anyone but the attaché of the candidate’s country, and a category only a suspension sets', async () => {
    const { letters, employer } = await approvedCandidates(1);
    const [letter] = letters;
    const body = { category: 'FRAUD', reason: 'Причина' };
    expect((await revoke(employer.accessToken, letter.application_id, body)).status).toBe(403);
    expect((await revoke((await staffSession(api, Role.Admin)).token, letter.application_id, body)).status).toBe(403);
    expect((await revoke((await staffSession(api, Role.Attache, 'UZ')).token, letter.application_id, body)).status).toBe(404);
    const invalid = await revoke(attache, letter.application_id, { category: 'EMPLOYER_SUSPENDED', reason: 'x' });
    expect(invalid.status).toBe(400);
    expect((invalid.body as ProblemDetails).errors?.map((error) => error.field).sort()).toEqual(['category', 'reason']);
    expect((await verify(letter.code)).status).toBe('VALID');
  });

  it('revokes every approved candidate’s letter when the employer is suspended, and tells each of them', async () => {
    const { letters, company } = await approvedCandidates(2);
    const suspended = await api.request('POST', `/api/verification/companies/${company.id}/suspend`, {
      token: attache,
      body: { reason: 'Работодатель не платит зарплату', category: 'wageViolation' },
    });
    expect(suspended.status).toBe(200);
    for (const letter of letters) {
      expect(await verify(letter.code)).toMatchObject({ status: 'REVOKED', revocationCategory: 'EMPLOYER_SUSPENDED' });
      const told = await dataSource.query(`SELECT recipient_ids FROM outbox_messages WHERE topic = 'letter.revoked' AND aggregate_id = $1`, [
        letter.application_id,
      ]);
      expect(told).toEqual([{ recipient_ids: [letter.account_id] }]);
    }
  });
});
