/**
 * What a vacancy's own terms say once they are added up: the wage left after the housing it charges, the hours
 * against the normal working week, the wage per hour against the minimum. Shown to the employer in the editor and
 * to the attaché at review; findings, never refusals (the wage floor alone refuses a submission, see wageProblem).
 */
import { MINIMUM_WAGE_TABLE, type IsoDate, type MinimumWageEntry } from './minimum-wage-table';
import { wageFloorFor } from './wage-floor';
import { NORMAL_WORKING_WEEK, OVERTIME_LIMITS, WEEKS_PER_MONTH } from './working-time';

export enum VacancyTermsFindingCode {
  /** The housing costs as much as the wage or more: nothing, or a debt, is left. */
  HousingCostsWage = 'termsFinding.housingCostsWage',
  /** The wage left after the housing is below the minimum wage of the region on the start date. */
  NetWageBelowFloor = 'termsFinding.netWageBelowFloor',
  /** Meals are charged, at a cost the vacancy does not state: the wage left is lower than it shows. */
  MealsCostNotStated = 'termsFinding.mealsCostNotStated',
  /** More weekly hours than the normal working week (Labour Code art. 91). */
  HoursAboveNormalWeek = 'termsFinding.hoursAboveNormalWeek',
  /** The hours above the normal week, over the contract, exceed the yearly overtime limit (Labour Code art. 99). */
  OvertimeAboveYearlyLimit = 'termsFinding.overtimeAboveYearlyLimit',
  /** Longer than the normal week for a wage that, per hour, is below the minimum wage per normal hour. */
  HourlyWageBelowFloor = 'termsFinding.hourlyWageBelowFloor',
}

/** `danger`: the terms cannot be honest as stated (shown red); `warning`: the reader must look twice. */
export type VacancyTermsFindingSeverity = 'danger' | 'warning';

export interface VacancyTermsFinding {
  code: VacancyTermsFindingCode;
  severity: VacancyTermsFindingSeverity;
  /** The figures of the finding, the placeholders of its message: sums end in `Roubles`, the rest are hours or weeks. */
  params: Readonly<Record<string, number>>;
  /** The act and article (or the wage floor's act) the figures are measured against; null when nothing is compared. */
  source: string | null;
}

/** The terms the check reads, as a vacancy (or the editor's form, where a number may still be missing) holds them. */
export interface CheckedVacancyTerms {
  monthlyWageRoubles: number | null;
  weeklyHours: number | null;
  /** HousingOption: only PAID housing has a cost. */
  housing: string;
  housingCostRoubles: number | null;
  /** MealsOption: PAID meals have no stated cost. */
  meals: string;
  contractMonths: number | null;
  regionCode: string | null;
  startDate: IsoDate | null;
}

const PAID = 'PAID';

const known = (value: number | null): value is number => value !== null && Number.isFinite(value);
const kopecks = (roubles: number) => Math.round(roubles * 100) / 100;

/** Every finding, in the order of the enum. A figure that is missing (a form half filled) skips the checks it feeds. */
export function vacancyTermsFindings(terms: CheckedVacancyTerms, table: readonly MinimumWageEntry[] = MINIMUM_WAGE_TABLE): VacancyTermsFinding[] {
  const floor = floorOf(terms, table);
  return [...netWageFindings(terms, floor), ...workingTimeFindings(terms, floor)];
}

function floorOf(terms: CheckedVacancyTerms, table: readonly MinimumWageEntry[]): { roubles: number; source: string } | null {
  if (terms.startDate === null) return null;
  try {
    const floor = wageFloorFor(terms.regionCode, terms.startDate, table);
    return floor && { roubles: floor.monthlyRoubles, source: floor.source };
  } catch {
    // Not a calendar date yet (the editor's form): no floor to compare with.
    return null;
  }
}

function netWageFindings(terms: CheckedVacancyTerms, floor: { roubles: number; source: string } | null): VacancyTermsFinding[] {
  const findings: VacancyTermsFinding[] = [];
  const wage = terms.monthlyWageRoubles;
  const housingCost = terms.housing === PAID && known(terms.housingCostRoubles) ? terms.housingCostRoubles : 0;
  if (known(wage) && housingCost > 0) {
    const params = { wageRoubles: wage, housingCostRoubles: housingCost, netWageRoubles: wage - housingCost };
    if (wage - housingCost <= 0) {
      findings.push({ code: VacancyTermsFindingCode.HousingCostsWage, severity: 'danger', params, source: null });
    } else if (floor !== null && wage - housingCost < floor.roubles) {
      findings.push({
        code: VacancyTermsFindingCode.NetWageBelowFloor,
        severity: 'warning',
        params: { ...params, floorRoubles: floor.roubles },
        source: floor.source,
      });
    }
  }
  if (terms.meals === PAID) findings.push({ code: VacancyTermsFindingCode.MealsCostNotStated, severity: 'warning', params: {}, source: null });
  return findings;
}

function workingTimeFindings(terms: CheckedVacancyTerms, floor: { roubles: number; source: string } | null): VacancyTermsFinding[] {
  const hours = terms.weeklyHours;
  const normal = NORMAL_WORKING_WEEK.hours;
  if (!known(hours) || hours <= normal) return [];
  const overtime = hours - normal;
  const findings: VacancyTermsFinding[] = [
    {
      code: VacancyTermsFindingCode.HoursAboveNormalWeek,
      severity: 'danger',
      params: { hours, normalHours: normal, overtimeHours: overtime },
      source: NORMAL_WORKING_WEEK.source,
    },
  ];
  const limit = OVERTIME_LIMITS.yearHours;
  // Over a contract of up to a year, or over each year of a longer one.
  const weeks = known(terms.contractMonths) ? Math.min(terms.contractMonths, 12) * WEEKS_PER_MONTH : null;
  if (weeks !== null && overtime * weeks > limit) {
    findings.push({
      code: VacancyTermsFindingCode.OvertimeAboveYearlyLimit,
      severity: 'danger',
      // The week in which the yearly limit is passed.
      params: { overtimeHours: overtime, yearLimitHours: limit, weeks: Math.floor(limit / overtime) + 1 },
      source: OVERTIME_LIMITS.source,
    });
  }
  const wage = terms.monthlyWageRoubles;
  // Integers compared: the wage per hour worked against the floor per normal hour.
  if (floor !== null && known(wage) && wage * normal < floor.roubles * hours) {
    findings.push({
      code: VacancyTermsFindingCode.HourlyWageBelowFloor,
      severity: 'danger',
      params: {
        hours,
        wageRoubles: wage,
        hourlyWageRoubles: kopecks(wage / (hours * WEEKS_PER_MONTH)),
        floorRoubles: floor.roubles,
        hourlyFloorRoubles: kopecks(floor.roubles / (normal * WEEKS_PER_MONTH)),
      },
      source: `${floor.source}; ${NORMAL_WORKING_WEEK.source}`,
    });
  }
  return findings;
}
