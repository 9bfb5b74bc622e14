import {
  OCCUPATIONS,
  OccupationSector,
  SECTOR_NAMES,
  isOccupationCode,
  occupationByCode,
  occupationsInSector,
  searchOccupations,
} from './occupations';
import { Locale, SUPPORTED_LOCALES } from '../accounts/locale';

const codesOf = (found: readonly { code: string }[]) => found.map((o) => o.code);

describe('occupations', () => {
  it('have unique four-digit ISCO-08 codes', () => {
    const codes = OCCUPATIONS.map((o) => o.code);
    expect(codes.every((c) => /^[1-9]\d{3}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('include every unit group the product asked for', () => {
    const required = [
      '7112',
      '7114',
      '7115',
      '7119',
      '7121',
      '7122',
      '7123',
      '7126',
      '7131',
      '7212',
      '7411',
      '9312',
      '9313',
      '8322',
      '8331',
      '8332',
      '8344',
      '9333',
      '4321',
      '9321',
      '9112',
      '5153',
      '9613',
      '5120',
      '9412',
      '5131',
      '9211',
      '9212',
      '6111',
      '9214',
      '8160',
      '9329',
      '7522',
      '7531',
      '8153',
      '5322',
      '5311',
      '5223',
      '5230',
      '9621',
    ];
    expect(required.filter((code) => !isOccupationCode(code))).toEqual([]);
  });

  it('are named in every language, Kyrgyz, Russian and Tajik in Cyrillic, Uzbek in Latin, with at least one synonym each', () => {
    for (const o of OCCUPATIONS) {
      for (const locale of SUPPORTED_LOCALES) {
        expect([o.code, locale, o.name[locale].trim() !== '', o.synonyms[locale].length > 0]).toEqual([o.code, locale, true, true]);
        for (const synonym of o.synonyms[locale]) expect(synonym.trim()).not.toBe('');
      }
      expect(o.name.ky).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(o.name.ru).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      expect(o.name.en).toMatch(/^[A-Za-z\s,()-]+$/);
      expect(o.name.tg).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u);
      // Uzbek Latin: oʻ and gʻ with the turned comma (U+02BB), the tutuq belgisi ʼ (U+02BC); no Cyrillic.
      expect([...o.synonyms.uz, o.name.uz].join(' ')).toMatch(/^[A-Za-z\sʻʼ-]+$/);
      expect([o.code, ...o.synonyms.tg].join(' ')).toMatch(/^\d{4}[\p{Script=Cyrillic}\s-]+$/u);
    }
  });

  it('have distinct names within each language', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const names = OCCUPATIONS.map((o) => o.name[locale]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('put something in every sector, and name every sector in every language', () => {
    for (const sector of Object.values(OccupationSector)) {
      expect([sector, occupationsInSector(sector).length > 0]).toEqual([sector, true]);
      for (const locale of SUPPORTED_LOCALES) expect(SECTOR_NAMES[sector][locale].trim()).not.toBe('');
    }
  });

  it.each([
    ['7112', OccupationSector.Construction, 'Кыш калоочу', 'Каменщик'],
    ['7212', OccupationSector.Construction, 'Ширетүүчү', 'Сварщик'],
    ['8332', OccupationSector.Transport, 'Жүк машинасынын айдоочусу', 'Водитель грузовика'],
    ['9333', OccupationSector.Warehouse, 'Жүк ташуучу', 'Грузчик'],
    ['9112', OccupationSector.Cleaning, 'Тазалоочу', 'Уборщик'],
    ['5120', OccupationSector.Catering, 'Ашпозчу', 'Повар'],
    ['5223', OccupationSector.Retail, 'Сатуучу', 'Продавец'],
  ])('knows %p', (code, sector, ky, ru) => {
    expect(occupationByCode(code)).toMatchObject({ code, sector, name: { ky, ru } });
  });

  it('does not know codes outside the list', () => {
    expect(occupationByCode('1111')).toBeUndefined();
    expect(isOccupationCode('711')).toBe(false);
    expect(isOccupationCode(7112)).toBe(false);
  });
});

describe('searching occupations', () => {
  it('finds by name in any language, ignoring case', () => {
    expect(codesOf(searchOccupations('КАМЕНЩИК'))).toEqual(['7112']);
    // The kitchen helper is "ашпозчунун жардамчысы": found too, but after the cook.
    expect(codesOf(searchOccupations('ашпозчу'))).toEqual(['5120', '9412']);
    expect(codesOf(searchOccupations('bricklayer'))).toEqual(['7112']);
  });

  it('finds by synonym', () => {
    expect(codesOf(searchOccupations('кирпич калоочу'))).toEqual(['7112']);
    expect(codesOf(searchOccupations('дальнобойщик'))).toEqual(['8332']);
    expect(codesOf(searchOccupations('тандырщик'))).toEqual(['7512']);
  });

  it('puts names that start with the query before synonyms and inner matches', () => {
    const drivers = codesOf(searchOccupations('водитель'));
    expect(drivers.slice(0, 4)).toEqual(['8322', '8331', '8332', '8344']);
    // "Айдоочу" is a synonym of every driving job and part of their Kyrgyz names.
    expect(codesOf(searchOccupations('айдоочу'))).toEqual(expect.arrayContaining(['8322', '8331', '8332', '8344', '8342', '8343']));
  });

  it('treats ё as е and collapses spaces', () => {
    expect(codesOf(searchOccupations('рабочий   зеленого'))).toEqual(['9214']);
    expect(codesOf(searchOccupations('учетчик'))).toEqual(['4321']);
  });

  it('finds Uzbek and Tajik words, whichever apostrophe an Uzbek typist uses', () => {
    expect(codesOf(searchOccupations('payvandchi'))).toEqual(['7212']);
    expect(codesOf(searchOccupations("Bo'yoqchi"))).toEqual(['7131']);
    expect(codesOf(searchOccupations('boʻyoqchi', Locale.Uzbek))).toEqual(['7131']);
    expect(codesOf(searchOccupations('bo‘yoqchi'))).toEqual(['7131']);
    expect(codesOf(searchOccupations('кафшеркор', Locale.Tajik))).toEqual(['7212']);
    expect(codesOf(searchOccupations('ронанда', Locale.Tajik)).slice(0, 4)).toEqual(['8322', '8331', '8332', '8344']);
  });

  it('can be limited to one language', () => {
    expect(codesOf(searchOccupations('сварщик', Locale.Russian))).toEqual(['7212']);
    expect(codesOf(searchOccupations('welder', Locale.Russian))).toEqual([]);
    expect(codesOf(searchOccupations('сварщик', Locale.English))).toEqual([]);
  });

  it('finds nothing for a blank query or an unknown word', () => {
    expect(searchOccupations('')).toEqual([]);
    expect(searchOccupations('   ')).toEqual([]);
    expect(searchOccupations('космонавт')).toEqual([]);
  });
});
