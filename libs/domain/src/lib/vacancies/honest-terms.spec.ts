import { VacancyTermsFindingCode as Code, vacancyTermsFindings, type CheckedVacancyTerms } from './honest-terms';
import type { MinimumWageEntry } from './minimum-wage-table';
import { NORMAL_WORKING_WEEK, OVERTIME_LIMITS } from './working-time';

const FEDERAL_2026 = 'Федеральный закон от 28.11.2025 № 429-ФЗ';
const ART_91 = 'Трудовой кодекс РФ, ст. 91';
const ART_99 = 'Трудовой кодекс РФ, ст. 99';

/** Sverdlovsk Oblast (66) has no regional minimum: the floor on 2026-06-01 is the federal 27 093 ₽. */
const honest: CheckedVacancyTerms = {
  monthlyWageRoubles: 60_000,
  weeklyHours: 40,
  housing: 'FREE',
  housingCostRoubles: null,
  meals: 'FREE',
  contractMonths: 12,
  regionCode: '66',
  startDate: '2026-06-01',
};
const codes = (terms: Partial<CheckedVacancyTerms>) => vacancyTermsFindings({ ...honest, ...terms }).map((f) => f.code);

describe('the working-time limits', () => {
  it('name the Labour Code article beside each value', () => {
    expect(NORMAL_WORKING_WEEK).toEqual({ hours: 40, source: ART_91 });
    expect(OVERTIME_LIMITS).toEqual({ twoConsecutiveDaysHours: 4, yearHours: 120, source: ART_99 });
  });
});

describe('the honest-terms check', () => {
  it('finds nothing in honest terms', () => {
    expect(vacancyTermsFindings(honest)).toEqual([]);
  });

  it('finds in 35 000 ₽ housing, a 30 000 ₽ wage and 72 hours a week every red finding, with its figures and law', () => {
    const findings = vacancyTermsFindings({
      ...honest,
      monthlyWageRoubles: 30_000,
      weeklyHours: 72,
      housing: 'PAID',
      housingCostRoubles: 35_000,
      contractMonths: 6,
    });
    expect(findings).toEqual([
      {
        code: Code.HousingCostsWage,
        severity: 'danger',
        params: { wageRoubles: 30_000, housingCostRoubles: 35_000, netWageRoubles: -5_000 },
        source: null,
      },
      { code: Code.HoursAboveNormalWeek, severity: 'danger', params: { hours: 72, normalHours: 40, overtimeHours: 32 }, source: ART_91 },
      { code: Code.OvertimeAboveYearlyLimit, severity: 'danger', params: { overtimeHours: 32, yearLimitHours: 120, weeks: 4 }, source: ART_99 },
      {
        code: Code.HourlyWageBelowFloor,
        severity: 'danger',
        // 30 000 / (72 × 52/12) and 27 093 / (40 × 52/12), to the kopeck.
        params: { hours: 72, wageRoubles: 30_000, hourlyWageRoubles: 96.15, floorRoubles: 27_093, hourlyFloorRoubles: 156.31 },
        source: `${FEDERAL_2026}; ${ART_91}`,
      },
    ]);
  });

  describe('the wage left after the housing', () => {
    it.each<[string, Partial<CheckedVacancyTerms>, Code[]]>([
      ['housing costing more than the wage', { monthlyWageRoubles: 30_000, housing: 'PAID', housingCostRoubles: 35_000 }, [Code.HousingCostsWage]],
      ['housing costing exactly the wage', { monthlyWageRoubles: 30_000, housing: 'PAID', housingCostRoubles: 30_000 }, [Code.HousingCostsWage]],
      ['one rouble left, below the floor', { monthlyWageRoubles: 30_000, housing: 'PAID', housingCostRoubles: 29_999 }, [Code.NetWageBelowFloor]],
      ['a rouble below the floor', { monthlyWageRoubles: 37_092, housing: 'PAID', housingCostRoubles: 10_000 }, [Code.NetWageBelowFloor]],
      ['exactly the floor left', { monthlyWageRoubles: 37_093, housing: 'PAID', housingCostRoubles: 10_000 }, []],
      ['well above the floor', { monthlyWageRoubles: 80_000, housing: 'PAID', housingCostRoubles: 10_000 }, []],
      ['free housing', { monthlyWageRoubles: 27_093, housing: 'FREE', housingCostRoubles: null }, []],
      ['no housing', { monthlyWageRoubles: 27_093, housing: 'NONE', housingCostRoubles: null }, []],
      // A cost without paid housing is refused by the API; were it there, it is not a charge.
      ['a cost beside free housing', { monthlyWageRoubles: 30_000, housing: 'FREE', housingCostRoubles: 35_000 }, []],
      ['paid housing whose cost is not typed yet', { monthlyWageRoubles: 30_000, housing: 'PAID', housingCostRoubles: null }, []],
      ['paid housing at no cost', { monthlyWageRoubles: 30_000, housing: 'PAID', housingCostRoubles: 0 }, []],
      ['a wage not typed yet', { monthlyWageRoubles: null, housing: 'PAID', housingCostRoubles: 35_000 }, []],
      ['a wage that is not a number', { monthlyWageRoubles: Number.NaN, housing: 'PAID', housingCostRoubles: 35_000 }, []],
      ['a wage below the floor with no charge (the wage-floor check says it)', { monthlyWageRoubles: 20_000 }, []],
    ])('%s', (_case, terms, expected) => {
      expect(codes(terms)).toEqual(expected);
    });

    it('names the figures and the floor’s act when the wage left is below the floor', () => {
      expect(vacancyTermsFindings({ ...honest, monthlyWageRoubles: 37_092, housing: 'PAID', housingCostRoubles: 10_000 })).toEqual([
        {
          code: Code.NetWageBelowFloor,
          severity: 'warning',
          params: { wageRoubles: 37_092, housingCostRoubles: 10_000, netWageRoubles: 27_092, floorRoubles: 27_093 },
          source: FEDERAL_2026,
        },
      ]);
    });

    it.each<[string, string | null, string | null, number, Code[]]>([
      ['Moscow’s regional minimum (39 730 ₽ in 2026)', '77', '2026-06-01', 45_000, [Code.NetWageBelowFloor]],
      ['the federal floor of 2025 (22 440 ₽)', '66', '2025-06-01', 33_000, []],
      ['the federal floor of 2026 (27 093 ₽)', '66', '2026-06-01', 33_000, [Code.NetWageBelowFloor]],
      ['the federal floor without a region', null, '2026-06-01', 35_000, [Code.NetWageBelowFloor]],
      ['no start date yet: no floor to compare with', '66', null, 30_000, []],
      ['a start date half typed', '66', '2026-06', 30_000, []],
      ['a start date before the minimum wage table', '66', '2022-06-01', 30_000, []],
    ])('compares the wage left with %s', (_case, regionCode, startDate, wage, expected) => {
      expect(codes({ regionCode, startDate, monthlyWageRoubles: wage, housing: 'PAID', housingCostRoubles: 10_000 })).toEqual(expected);
    });
  });

  it.each<[string, Code[]]>([
    ['PAID', [Code.MealsCostNotStated]],
    ['FREE', []],
    ['NONE', []],
  ])('meals %s: a charge without a stated cost is a warning', (meals, expected) => {
    expect(codes({ meals })).toEqual(expected);
    if (expected.length) expect(vacancyTermsFindings({ ...honest, meals })[0]).toMatchObject({ severity: 'warning', params: {}, source: null });
  });

  describe('the hours', () => {
    it.each<[number | null, Code[]]>([
      [1, []],
      [36, []],
      [40, []],
      [41, [Code.HoursAboveNormalWeek]],
      [48, [Code.HoursAboveNormalWeek]],
      [72, [Code.HoursAboveNormalWeek, Code.OvertimeAboveYearlyLimit]],
      [null, []],
      [Number.NaN, []],
    ])('%p hours a week (a 500 000 ₽ wage, a one-month contract)', (weeklyHours, expected) => {
      expect(codes({ weeklyHours, monthlyWageRoubles: 500_000, contractMonths: 1 })).toEqual(expected);
    });

    it('says the hours above the normal week, red, with art. 91', () => {
      expect(vacancyTermsFindings({ ...honest, weeklyHours: 41, monthlyWageRoubles: 200_000, contractMonths: 1 })).toEqual([
        { code: Code.HoursAboveNormalWeek, severity: 'danger', params: { hours: 41, normalHours: 40, overtimeHours: 1 }, source: ART_91 },
      ]);
    });
  });

  describe('the yearly overtime limit of 120 hours over the contract (art. 99)', () => {
    it.each<[number, number | null, number | null]>([
      // [weekly hours, contract months, the week the limit is passed in (null: not passed)]
      [41, 12, null], // 1 h × 52 weeks = 52 h
      [42, 12, null], // 2 h × 52 weeks = 104 h
      [43, 12, 41], // 3 h × 52 weeks = 156 h
      [48, 12, 16],
      [44, 6, null], // 4 h × 26 weeks = 104 h
      [45, 6, 25], // 5 h × 26 weeks = 130 h
      [67, 1, null], // 27 h × 4.33 weeks = 117 h
      [70, 1, 5], // 30 h × 4.33 weeks = 130 h
      [72, 36, 4], // a longer contract: each year counts alone
      [41, 36, null],
      [48, null, null], // the contract length not typed yet
    ])('%p hours for %p months', (weeklyHours, contractMonths, week) => {
      const finding = vacancyTermsFindings({ ...honest, weeklyHours, contractMonths, monthlyWageRoubles: 500_000 }).find(
        (f) => f.code === Code.OvertimeAboveYearlyLimit,
      );
      expect(finding?.params['weeks'] ?? null).toBe(week);
      if (finding)
        expect(finding).toMatchObject({ severity: 'danger', source: ART_99, params: { overtimeHours: weeklyHours - 40, yearLimitHours: 120 } });
    });
  });

  describe('the wage per hour when the week is longer than 40 hours', () => {
    it.each<[number, number, boolean]>([
      // floor 27 093 ₽: enough when wage × 40 ≥ 27 093 × hours
      [41, 27_770, true], // 1 110 800 < 1 110 813
      [41, 27_771, false], // 1 110 840
      [48, 32_511, true], // 1 300 440 < 1 300 464
      [48, 32_512, false],
      [72, 48_767, true], // 1 950 680 < 1 950 696
      [72, 48_768, false],
      [40, 27_093, false], // the normal week: the monthly floor alone applies (the wage-floor check)
      [36, 20_000, false],
    ])('%p hours at %p ₽ a month: below the floor per hour is %p', (weeklyHours, wage, below) => {
      const found = vacancyTermsFindings({ ...honest, weeklyHours, monthlyWageRoubles: wage, contractMonths: 1 });
      expect(found.some((f) => f.code === Code.HourlyWageBelowFloor)).toBe(below);
    });

    it('uses the regional minimum where it is higher', () => {
      // Moscow 2026: 39 730 ₽; 50 000 ₽ for 41 hours is fine in Sverdlovsk Oblast, not in Moscow (50 000 × 40 < 39 730 × 51).
      expect(codes({ regionCode: '77', weeklyHours: 51, monthlyWageRoubles: 50_000, contractMonths: 1 })).toContain(Code.HourlyWageBelowFloor);
      expect(codes({ regionCode: '66', weeklyHours: 51, monthlyWageRoubles: 50_000, contractMonths: 1 })).not.toContain(Code.HourlyWageBelowFloor);
    });

    it('is not judged without a floor or a wage', () => {
      expect(codes({ startDate: null, weeklyHours: 72, monthlyWageRoubles: 1_000, contractMonths: 1 })).toEqual([
        Code.HoursAboveNormalWeek,
        Code.OvertimeAboveYearlyLimit,
      ]);
      expect(codes({ weeklyHours: 72, monthlyWageRoubles: null, contractMonths: 1 })).toEqual([
        Code.HoursAboveNormalWeek,
        Code.OvertimeAboveYearlyLimit,
      ]);
    });
  });

  it('takes the floor from the table it is given', () => {
    const table: MinimumWageEntry[] = [{ regionCode: null, monthlyRoubles: 100_000, effectiveFrom: '2026-01-01', source: 'test act' }];
    expect(vacancyTermsFindings({ ...honest, housing: 'PAID', housingCostRoubles: 1 }, table)).toEqual([
      expect.objectContaining({ code: Code.NetWageBelowFloor, source: 'test act', params: expect.objectContaining({ floorRoubles: 100_000 }) }),
    ]);
  });

  it('lists the findings in the order of the codes', () => {
    const all = codes({
      monthlyWageRoubles: 30_000,
      weeklyHours: 72,
      housing: 'PAID',
      housingCostRoubles: 35_000,
      meals: 'PAID',
      contractMonths: 12,
    });
    expect(all).toEqual(Object.values(Code).filter((code) => code !== Code.NetWageBelowFloor));
  });
});
