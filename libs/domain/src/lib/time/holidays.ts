/**
 * Public holidays (non-working days) of Russia and the origin countries, for counting a deadline in working days. A
 * stage involving two countries (an attaché of Kyrgyzstan in Moscow deciding on a Russian employer's batch) counts
 * only days that are working days in both.
 */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { addCalendarDays, isoWeekday } from '../candidates/calendar-dates';
import { assertIsoDate } from '../vacancies/wage-floor';

/** Month-day of a holiday that falls on the same date every year. */
type MonthDay = `${number}-${number}`;

interface HolidayCalendar {
  /** The law that sets the holidays. */
  source: string;
  fixed: readonly MonthDay[];
  /**
   * Holidays whose date moves (Orozo/Ramazon Ait and Kurban/Qurbon Ait follow the lunar calendar; each government
   * announces the day shortly before, by decree). The dates below are the expected ones; correct them when announced.
   */
  byYear: Readonly<Record<number, readonly IsoDate[]>>;
}

const EID_2026: readonly IsoDate[] = ['2026-03-20', '2026-05-27'];
const EID_2027: readonly IsoDate[] = ['2027-03-10', '2027-05-17'];

export const HOLIDAY_CALENDARS: Readonly<Record<string, HolidayCalendar>> = {
  RU: {
    // Labour Code of the Russian Federation, art. 112 (as amended by Federal Law No. 35-FZ of 23.04.2012).
    source: 'Трудовой кодекс РФ, ст. 112',
    fixed: ['01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08', '02-23', '03-08', '05-01', '05-09', '06-12', '11-04'],
    byYear: {},
  },
  KG: {
    // Labour Code of the Kyrgyz Republic, art. 113 (Law No. 106 of 04.08.2004, as amended).
    source: 'Трудовой кодекс КР, ст. 113',
    fixed: ['01-01', '01-07', '02-23', '03-08', '03-21', '04-07', '05-01', '05-05', '05-09', '08-31', '11-07', '11-08'],
    byYear: { 2026: EID_2026, 2027: EID_2027 },
  },
  UZ: {
    // Labour Code of the Republic of Uzbekistan (2022), art. 207.
    source: 'Трудовой кодекс РУз, ст. 207',
    fixed: ['01-01', '03-08', '03-21', '05-09', '09-01', '10-01', '12-08'],
    byYear: { 2026: EID_2026, 2027: EID_2027 },
  },
  TJ: {
    // Labour Code of the Republic of Tajikistan, art. 89 (Law No. 1329 of 23.07.2016).
    source: 'Трудовой кодекс РТ, ст. 89',
    fixed: ['01-01', '03-08', '03-21', '03-22', '03-23', '03-24', '05-01', '05-09', '06-27', '09-09', '11-06'],
    byYear: { 2026: EID_2026, 2027: EID_2027 },
  },
};

/** A public holiday in `country`; a country without a calendar here has none (only weekends are off). */
export function isPublicHoliday(date: IsoDate, country: string): boolean {
  assertIsoDate(date);
  const calendar = HOLIDAY_CALENDARS[country.toUpperCase()];
  if (!calendar) return false;
  return calendar.fixed.includes(date.slice(5) as MonthDay) || (calendar.byYear[Number(date.slice(0, 4))] ?? []).includes(date);
}

/** Monday to Friday and a public holiday in none of `countries`. */
export function isWorkingDay(date: IsoDate, countries: readonly string[] = []): boolean {
  return isoWeekday(date) <= 5 && !countries.some((country) => isPublicHoliday(date, country));
}

/**
 * The date `n` working days after `date` (before it when negative), skipping weekends and the public holidays of
 * every country in `countries`; `date` itself when n is 0, even on a holiday.
 */
export function addWorkingDaysIn(date: IsoDate, n: number, countries: readonly string[]): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`A number of working days must be whole: ${n}`);
  assertIsoDate(date);
  const step = n < 0 ? -1 : 1;
  let current = date;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(current, countries)) remaining -= 1;
  }
  return current;
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier, 0 on the same day. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, countries: readonly string[]): number {
  assertIsoDate(from);
  assertIsoDate(to);
  if (to < from) return -workingDaysBetween(to, from, countries);
  let days = 0;
  for (let current = from; current < to; ) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, countries)) days += 1;
  }
  return days;
}
