/** Whether a migrant's foreign passport stays valid long enough for the job they are going to. */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { addCalendarMonths } from './calendar-dates';
import { assertIsoDate } from '../vacancies/wage-floor';

export type PassportValidityProblem = 'passport.expired' | 'passport.expiresBeforeContractEnd';

/**
 * Months the passport must outlast the contract. Kyrgyz citizens need no work patent in Russia (EAEU treaty,
 * since 2015), but they may stay and work only on a valid passport, and a passport that lapses in Russia means a
 * trip to a Kyrgyz consulate and new migration paperwork. Six months is the margin countries commonly ask beyond
 * a stay and leaves room to extend the contract; it is our policy, not a figure from Russian law, so callers
 * may pass another (0 asks only for validity to the contract's end).
 */
export const PASSPORT_MARGIN_MONTHS = 6;

export interface PassportValidityCheck {
  /** The last day the passport is valid. */
  expiresOn: IsoDate;
  today: IsoDate;
  contractMonths: number;
  /** The planned first day of work. */
  startDate: IsoDate;
  marginMonths?: number;
}

function assertMonths(months: number, what: string, minimum: number): void {
  if (!Number.isInteger(months) || months < minimum) throw new RangeError(`${what} must be a whole number of at least ${minimum}: ${months}`);
}

/** The day until which the passport must be valid: the contract's length plus the margin, counted from the start. */
export function passportRequiredUntil(startDate: IsoDate, contractMonths: number, marginMonths: number = PASSPORT_MARGIN_MONTHS): IsoDate {
  assertMonths(contractMonths, 'A contract length in months', 1);
  assertMonths(marginMonths, 'A passport margin in months', 0);
  // One addition, not two: adding the months in two steps would clamp 31 August to 28 February on the way.
  return addCalendarMonths(startDate, contractMonths + marginMonths);
}

/**
 * Null when the passport is fine. A passport is valid through its expiry date, so one expiring today has not
 * expired, and one expiring exactly on the required day is long enough. An expired passport is reported as such
 * even when the contract check would fail too: getting a new one fixes both.
 */
export function passportValidityProblem(check: PassportValidityCheck): PassportValidityProblem | null {
  const { expiresOn, today, contractMonths, startDate, marginMonths = PASSPORT_MARGIN_MONTHS } = check;
  assertIsoDate(expiresOn);
  assertIsoDate(today);
  const requiredUntil = passportRequiredUntil(startDate, contractMonths, marginMonths);
  if (expiresOn < today) return 'passport.expired';
  if (expiresOn < requiredUntil) return 'passport.expiresBeforeContractEnd';
  return null;
}
