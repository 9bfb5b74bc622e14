/** Deadlines everyone can see: the attaché's for a batch, the employer's for a new application, and their reminders. */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { assertIsoDate } from '../vacancies/wage-floor';
import { addCalendarDays } from '../candidates/calendar-dates';
import { addWorkingDays } from '../applications/expected-duration';
import { addWorkingDaysIn } from '../time/holidays';

/** An instant with its offset, e.g. '2026-03-06T14:05:00Z' or '2026-03-06T17:05:00+03:00'. */
export type IsoDateTime = string;

export const DEADLINE_STAGES = [
  'batchDecision',
  'shortlisting',
  'companyVerification',
  'vacancyReview',
  'grievanceTakeUp',
  'grievanceResolution',
] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];

/** Who must act before each deadline: reminded before it, and their queue puts the item first after it. */
export const DEADLINE_OWNERS: Readonly<Record<DeadlineStage, 'attache' | 'employer'>> = {
  batchDecision: 'attache',
  shortlisting: 'employer',
  companyVerification: 'attache',
  vacancyReview: 'attache',
  grievanceTakeUp: 'attache',
  grievanceResolution: 'attache',
};

export interface DeadlineTarget {
  days: number;
  count: 'workingDays' | 'calendarDays';
}

export type DeadlineTargets = Readonly<Record<DeadlineStage, DeadlineTarget>>;

/** Service targets, as data so that settings can override them. */
export const DEFAULT_DEADLINE_TARGETS: DeadlineTargets = {
  // The attaché decides a batch within 3 working days of its (latest) submission; a resubmission restarts the clock.
  batchDecision: { days: 3, count: 'workingDays' },
  // The employer shortlists or declines within 7 calendar days of the application: migrants wait at home for it.
  shortlisting: { days: 7, count: 'calendarDays' },
  // The attaché of each country checks a company's documents within 5 working days of its request.
  companyVerification: { days: 5, count: 'workingDays' },
  // The attaché reviews a vacancy sent for review within 3 working days.
  vacancyReview: { days: 3, count: 'workingDays' },
  // A grievance received is taken up (in progress) within 2 working days: the migrant is in trouble abroad.
  grievanceTakeUp: { days: 2, count: 'workingDays' },
  // A grievance in progress is resolved or referred within 10 working days of being taken up.
  grievanceResolution: { days: 10, count: 'workingDays' },
};

/**
 * Days are counted on Moscow's calendar, where the attaché's office and most employers are: a batch submitted at
 * 01:00 on Friday in Moscow was submitted on Friday, although it was still Thursday in UTC. Neither Russia (since
 * 2014) nor Kyrgyzstan (since 2011) changes its clocks, so a fixed offset is exact.
 */
export const MOSCOW_UTC_OFFSET_MINUTES = 180;

export const DEFAULT_REMINDER_LEAD_HOURS = 24;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Milliseconds since the epoch. Strings must carry their offset (a time without one means a different instant on
 * the server and in the browser) and be real: JavaScript alone would read 30 February as 2 March.
 */
function instantOf(value: IsoDateTime | Date): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
    return ms;
  }
  const match = ISO_DATE_TIME.exec(value);
  if (match === null) throw new RangeError(`Not an ISO date and time with an offset: ${value}`);
  assertIsoDate(match[1]);
  return Date.parse(value);
}

function assertOffset(utcOffsetMinutes: number): void {
  if (!Number.isInteger(utcOffsetMinutes) || Math.abs(utcOffsetMinutes) > 14 * 60)
    throw new RangeError(`Not a UTC offset in minutes: ${utcOffsetMinutes}`);
}

function localDateOf(instant: number, utcOffsetMinutes: number): IsoDate {
  return new Date(instant + utcOffsetMinutes * MINUTE_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a local day, as a UTC instant. */
function endOfLocalDay(date: IsoDate, utcOffsetMinutes: number): IsoDateTime {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - 1 - utcOffsetMinutes * MINUTE_MS).toISOString();
}

/**
 * When the stage must be done: the end (23:59:59.999, local) of the day `days` working or calendar days after the
 * local day it started on. The time of day it started does not matter; "within 3 working days" means by the end of
 * the third. Started on a Friday or over the weekend, a batch is due on Wednesday. Public holidays are not counted
 * out unless `holidaysOf` names the countries involved (e.g. ['RU', 'KG'] for a Kyrgyz attaché's batch of a
 * Russian employer): then a day off in any of them is not counted. Returned in UTC ('…Z'), as stored.
 */
export function deadlineFor(
  stage: DeadlineStage,
  startedOn: IsoDateTime | Date,
  targets: DeadlineTargets = DEFAULT_DEADLINE_TARGETS,
  utcOffsetMinutes: number = MOSCOW_UTC_OFFSET_MINUTES,
  holidaysOf: readonly string[] = [],
): IsoDateTime {
  assertOffset(utcOffsetMinutes);
  const { days, count } = targets[stage];
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`A deadline target must be a whole number of days of at least 0: ${days}`);
  const startDay = localDateOf(instantOf(startedOn), utcOffsetMinutes);
  const dueDay =
    count === 'calendarDays'
      ? addCalendarDays(startDay, days)
      : holidaysOf.length > 0
        ? addWorkingDaysIn(startDay, days, holidaysOf)
        : addWorkingDays(startDay, days);
  return endOfLocalDay(dueDay, utcOffsetMinutes);
}

/**
 * When to remind whoever must act: `leadHours` before the deadline. With deadlines at the end of a day, the default
 * 24 hours falls late in the evening before; a job sending e-mails may hold them until office hours. The time may
 * already have passed (a short target, a reminder job that was down): the caller decides whether to send it late.
 */
export function reminderTimeFor(deadline: IsoDateTime | Date, leadHours: number = DEFAULT_REMINDER_LEAD_HOURS): IsoDateTime {
  if (!Number.isFinite(leadHours) || leadHours < 0) throw new RangeError(`A reminder lead must be a number of hours of at least 0: ${leadHours}`);
  return new Date(instantOf(deadline) - leadHours * 60 * MINUTE_MS).toISOString();
}

/** Past the deadline; at the deadline itself, not yet. */
export function isOverdue(deadline: IsoDateTime | Date, now: IsoDateTime | Date): boolean {
  return instantOf(now) > instantOf(deadline);
}

export type DeadlineState = 'onTime' | 'dueSoon' | 'overdue';

/**
 * Where an item stands against its deadline at `now`: overdue once past it, due soon from `leadHours` before it
 * (when its owner is reminded; see reminderTimeFor), on time before that.
 */
export function deadlineState(deadline: IsoDateTime | Date, now: IsoDateTime | Date, leadHours: number = DEFAULT_REMINDER_LEAD_HOURS): DeadlineState {
  if (isOverdue(deadline, now)) return 'overdue';
  return instantOf(now) >= instantOf(reminderTimeFor(deadline, leadHours)) ? 'dueSoon' : 'onTime';
}

/** The countries whose holidays a stage counts out: Russia, where the work and the attaché's office are, and the origin country. */
export function deadlineCountries(originCountry: string | null | undefined): string[] {
  const origin = originCountry?.toUpperCase();
  return origin && origin !== 'RU' ? ['RU', origin] : ['RU'];
}

/**
 * The instant before which a stage's start makes it overdue at `now`: an item started earlier is overdue, one
 * started at or after it is not (deadlines only grow with the start). Lets a query sort overdue items first with a
 * plain comparison on the start column instead of computing every item's deadline.
 */
export function overdueIfStartedBefore(
  stage: DeadlineStage,
  now: IsoDateTime | Date,
  targets: DeadlineTargets = DEFAULT_DEADLINE_TARGETS,
  utcOffsetMinutes: number = MOSCOW_UTC_OFFSET_MINUTES,
  holidaysOf: readonly string[] = [],
): IsoDateTime {
  assertOffset(utcOffsetMinutes);
  const nowMs = instantOf(now);
  const startOfLocalDay = (date: IsoDate) => new Date(Date.parse(`${date}T00:00:00Z`) - utcOffsetMinutes * MINUTE_MS).toISOString();
  // The earliest local day whose deadline has not passed at `now`; deadlines of earlier days have.
  let day = localDateOf(nowMs, utcOffsetMinutes);
  for (;;) {
    const previous = addCalendarDays(day, -1);
    if (instantOf(deadlineFor(stage, startOfLocalDay(previous), targets, utcOffsetMinutes, holidaysOf)) < nowMs) return startOfLocalDay(day);
    day = previous;
  }
}
