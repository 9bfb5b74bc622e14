/**
 * The migrant's planned departure: which dates may be planned, and when the pre-departure reminder goes out
 * (3 days before, in the morning at home, or at once when fewer than 3 days are left). Every rule counts on the
 * calendar of the migrant's home country: the caller passes `homeTimeZoneOf(citizenship)` (time/calendars.ts).
 */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { assertIsoDate } from '../vacancies/wage-floor';
import { addCalendarDays, calendarDaysBetween } from './calendar-dates';

/** Days before the planned departure when the migrant is reminded of the checklist items still open. */
export const DEPARTURE_REMINDER_DAYS_BEFORE = 3;
/** Local hour the reminder is sent at: in the morning, not at midnight. */
export const DEPARTURE_REMINDER_LOCAL_HOUR = 9;
/** Further ahead than this is not a plan yet (and most likely a typo in the year). */
export const MAX_DEPARTURE_DAYS_AHEAD = 365;

export type DepartureDateProblem = 'departure.notInFuture' | 'departure.tooFar';

const MINUTE_MS = 60_000;

/** The calendar date of an instant in a time zone, e.g. 2026-03-05T19:00Z is '2026-03-06' in Bishkek, '2026-03-05' in Dushanbe. */
export function localDateIn(instant: Date, timeZone: string): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Minutes the zone is ahead of UTC at an instant (from Intl, so any zone and its daylight saving work). */
function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(parts['year'], parts['month'] - 1, parts['day'], parts['hour'], parts['minute'], parts['second']);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE_MS);
}

/** The instant a local wall-clock hour of a date happens in the zone. */
export function localHourAt(date: IsoDate, hour: number, timeZone: string): Date {
  assertIsoDate(date);
  const wallClock = Date.parse(`${date}T00:00:00Z`) + hour * 60 * MINUTE_MS;
  // Two passes: the offset at the guess may differ from the offset at the answer around a clock change.
  let instant = wallClock - utcOffsetMinutes(new Date(wallClock), timeZone) * MINUTE_MS;
  instant = wallClock - utcOffsetMinutes(new Date(instant), timeZone) * MINUTE_MS;
  return new Date(instant);
}

/** Why a date cannot be planned as the departure: it must be after today (at home) and at most a year ahead. */
export function departureDateProblem(departureOn: IsoDate, now: Date, homeTimeZone: string): DepartureDateProblem | null {
  assertIsoDate(departureOn);
  const today = localDateIn(now, homeTimeZone);
  if (departureOn <= today) return 'departure.notInFuture';
  if (departureOn > addCalendarDays(today, MAX_DEPARTURE_DAYS_AHEAD)) return 'departure.tooFar';
  return null;
}

/**
 * When to remind the migrant of a departure planned on `departureOn`: at 09:00 at home 3 days before; `now` when
 * that moment has passed but the departure day has not come yet (a date planned at short notice); null when the
 * departure day has come or gone (nothing to remind of).
 */
export function departureReminderAt(departureOn: IsoDate, now: Date, homeTimeZone: string): Date | null {
  assertIsoDate(departureOn);
  if (departureOn <= localDateIn(now, homeTimeZone)) return null;
  const due = localHourAt(addCalendarDays(departureOn, -DEPARTURE_REMINDER_DAYS_BEFORE), DEPARTURE_REMINDER_LOCAL_HOUR, homeTimeZone);
  return due.getTime() > now.getTime() ? due : new Date(now.getTime());
}

export type DepartureReminderDecision = 'send' | 'stale' | 'passed';

/**
 * What a reminder scheduled for `scheduledFor` does when it comes due: `stale` when the migrant has since planned
 * another date (or none: that date's own reminder is on its way), `passed` when the departure day is over, else `send`.
 * On the departure day itself a late reminder (e.g. after an outage) is still sent: the items can still be checked.
 */
export function departureReminderDecision(
  scheduledFor: IsoDate,
  plannedNow: IsoDate | null,
  now: Date,
  homeTimeZone: string,
): DepartureReminderDecision {
  if (plannedNow !== scheduledFor) return 'stale';
  return calendarDaysBetween(localDateIn(now, homeTimeZone), scheduledFor) < 0 ? 'passed' : 'send';
}
