import { DataSource } from 'typeorm';
import {
  CURRENT_CONSENT_VERSION,
  type AfterArrivalChecklistView,
  type CandidateProfileView,
  type OwnPassportNumberView,
  type ProblemDetails,
} from '@jumush/contracts';
import { FieldCipher, parseKeyring } from '@jumush/server/crypto';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { DEMO_PASSWORD, TEST_PASSPORT_KEYS, registerAndLogin, startTestApi, uniqueClientIp, type TestApi } from '../../testing/test-api';
import { PASSPORT_CONTEXT } from './passport-cipher';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { readyMigrantOf } from '../../testing/migrants';
import { signInWithTwoFactor } from '../../testing/two-factor';

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
    expect(passport.body.passportNumber).toMatch(/^•{7}\d{2}$/);
    const full = await api.request<OwnPassportNumberView>('GET', '/api/candidates/me/passport-number', { token: migrant.accessToken });
    expect(full.body.passportNumber).toMatch(/^AC\d{7}$/);
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

  it('saves a passport number another profile holds, answering as for any number, and asks its owner alone to contact the consulate', async () => {
    const number = uniquePassport();
    const first = await registerAndLogin(api);
    const second = await registerAndLogin(api);
    const free = await put(first.accessToken, 'passport', { passportNumber: number, passportExpiresOn: inYears(4) });
    const held = await put(second.accessToken, 'passport', { passportNumber: ` ${number.toLowerCase()} `, passportExpiresOn: inYears(4) });
    // The same status and the same shape: a squatter cannot keep the owner out, and the status tells nothing.
    expect([free.status, held.status]).toEqual([200, 200]);
    expect(Object.keys(held.body).sort()).toEqual(Object.keys(free.body).sort());
    expect(held.body).toMatchObject({ passportNumber: `•••••••${number.slice(-2)}`, completedSteps: expect.arrayContaining(['passport']) });
    // Both owners are now asked to settle it with the consulate; the attaché sees both profiles flagged.
    expect(held.body.passportCheck).toBe('contactConsulate');
    const firstAgain = await api.request<CandidateProfileView>('GET', '/api/candidates/me', { token: first.accessToken });
    expect(firstAgain.body.passportCheck).toBe('contactConsulate');
    const third = await registerAndLogin(api);
    expect(
      (await put(third.accessToken, 'passport', { passportNumber: uniquePassport(), passportExpiresOn: inYears(4) })).body.passportCheck,
    ).toBeNull();
  });

  it('limits passport saves per migrant and day with 429 and Retry-After, so numbers cannot be probed one by one', async () => {
    const migrant = await registerAndLogin(api);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      statuses.push((await put(migrant.accessToken, 'passport', { passportNumber: uniquePassport(), passportExpiresOn: inYears(4) })).status);
    }
    expect(statuses).toEqual(Array(10).fill(200));
    const refused = await put(migrant.accessToken, 'passport', { passportNumber: uniquePassport(), passportExpiresOn: inYears(4) });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('passport.tooManySaves');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(23 * 3600);
    // Another migrant is not affected.
    const other = await registerAndLogin(api);
    expect((await put(other.accessToken, 'passport', { passportNumber: uniquePassport(), passportExpiresOn: inYears(4) })).status).toBe(200);
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
    // A Kyrgyz citizen needs four items (no language exam, no private insurance): two done of four.
    expect(after.body.readiness).toMatchObject({ percent: 50, ready: false });
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

  describe("the home region, of the migrant's own country", () => {
    const fieldErrorOf = (body: ProblemDetails) =>
      (body as { errors?: Array<{ field: string; code: string }> }).errors?.map((e) => [e.field, e.code]);

    it('lets an Uzbek migrant save an Uzbek region (no district asked) and refuses a Kyrgyz one', async () => {
      const uzbek = await readyMigrantOf(api, 'UZ');
      const saved = await put(uzbek.accessToken, 'residence', { residenceRegionCode: 'UZ-AN', residenceDistrictCode: '' });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ residenceRegionCode: 'UZ-AN', residenceDistrictCode: null });
      expect(saved.body.completedSteps).toEqual(['personal', 'residence', 'skills', 'passport', 'consent']);

      const kyrgyzRegion = await put(uzbek.accessToken, 'residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
      expect([kyrgyzRegion.status, fieldErrorOf(kyrgyzRegion.body)]).toEqual([400, [['residenceRegionCode', 'region.notInCountry']]]);
      const madeUpDistrict = await put(uzbek.accessToken, 'residence', { residenceRegionCode: 'UZ-AN', residenceDistrictCode: 'UZ-AN-NOWHERE' });
      expect([madeUpDistrict.status, fieldErrorOf(madeUpDistrict.body)]).toEqual([400, [['residenceDistrictCode', 'district.notInRegion']]]);
      const kept = await api.request<CandidateProfileView>('GET', '/api/candidates/me', { token: uzbek.accessToken });
      expect([kept.body.residenceRegionCode, kept.body.residenceDistrictCode]).toEqual(['UZ-AN', null]);
    });

    it('refuses an Uzbek region to a Kyrgyz migrant, asks a district only where the region has them', async () => {
      const migrant = await registerAndLogin(api);
      const uzbekRegion = await put(migrant.accessToken, 'residence', { residenceRegionCode: 'UZ-SA' });
      expect([uzbekRegion.status, fieldErrorOf(uzbekRegion.body)]).toEqual([400, [['residenceRegionCode', 'region.notInCountry']]]);
      const noDistrict = await put(migrant.accessToken, 'residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: null });
      expect([noDistrict.status, fieldErrorOf(noDistrict.body)]).toEqual([400, [['residenceDistrictCode', 'validation.isNotEmpty']]]);
      const bishkek = await put(migrant.accessToken, 'residence', { residenceRegionCode: 'KG-GB' });
      expect([bishkek.status, bishkek.body.residenceRegionCode, bishkek.body.completedSteps]).toEqual([200, 'KG-GB', ['residence']]);
    });

    it("clears the home region when the citizenship changes: the residence step opens again with the new country's regions", async () => {
      const migrant = await registerAndLogin(api);
      await put(migrant.accessToken, 'residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
      const changed = await put(migrant.accessToken, 'citizenship', { citizenship: 'TJ' });
      expect(changed.status).toBe(200);
      expect([changed.body.residenceRegionCode, changed.body.residenceDistrictCode, changed.body.completedSteps]).toEqual([null, null, []]);
      const [audit] = await api.app
        .get(DataSource)
        .query(`SELECT data FROM audit_events WHERE subject_id = $1 AND action = 'candidate.citizenshipChanged'`, [changed.body.id]);
      expect(audit.data).toEqual({ from: 'KG', to: 'TJ', residenceCleared: true });
      const tajik = await put(migrant.accessToken, 'residence', { residenceRegionCode: 'TJ-DU' });
      expect([tajik.status, tajik.body.completedSteps]).toEqual([200, ['residence']]);
      // Confirming the same citizenship keeps the region.
      expect((await put(migrant.accessToken, 'citizenship', { citizenship: 'TJ' })).body.residenceRegionCode).toBe('TJ-DU');
    });
  });

  describe('citizenship and the checklist the law asks of it', () => {
    const profileOf = (token: string) => api.request<CandidateProfileView & ProblemDetails>('GET', '/api/candidates/me', { token });

    it("lists only the items of the migrant's citizenship, each with its source, and what the law does not ask", async () => {
      const migrant = await registerAndLogin(api);
      const profile = (await profileOf(migrant.accessToken)).body;
      expect(profile.citizenship).toEqual({ code: 'KG', regime: 'EAEU', confirmed: true, editable: true });
      expect(profile.checklist.map((item) => [item.kind, item.source.basis])).toEqual([
        ['FOREIGN_PASSPORT', 'programme'],
        ['MEDICAL_CERTIFICATE', 'programme'],
        ['PRE_DEPARTURE_ORIENTATION', 'programme'],
        ['POLICE_CLEARANCE', 'programme'],
      ]);
      expect(profile.notRequired.map((item) => [item.kind, item.source.act, item.source.article])).toEqual([
        ['MEDICAL_INSURANCE', 'FZ_326', '10'],
        ['RUSSIAN_LANGUAGE_TEST', 'EAEU_TREATY', '97'],
      ]);
    });

    it('changes to Uzbek citizenship: the patent-regime items appear, the readiness follows, the old passport is cleared', async () => {
      const migrant = await registerAndLogin(api);
      await put(migrant.accessToken, 'passport', { passportNumber: uniquePassport(), passportExpiresOn: inYears(6) });
      for (const kind of ['FOREIGN_PASSPORT', 'MEDICAL_CERTIFICATE', 'PRE_DEPARTURE_ORIENTATION', 'POLICE_CLEARANCE']) {
        await put(migrant.accessToken, `checklist/${kind}`, { status: 'DONE', completedOn: '2026-01-10', validUntil: inYears(2) });
      }
      expect((await profileOf(migrant.accessToken)).body.readiness).toMatchObject({ percent: 100, ready: true });

      const changed = await put(migrant.accessToken, 'citizenship', { citizenship: 'UZ' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        originCountry: 'UZ',
        citizenship: { code: 'UZ', regime: 'PATENT', confirmed: true, editable: true },
        passportNumber: null,
        passportExpiresOn: null,
        notRequired: [],
      });
      expect(changed.body.checklist.find((item) => item.kind === 'RUSSIAN_LANGUAGE_TEST')?.source).toEqual({
        basis: 'law',
        act: 'FZ_115',
        article: '15.1',
        actDate: '2002-07-25',
        inForceFrom: null,
      });
      expect(changed.body.readiness).toMatchObject({ ready: false, missing: ['MEDICAL_INSURANCE', 'RUSSIAN_LANGUAGE_TEST'] });
      const [stored] = await api.app
        .get(DataSource)
        .query(
          `SELECT a.origin_country AS account, p.origin_country AS profile, p.readiness_percent FROM accounts a JOIN candidate_profiles p ON p.account_id = a.id WHERE a.id = $1`,
          [migrant.account.id],
        );
      // The wizard's passport went with the old citizenship (to be entered again); the checklist rows stay the
      // migrant's own record, so four of six items are done.
      expect(stored).toEqual({ account: 'UZ', profile: 'UZ', readiness_percent: 66 });
      expect(changed.body.completedSteps).not.toContain('passport');
      expect((await put(migrant.accessToken, 'citizenship', { citizenship: 'KZ' })).status).toBe(400);
    });

    it('refuses a change once an employer has shortlisted the migrant, and still takes a confirmation', async () => {
      const migrant = await registerAndLogin(api);
      const profile = (await profileOf(migrant.accessToken)).body;
      const dataSource = api.app.get(DataSource);
      // A shortlisted application, as the employer's move would leave it (the moves themselves are tested elsewhere).
      await dataSource.query(
        `INSERT INTO applications (vacancy_id, candidate_id, status, version) SELECT id, $1, 'SHORTLISTED', 2 FROM vacancies ORDER BY created_at LIMIT 1`,
        [profile.id],
      );
      expect((await profileOf(migrant.accessToken)).body.citizenship.editable).toBe(false);
      const refused = await put(migrant.accessToken, 'citizenship', { citizenship: 'TJ' });
      expect([refused.status, refused.body.code]).toEqual([409, 'citizenship.locked']);
      expect((await put(migrant.accessToken, 'citizenship', { citizenship: 'KG' })).status).toBe(200);
    });

    it('dates the after-arrival checklist from the entry, for the citizenship', async () => {
      const migrant = await registerAndLogin(api);
      const afterArrival = (query: string) =>
        api.request<AfterArrivalChecklistView & ProblemDetails>('GET', `/api/candidates/me/after-arrival?${query}`, { token: migrant.accessToken });
      const kyrgyz = await afterArrival('arrivedOn=2027-03-01');
      expect(kyrgyz.status).toBe(200);
      expect(kyrgyz.body.items.map((item) => [item.kind, item.party, item.dueOn])).toEqual([
        ['REGISTRATION_AT_PLACE_OF_STAY', 'migrant', '2027-03-31'],
        ['MEDICAL_EXAMINATION_AND_FINGERPRINTING', 'migrant', '2027-03-31'],
        ['EMPLOYER_NOTICE_TO_MINISTRY', 'employer', null],
      ]);
      await put(migrant.accessToken, 'citizenship', { citizenship: 'TJ' });
      const tajik = await afterArrival('arrivedOn=2027-03-01&contractSignedOn=2027-03-05');
      expect(tajik.body).toMatchObject({ citizenship: 'TJ', arrivedOn: '2027-03-01', contractSignedOn: '2027-03-05' });
      expect(tajik.body.items.map((item) => [item.kind, item.dueOn])).toEqual([
        ['REGISTRATION_AT_PLACE_OF_STAY', null],
        ['MEDICAL_EXAMINATION_AND_FINGERPRINTING', '2027-03-31'],
        ['WORK_PATENT', null],
        ['EMPLOYER_NOTICE_TO_MINISTRY', '2027-03-10'],
      ]);
      expect((await afterArrival('arrivedOn=2027-02-30')).status).toBe(400);
      // Before the entry (an approved migrant at home): the same items, without dates.
      const beforeEntry = await afterArrival('');
      expect(beforeEntry.status).toBe(200);
      expect(beforeEntry.body.arrivedOn).toBeNull();
      expect(beforeEntry.body.items.map((item) => [item.kind, item.dueOn, item.deadline?.from ?? null])).toEqual([
        ['REGISTRATION_AT_PLACE_OF_STAY', null, null],
        ['MEDICAL_EXAMINATION_AND_FINGERPRINTING', null, 'arrival'],
        ['WORK_PATENT', null, null],
        ['EMPLOYER_NOTICE_TO_MINISTRY', null, 'contract'],
      ]);
    });
  });

  it('shows the owner the passport number masked in the profile (the offline cache keeps it) and in full on its own uncached route', async () => {
    const migrant = await registerAndLogin(api);
    const number = uniquePassport();
    await put(migrant.accessToken, 'passport', {
      passportNumber: number,
      passportExpiresOn: inYears(4),
    });
    const profile = await api.request<CandidateProfileView>('GET', '/api/candidates/me', { token: migrant.accessToken });
    expect(profile.body.passportNumber).toBe(`•••••••${number.slice(-2)}`);
    expect(JSON.stringify(profile.body)).not.toContain(number);
    const full = await api.request<OwnPassportNumberView>('GET', '/api/candidates/me/passport-number', { token: migrant.accessToken });
    expect(full.body).toEqual({ passportNumber: number });
    expect(full.headers.get('cache-control')).toBe('no-store');
    const fresh = await registerAndLogin(api);
    expect((await api.request<OwnPassportNumberView>('GET', '/api/candidates/me/passport-number', { token: fresh.accessToken })).body).toEqual({
      passportNumber: null,
    });
    // The candidate routes are the migrant's own: an attaché or employer has no way to read someone else's profile through them.
    const attache = await signInWithTwoFactor(api, 'attache@demo.jumush.kg', DEMO_PASSWORD);
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
