import { MINIMUM_WAGE_TABLE, type MinimumWageEntry } from './minimum-wage-table';
import { assertIsoDate, wageFloorFor, wageProblem } from './wage-floor';
import { RUSSIAN_REGIONS, isRussianRegionCode } from '../geography/russian-regions';

const floorOf = (region: string | null, date: string) => wageFloorFor(region, date)?.monthlyRoubles;

/** Calendar days from `from` to `to`, inclusive. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

describe('the minimum wage table', () => {
  it('names a known region (or none) and a real date for every entry, with a positive whole-rouble figure and a source', () => {
    for (const entry of MINIMUM_WAGE_TABLE) {
      expect(entry.regionCode === null || isRussianRegionCode(entry.regionCode)).toBe(true);
      expect(() => assertIsoDate(entry.effectiveFrom)).not.toThrow();
      expect(Number.isInteger(entry.monthlyRoubles) && entry.monthlyRoubles > 0).toBe(true);
      expect(entry.source.trim().length).toBeGreaterThan(10);
    }
  });

  it('has at most one entry per region and date', () => {
    const keys = MINIMUM_WAGE_TABLE.map((e) => `${e.regionCode ?? 'RF'}@${e.effectiveFrom}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never records a regional minimum below the federal МРОТ of the day it came into force', () => {
    for (const entry of MINIMUM_WAGE_TABLE.filter((e) => e.regionCode !== null)) {
      const federal = wageFloorFor(null, entry.effectiveFrom);
      expect([entry.regionCode, entry.effectiveFrom, entry.monthlyRoubles >= federal!.monthlyRoubles]).toEqual([
        entry.regionCode,
        entry.effectiveFrom,
        true,
      ]);
    }
  });

  it('grows the federal МРОТ every year', () => {
    const federal = MINIMUM_WAGE_TABLE.filter((e) => e.regionCode === null).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    expect(federal.map((e) => [e.effectiveFrom, e.monthlyRoubles])).toEqual([
      ['2023-01-01', 16_242],
      ['2024-01-01', 19_242],
      ['2025-01-01', 22_440],
      ['2026-01-01', 27_093],
    ]);
  });
});

describe('the wage floor', () => {
  it.each([
    ['2023-01-01', 16_242, '2023-01-01', 'Федеральный закон от 19.12.2022 № 522-ФЗ'],
    ['2023-12-31', 16_242, '2023-01-01', 'Федеральный закон от 19.12.2022 № 522-ФЗ'],
    ['2024-01-01', 19_242, '2024-01-01', 'Федеральный закон от 27.11.2023 № 548-ФЗ'],
    ['2024-12-31', 19_242, '2024-01-01', 'Федеральный закон от 27.11.2023 № 548-ФЗ'],
    ['2025-01-01', 22_440, '2025-01-01', 'Федеральный закон от 29.10.2024 № 365-ФЗ'],
    ['2025-12-31', 22_440, '2025-01-01', 'Федеральный закон от 29.10.2024 № 365-ФЗ'],
    ['2026-01-01', 27_093, '2026-01-01', 'Федеральный закон от 28.11.2025 № 429-ФЗ'],
    ['2030-06-15', 27_093, '2026-01-01', 'Федеральный закон от 28.11.2025 № 429-ФЗ'],
  ])('is the federal МРОТ on %p: %p roubles', (date, monthlyRoubles, effectiveFrom, source) => {
    expect(wageFloorFor(null, date)).toEqual({ monthlyRoubles, source, effectiveFrom, regional: false });
  });

  it('is unknown before the table starts', () => {
    expect(wageFloorFor(null, '2022-12-31')).toBeNull();
    expect(wageFloorFor('77', '2022-12-31')).toBeNull();
  });

  it('is the federal МРОТ in a region without a recorded regional minimum', () => {
    for (const date of ['2023-06-01', '2024-06-01', '2025-06-01', '2026-06-01']) {
      expect(wageFloorFor('66', date)).toEqual({ ...wageFloorFor(null, date), regional: false });
    }
  });

  it.each([
    ['77', '2023-12-31', 16_242, false],
    ['77', '2024-01-01', 29_389, true],
    ['77', '2024-12-31', 29_389, true],
    ['77', '2025-01-01', 32_916, true],
    ['77', '2025-12-31', 32_916, true],
    ['77', '2026-01-01', 39_730, true],
    ['78', '2023-12-31', 16_242, false],
    ['78', '2024-01-01', 25_000, true],
    ['78', '2024-12-31', 25_000, true],
    ['78', '2025-01-01', 28_750, true],
    ['78', '2025-12-31', 28_750, true],
    ['78', '2026-01-01', 31_250, true],
    ['50', '2025-10-31', 22_440, false],
    ['50', '2025-11-01', 24_500, true],
    ['50', '2025-12-31', 24_500, true],
    // The oblast's 24 500 is below the new federal МРОТ, so the federal figure wins.
    ['50', '2026-01-01', 27_093, false],
    // Leningrad Oblast: regional agreements, each above the federal figure of its year.
    ['47', '2023-12-31', 16_242, false],
    ['47', '2024-01-01', 20_125, true],
    ['47', '2024-12-31', 20_125, true],
    ['47', '2025-01-01', 23_800, true],
    ['47', '2025-12-31', 23_800, true],
    ['47', '2026-01-01', 27_440, true],
    ['47', '2030-06-15', 27_440, true],
  ])('in region %p on %p is %p roubles (regional: %p)', (region, date, monthlyRoubles, regional) => {
    expect(wageFloorFor(region, date)).toMatchObject({ monthlyRoubles, regional });
  });

  it('names the Leningrad Oblast agreement of 24.11.2025 for 2026', () => {
    expect(wageFloorFor('47', '2026-03-01')?.source).toContain('Ленинградской области на 2026 год от 24.11.2025');
  });

  it('names the regional agreement when it sets the floor', () => {
    expect(wageFloorFor('77', '2025-03-01')).toEqual({
      monthlyRoubles: 32_916,
      effectiveFrom: '2025-01-01',
      source: 'Соглашение о минимальной заработной плате в городе Москве на 2025 год от 20.12.2024 № 77-1697',
      regional: true,
    });
  });

  it('prefers the federal МРОТ when a regional figure only equals it, and ignores the order of the table', () => {
    const table: MinimumWageEntry[] = [
      { regionCode: '16', monthlyRoubles: 20_000, effectiveFrom: '2024-03-01', source: 'regional 2' },
      { regionCode: null, monthlyRoubles: 20_000, effectiveFrom: '2024-01-01', source: 'federal' },
      { regionCode: '16', monthlyRoubles: 19_000, effectiveFrom: '2024-02-01', source: 'regional 1' },
    ];
    expect(wageFloorFor('16', '2024-02-15', table)).toEqual({
      monthlyRoubles: 20_000,
      effectiveFrom: '2024-01-01',
      source: 'federal',
      regional: false,
    });
    expect(wageFloorFor('16', '2024-03-01', table)).toMatchObject({ source: 'federal', regional: false });
    expect(wageFloorFor('16', '2024-03-01', [...table].reverse())).toMatchObject({ source: 'federal' });
    expect(wageFloorFor('16', '2023-12-31', table)).toBeNull();
  });

  it('rejects dates that are not calendar dates', () => {
    for (const date of ['2025-02-29', '2025-13-01', '2025-1-1', '01.01.2025', '2025-01-01T00:00:00Z', '']) {
      expect(() => wageFloorFor('77', date)).toThrow(RangeError);
    }
    expect(() => wageFloorFor(null, '2024-02-29')).not.toThrow();
  });

  it('for every region and every day of 2023–2026 is at least the federal МРОТ and changes only on an effective date', () => {
    const effectiveDates = new Set(MINIMUM_WAGE_TABLE.map((e) => e.effectiveFrom));
    const days = daysBetween('2023-01-01', '2026-12-31');
    for (const region of [null, ...RUSSIAN_REGIONS.map((r) => r.code)]) {
      let previous: number | undefined;
      for (const day of days) {
        const floor = wageFloorFor(region, day)!;
        if (floor.monthlyRoubles < floorOf(null, day)! || (previous !== undefined && floor.monthlyRoubles !== previous && !effectiveDates.has(day))) {
          throw new Error(`Unexpected floor ${floor.monthlyRoubles} in ${region} on ${day}`);
        }
        previous = floor.monthlyRoubles;
      }
    }
  });
});

describe('the wage of a vacancy', () => {
  it('may equal the floor but not be a rouble below it', () => {
    expect(wageProblem(22_440, '66', '2025-05-01')).toBeNull();
    expect(wageProblem(22_439, '66', '2025-05-01')).toEqual({
      code: 'wage.belowFloor',
      params: { floor: 22_440, effectiveFrom: '2025-01-01', source: 'Федеральный закон от 29.10.2024 № 365-ФЗ' },
    });
  });

  it('must meet the regional minimum where one applies', () => {
    expect(wageProblem(30_000, '77', '2025-05-01')).toMatchObject({ code: 'wage.belowFloor', params: { floor: 32_916 } });
    expect(wageProblem(30_000, '66', '2025-05-01')).toBeNull();
    expect(wageProblem(39_730, '77', '2026-01-01')).toBeNull();
  });

  it('is checked against the floor of the start date, not of today', () => {
    expect(wageProblem(25_000, '66', '2025-12-31')).toBeNull();
    expect(wageProblem(25_000, '66', '2026-01-01')).toMatchObject({ params: { floor: 27_093 } });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('treats %p as below the floor', (wage) => {
    expect(wageProblem(wage, null, '2025-05-01')?.code).toBe('wage.belowFloor');
  });

  it('refuses to judge a start date before the table, which points to a bug upstream', () => {
    expect(() => wageProblem(50_000, '77', '2022-12-31')).toThrow(RangeError);
  });
});
