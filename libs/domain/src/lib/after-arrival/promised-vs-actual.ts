/**
 * Promised versus actual: what the migrant reports about the job they arrived at (wage, hours, housing, contract),
 * compared with the terms frozen at approval (the batch's decided terms). A report with any difference counts as
 * "not as promised" against the employer.
 */
import { ApplicationStatus } from '../applications/application-lifecycle';

/** How the housing turned out: as the vacancy described it, worse, or none provided at all. */
export const HOUSING_REPORTS = ['asDescribed', 'worse', 'none'] as const;
export type HousingReport = (typeof HOUSING_REPORTS)[number];

/** The contract the migrant works under: the one signed, another put in its place, or none at all. */
export const CONTRACT_REPORTS = ['asSigned', 'substituted', 'none'] as const;
export type ContractReport = (typeof CONTRACT_REPORTS)[number];

/** Whether a fee was only asked for or already paid. */
export const FEE_STATES = ['demanded', 'paid'] as const;
export type FeeState = (typeof FEE_STATES)[number];

/** Every way the job can differ from the promise, in the order the page lists them. */
export const TERMS_DIFFERENCES = ['wageBelow', 'hoursAbove', 'housingWorse', 'housingNone', 'contractSubstituted', 'contractNone'] as const;
export type TermsDifference = (typeof TERMS_DIFFERENCES)[number];

/** A migrant reports about a job they reached: arrived, or working. */
export const WORK_REPORT_STATUSES: readonly ApplicationStatus[] = [ApplicationStatus.Arrived, ApplicationStatus.Working];

export function canReportOnWork(status: ApplicationStatus): boolean {
  return WORK_REPORT_STATUSES.includes(status);
}

export interface PromisedTerms {
  monthlyWageRoubles: number;
  weeklyHours: number;
}

export interface ActualTerms {
  monthlyWageRoubles: number;
  weeklyHours: number;
  housing: HousingReport;
  contract: ContractReport;
}

/**
 * The differences between the promise and the report. A wage equal to the promise or above it, and hours equal or
 * fewer, are as promised; housing and contract differ when the migrant says so.
 */
export function termsDifferences(promised: PromisedTerms, actual: ActualTerms): TermsDifference[] {
  const found = new Set<TermsDifference>();
  if (actual.monthlyWageRoubles < promised.monthlyWageRoubles) found.add('wageBelow');
  if (actual.weeklyHours > promised.weeklyHours) found.add('hoursAbove');
  if (actual.housing === 'worse') found.add('housingWorse');
  if (actual.housing === 'none') found.add('housingNone');
  if (actual.contract === 'substituted') found.add('contractSubstituted');
  if (actual.contract === 'none') found.add('contractNone');
  return TERMS_DIFFERENCES.filter((difference) => found.has(difference));
}

/** How many reports showed each difference: the per-employer count the attaché reads. */
export function countDifferences(reports: ReadonlyArray<readonly TermsDifference[]>): Record<TermsDifference, number> {
  const counts = Object.fromEntries(TERMS_DIFFERENCES.map((difference) => [difference, 0])) as Record<TermsDifference, number>;
  for (const differences of reports) for (const difference of new Set(differences)) counts[difference] += 1;
  return counts;
}
