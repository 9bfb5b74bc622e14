/**
 * A country is data: Armenia, a fourth origin country, is added through the admin API alone and walked end to end —
 * its attaché, a company verified for it, a vacancy open to it, a migrant registering with an Armenian mobile number
 * and an Armenian home, applying, a batch decided by its attaché and a letter signed by its office, verifiable at
 * /verify — with no code naming Armenia anywhere. Each country's checklist follows its regime's rule table.
 *
 * The suite runs on a database of its own, migrated from empty, so the fourth country is seen by no other suite.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CURRENT_CONSENT_VERSION,
  type AdminOriginCountryView,
  type AfterArrivalChecklistView,
  type CandidateProfileView,
  type CompanyView,
  type LetterVerificationView,
  type OriginCountryView,
  type ProblemDetails,
  type SessionView,
  type VacancySearchResult,
} from '@jumush/contracts';
import { CompanyStatus, Role, rulesOfRegime, type LegalRegime } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { HOME_OF, PERSONAL, SKILLS } from '../../testing/candidate-fixtures';
import { uniquePhoneOf } from '../../testing/migrants';
import { TEST_PASSWORD, startTestApiOnOwnDatabase, uniqueClientIp, verifyPhoneOf, type TestApi } from '../../testing/test-api';
import { employerWithCompany, publishedVacancy, staffSession, type EmployerSession, type Session } from '../vacancies/testing/vacancy-factories';

const names = (ky: string, ru: string, uz: string, tg: string, en: string) => ({ ky, ru, uz, tg, en });

const ARMENIAN_OFFICE = 'Посольство Республики Армения в Российской Федерации (отдел по трудовой миграции)';

/** Armenia as the admin enters it in the console. */
const ARMENIA = {
  code: 'AM',
  names: names('Армения', 'Армения', 'Armaniston', 'Арманистон', 'Armenia'),
  callingCode: '374',
  passportPattern: '^A[A-Z][0-9]{7}$',
  office: { nameRu: ARMENIAN_OFFICE, nameLocal: 'ՀՀ դեսպանություն ՌԴ-ում', address: null, signatoryTitle: 'Атташе по трудовой миграции' },
  defaultLocale: 'ru',
  regime: 'EAEU',
  regions: [
    { code: 'AM-ER', kind: 'city', names: names('Ереван шаары', 'город Ереван', 'Yerevan shahri', 'Шаҳри Ереван', 'Yerevan'), districts: [] },
    {
      code: 'AM-SH',
      kind: 'oblast',
      names: names('Ширак облусу', 'Ширакская область', 'Shirak viloyati', 'Вилояти Ширак', 'Shirak Region'),
      districts: [{ code: 'AM-SH-GYUMRI', names: names('Гюмри', 'Гюмри', 'Gyumri', 'Гюмрӣ', 'Gyumri') }],
    },
  ],
};

/** The same, as the edit form sends it back (the code is in the path). */
const { code: _code, ...ARMENIA_EDIT } = ARMENIA;

const armenianMobile = () => `+37477${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;

const startOnOwnDatabase = () => startTestApiOnOwnDatabase('jumush_country');

describe('a fourth origin country added through the admin API alone (real PostgreSQL)', () => {
  let api: TestApi;
  let drop: () => Promise<void>;
  let admin: Session;

  beforeAll(async () => {
    ({ api, drop } = await startOnOwnDatabase());
    admin = await staffSession(api, Role.Admin);
  });

  afterAll(async () => {
    await drop();
  });

  const signInSession = async (login: string) => {
    const session = await api.request<SessionView>('POST', '/api/auth/login', {
      body: { login, password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': uniqueClientIp() },
    });
    if (session.status !== 200) throw new Error(`login failed: ${session.status}`);
    return session.body;
  };
  const signIn = async (login: string) => (await signInSession(login)).accessToken;

  const put = (token: string, step: string, body: unknown) => api.request<CandidateProfileView>('PUT', `/api/candidates/me/${step}`, { token, body });

  describe('the admin', () => {
    it('is told field by field what is wrong with a country, and nothing is saved', async () => {
      const bad = await api.request<ProblemDetails>('POST', '/api/admin/origin-countries', {
        token: admin.token,
        body: {
          ...ARMENIA,
          callingCode: '996',
          passportPattern: '[A-Z',
          names: { ...ARMENIA.names, uz: '' },
          regions: [{ ...ARMENIA.regions[1], districts: [{ code: 'GYUMRI', names: ARMENIA.regions[1].districts[0].names }] }],
        },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors?.map((error) => `${error.field}:${error.code}`)).toEqual([
        'callingCode:country.callingCode',
        'names.uz:validation.isNotEmpty',
        'passportPattern:passport.patternInvalid',
        'regions[0].districts[0].code:country.districtCode',
      ]);
      const list = await api.request<AdminOriginCountryView[]>('GET', '/api/admin/origin-countries', { token: admin.token });
      expect(list.body.map((country) => country.code)).toEqual(['KG', 'TJ', 'UZ']);
    });

    it('is the only one who may edit countries', async () => {
      const attache = await staffSession(api, Role.Attache, 'KG');
      const refused = await api.request('POST', '/api/admin/origin-countries', { token: attache.token, body: ARMENIA });
      expect(refused.status).toBe(403);
      expect((await api.request('GET', '/api/admin/origin-countries')).status).toBe(401);
    });

    it('adds Armenia, inactive: nobody may register as its citizen yet', async () => {
      const created = await api.request<AdminOriginCountryView>('POST', '/api/admin/origin-countries', { token: admin.token, body: ARMENIA });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ code: 'AM', active: false, regime: 'EAEU', callingCode: '374', office: ARMENIA.office });
      expect(created.body.regions.map((region) => [region.code, region.districts.map((district) => district.code)])).toEqual([
        ['AM-ER', []],
        ['AM-SH', ['AM-SH-GYUMRI']],
      ]);
      const again = await api.request<ProblemDetails>('POST', '/api/admin/origin-countries', { token: admin.token, body: ARMENIA });
      expect([again.status, again.body.errors?.[0]?.code]).toEqual([409, 'country.exists']);

      const publicList = await api.request<OriginCountryView[]>('GET', '/api/origin-countries');
      expect(publicList.body.map((country) => country.code)).not.toContain('AM');
      const early = await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        body: { phone: armenianMobile(), password: TEST_PASSWORD, citizenship: 'AM' },
        headers: { 'x-forwarded-for': uniqueClientIp() },
      });
      expect(early.status).toBe(400);
      expect(early.body.errors?.map((error) => `${error.field}:${error.code}`)).toEqual([
        'phone:phone.country',
        'citizenship:account.unknownCountry',
      ]);
    });

    it('activates it, and every edit is audited', async () => {
      const activated = await api.request<AdminOriginCountryView>('PUT', '/api/admin/origin-countries/AM/active', {
        token: admin.token,
        body: { active: true },
      });
      expect([activated.status, activated.body.active]).toEqual([200, true]);
      const publicList = await api.request<OriginCountryView[]>('GET', '/api/origin-countries');
      const armenia = publicList.body.find((country) => country.code === 'AM');
      expect(armenia).toMatchObject({ callingCode: '374', regime: 'EAEU', passportPattern: ARMENIA.passportPattern, defaultLocale: 'ru' });
      const actions = await queryRows<{ action: string }>(
        api.app.get(DataSource).manager,
        `SELECT action FROM audit_events WHERE subject_type = 'originCountry' AND subject_id = 'AM' ORDER BY id`,
      );
      expect(actions.map((row) => row.action)).toEqual(['originCountry.created', 'originCountry.activated']);
    });
  });

  describe('end to end, with no code naming Armenia', () => {
    let amAttache: Session;
    let kgAttache: Session;
    let employer: EmployerSession;
    let vacancyId: string;
    let migrantToken: string;
    let applicationId: string;
    let applicationVersion: number;
    let batchId: string;

    beforeAll(async () => {
      amAttache = await staffSession(api, Role.Attache, 'AM');
      kgAttache = await staffSession(api, Role.Attache, 'KG');
      employer = await employerWithCompany(api, CompanyStatus.Verified, undefined, ['KG']);
    });

    it("lets the Armenian attaché verify the company for Armenia's citizens", async () => {
      const verified = await api.request<CompanyView>('POST', `/api/verification/companies/${employer.companyId}/verify`, { token: amAttache.token });
      expect(verified.status).toBe(200);
      expect(verified.body.countries.map((row) => [row.country, row.status])).toEqual([
        ['AM', 'VERIFIED'],
        ['KG', 'VERIFIED'],
        ['TJ', 'PENDING'],
        ['UZ', 'PENDING'],
      ]);
    });

    it('publishes a vacancy open to Armenia, reviewed by the Armenian attaché', async () => {
      const vacancy = await publishedVacancy(api, employer, amAttache, { title: `Каменщик для Гюмри ${randomUUID().slice(0, 8)}`, openTo: ['AM'] });
      expect(vacancy.openTo).toEqual(['AM']);
      vacancyId = vacancy.id;
    });

    it('registers a migrant with an Armenian mobile number, Armenian citizenship and home, and an Armenian passport', async () => {
      const phone = armenianMobile();
      const registered = await api.request('POST', '/api/auth/register/migrant', {
        body: { phone: `0${phone.slice(4, 6)} ${phone.slice(6)}`, password: TEST_PASSWORD, citizenship: 'AM', locale: 'ru' },
        headers: { 'x-forwarded-for': uniqueClientIp() },
      });
      expect(registered.status).toBe(201);
      // The Armenian number is proven like any other: by the code the registration sent to it by SMS.
      const session = await signInSession(phone);
      await verifyPhoneOf(api, session);
      migrantToken = session.accessToken;

      expect((await put(migrantToken, 'personal', PERSONAL)).status).toBe(200);
      const kyrgyzHome = await put(migrantToken, 'residence', HOME_OF.KG);
      expect([kyrgyzHome.status, (kyrgyzHome.body as unknown as ProblemDetails).errors?.[0]?.code]).toEqual([400, 'region.notInCountry']);
      const noDistrict = await put(migrantToken, 'residence', { residenceRegionCode: 'AM-SH', residenceDistrictCode: null });
      expect((noDistrict.body as unknown as ProblemDetails).errors?.[0]).toMatchObject({
        field: 'residenceDistrictCode',
        code: 'validation.isNotEmpty',
      });
      expect((await put(migrantToken, 'residence', { residenceRegionCode: 'AM-SH', residenceDistrictCode: 'AM-SH-GYUMRI' })).status).toBe(200);
      expect((await put(migrantToken, 'skills', SKILLS)).status).toBe(200);
      // An Uzbek-looking number: not an Armenian passport (A and a letter, seven digits).
      const uzbekPassport = await put(migrantToken, 'passport', { passportNumber: 'FA1234567', passportExpiresOn: '2034-01-01' });
      expect((uzbekPassport.body as unknown as ProblemDetails).errors?.[0]).toMatchObject({ field: 'passportNumber', code: 'passport.format' });
      const passport = `AN${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
      expect((await put(migrantToken, 'passport', { passportNumber: passport, passportExpiresOn: '2034-01-01' })).status).toBe(200);
      const consent = await put(migrantToken, 'consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
      expect(consent.status).toBe(200);
      expect(consent.body).toMatchObject({
        citizenship: { code: 'AM', regime: 'EAEU', confirmed: true },
        residenceRegionCode: 'AM-SH',
        residenceDistrictCode: 'AM-SH-GYUMRI',
      });
      expect(consent.body.completedSteps).toEqual(['personal', 'residence', 'skills', 'passport', 'consent']);
    });

    it('finds the vacancy in search by the migrant’s recorded citizenship, and applies', async () => {
      const found = await api.request<VacancySearchResult>('GET', '/api/public/vacancies?limit=50', { token: migrantToken });
      expect(found.body.items.map((vacancy) => vacancy.id)).toContain(vacancyId);
      const forKyrgyz = await api.request<VacancySearchResult>('GET', '/api/public/vacancies?country=KG&limit=50');
      expect(forKyrgyz.body.items.map((vacancy) => vacancy.id)).not.toContain(vacancyId);

      const applied = await api.request<{ id: string; version: number }>('POST', `/api/vacancies/${vacancyId}/applications`, {
        token: migrantToken,
        body: {},
      });
      expect(applied.status).toBe(201);
      applicationId = applied.body.id;
      applicationVersion = applied.body.version;
    });

    it('puts the applicant into an Armenian batch the employer submits', async () => {
      const shortlisted = await api.request('POST', `/api/applications/${applicationId}/shortlist`, {
        token: employer.token,
        body: { version: applicationVersion },
      });
      expect(shortlisted.status).toBe(200);
      const batch = await api.request<{ id: string; originCountry: string }>('POST', '/api/batches', {
        token: employer.token,
        body: { vacancyId, applicationIds: [applicationId] },
      });
      expect([batch.status, batch.body.originCountry]).toEqual([201, 'AM']);
      batchId = batch.body.id;
      const submitted = await api.request('POST', `/api/batches/${batchId}/submit`, { token: employer.token, body: {} });
      expect(submitted.status).toBe(200);
    });

    it('hides the batch from the Kyrgyz attaché, and lets the Armenian one approve it', async () => {
      expect((await api.request('GET', `/api/batches/${batchId}`, { token: kgAttache.token })).status).toBe(404);
      const kgDecision = await api.request('POST', `/api/attache/batches/${batchId}/decision`, {
        token: kgAttache.token,
        body: { kind: 'APPROVE_ALL' },
        headers: { 'Idempotency-Key': randomUUID() },
      });
      expect(kgDecision.status).toBe(404);
      const decided = await api.request('POST', `/api/attache/batches/${batchId}/decision`, {
        token: amAttache.token,
        body: { kind: 'APPROVE_ALL' },
        headers: { 'Idempotency-Key': randomUUID() },
      });
      expect(decided.status).toBe(200);
    });

    it("signs the letter with Armenia's office, verifiable at /verify; the Kyrgyz attaché gets 404 on it", async () => {
      const [letter] = await queryRows<{ code: string; office: string }>(
        api.app.get(DataSource).manager,
        `SELECT code, office FROM approval_letters WHERE application_id = $1`,
        [applicationId],
      );
      expect(letter.office).toBe(ARMENIAN_OFFICE);
      const verified = await api.request<LetterVerificationView>('GET', `/api/public/verify/${letter.code}`);
      expect(verified.body).toMatchObject({ status: 'VALID', office: ARMENIAN_OFFICE });

      const own = await api.request('GET', `/api/letters/${applicationId}.pdf`, { token: migrantToken });
      expect([own.status, own.headers.get('content-type')]).toEqual([200, 'application/pdf']);
      expect((await api.request('GET', `/api/letters/${applicationId}.pdf`, { token: amAttache.token })).status).toBe(200);
      expect((await api.request('GET', `/api/letters/${applicationId}.pdf`, { token: kgAttache.token })).status).toBe(404);
    });
  });

  describe("each country's checklist is its regime's rule table", () => {
    /** A migrant of `country`, registered through the API; their profile as they see it. */
    const profileOf = async (country: string, phone: string): Promise<{ token: string; profile: CandidateProfileView }> => {
      const registered = await api.request('POST', '/api/auth/register/migrant', {
        body: { phone, password: TEST_PASSWORD, citizenship: country },
        headers: { 'x-forwarded-for': uniqueClientIp() },
      });
      if (registered.status !== 201) throw new Error(`registration failed: ${registered.status} ${JSON.stringify(registered.body)}`);
      const token = await signIn(phone);
      const profile = await api.request<CandidateProfileView>('GET', '/api/candidates/me', { token });
      return { token, profile: profile.body };
    };

    it.each<[string, () => string, LegalRegime]>([
      ['KG', () => uniquePhoneOf('KG'), 'EAEU'],
      ['UZ', () => uniquePhoneOf('UZ'), 'PATENT'],
      ['TJ', () => uniquePhoneOf('TJ'), 'PATENT'],
      ['AM', armenianMobile, 'EAEU'],
    ])('%s: the %s… rule set of its regime decides the checklist, the items waived and the after-arrival list', async (country, phone, regime) => {
      const { token, profile } = await profileOf(country, phone());
      const rules = rulesOfRegime(regime);
      expect(profile.citizenship).toMatchObject({ code: country, regime });
      expect(profile.checklist.map((item) => [item.kind, item.source])).toEqual(rules.checklist.map((rule) => [rule.kind, rule.source]));
      expect(profile.notRequired.map((item) => [item.kind, item.source])).toEqual(rules.waived.map((rule) => [rule.kind, rule.source]));
      const afterArrival = await api.request<AfterArrivalChecklistView>('GET', '/api/candidates/me/after-arrival', { token });
      expect(afterArrival.body.items.map((item) => [item.kind, item.party])).toEqual(rules.afterArrival.map((rule) => [rule.kind, rule.party]));
    });

    it('follows a change of regime made by the admin, for everyone of the country', async () => {
      const { token } = await profileOf('AM', armenianMobile());
      const changed = await api.request('PUT', '/api/admin/origin-countries/AM', { token: admin.token, body: { ...ARMENIA_EDIT, regime: 'PATENT' } });
      expect(changed.status).toBe(200);
      const profile = await api.request<CandidateProfileView>('GET', '/api/candidates/me', { token });
      expect(profile.body.checklist.map((item) => item.kind)).toEqual(rulesOfRegime('PATENT').checklist.map((rule) => rule.kind));
      const back = await api.request('PUT', '/api/admin/origin-countries/AM', { token: admin.token, body: ARMENIA_EDIT });
      expect(back.status).toBe(200);
    });

    it('refuses new Armenian registrations once deactivated, with a field-level 400', async () => {
      await api.request('PUT', '/api/admin/origin-countries/AM/active', { token: admin.token, body: { active: false } });
      const refused = await api.request<ProblemDetails>('POST', '/api/auth/register/migrant', {
        body: { phone: armenianMobile(), password: TEST_PASSWORD, citizenship: 'AM' },
        headers: { 'x-forwarded-for': uniqueClientIp() },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.find((error) => error.field === 'citizenship')?.code).toBe('account.unknownCountry');
      await api.request('PUT', '/api/admin/origin-countries/AM/active', { token: admin.token, body: { active: true } });
    });
  });
});
