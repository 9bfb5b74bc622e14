import {
  SEED_OCCUPATIONS as OCCUPATIONS,
  occupationChoiceProblem,
  occupationEditProblems,
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
    expect(required.filter((code) => !isOccupationCode(OCCUPATIONS, code))).toEqual([]);
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
      expect([sector, occupationsInSector(OCCUPATIONS, sector).length > 0]).toEqual([sector, true]);
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
    expect(occupationByCode(OCCUPATIONS, code)).toMatchObject({ code, sector, name: { ky, ru } });
  });

  it('does not know codes outside the list', () => {
    expect(occupationByCode(OCCUPATIONS, '1111')).toBeUndefined();
    expect(isOccupationCode(OCCUPATIONS, '711')).toBe(false);
    expect(isOccupationCode(OCCUPATIONS, 7112)).toBe(false);
  });
});

describe('searching occupations', () => {
  it('finds by name in any language, ignoring case', () => {
    expect(codesOf(searchOccupations(OCCUPATIONS, 'КАМЕНЩИК'))).toEqual(['7112']);
    // The kitchen helper is "ашпозчунун жардамчысы": found too, but after the cook.
    expect(codesOf(searchOccupations(OCCUPATIONS, 'ашпозчу'))).toEqual(['5120', '9412']);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'bricklayer'))).toEqual(['7112']);
  });

  it('finds by synonym', () => {
    expect(codesOf(searchOccupations(OCCUPATIONS, 'кирпич калоочу'))).toEqual(['7112']);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'дальнобойщик'))).toEqual(['8332']);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'тандырщик'))).toEqual(['7512']);
  });

  it('puts names that start with the query before synonyms and inner matches', () => {
    const drivers = codesOf(searchOccupations(OCCUPATIONS, 'водитель'));
    expect(drivers.slice(0, 4)).toEqual(['8322', '8331', '8332', '8344']);
    // "Айдоочу" is a synonym of every driving job and part of their Kyrgyz names.
    expect(codesOf(searchOccupations(OCCUPATIONS, 'айдоочу'))).toEqual(expect.arrayContaining(['8322', '8331', '8332', '8344', '8342', '8343']));
  });

  it('treats ё as е and collapses spaces', () => {
    expect(codesOf(searchOccupations(OCCUPATIONS, 'рабочий   зеленого'))).toEqual(['9214']);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'учетчик'))).toEqual(['4321']);
  });

  it('finds Uzbek and Tajik words, whichever apostrophe an Uzbek typist uses', () => {
    expect(codesOf(searchOccupations(OCCUPATIONS, 'payvandchi'))).toEqual(['7212']);
    expect(codesOf(searchOccupations(OCCUPATIONS, "Bo'yoqchi"))).toEqual(['7131']);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'boʻyoqchi', Locale.Uzbek))).toEqual(['7131']);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'bo‘yoqchi'))).toEqual(['7131']);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'кафшеркор', Locale.Tajik))).toEqual(['7212']);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'ронанда', Locale.Tajik)).slice(0, 4)).toEqual(['8322', '8331', '8332', '8344']);
  });

  it('can be limited to one language', () => {
    expect(codesOf(searchOccupations(OCCUPATIONS, 'сварщик', Locale.Russian))).toEqual(['7212']);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'welder', Locale.Russian))).toEqual([]);
    expect(codesOf(searchOccupations(OCCUPATIONS, 'сварщик', Locale.English))).toEqual([]);
  });

  it('finds nothing for a blank query or an unknown word', () => {
    expect(searchOccupations(OCCUPATIONS, '')).toEqual([]);
    expect(searchOccupations(OCCUPATIONS, '   ')).toEqual([]);
    expect(searchOccupations(OCCUPATIONS, 'космонавт')).toEqual([]);
  });
});

describe('choosing an occupation', () => {
  const list = OCCUPATIONS.map((o) => (o.code === '7112' ? { ...o, active: false } : o));

  it('accepts an active occupation of the list', () => {
    expect(occupationChoiceProblem(list, '7212')).toBeNull();
  });

  it('refuses a code not in the list', () => {
    expect(occupationChoiceProblem(list, '1111')).toBe('occupation.unknown');
  });

  it('refuses a deactivated occupation as a new choice, but keeps it where it is already chosen', () => {
    expect(occupationChoiceProblem(list, '7112')).toBe('occupation.inactive');
    expect(occupationChoiceProblem(list, '7112', '7212')).toBe('occupation.inactive');
    expect(occupationChoiceProblem(list, '7112', '7112')).toBeNull();
  });
});

describe('an occupation as the admin edits it', () => {
  const names = { ky: 'Тестчи', ru: 'Тестировщик', en: 'Tester', uz: 'Sinovchi', tg: 'Санҷишгар' };
  const synonyms = { ky: [], ru: ['проверяющий'], en: [], uz: [], tg: [] };

  it('is fine with a four-digit code, five names and a few short synonyms', () => {
    expect(occupationEditProblems({ code: '2519', name: names, synonyms }, OCCUPATIONS)).toEqual([]);
  });

  it('names each wrong field', () => {
    expect(
      occupationEditProblems(
        { code: '251', name: { ...names, ky: ' ', tg: 'я'.repeat(121) }, synonyms: { ...synonyms, uz: ['ok', ' '], en: Array(21).fill('x') } },
        OCCUPATIONS,
      ),
    ).toEqual([
      { field: 'code', code: 'occupation.code' },
      // In the order of the product's languages (ky, ru, uz, tg, en).
      { field: 'names.ky', code: 'occupation.nameRequired' },
      { field: 'synonyms.uz', code: 'occupation.synonyms' },
      { field: 'names.tg', code: 'occupation.nameTooLong' },
      { field: 'synonyms.en', code: 'occupation.synonyms' },
    ]);
  });

  it('refuses the Russian name of another occupation, whatever its case, but not its own', () => {
    expect(occupationEditProblems({ code: '2519', name: { ...names, ru: 'СВАРЩИК' }, synonyms }, OCCUPATIONS)).toEqual([
      { field: 'names.ru', code: 'occupation.duplicateName' },
    ]);
    expect(occupationEditProblems({ code: '7212', name: { ...names, ru: 'Сварщик' }, synonyms }, OCCUPATIONS)).toEqual([]);
  });
});
