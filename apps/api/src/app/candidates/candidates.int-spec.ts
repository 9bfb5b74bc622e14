import { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, type CandidateProfileView, type ProblemDetails, type SessionView } from '@jumush/contracts';
import { FieldCipher, parseKeyring } from '@jumush/server/crypto';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { DEMO_PASSWORD, TEST_PASSPORT_KEYS, registerAndLogin, startTestApi, uniqueClientIp, type TestApi } from '../../testing/test-api';
import { PASSPORT_CONTEXT } from './passport-cipher';
import { PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';

const inYears = (years: number) => `${new Date().getUTCFullYear() + years}-06-30`;

describe('candidate profile (real PostgreSQL)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
  });

  afterAll(async () => {
    await api.close();
  });

  const put = (token: string, step: string, body: unknown) =>
    api.request<CandidateProfileView & ProblemDetails>('PUT', `/api/candidates/me/${step}`, { token, body });

  it('fills the wizard step by step, each step saved on its own', async () => {
    const migrant = await registerAndLogin(api);
    const empty = await api.request<CandidateProfileView>('GET', '/api/candidates/me', { token: migrant.accessToken });
    expect(empty.body).toMatchObject({
      completedSteps: [],
      originCountry: 'KG',
      phone: migrant.login,
      readiness: { percent: 0, ready: false },
    });

    expect((await put(migrant.accessToken, 'personal', PERSONAL)).body.completedSteps).toEqual(['personal']);
    expect(
      (
        await put(migrant.accessToken, 'residence', {
          residenceRegionCode: 'KG-C',
          residenceDistrictCode: 'unknown',
        })
      ).status,
    ).toBe(400);
    const skills = await put(migrant.accessToken, 'skills', SKILLS);
    expect(skills.body).toMatchObject({
      russianLevel: 'CONVERSATIONAL',
      surnameLatin: 'TOKTOGULOV',
    });
    const preferences = await put(migrant.accessToken, 'preferences', {
      preferredRegionCodes: ['77', '50', '77'],
    });
    expect(preferences.body.preferredRegionCodes).toEqual(['77', '50']);
    const passport = await put(migrant.accessToken, 'passport', {
      passportNumber: 'ac 1234 567'.replace('1234 567', uniquePassport().slice(2)),
      passportExpiresOn: inYears(5),
    });
    expect(passport.status).toBe(200);
    expect(passport.body.passportNumber).toMatch(/^AC\d{7}$/);
    const consent = await put(migrant.accessToken, 'consent', {
      version: CURRENT_CONSENT_VERSION,
      accepted: true,
    });
    expect(consent.body.completedSteps).toEqual(['personal', 'skills', 'preferences', 'passport', 'consent']);
    expect(consent.body.consentGivenAt).toEqual(expect.any(String));
  });

  it('refuses the under-aged, a missing Russian level, an outdated consent text and a malformed passport', async () => {
    const migrant = await registerAndLogin(api);
    const minor = await put(migrant.accessToken, 'personal', {
      ...PERSONAL,
      birthDate: `${new Date().getUTCFullYear() - 17}-01-01`,
    });
    expect(minor.status).toBe(400);
    expect(minor.body.errors?.[0]).toMatchObject({
      field: 'birthDate',
      code: 'candidate.underage',
    });
    expect(
      (
        await put(migrant.accessToken, 'skills', {
          ...SKILLS,
          languages: [{ language: 'ky', level: 'FLUENT' }],
        })
      ).body.errors?.[0],
    ).toMatchObject({
      field: 'languages',
      code: 'candidate.russianLevelRequired',
    });
    expect(
      (
        await put(migrant.accessToken, 'consent', {
          version: '2020-01',
          accepted: true,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await put(migrant.accessToken, 'passport', {
          passportNumber: '12',
          passportExpiresOn: inYears(5),
        })
      ).body.errors?.[0],
    ).toMatchObject({ field: 'passportNumber', code: 'passport.format' });
    expect(
      (
        await put(migrant.accessToken, 'personal', {
          ...PERSONAL,
          surname: 'Toktogulov',
        })
      ).body.errors?.[0],
    ).toMatchObject({ field: 'surname', code: 'name.cyrillic' });
  });

  it('lets one passport hold one profile per country, checked without decrypting', async () => {
    const number = uniquePassport();
    const first = await registerAndLogin(api);
    const second = await registerAndLogin(api);
    expect(
      (
        await put(first.accessToken, 'passport', {
          passportNumber: number,
          passportExpiresOn: inYears(4),
        })
      ).status,
    ).toBe(200);
    const taken = await put(second.accessToken, 'passport', {
      passportNumber: ` ${number.toLowerCase()} `,
      passportExpiresOn: inYears(4),
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors?.[0]).toMatchObject({
      field: 'passportNumber',
      code: 'passport.taken',
    });
  });

  it('never stores the passport number in plain text anywhere in the database', async () => {
    const migrant = await registerAndLogin(api);
    const number = uniquePassport();
    await put(migrant.accessToken, 'passport', {
      passportNumber: number,
      passportExpiresOn: inYears(4),
    });
    const dataSource = api.app.get(DataSource);
    const columns: Array<{ table_name: string; column_name: string }> = await dataSource.query(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const hits: string[] = [];
    for (const { table_name, column_name } of columns) {
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`, [
        `%${number}%`,
      ]);
      if (count > 0) hits.push(`${table_name}.${column_name}`);
    }
    expect(hits).toEqual([]);

    // What is stored decrypts with the configured key (the test knows it) and is bound to its purpose.
    const [row] = await dataSource.query(`SELECT passport_number_encrypted FROM candidate_profiles WHERE account_id = $1`, [migrant.account.id]);
    const cipher = new FieldCipher(parseKeyring(TEST_PASSPORT_KEYS), Buffer.alloc(32, 7));
    expect(cipher.decrypt(row.passport_number_encrypted, PASSPORT_CONTEXT)).toBe(number);
    expect(() => cipher.decrypt(row.passport_number_encrypted, 'something else')).toThrow();
  });

  it('computes readiness from the checklist', async () => {
    const migrant = await registerAndLogin(api);
    await put(migrant.accessToken, 'passport', {
      passportNumber: uniquePassport(),
      passportExpiresOn: inYears(6),
    });
    const done = (kind: string) =>
      put(migrant.accessToken, `checklist/${kind}`, {
        status: 'DONE',
        completedOn: '2026-01-10',
        validUntil: inYears(2),
      });
    await done('FOREIGN_PASSPORT');
    const after = await done('MEDICAL_CERTIFICATE');
    expect(after.body.readiness).toMatchObject({ percent: 33, ready: false });
    expect(after.body.readiness.done).toEqual(expect.arrayContaining(['FOREIGN_PASSPORT', 'MEDICAL_CERTIFICATE']));
    const badDate = await put(migrant.accessToken, 'checklist/MEDICAL_INSURANCE', { status: 'DONE' });
    expect(badDate.body.errors?.[0]).toMatchObject({ field: 'completedOn' });
    expect(
      (
        await put(migrant.accessToken, 'checklist/NOT_A_KIND', {
          status: 'DONE',
          completedOn: '2026-01-10',
        })
      ).status,
    ).toBe(400);
  });

  it('shows the passport number in full to its owner and the attaché of its country, masked to nobody else', async () => {
    const migrant = await registerAndLogin(api);
    const number = uniquePassport();
    await put(migrant.accessToken, 'passport', {
      passportNumber: number,
      passportExpiresOn: inYears(4),
    });
    expect(
      (
        await api.request<CandidateProfileView>('GET', '/api/candidates/me', {
          token: migrant.accessToken,
        })
      ).body.passportNumber,
    ).toBe(number);
    // The candidate routes are the migrant's own: an attaché or employer has no way to read someone else's profile through them.
    const attache = await api.request<SessionView>('POST', '/api/auth/login', {
      body: { login: 'attache@demo.jumush.kg', password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': uniqueClientIp() },
    });
    expect(
      (
        await api.request('GET', '/api/candidates/me', {
          token: attache.body.accessToken,
        })
      ).status,
    ).toBe(403);
  });

  it('exports everything about the migrant and deletes the account', async () => {
    const migrant = await registerAndLogin(api);
    const number = uniquePassport();
    await put(migrant.accessToken, 'personal', PERSONAL);
    await put(migrant.accessToken, 'passport', {
      passportNumber: number,
      passportExpiresOn: inYears(4),
    });
    const exported = await api.request<{
      profile: { passportNumber: string; surname: string };
      account: { phone: string };
    }>('GET', '/api/candidates/me/export', { token: migrant.accessToken });
    expect(exported.body.profile).toMatchObject({
      passportNumber: number,
      surname: 'Токтогулов',
    });
    expect(exported.body.account.phone).toBe(migrant.login);

    expect(
      (
        await api.request('DELETE', '/api/candidates/me', {
          token: migrant.accessToken,
        })
      ).status,
    ).toBe(204);
    const dataSource = api.app.get(DataSource);
    expect(await dataSource.query('SELECT 1 FROM accounts WHERE id = $1', [migrant.account.id])).toEqual([]);
    expect(await dataSource.query('SELECT 1 FROM candidate_profiles WHERE account_id = $1', [migrant.account.id])).toEqual([]);
    const relogin = await api.request('POST', '/api/auth/login', {
      body: { login: migrant.login, password: 'correct-horse-42' },
      headers: { 'x-forwarded-for': uniqueClientIp() },
    });
    expect(relogin.status).toBe(401);
  });
});
