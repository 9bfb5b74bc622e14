import { ALL_APPLICATION_STATUSES, ApplicationStatus } from '../applications/application-lifecycle';
import {
  RATINGS_SHOWN_FROM,
  RATING_MIN_DAYS_WORKED,
  employerToldOfRating,
  isRatingScore,
  ratingAllowedFrom,
  ratingEligibility,
  ratingsArePublic,
} from './ratings';

// Arrived at 10:00 Moscow time on 1 March 2026 (07:00 UTC).
const ARRIVED_AT = new Date('2026-03-01T07:00:00Z');
/** 09:00 Moscow time on `date`. */
const moscowMorning = (date: string) => new Date(`${date}T06:00:00Z`);

describe('ratingEligibility', () => {
  it('lets a working migrant rate from the arrival date + 30 calendar days on, in Moscow time', () => {
    expect(RATING_MIN_DAYS_WORKED).toBe(30);
    expect(ratingAllowedFrom(ARRIVED_AT)).toBe('2026-03-31');
    expect(ratingEligibility({ status: ApplicationStatus.Working, arrivedAt: ARRIVED_AT, now: moscowMorning('2026-03-31') })).toEqual({
      eligible: true,
      eligibleFrom: '2026-03-31',
    });
    expect(ratingEligibility({ status: ApplicationStatus.Working, arrivedAt: ARRIVED_AT, now: moscowMorning('2026-06-01') }).eligible).toBe(true);
  });

  it('refuses a working migrant with 29 days, saying from when they may rate', () => {
    expect(ratingEligibility({ status: ApplicationStatus.Working, arrivedAt: ARRIVED_AT, now: moscowMorning('2026-03-30') })).toEqual({
      eligible: false,
      reason: 'rating.tooSoon',
      eligibleFrom: '2026-03-31',
    });
    // The arrival day itself counts as day 0.
    expect(ratingEligibility({ status: ApplicationStatus.Working, arrivedAt: ARRIVED_AT, now: ARRIVED_AT }).eligible).toBe(false);
  });

  it('counts on the Moscow calendar, not UTC: 23:30 Moscow time is still the day before at UTC 20:30', () => {
    // Arrived 30 March 2026 at 00:30 Moscow time = 29 March 21:30 UTC: the arrival date is the 30th, in Moscow.
    const lateArrival = new Date('2026-03-29T21:30:00Z');
    expect(ratingAllowedFrom(lateArrival)).toBe('2026-04-29');
    // 28 April 23:30 Moscow = 28 April 20:30 UTC: one day short.
    expect(ratingEligibility({ status: ApplicationStatus.Working, arrivedAt: lateArrival, now: new Date('2026-04-28T20:30:00Z') }).eligible).toBe(
      false,
    );
    // 29 April 00:10 Moscow = 28 April 21:10 UTC: allowed, though UTC still says the 28th.
    expect(ratingEligibility({ status: ApplicationStatus.Working, arrivedAt: lateArrival, now: new Date('2026-04-28T21:10:00Z') }).eligible).toBe(
      true,
    );
  });

  it('refuses an arrival the employer never confirmed as the start of work, even after 30 days', () => {
    expect(ratingEligibility({ status: ApplicationStatus.Arrived, arrivedAt: ARRIVED_AT, now: moscowMorning('2026-06-01') })).toEqual({
      eligible: false,
      reason: 'rating.notWorked',
      eligibleFrom: '2026-03-31',
    });
  });

  it('refuses a WORKING application without an arrival on its timeline', () => {
    expect(ratingEligibility({ status: ApplicationStatus.Working, arrivedAt: null, now: moscowMorning('2026-06-01') })).toEqual({
      eligible: false,
      reason: 'rating.notWorked',
      eligibleFrom: null,
    });
  });

  // Every status, restated: only WORKING after 30 days rates.
  const EXPECTED: Record<ApplicationStatus, boolean> = {
    [ApplicationStatus.Submitted]: false,
    [ApplicationStatus.Shortlisted]: false,
    [ApplicationStatus.Declined]: false,
    [ApplicationStatus.InBatch]: false,
    [ApplicationStatus.Approved]: false,
    [ApplicationStatus.Refused]: false,
    [ApplicationStatus.Departed]: false,
    [ApplicationStatus.Arrived]: false,
    [ApplicationStatus.Working]: true,
    [ApplicationStatus.NoShow]: false,
    [ApplicationStatus.Withdrawn]: false,
    [ApplicationStatus.Closed]: false,
  };

  it('covers every application status', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ALL_APPLICATION_STATUSES].sort());
  });

  it.each(ALL_APPLICATION_STATUSES)('%s, 60 days after an arrival', (status) => {
    const result = ratingEligibility({ status, arrivedAt: ARRIVED_AT, now: moscowMorning('2026-04-30') });
    expect(result.eligible).toBe(EXPECTED[status]);
    if (!result.eligible) expect(result.reason).toBe('rating.notWorked');
  });

  it.each(ALL_APPLICATION_STATUSES)('%s, never arrived', (status) => {
    const result = ratingEligibility({ status, arrivedAt: null, now: moscowMorning('2026-04-30') });
    expect(result).toEqual({ eligible: false, reason: 'rating.notWorked', eligibleFrom: null });
  });
});

describe('ratingsArePublic and employerToldOfRating', () => {
  it.each([
    [0, false],
    [1, false],
    [4, false],
    [5, true],
    [6, true],
    [500, true],
  ])('%i ratings: public %s', (count, shown) => {
    expect(RATINGS_SHOWN_FROM).toBe(5);
    expect(ratingsArePublic(count)).toBe(shown);
    expect(employerToldOfRating(count)).toBe(shown);
  });
});

describe('isRatingScore', () => {
  it.each([1, 2, 3, 4, 5])('%p is a score', (value) => expect(isRatingScore(value)).toBe(true));
  it.each([0, 6, 2.5, -1, NaN, '3', null, undefined])('%p is not', (value) => expect(isRatingScore(value)).toBe(false));
});
