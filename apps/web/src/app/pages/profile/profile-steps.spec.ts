import { CURRENT_CONSENT_VERSION, RussianLevel, geographyOfViews, type CandidateProfileView } from '@jumush/contracts/client';
import { ORIGIN_COUNTRY_VIEWS } from '../../testing/origin-countries';
import {
  bodyOf,
  clearDraft,
  firstOpenStep,
  loadDraft,
  nextStep,
  saveDraft,
  validateStep,
  valuesFromProfile,
  type StepCountryData,
} from './profile-steps';

/** The regions and districts of GET /api/origin-countries, as the profile page passes them. */
const COUNTRY_DATA: StepCountryData = { geography: geographyOfViews(ORIGIN_COUNTRY_VIEWS) };

const TODAY = '2026-06-01';

function aProfile(overrides: Partial<CandidateProfileView> = {}): CandidateProfileView {
  return {
    id: 'c1',
    originCountry: 'KG',
    surname: 'Асанов',
    givenNames: 'Бакыт',
    surnameLatin: 'ASANOV',
    givenNamesLatin: 'BAKYT',
    birthDate: '1990-05-01',
    sex: null,
    phone: null,
    residenceRegionCode: null,
    residenceDistrictCode: null,
    languages: [{ language: 'ky', level: RussianLevel.Fluent }],
    russianLevel: null,
    occupations: [],
    education: null,
    preferredRegionCodes: [],
    passportNumber: null,
    passportExpiresOn: null,
    passportCheck: null,
    consentVersion: null,
    consentGivenAt: null,
    plannedDepartureOn: null,
    completedSteps: ['personal'],
    checklist: [],
    readiness: { percent: 0, ready: false, done: [], missing: [], expired: [] },
    version: 1,
    ...overrides,
  } as CandidateProfileView;
}

describe('profile wizard steps', () => {
  it('opens the first step not completed, and walks the steps in order', () => {
    expect(firstOpenStep([])).toBe('personal');
    expect(firstOpenStep(['personal', 'residence'])).toBe('skills');
    expect(firstOpenStep(['personal', 'residence', 'skills', 'preferences', 'passport', 'consent'])).toBeNull();
    expect(nextStep('personal')).toBe('residence');
    expect(nextStep('consent')).toBeNull();
  });

  it('fills the forms from the profile', () => {
    const profile = aProfile({
      occupations: [{ occupationCode: 'MASON', years: 3 }],
      russianLevel: RussianLevel.Basic,
      consentVersion: CURRENT_CONSENT_VERSION,
    });
    expect(valuesFromProfile('personal', profile)).toEqual({
      surname: 'Асанов',
      givenNames: 'Бакыт',
      surnameLatin: 'ASANOV',
      givenNamesLatin: 'BAKYT',
      birthDate: '1990-05-01',
      sex: '',
    });
    expect(valuesFromProfile('skills', profile)).toEqual({ russianLevel: 'BASIC', occupationCode: 'MASON', years: '3', education: '' });
    expect(valuesFromProfile('consent', profile)).toEqual({ accepted: true });
  });

  it('builds the request bodies, keeping the other languages and squashing spaces', () => {
    expect(
      bodyOf('personal', {
        surname: ' Асанов ',
        givenNames: 'Бакыт  Асанович',
        surnameLatin: 'ASANOV',
        givenNamesLatin: 'BAKYT',
        birthDate: '1990-05-01',
        sex: 'MALE',
      }),
    ).toEqual({
      surname: 'Асанов',
      givenNames: 'Бакыт Асанович',
      surnameLatin: 'ASANOV',
      givenNamesLatin: 'BAKYT',
      birthDate: '1990-05-01',
      sex: 'MALE',
    });
    expect(bodyOf('skills', { russianLevel: 'BASIC', occupationCode: 'MASON', years: '4', education: 'SECONDARY' }, aProfile())).toEqual({
      languages: [
        { language: 'ru', level: 'BASIC' },
        { language: 'ky', level: 'FLUENT' },
      ],
      occupations: [{ occupationCode: 'MASON', years: 4 }],
      education: 'SECONDARY',
    });
    expect(bodyOf('consent', { accepted: true })).toEqual({ version: CURRENT_CONSENT_VERSION, accepted: true });
    expect(bodyOf('passport', { passportNumber: 'ac 1234567', passportExpiresOn: '2030-01-01' }).passportNumber).toBe('AC1234567');
  });

  it('checks like the API, with the same codes', () => {
    const personal = validateStep(
      'personal',
      { surname: 'Asanov', givenNames: '', surnameLatin: 'Асанов', givenNamesLatin: 'BAKYT', birthDate: '2010-01-01', sex: 'MALE' },
      TODAY,
    );
    expect(personal['surname'].key).toBe('name.cyrillic');
    expect(personal['givenNames'].key).toBe('validation.isNotEmpty');
    expect(personal['surnameLatin'].key).toBe('name.latin');
    expect(personal['birthDate']).toEqual({ key: 'candidate.underage', params: { minAge: 18 } });
    expect(
      validateStep(
        'personal',
        { surname: 'Асанов', givenNames: 'Бакыт', surnameLatin: 'ASANOV', givenNamesLatin: 'BAKYT', birthDate: '2027-01-01', sex: '' },
        TODAY,
      )['birthDate'].key,
    ).toBe('date.inFuture');
    expect(
      validateStep('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: 'KG-Y-nowhere' }, TODAY, 'KG', COUNTRY_DATA)[
        'residenceDistrictCode'
      ].key,
    ).toBe('district.notInRegion');
    expect(validateStep('skills', { russianLevel: '', occupationCode: 'MASON', years: '2', education: 'HIGHER' }, TODAY)).toEqual({
      russianLevel: { key: 'candidate.russianLevelRequired', params: {} },
    });
    const passport = validateStep('passport', { passportNumber: '123', passportExpiresOn: '2020-01-01' }, TODAY);
    expect(passport['passportNumber'].key).toBe('passport.format');
    expect(passport['passportExpiresOn'].key).toBe('passport.expired');
    expect(validateStep('passport', { passportNumber: 'AC1234567', passportExpiresOn: '2030-01-01' }, TODAY)).toEqual({});
    expect(validateStep('consent', { accepted: false }, TODAY)['accepted'].key).toBe('validation.isNotEmpty');
  });

  it.each<[string, string, string, string, Record<string, string>]>([
    ['a Tajik region without a district, for a Tajik', 'TJ', 'TJ-SU', '', {}],
    ['Dushanbe, for a Tajik', 'TJ', 'TJ-DU', '', {}],
    ['a Kyrgyz oblast and district, for a Tajik', 'TJ', 'KG-C', 'KG-C-ALAMUDUN', { residenceRegionCode: 'region.notInCountry' }],
    ['an Uzbek region, for a Tajik', 'TJ', 'UZ-SA', '', { residenceRegionCode: 'region.notInCountry' }],
    ['no region, for a Tajik', 'TJ', '', '', { residenceRegionCode: 'validation.isNotEmpty' }],
    ['a Kyrgyz oblast without its district, for a Kyrgyz', 'KG', 'KG-C', '', { residenceDistrictCode: 'validation.isNotEmpty' }],
    ['Bishkek without a district, for a Kyrgyz', 'KG', 'KG-GB', '', {}],
    ['a region no country lists, for a Kyrgyz', 'KG', 'KG-Y', '', { residenceRegionCode: 'region.unknown' }],
  ])('checks the residence step as the API does: %s', (_case, country, residenceRegionCode, residenceDistrictCode, expected) => {
    const errors = validateStep('residence', { residenceRegionCode, residenceDistrictCode }, TODAY, country, COUNTRY_DATA);
    expect(Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, error.key]))).toEqual(expected);
  });

  it('leaves the home region to the API while the countries are not loaded, but still asks for one', () => {
    expect(validateStep('residence', { residenceRegionCode: 'UZ-SA', residenceDistrictCode: '' }, TODAY, 'TJ')).toEqual({});
    expect(validateStep('residence', { residenceRegionCode: '', residenceDistrictCode: '' }, TODAY, 'TJ')['residenceRegionCode'].key).toBe(
      'validation.isNotEmpty',
    );
  });

  it('sends no district where the region has none', () => {
    expect(bodyOf('residence', { residenceRegionCode: 'TJ-SU', residenceDistrictCode: '' })).toEqual({
      residenceRegionCode: 'TJ-SU',
      residenceDistrictCode: null,
    });
    expect(bodyOf('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: 'KG-C-ALAMUDUN' })).toEqual({
      residenceRegionCode: 'KG-C',
      residenceDistrictCode: 'KG-C-ALAMUDUN',
    });
  });

  it('keeps a step draft until it is saved', () => {
    const values = { residenceRegionCode: 'KG-C', residenceDistrictCode: '' };
    saveDraft('residence', values, localStorage);
    expect(loadDraft('residence', localStorage)).toEqual(values);
    clearDraft('residence', localStorage);
    expect(loadDraft('residence', localStorage)).toBeNull();
    localStorage.setItem('jumush.profileDraft.personal', '{broken');
    expect(loadDraft('personal', localStorage)).toBeNull();
  });

  it('never keeps a passport number in a draft (a family shares the phone), nor takes the masked one into the form', () => {
    saveDraft('passport', { passportNumber: 'AC1234567', passportExpiresOn: '2030-01-01' }, localStorage);
    expect(localStorage.getItem('jumush.profileDraft.passport')).not.toContain('AC1234567');
    expect(loadDraft('passport', localStorage)).toEqual({ passportExpiresOn: '2030-01-01' });
    clearDraft('passport', localStorage);
    expect(valuesFromProfile('passport', aProfile({ passportNumber: '•••••••67', passportExpiresOn: '2030-01-01' }))).toEqual({
      passportNumber: '',
      passportExpiresOn: '2030-01-01',
    });
  });
});
