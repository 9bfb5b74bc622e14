import {
  ORIGIN_COUNTRIES,
  ORIGIN_GEOGRAPHY,
  isDistrictInRegion,
  isOriginCountryCode,
  originDistrictByCode,
  originDistrictsOf,
  originRegionByCode,
} from './origin-regions';
import { SUPPORTED_LOCALES } from '../accounts/locale';

const kg = ORIGIN_GEOGRAPHY.KG;

describe('origin regions', () => {
  it('has Kyrgyzstan: 7 oblasts, Bishkek and Osh, 40 districts', () => {
    expect(ORIGIN_COUNTRIES).toEqual(['KG']);
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

  it('uses unique codes and unique names within each language', () => {
    const codes = [...kg.regions.map((r) => r.code), ...kg.districts.map((d) => d.code)];
    expect(new Set(codes).size).toBe(codes.length);
    for (const locale of SUPPORTED_LOCALES) {
      expect(new Set(kg.regions.map((r) => r.name[locale])).size).toBe(kg.regions.length);
      expect(new Set(kg.districts.map((d) => d.name[locale])).size).toBe(kg.districts.length);
    }
  });

  it('names everything in every language, Kyrgyz, Russian and Tajik in Cyrillic, Uzbek in Latin', () => {
    for (const unit of [...kg.regions, ...kg.districts]) {
      for (const locale of SUPPORTED_LOCALES) expect(unit.name[locale].trim()).not.toBe('');
      expect(unit.name.ky).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(unit.name.ru).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(unit.name.tg).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(unit.name.uz).toMatch(/^[A-Za-zʻ\s-]+$/);
    }
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
    expect(isDistrictInRegion('KG-C-SOKULUK', 'KG-C')).toBe(true);
    expect(isDistrictInRegion('KG-C-SOKULUK', 'KG-O')).toBe(false);
    expect(isDistrictInRegion('KG-C-NOWHERE', 'KG-C')).toBe(false);
  });

  it('recognises origin country codes', () => {
    expect(isOriginCountryCode('KG')).toBe(true);
    expect(isOriginCountryCode('kg')).toBe(false);
    expect(isOriginCountryCode('UZ')).toBe(false);
    expect(isOriginCountryCode(undefined)).toBe(false);
  });
});
