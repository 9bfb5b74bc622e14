/** How long the migrant's timeline says a stage will take: what recent applications took, else a cautious default. */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { assertIsoDate } from '../vacancies/wage-floor';
import { addCalendarDays, isoWeekday } from '../candidates/calendar-dates';
import { ApplicationStatus } from './application-lifecycle';

/** The statuses an application waits in for someone else; the stage ends with the next move out of it. */
export type TimedStage = ApplicationStatus.Submitted | ApplicationStatus.Shortlisted | ApplicationStatus.InBatch | ApplicationStatus.Approved;

export const TIMED_STAGES: readonly TimedStage[] = [
  ApplicationStatus.Submitted,
  ApplicationStatus.Shortlisted,
  ApplicationStatus.InBatch,
  ApplicationStatus.Approved,
];

/** Calendar days shown while too few applications have gone through a stage recently to say better. */
export const DEFAULT_STAGE_DURATION_DAYS: Readonly<Record<TimedStage, number>> = {
  // The employer's decision on a new application.
  [ApplicationStatus.Submitted]: 7,
  // The employer gathering shortlisted migrants into a batch.
  [ApplicationStatus.Shortlisted]: 7,
  // The attaché decides within 3 working days; with a weekend in between that is up to 5 calendar days.
  [ApplicationStatus.InBatch]: 5,
  // Documents, tickets and travel after approval.
  [ApplicationStatus.Approved]: 21,
};

/** Only stages that ended this recently count: how fast employers and the attaché work changes with the season. */
export const STAGE_OBSERVATION_WINDOW_DAYS = 90;

/** The first day of the window: a stage that ended on or after this day, up to today, is a sample. */
export function observationWindowStart(today: IsoDate): IsoDate {
  return addCalendarDays(today, -STAGE_OBSERVATION_WINDOW_DAYS);
}

function assertDuration(days: number): void {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`A stage cannot last ${days} days`);
}

/**
 * The median of durations in days, fractions allowed; null when there are none. The median rather than the mean,
 * so that one application forgotten for months does not stretch what everyone else is told.
 * Throws on a negative or non-finite duration: the query that produced it has a bug.
 */
export function medianDurationDays(samplesInDays: readonly number[]): number | null {
  samplesInDays.forEach(assertDuration);
  if (samplesInDays.length === 0) return null;
  const sorted = [...samplesInDays].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface ExpectedDurationOptions {
  /** Fewer recent samples than this and the default is shown instead: a median of two says little. */
  minSamples?: number;
  /** Overrides of DEFAULT_STAGE_DURATION_DAYS, e.g. from settings. */
  defaults?: Partial<Record<TimedStage, number>>;
}

export interface ExpectedDuration {
  /** Whole calendar days, rounded up: better to promise a day too many than one too few. */
  days: number;
  basis: 'observed' | 'default';
  /** How many samples were given, also when there were too few to use. */
  sampleSize: number;
}

/**
 * The expected length of a stage. `samplesInDays` are the durations of that stage in applications whose stage
 * ended in the observation window (see observationWindowStart); the query selecting them does the filtering.
 */
export function expectedStageDuration(stage: TimedStage, samplesInDays: readonly number[], options: ExpectedDurationOptions = {}): ExpectedDuration {
  const minSamples = options.minSamples ?? 5;
  if (!Number.isInteger(minSamples) || minSamples < 1) throw new RangeError(`minSamples must be a whole number of at least 1: ${minSamples}`);
  const median = medianDurationDays(samplesInDays);
  const sampleSize = samplesInDays.length;
  if (median !== null && sampleSize >= minSamples) return { days: Math.ceil(median), basis: 'observed', sampleSize };
  const fallback = options.defaults?.[stage] ?? DEFAULT_STAGE_DURATION_DAYS[stage];
  assertDuration(fallback);
  return { days: Math.ceil(fallback), basis: 'default', sampleSize };
}

/**
 * The date `n` working days (Monday to Friday) after `date`, or before it when `n` is negative; `date` itself when
 * n is 0, even on a weekend. Public holidays of Kyrgyzstan and Russia are not counted out: a deadline computed here
 * may fall on one.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`A number of working days must be whole: ${n}`);
  const step = n < 0 ? -1 : 1;
  let current = date;
  let remaining = Math.abs(n);
  assertIsoDate(date);
  while (remaining > 0) {
    current = addCalendarDays(current, step);
    if (isoWeekday(current) <= 5) remaining -= 1;
  }
  return current;
}
