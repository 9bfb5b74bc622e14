import {
  isDistrictInRegion,
  originDistrictByCode as districtIn,
  originDistrictsOf as districtsIn,
  originRegionByCode as regionIn,
  originRegionsOf as regionsIn,
  regionNeedsDistrict as needsDistrictIn,
  residenceProblem as residenceProblemIn,
} from './origin-regions';
import { SUPPORTED_LOCALES } from '../accounts/locale';
import { SEEDED_ALL_GEOGRAPHY, SEEDED_GEOGRAPHY as ORIGIN_GEOGRAPHY } from './origin-geography.fixture';

/** The data as seeded (migration 1765000005200): the rules below read it as the API's cache hands it to them. */
type OriginCountryCode = keyof typeof ORIGIN_GEOGRAPHY;
const ORIGIN_COUNTRIES: readonly OriginCountryCode[] = ['KG', 'UZ', 'TJ'];
const geo = SEEDED_ALL_GEOGRAPHY;
const originRegionByCode = (code: string) => regionIn(geo, code);
const originDistrictByCode = (code: string) => districtIn(geo, code);
const originDistrictsOf = (code: string) => districtsIn(geo, code);
const originRegionsOf = (country: string | null) => regionsIn(geo, country);
const regionNeedsDistrict = (code: string) => needsDistrictIn(geo, code);
const residenceProblem = (country: string | null, region: string | null, district: string | null) =>
  residenceProblemIn(geo, country, region, district);

const kg = ORIGIN_GEOGRAPHY.KG;

describe('origin regions', () => {
  it.each<[OriginCountryCode, number, number]>([
    ['KG', 9, 40],
    ['UZ', 14, 0],
    ['TJ', 5, 0],
  ])('gives %s %p first-level units and %p districts', (country, regions, districts) => {
    expect(ORIGIN_GEOGRAPHY[country].regions).toHaveLength(regions);
    expect(originRegionsOf(country)).toEqual(ORIGIN_GEOGRAPHY[country].regions);
    expect(ORIGIN_GEOGRAPHY[country].districts).toHaveLength(districts);
    expect(ORIGIN_GEOGRAPHY[country].regions.every((r) => r.country === country && r.code.startsWith(`${country}-`))).toBe(true);
  });

  it('lists the 14 units of Uzbekistan and the 5 of Tajikistan by their ISO 3166-2 codes and kinds', () => {
    expect(ORIGIN_GEOGRAPHY.UZ.regions.map((r) => [r.code, r.kind, r.name.en])).toEqual([
      ['UZ-QR', 'republic', 'Republic of Karakalpakstan'],
      ['UZ-AN', 'oblast', 'Andijan Region'],
      ['UZ-BU', 'oblast', 'Bukhara Region'],
      ['UZ-FA', 'oblast', 'Fergana Region'],
      ['UZ-JI', 'oblast', 'Jizzakh Region'],
      ['UZ-XO', 'oblast', 'Khorezm Region'],
      ['UZ-NG', 'oblast', 'Namangan Region'],
      ['UZ-NW', 'oblast', 'Navoiy Region'],
      ['UZ-QA', 'oblast', 'Kashkadarya Region'],
      ['UZ-SA', 'oblast', 'Samarkand Region'],
      ['UZ-SI', 'oblast', 'Sirdaryo Region'],
      ['UZ-SU', 'oblast', 'Surkhandarya Region'],
      ['UZ-TO', 'oblast', 'Tashkent Region'],
      ['UZ-TK', 'city', 'Tashkent'],
    ]);
    expect(ORIGIN_GEOGRAPHY.TJ.regions.map((r) => [r.code, r.kind, r.name.en])).toEqual([
      ['TJ-SU', 'oblast', 'Sughd Region'],
      ['TJ-KT', 'oblast', 'Khatlon Region'],
      ['TJ-GB', 'autonomousOblast', 'Gorno-Badakhshan Autonomous Region'],
      ['TJ-RA', 'republicanDistricts', 'Districts of Republican Subordination'],
      ['TJ-DU', 'city', 'Dushanbe'],
    ]);
  });

  it('has Kyrgyzstan: 7 oblasts, Bishkek and Osh, 40 districts', () => {
    expect(kg.regions.filter((r) => r.kind === 'oblast')).toHaveLength(7);
    expect(kg.regions.filter((r) => r.kind === 'city').map((r) => r.name.en)).toEqual(['Bishkek', 'Osh']);
    expect(kg.districts).toHaveLength(40);
  });

  it.each([
    ['KG-B', 3],
    ['KG-C', 8],
    ['KG-J', 8],
    ['KG-N', 5],
    ['KG-O', 7],
    ['KG-T', 4],
    ['KG-Y', 5],
    ['KG-GB', 0],
    ['KG-GO', 0],
  ])('gives %p %p districts', (regionCode, count) => {
    expect(originDistrictsOf(regionCode)).toHaveLength(count);
  });

  it('puts every district in an oblast of the same country', () => {
    for (const d of kg.districts) {
      const region = originRegionByCode(d.regionCode);
      expect([d.code, region?.kind, region?.country]).toEqual([d.code, 'oblast', 'KG']);
      expect(d.code.startsWith(`${d.regionCode}-`)).toBe(true);
    }
  });

  it('uses codes unique across countries and names unique within each language', () => {
    const all = ORIGIN_COUNTRIES.flatMap((country) => [...ORIGIN_GEOGRAPHY[country].regions, ...ORIGIN_GEOGRAPHY[country].districts]);
    expect(new Set(all.map((unit) => unit.code)).size).toBe(all.length);
    for (const country of ORIGIN_COUNTRIES) {
      const { regions, districts } = ORIGIN_GEOGRAPHY[country];
      for (const locale of SUPPORTED_LOCALES) {
        expect(new Set(regions.map((r) => r.name[locale])).size).toBe(regions.length);
        expect(new Set(districts.map((d) => d.name[locale])).size).toBe(districts.length);
      }
    }
  });

  it.each(ORIGIN_COUNTRIES)('names every unit of %s in every language, Kyrgyz, Russian and Tajik in Cyrillic, Uzbek in Latin', (country) => {
    for (const unit of [...ORIGIN_GEOGRAPHY[country].regions, ...ORIGIN_GEOGRAPHY[country].districts]) {
      expect(Object.keys(unit.name).sort()).toEqual([...SUPPORTED_LOCALES].sort());
      for (const locale of SUPPORTED_LOCALES) expect(unit.name[locale].trim()).not.toBe('');
      expect(unit.name.ky).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(unit.name.ru).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(unit.name.tg).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(unit.name.uz).toMatch(/^[A-Za-zʻ\s-]+$/);
      // Uzbek writes oʻ and gʻ with the turned comma (U+02BB), never an apostrophe.
      expect(unit.name.uz).not.toMatch(/['’`]/);
    }
  });

  it('names the viloyats as each language calls a region', () => {
    for (const region of [...ORIGIN_GEOGRAPHY.UZ.regions, ...ORIGIN_GEOGRAPHY.TJ.regions].filter((r) => r.kind === 'oblast')) {
      expect([region.code, region.name.ru.endsWith(' область'), region.name.ky.endsWith(' облусу')]).toEqual([region.code, true, true]);
      expect([region.code, region.name.uz.endsWith(' viloyati'), region.name.tg.startsWith('Вилояти ')]).toEqual([region.code, true, true]);
      expect([region.code, region.name.en.endsWith(' Region')]).toEqual([region.code, true]);
    }
    expect(originRegionByCode('UZ-TK')?.name).toEqual({
      ky: 'Ташкент шаары',
      ru: 'город Ташкент',
      uz: 'Toshkent shahri',
      tg: 'Шаҳри Тошканд',
      en: 'Tashkent',
    });
    expect(originRegionByCode('TJ-GB')?.name.tg).toBe('Вилояти Мухтори Кӯҳистони Бадахшон');
  });

  it('names the districts of Kyrgyzstan as each language calls a district', () => {
    expect(kg.districts.every((d) => d.name.ky.endsWith(' району') && d.name.ru.endsWith(' район'))).toBe(true);
    expect(kg.districts.every((d) => d.name.uz.endsWith(' tumani') && d.name.tg.startsWith('Ноҳияи '))).toBe(true);
  });

  it('names Kara-Buura district Aitmatov district (Kyrgyz law No. 82 of 10.04.2023) in every language, under its old code', () => {
    expect(originDistrictByCode('KG-T-KARA-BUURA')?.name).toEqual({
      ky: 'Айтматов району',
      ru: 'Айтматовский район',
      uz: 'Aytmatov tumani',
      tg: 'Ноҳияи Айтматов',
      en: 'Aitmatov District',
    });
    const everyName = ORIGIN_GEOGRAPHY.KG.districts.flatMap((district) => Object.values(district.name));
    expect(everyName.filter((name) => /Кара-Буур|Kara-Buura|Qora-Buura|Қара-Буура/.test(name))).toEqual([]);
  });

  it('finds regions and districts by code', () => {
    expect(originRegionByCode('KG-C')?.name.ru).toBe('Чуйская область');
    expect(originDistrictByCode('KG-O-OZGON')?.name).toEqual({
      ky: 'Өзгөн району',
      ru: 'Узгенский район',
      uz: 'Oʻzgan tumani',
      tg: 'Ноҳияи Ӯзган',
      en: 'Özgön District',
    });
    expect(originRegionByCode('KG-X')).toBeUndefined();
    expect(originDistrictByCode('KG-C')).toBeUndefined();
  });

  it('checks that a district lies in the given region', () => {
    expect(isDistrictInRegion(geo, 'KG-C-SOKULUK', 'KG-C')).toBe(true);
    expect(isDistrictInRegion(geo, 'KG-C-SOKULUK', 'KG-O')).toBe(false);
    expect(isDistrictInRegion(geo, 'KG-C-NOWHERE', 'KG-C')).toBe(false);
  });

  it('lists no regions of a country not on the exchange', () => {
    expect(originRegionsOf('KZ')).toEqual([]);
    expect(originRegionsOf(null)).toEqual([]);
  });

  it.each([
    ['KG-C', true],
    ['KG-GB', false],
    ['UZ-SA', false],
    ['TJ-DU', false],
    ['XX-1', false],
  ])('asks a district of a home in %s: %p', (regionCode, needed) => {
    expect(regionNeedsDistrict(regionCode)).toBe(needed);
  });

  it.each<[string, string | null, string | null, string | null, ReturnType<typeof residenceProblem>]>([
    ['a Kyrgyz oblast with its district', 'KG', 'KG-C', 'KG-C-SOKULUK', null],
    ['a Kyrgyz city without a district', 'KG', 'KG-GB', null, null],
    ['a Kyrgyz oblast without its district', 'KG', 'KG-C', null, { field: 'residenceDistrictCode', code: 'validation.isNotEmpty' }],
    ['a Kyrgyz oblast with an empty district', 'KG', 'KG-C', '', { field: 'residenceDistrictCode', code: 'validation.isNotEmpty' }],
    ['a district of another oblast', 'KG', 'KG-O', 'KG-C-SOKULUK', { field: 'residenceDistrictCode', code: 'district.notInRegion' }],
    ['an Uzbek viloyat, no district', 'UZ', 'UZ-SA', null, null],
    ['Tashkent city', 'UZ', 'UZ-TK', '', null],
    ['a Tajik region, no district', 'TJ', 'TJ-SU', null, null],
    [
      'a made-up district in a region without districts',
      'TJ',
      'TJ-SU',
      'TJ-SU-NOWHERE',
      { field: 'residenceDistrictCode', code: 'district.notInRegion' },
    ],
    ['a Kyrgyz region for an Uzbek', 'UZ', 'KG-C', 'KG-C-SOKULUK', { field: 'residenceRegionCode', code: 'region.notInCountry' }],
    ['an Uzbek region for a Tajik', 'TJ', 'UZ-SA', null, { field: 'residenceRegionCode', code: 'region.notInCountry' }],
    ['a Tajik region for a Kyrgyz', 'KG', 'TJ-DU', null, { field: 'residenceRegionCode', code: 'region.notInCountry' }],
    ['any region without a citizenship', null, 'KG-C', 'KG-C-SOKULUK', { field: 'residenceRegionCode', code: 'region.notInCountry' }],
    ['an unknown region', 'UZ', 'UZ-XX', null, { field: 'residenceRegionCode', code: 'region.unknown' }],
    ['no region', 'UZ', '', null, { field: 'residenceRegionCode', code: 'validation.isNotEmpty' }],
  ])('judges %s', (_case, country, regionCode, districtCode, problem) => {
    expect(residenceProblem(country, regionCode, districtCode)).toEqual(problem);
  });
});
