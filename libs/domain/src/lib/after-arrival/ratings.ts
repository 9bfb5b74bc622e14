/**
 * Ratings from those who worked there: who may rate an employer, and when the ratings of a company are public.
 * A rating is a migrant's word about a job they did, so only someone who arrived and worked at least 30 days rates.
 */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { ApplicationStatus } from '../applications/application-lifecycle';
import { addCalendarDays } from '../candidates/calendar-dates';
import { arrivalDateOf } from './check-ins';
import { calendarToday, MOSCOW_TIME_ZONE } from '../time/calendars';

/** Days of work after the arrival before a migrant may rate the employer. */
export const RATING_MIN_DAYS_WORKED = 30;

/**
 * Ratings of a company are shown (and returned by the API) only from this many on: fewer would let the employer guess
 * who wrote what, and a handful of ratings says little about an employer.
 */
export const RATINGS_SHOWN_FROM = 5;

/** The aspects rated 1 to 5. */
export const RATING_ASPECTS = ['wageOnTime', 'housing', 'treatment'] as const;
export type RatingAspect = (typeof RATING_ASPECTS)[number];
export const RATING_SCORE_MIN = 1;
export const RATING_SCORE_MAX = 5;
export const RATING_COMMENT_MAX_LENGTH = 1000;
export const RATING_ANSWER_MAX_LENGTH = 1000;

/** Why a migrant may not rate (yet); each is a problem code the web translates. */
export type RatingRefusal = 'rating.notWorked' | 'rating.tooSoon';

export type RatingEligibility = { eligible: true; eligibleFrom: IsoDate } | { eligible: false; reason: RatingRefusal; eligibleFrom: IsoDate | null };

export interface RatingEligibilityInput {
  status: ApplicationStatus;
  /** When the application became ARRIVED (its timeline entry), or null if it never did. */
  arrivedAt: Date | null;
  now: Date;
}

/** The first day the migrant may rate: the arrival's date plus 30 calendar days. */
export function ratingAllowedFrom(arrivedAt: Date): IsoDate {
  return addCalendarDays(arrivalDateOf(arrivedAt), RATING_MIN_DAYS_WORKED);
}

/**
 * Whether the migrant of an application may rate its employer now. The days count on the migrant's calendar after
 * arrival, which is Moscow's (the work is in Russia; the arrival date and check-ins count on it too): arrival date
 * + 30 calendar days ≤ today. Only WORKING counts as having worked: ARRIVED without the employer's confirmation of
 * the start, and NO_SHOW, do not. (A status after WORKING, when the lifecycle gets one, must be decided here: the
 * switch is exhaustive, so it will not compile silently.)
 */
export function ratingEligibility({ status, arrivedAt, now }: RatingEligibilityInput): RatingEligibility {
  switch (status) {
    case ApplicationStatus.Working: {
      if (arrivedAt === null) return { eligible: false, reason: 'rating.notWorked', eligibleFrom: null };
      const eligibleFrom = ratingAllowedFrom(arrivedAt);
      return calendarToday(MOSCOW_TIME_ZONE, now) >= eligibleFrom
        ? { eligible: true, eligibleFrom }
        : { eligible: false, reason: 'rating.tooSoon', eligibleFrom };
    }
    case ApplicationStatus.Arrived:
      // Arrived but the employer has not confirmed the start: the 30 days are known, the work is not.
      return { eligible: false, reason: 'rating.notWorked', eligibleFrom: arrivedAt === null ? null : ratingAllowedFrom(arrivedAt) };
    case ApplicationStatus.Submitted:
    case ApplicationStatus.Shortlisted:
    case ApplicationStatus.Declined:
    case ApplicationStatus.InBatch:
    case ApplicationStatus.Approved:
    case ApplicationStatus.Refused:
    case ApplicationStatus.Departed:
    case ApplicationStatus.NoShow:
    case ApplicationStatus.Withdrawn:
    case ApplicationStatus.Closed:
      return { eligible: false, reason: 'rating.notWorked', eligibleFrom: null };
  }
}

/** Whether a company's ratings (averages, share who recommend, comments) may be shown to anyone. */
export function ratingsArePublic(count: number): boolean {
  return count >= RATINGS_SHOWN_FROM;
}

/** A score is a whole number from 1 to 5. */
export function isRatingScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= RATING_SCORE_MIN && value <= RATING_SCORE_MAX;
}

/**
 * Whether the employer is told of a new rating: only once the company's ratings are public (the count after this
 * rating is 5 or more). Under 5 the employer cannot see or answer ratings, and "a worker rated you" from one of a
 * handful of workers would point at the author.
 */
export function employerToldOfRating(countAfter: number): boolean {
  return ratingsArePublic(countAfter);
}
