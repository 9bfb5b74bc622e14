import { RUSSIAN_REGIONS, RussianRegionType, isRussianRegionCode, regionByCode } from './russian-regions';

describe('Russian regions', () => {
  it('lists the 89 subjects Russian law counts, 6 of them annexed from Ukraine', () => {
    expect(RUSSIAN_REGIONS).toHaveLength(89);
    expect(RUSSIAN_REGIONS.filter((r) => r.annexedFromUkraineIn === 2014).map((r) => r.code)).toEqual(['91', '92']);
    expect(RUSSIAN_REGIONS.filter((r) => r.annexedFromUkraineIn === 2022).map((r) => r.code)).toEqual(['90', '93', '94', '95']);
  });

  it('has the constitutional count of each type', () => {
    const count = (type: RussianRegionType) => RUSSIAN_REGIONS.filter((r) => r.type === type).length;
    expect(count(RussianRegionType.Republic)).toBe(24);
    expect(count(RussianRegionType.Krai)).toBe(9);
    expect(count(RussianRegionType.Oblast)).toBe(48);
    expect(count(RussianRegionType.FederalCity)).toBe(3);
    expect(count(RussianRegionType.AutonomousOblast)).toBe(1);
    expect(count(RussianRegionType.AutonomousOkrug)).toBe(4);
  });

  it('uses unique two-digit codes in ascending order, and unique names', () => {
    const codes = RUSSIAN_REGIONS.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^\d{2}$/.test(c))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(RUSSIAN_REGIONS.map((r) => r.nameRu)).size).toBe(89);
    expect(new Set(RUSSIAN_REGIONS.map((r) => r.nameEn)).size).toBe(89);
  });

  it('skips the codes of merged autonomous okrugs and of Baikonur', () => {
    for (const code of ['00', '80', '81', '82', '84', '85', '88', '96', '99']) expect(regionByCode(code)).toBeUndefined();
  });

  it('names each region by its type in Russian', () => {
    for (const r of RUSSIAN_REGIONS) {
      const name = r.nameRu.toLowerCase();
      const expected: Record<RussianRegionType, boolean> = {
        [RussianRegionType.Republic]: name.includes('республик'),
        [RussianRegionType.Krai]: name.endsWith('край'),
        [RussianRegionType.Oblast]: name.includes('область'),
        [RussianRegionType.FederalCity]: !name.includes(' '),
        [RussianRegionType.AutonomousOblast]: name.includes('автономная область'),
        [RussianRegionType.AutonomousOkrug]: name.includes('автономный округ'),
      };
      expect([r.code, expected[r.type]]).toEqual([r.code, true]);
    }
  });

  it.each([
    ['77', 'Москва', RussianRegionType.FederalCity],
    ['78', 'Санкт-Петербург', RussianRegionType.FederalCity],
    ['50', 'Московская область', RussianRegionType.Oblast],
    ['66', 'Свердловская область', RussianRegionType.Oblast],
    ['16', 'Республика Татарстан', RussianRegionType.Republic],
    ['86', 'Ханты-Мансийский автономный округ — Югра', RussianRegionType.AutonomousOkrug],
    ['79', 'Еврейская автономная область', RussianRegionType.AutonomousOblast],
  ])('knows %p is %p', (code, nameRu, type) => {
    expect(regionByCode(code)).toMatchObject({ code, nameRu, type, annexedFromUkraineIn: null });
  });

  it('recognises region codes, and nothing else', () => {
    expect(isRussianRegionCode('77')).toBe(true);
    expect(isRussianRegionCode('7')).toBe(false);
    expect(isRussianRegionCode('077')).toBe(false);
    expect(isRussianRegionCode(77)).toBe(false);
    expect(isRussianRegionCode(null)).toBe(false);
  });
});
