/**
 * Which calendar a rule counts days on. A date-only rule must say whose "today" it means: a vacancy's dates are
 * Moscow's (the work is in Russia), a candidate's checklist and reminders are their home country's.
 */
import type { IsoDate } from '../vacancies/minimum-wage-table';

/** Vacancy dates (application deadline, start date) and the employer's side of the workflow. */
export const MOSCOW_TIME_ZONE = 'Europe/Moscow';

/** The time zone of each origin country's capital; a country not listed falls back to Moscow, where the work is. */
const HOME_TIME_ZONES: Readonly<Record<string, string>> = {
  KG: 'Asia/Bishkek',
  UZ: 'Asia/Tashkent',
  TJ: 'Asia/Dushanbe',
};

/** The calendar a candidate from `country` lives by before departure: their checklist, reminders, departure plan. */
export function homeTimeZoneOf(country: string | null | undefined): string {
  return (country && HOME_TIME_ZONES[country.toUpperCase()]) || MOSCOW_TIME_ZONE;
}

/** The calendar date of `now` in `timeZone`, e.g. 2026-03-05T19:00Z is '2026-03-06' in Bishkek and '2026-03-05' in Moscow. */
export function calendarToday(timeZone: string, now: Date): IsoDate {
  return dateFormatIn(timeZone).format(now);
}

/** One formatter per time zone: making one loads the zone's rules and costs a millisecond or more; using it, microseconds. */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = DATE_FORMATS.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DATE_FORMATS.set(timeZone, format);
  }
  return format;
}
