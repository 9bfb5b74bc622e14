/** Arithmetic on calendar dates ('YYYY-MM-DD') for deadlines, ages and document validity, free of time zones. */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { assertIsoDate } from '../vacancies/wage-floor';

const DAY_MS = 86_400_000;

/**
 * Midnight UTC of the date. Every computation stays in UTC so that the server's or the browser's time zone (and
 * its daylight-saving jumps) can never move a date by one day.
 */
function utcMidnight(date: IsoDate): number {
  assertIsoDate(date);
  return Date.parse(`${date}T00:00:00Z`);
}

function isoOf(utcMs: number): IsoDate {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function assertWholeNumber(value: number, what: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${what} must be a whole number: ${value}`);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  assertWholeNumber(days, 'A number of days');
  return isoOf(utcMidnight(date) + days * DAY_MS);
}

/**
 * The same day of the month `months` later (or earlier, when negative). Where that month is shorter, the last day
 * of the month: 31 January + 1 month is 28 February (29 in a leap year), as contract and document terms are
 * counted (a term in months ends on the last day of a month that has no matching day).
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  assertWholeNumber(months, 'A number of months');
  const start = new Date(utcMidnight(date));
  const firstOfTarget = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const year = firstOfTarget.getUTCFullYear();
  const month = firstOfTarget.getUTCMonth();
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoOf(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDayOfTarget)));
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** ISO 8601 day of the week: 1 for Monday … 7 for Sunday. */
export function isoWeekday(date: IsoDate): number {
  const day = new Date(utcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}
