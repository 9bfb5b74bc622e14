import {
  ApplicationStatus,
  ChecklistItemKind,
  ChecklistItemStatus,
  Locale,
  Role,
  type Actor,
  type LegalRegime,
  type OriginCountry,
} from '@jumush/domain';
import { FieldCipher, parseKeyring } from '@jumush/server/crypto';
import { CandidateProfileEntity, ChecklistItemEntity } from '@jumush/server/database';
import {
  checklistOf,
  citizenshipOf,
  completedSteps,
  notRequiredOf,
  passportNumberFor,
  readinessFor,
  rulesOfCountry,
  toCandidateProfileView,
} from './candidate-view';
import { PASSPORT_CONTEXT } from './passport-cipher';

const names = (en: string) => ({ ky: en, ru: en, uz: en, tg: en, en });
/** Countries as OriginCountriesService hands them over: only what the view reads is filled in. */
const countryOf = (code: string, regime: LegalRegime): OriginCountry => ({
  code,
  names: names(code),
  active: true,
  callingCode: '1',
  passportPattern: '^[A-Z0-9]{6,12}$',
  office: { nameRu: code, nameLocal: code, address: null, signatoryTitle: code },
  defaultLocale: Locale.Russian,
  regime,
  geography: {
    regions: [{ code: `${code}-C`, country: code, kind: 'oblast', name: names('C') }],
    districts: [{ code: `${code}-C-ALAMUDUN`, regionCode: `${code}-C`, name: names('Alamudun') }],
  },
});
const COUNTRIES: Readonly<Record<string, OriginCountry>> = {
  KG: countryOf('KG', 'EAEU'),
  UZ: countryOf('UZ', 'PATENT'),
  TJ: countryOf('TJ', 'PATENT'),
};
const rulesFor = (code: string) => rulesOfCountry(COUNTRIES[code]);

const cipher = new FieldCipher(parseKeyring(`t1:${Buffer.alloc(32, 9).toString('base64')}`), Buffer.alloc(32, 7));
const owner: Actor = { id: 'account-1', role: Role.Migrant, originCountry: 'KG' };

const profileOf = (fields: Partial<CandidateProfileEntity> = {}) =>
  Object.assign(new CandidateProfileEntity(), {
    id: 'profile-1',
    accountId: owner.id,
    originCountry: 'KG',
    preferredRegionCodes: [],
    languages: [],
    occupations: [],
    passportNumberEncrypted: null,
    passportExpiresOn: null,
    consentGivenAt: null,
    version: 3,
    ...fields,
  });

const itemOf = (kind: ChecklistItemKind, fields: Partial<ChecklistItemEntity> = {}) =>
  Object.assign(new ChecklistItemEntity(), {
    kind,
    status: ChecklistItemStatus.Done,
    completedOn: '2026-01-10',
    validUntil: null,
    documentKey: null,
    documentSizeBytes: null,
    updatedAt: new Date('2026-01-10T08:00:00.000Z'),
    ...fields,
  });

const allDone = (fields: Partial<ChecklistItemEntity> = {}) => Object.values(ChecklistItemKind).map((kind) => itemOf(kind, fields));

const LAW_115_ART_15_1 = { basis: 'law', act: 'FZ_115', article: '15.1', actDate: '2002-07-25', inForceFrom: null };
const PROGRAMME = { basis: 'programme', act: 'PROGRAMME', article: null, actDate: null, inForceFrom: null };

describe('checklistOf', () => {
  it('lists the kinds the citizenship requires, in order, each with its source; untouched ones as not started', () => {
    const view = checklistOf([itemOf(ChecklistItemKind.PoliceClearance, { documentKey: 'files/a.pdf', validUntil: '2026-07-01' })], rulesFor('UZ'));
    expect(view.map((item) => item.kind)).toEqual(Object.values(ChecklistItemKind));
    expect(view.find((item) => item.kind === ChecklistItemKind.PoliceClearance)).toEqual({
      kind: ChecklistItemKind.PoliceClearance,
      source: PROGRAMME,
      status: ChecklistItemStatus.Done,
      completedOn: '2026-01-10',
      validUntil: '2026-07-01',
      hasDocument: true,
      updatedAt: '2026-01-10T08:00:00.000Z',
    });
    expect(view.find((item) => item.kind === ChecklistItemKind.RussianLanguageTest)).toEqual({
      kind: ChecklistItemKind.RussianLanguageTest,
      source: LAW_115_ART_15_1,
      status: ChecklistItemStatus.NotStarted,
      completedOn: null,
      validUntil: null,
      hasDocument: false,
      updatedAt: null,
    });
  });

  it('leaves out for a Kyrgyz citizen what the law does not ask, even a row recorded before', () => {
    const view = checklistOf(allDone(), rulesFor('KG'));
    expect(view.map((item) => item.kind)).toEqual([
      ChecklistItemKind.ForeignPassport,
      ChecklistItemKind.MedicalCertificate,
      ChecklistItemKind.PreDepartureOrientation,
      ChecklistItemKind.PoliceClearance,
    ]);
    expect(notRequiredOf(rulesFor('KG')).map((item) => [item.kind, item.source.act, item.source.article])).toEqual([
      [ChecklistItemKind.MedicalInsurance, 'FZ_326', '10'],
      [ChecklistItemKind.RussianLanguageTest, 'EAEU_TREATY', '97'],
    ]);
    expect(notRequiredOf(rulesFor('TJ'))).toEqual([]);
  });

  it('asks everything of a country not on the exchange, as a programme requirement', () => {
    const view = checklistOf([], rulesFor('ZZ'));
    expect(view.map((item) => item.kind)).toEqual(Object.values(ChecklistItemKind));
    expect(view.every((item) => item.source.basis === 'programme')).toBe(true);
  });
});

describe('citizenshipOf', () => {
  it.each([
    // [profile country, confirmed on the account, application statuses, view]
    ['KG', true, [], { code: 'KG', regime: 'EAEU', confirmed: true, editable: true }],
    ['UZ', false, [ApplicationStatus.Submitted], { code: 'UZ', regime: 'PATENT', confirmed: false, editable: true }],
    ['TJ', true, [ApplicationStatus.Submitted, ApplicationStatus.Shortlisted], { code: 'TJ', regime: 'PATENT', confirmed: true, editable: false }],
    ['KG', true, [ApplicationStatus.Approved], { code: 'KG', regime: 'EAEU', confirmed: true, editable: false }],
  ] as const)('%s, confirmed %s, applications %j → %j', (country, confirmed, statuses, expected) => {
    expect(citizenshipOf(profileOf({ originCountry: country }), COUNTRIES[country], confirmed, statuses)).toEqual(expected);
  });
});

describe('readinessFor', () => {
  it('counts an item valid through its last day and expired the day after, by the day it is given', () => {
    const items = allDone({ validUntil: '2026-03-05' });
    expect(readinessFor(profileOf(), items, '2026-03-05', { rules: rulesFor('KG') })).toMatchObject({ percent: 100, ready: true, expired: [] });
    const after = readinessFor(profileOf(), items, '2026-03-06', { rules: rulesFor('KG') });
    expect(after.ready).toBe(false);
    expect(after.expired).toEqual([
      ChecklistItemKind.ForeignPassport,
      ChecklistItemKind.MedicalCertificate,
      ChecklistItemKind.PreDepartureOrientation,
      ChecklistItemKind.PoliceClearance,
    ]);
  });

  it("counts only the items of the candidate's citizenship", () => {
    const withoutExamAndPolicy = allDone({ validUntil: '2030-01-01' }).filter(
      (item) => item.kind !== ChecklistItemKind.RussianLanguageTest && item.kind !== ChecklistItemKind.MedicalInsurance,
    );
    expect(readinessFor(profileOf({ originCountry: 'KG' }), withoutExamAndPolicy, '2026-03-05', { rules: rulesFor('KG') })).toMatchObject({
      percent: 100,
      ready: true,
    });
    expect(readinessFor(profileOf({ originCountry: 'UZ' }), withoutExamAndPolicy, '2026-03-05', { rules: rulesFor('UZ') })).toMatchObject({
      percent: 66,
      ready: false,
      missing: [ChecklistItemKind.MedicalInsurance, ChecklistItemKind.RussianLanguageTest],
    });
  });

  it("takes the passport step's expiry as the passport item's validity when the item has none", () => {
    const items = allDone();
    expect(readinessFor(profileOf(), items, '2026-03-05', { rules: rulesFor('KG') }).missing).toEqual([ChecklistItemKind.ForeignPassport]);
    expect(readinessFor(profileOf({ passportExpiresOn: '2026-03-04' }), items, '2026-03-05', { rules: rulesFor('KG') }).expired).toEqual([
      ChecklistItemKind.ForeignPassport,
    ]);
    expect(readinessFor(profileOf({ passportExpiresOn: '2030-01-01' }), items, '2026-03-05', { rules: rulesFor('KG') })).toMatchObject({
      percent: 100,
      ready: true,
    });
  });

  it("prefers the item's own validity over the passport step's", () => {
    const items = allDone().map((item) =>
      item.kind === ChecklistItemKind.ForeignPassport ? Object.assign(item, { validUntil: '2026-03-01' }) : item,
    );
    expect(readinessFor(profileOf({ passportExpiresOn: '2030-01-01' }), items, '2026-03-05', { rules: rulesFor('KG') }).expired).toEqual([
      ChecklistItemKind.ForeignPassport,
    ]);
  });
});

describe('completedSteps', () => {
  it('names each step whose fields are all there', () => {
    expect(completedSteps(profileOf(), COUNTRIES['KG'].geography)).toEqual([]);
    expect(
      completedSteps(
        profileOf({
          surname: 'Асанов',
          givenNamesLatin: 'ASAN',
          birthDate: '2000-01-01',
          sex: 'MALE' as CandidateProfileEntity['sex'],
          residenceRegionCode: 'KG-C',
          residenceDistrictCode: 'KG-C-ALAMUDUN',
          preferredRegionCodes: ['77'],
          consentVersion: '2026-01',
        }),
        COUNTRIES['KG'].geography,
      ),
    ).toEqual(['personal', 'residence', 'preferences', 'consent']);
  });
});

const viewContext = { citizenshipConfirmed: true, applicationStatuses: [], country: COUNTRIES['KG'] };

describe('who sees the passport number', () => {
  const profile = profileOf({ passportNumberEncrypted: cipher.encrypt('AC1234567', PASSPORT_CONTEXT), passportExpiresOn: '2030-01-01' });

  it('shows it to the owner and to attaché staff of the same country only', () => {
    expect(passportNumberFor(owner, profile, cipher)).toBe('AC1234567');
    expect(passportNumberFor({ id: 'attache', role: Role.Attache, originCountry: 'KG' }, profile, cipher)).toBe('AC1234567');
    expect(passportNumberFor({ id: 'attache', role: Role.Attache, originCountry: 'UZ' }, profile, cipher)).not.toBe('AC1234567');
    expect(passportNumberFor({ id: 'employer', role: Role.Employer, originCountry: null }, profile, cipher)).toBe('•••••••67');
    expect(passportNumberFor(owner, profileOf(), cipher)).toBeNull();
  });

  it('builds the view with the number, the phone and the readiness of the day given', () => {
    const items = allDone({ validUntil: '2026-03-05' });
    const view = toCandidateProfileView(owner, profile, cipher, { ...viewContext, items, phone: '+996700123456', today: '2026-03-05' });
    // The owner's view is masked too: it is kept in the phone's offline cache.
    expect(view).toMatchObject({ id: 'profile-1', passportNumber: '•••••••67', phone: '+996700123456', version: 3, consentGivenAt: null });
    expect(view.citizenship).toEqual({ code: 'KG', regime: 'EAEU', confirmed: true, editable: true });
    expect(view.notRequired.map((item) => item.kind)).toEqual([ChecklistItemKind.MedicalInsurance, ChecklistItemKind.RussianLanguageTest]);
    expect(view.readiness).toMatchObject({ percent: 100, ready: true });
    expect(toCandidateProfileView(owner, profile, cipher, { ...viewContext, items, phone: null, today: '2026-03-06' }).readiness.ready).toBe(false);
    const masked = toCandidateProfileView({ id: 'employer', role: Role.Employer, originCountry: null }, profile, cipher, {
      ...viewContext,
      items,
      phone: null,
      today: '2026-03-05',
    });
    expect(masked.passportNumber).toBe('•••••••67');
    const attache = toCandidateProfileView({ id: 'attache', role: Role.Attache, originCountry: 'KG' }, profile, cipher, {
      ...viewContext,
      items,
      phone: null,
      today: '2026-03-05',
    });
    expect(attache.passportNumber).toBe('AC1234567');
  });
});
