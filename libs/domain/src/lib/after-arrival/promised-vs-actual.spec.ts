import { ApplicationStatus } from '../applications/application-lifecycle';
import {
  CONTRACT_REPORTS,
  HOUSING_REPORTS,
  TERMS_DIFFERENCES,
  canReportOnWork,
  countDifferences,
  termsDifferences,
  type ContractReport,
  type HousingReport,
  type TermsDifference,
} from './promised-vs-actual';

const promised = { monthlyWageRoubles: 60_000, weeklyHours: 40 };
const asPromised = { monthlyWageRoubles: 60_000, weeklyHours: 40, housing: 'asDescribed' as const, contract: 'asSigned' as const };

describe('termsDifferences', () => {
  it('finds none when everything is exactly as promised', () => {
    expect(termsDifferences(promised, asPromised)).toEqual([]);
  });

  it('a wage one rouble below the promise differs; equal or above does not', () => {
    expect(termsDifferences(promised, { ...asPromised, monthlyWageRoubles: 59_999 })).toEqual(['wageBelow']);
    expect(termsDifferences(promised, { ...asPromised, monthlyWageRoubles: 60_000 })).toEqual([]);
    expect(termsDifferences(promised, { ...asPromised, monthlyWageRoubles: 70_000 })).toEqual([]);
  });

  it('one hour above the promise differs; equal or fewer does not', () => {
    expect(termsDifferences(promised, { ...asPromised, weeklyHours: 41 })).toEqual(['hoursAbove']);
    expect(termsDifferences(promised, { ...asPromised, weeklyHours: 40 })).toEqual([]);
    expect(termsDifferences(promised, { ...asPromised, weeklyHours: 30 })).toEqual([]);
  });

  const housing: Record<HousingReport, TermsDifference[]> = { asDescribed: [], worse: ['housingWorse'], none: ['housingNone'] };
  it.each(HOUSING_REPORTS)('housing %s', (report) => {
    expect(termsDifferences(promised, { ...asPromised, housing: report })).toEqual(housing[report]);
  });

  const contract: Record<ContractReport, TermsDifference[]> = { asSigned: [], substituted: ['contractSubstituted'], none: ['contractNone'] };
  it.each(CONTRACT_REPORTS)('contract %s', (report) => {
    expect(termsDifferences(promised, { ...asPromised, contract: report })).toEqual(contract[report]);
  });

  it('lists every difference at once, in the page order', () => {
    expect(termsDifferences(promised, { monthlyWageRoubles: 30_000, weeklyHours: 72, housing: 'worse', contract: 'substituted' })).toEqual([
      'wageBelow',
      'hoursAbove',
      'housingWorse',
      'contractSubstituted',
    ]);
  });
});

describe('countDifferences', () => {
  it('counts each difference once per report, zero for the rest', () => {
    const counts = countDifferences([['wageBelow', 'hoursAbove'], ['wageBelow'], [], ['contractSubstituted', 'contractSubstituted']]);
    expect(counts).toEqual({ wageBelow: 2, hoursAbove: 1, housingWorse: 0, housingNone: 0, contractSubstituted: 1, contractNone: 0 });
    expect(Object.keys(countDifferences([]))).toEqual([...TERMS_DIFFERENCES]);
  });
});

describe('canReportOnWork', () => {
  it.each(Object.values(ApplicationStatus))('%s', (status) => {
    expect(canReportOnWork(status)).toBe(status === ApplicationStatus.Arrived || status === ApplicationStatus.Working);
  });
});
