import { callingCodeOf } from '../accounts/mobile-phone';
import { SEEDED_GEOGRAPHY } from '../geography/origin-geography.fixture';
import type { OriginCountryGeography } from '../geography/origin-regions';
import { Locale } from '../accounts/locale';
import { geographyProblems, originCountryProblems, type OriginCountry } from './origin-country';

const names = (en: string) => ({ ky: en, ru: en, uz: en, tg: en, en });

/** Armenia as an admin would enter it: the fourth country, added as data. */
const armenia = (change: Partial<OriginCountry> = {}): OriginCountry => ({
  code: 'AM',
  names: names('Armenia'),
  active: false,
  callingCode: '374',
  passportPattern: '^A[A-Z][0-9]{7}$',
  office: {
    nameRu: 'Посольство Республики Армения в Российской Федерации',
    nameLocal: 'ՀՀ դեսպանություն ՌԴ-ում',
    address: null,
    signatoryTitle: 'Атташе',
  },
  defaultLocale: Locale.Russian,
  regime: 'EAEU',
  geography: {
    regions: [
      { code: 'AM-ER', country: 'AM', kind: 'city', name: names('Yerevan') },
      { code: 'AM-SH', country: 'AM', kind: 'oblast', name: names('Shirak') },
    ],
    districts: [{ code: 'AM-SH-GYUMRI', regionCode: 'AM-SH', name: names('Gyumri') }],
  },
  ...change,
});

const fieldsOf = (country: OriginCountry) => originCountryProblems(country, callingCodeOf).map((problem) => `${problem.field}:${problem.code}`);

describe('an origin country entered by the admin', () => {
  it('may be saved when every field is right', () => {
    expect(fieldsOf(armenia())).toEqual([]);
  });

  it.each([
    ['a lower-case code', { code: 'am' }, 'code:country.code'],
    ['Russia itself', { code: 'RU' }, 'code:country.code'],
    ['a code without a numbering plan', { code: 'XX' }, 'code:country.noNumberingPlan'],
    ['another country’s calling code', { callingCode: '996' }, 'callingCode:country.callingCode'],
    ['a broken passport pattern', { passportPattern: '^[A-Z' }, 'passportPattern:passport.patternInvalid'],
    ['an unanchored passport pattern', { passportPattern: '[A-Z]+' }, 'passportPattern:passport.patternInvalid'],
    ['a language we do not speak', { defaultLocale: 'hy' as Locale }, 'defaultLocale:validation.isIn'],
    ['no regime', { regime: 'VISA' as OriginCountry['regime'] }, 'regime:validation.isIn'],
  ])('is refused with %s', (_case, change, problem) => {
    expect(fieldsOf(armenia(change as Partial<OriginCountry>))).toContain(problem);
  });

  it('needs a name in each of the five languages, and no other', () => {
    const { uz: _uz, ...withoutUzbek } = names('Armenia');
    expect(fieldsOf(armenia({ names: { ...withoutUzbek, hy: 'Հայաստան' } as unknown as OriginCountry['names'] }))).toEqual([
      'names.uz:validation.isNotEmpty',
      'names.hy:country.unknownLocale',
    ]);
  });

  it('needs the office named in Russian and in the country’s language, and the signatory’s title', () => {
    const office = { nameRu: ' ', nameLocal: 'x'.repeat(201), address: 'y'.repeat(301), signatoryTitle: '' };
    expect(fieldsOf(armenia({ office }))).toEqual([
      'office.nameRu:validation.isNotEmpty',
      'office.nameLocal:validation.maxLength',
      'office.signatoryTitle:validation.isNotEmpty',
      'office.address:validation.maxLength',
    ]);
  });
});

describe('the regions of a country', () => {
  const problemsOf = (geography: OriginCountryGeography) => geographyProblems('AM', geography).map((p) => `${p.field}:${p.code}`);
  const yerevan = { code: 'AM-ER', country: 'AM', kind: 'city' as const, name: names('Yerevan') };

  it.each(['KG', 'UZ', 'TJ'] as const)('as seeded for %s, pass', (country) => {
    expect(geographyProblems(country, SEEDED_GEOGRAPHY[country])).toEqual([]);
  });

  it('refuses a region of another country, a code twice, a kind we do not know', () => {
    expect(
      problemsOf({
        regions: [yerevan, { ...yerevan }, { ...yerevan, code: 'KG-C' }, { ...yerevan, code: 'AM-LO', kind: 'canton' as never }],
        districts: [],
      }),
    ).toEqual(['regions[1].code:country.duplicateCode', 'regions[2].code:country.regionCode', 'regions[3].kind:validation.isIn']);
  });

  it('refuses a district outside the listed regions or not coded after its region, and an unnamed one', () => {
    expect(
      problemsOf({
        regions: [yerevan],
        districts: [
          { code: 'AM-SH-GYUMRI', regionCode: 'AM-SH', name: names('Gyumri') },
          { code: 'KENTRON', regionCode: 'AM-ER', name: names('Kentron') },
          { code: 'AM-ER-ARABKIR', regionCode: 'AM-ER', name: { ...names('Arabkir'), tg: '' } },
        ],
      }),
    ).toEqual(['districts[0].regionCode:region.unknown', 'districts[1].code:country.districtCode', 'districts[2].names.tg:validation.isNotEmpty']);
  });
});
