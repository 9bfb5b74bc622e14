/** A migrant's age on a given day: only adults may apply, and some vacancies set their own age limits. */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { addCalendarMonths } from './calendar-dates';
import { assertIsoDate } from '../vacancies/wage-floor';

/**
 * Completed years on `date`. A birthday is reached on the day itself. Someone born on 29 February has their
 * birthday on 28 February in other years, the way a term counted in months ends on the last day of a month
 * without the matching day; so they turn 18 a day before a 1 March child born the same year.
 * Throws for a date before the birth: the caller has mixed up its arguments.
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  assertIsoDate(birthDate);
  assertIsoDate(date);
  if (date < birthDate) throw new RangeError(`${date} is before the birth date ${birthDate}`);
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return addCalendarMonths(birthDate, 12 * years) <= date ? years : years - 1;
}

export const ADULT_AGE = 18;

export function isAdultOn(birthDate: IsoDate, date: IsoDate, adultAge: number = ADULT_AGE): boolean {
  return ageOn(birthDate, date) >= adultAge;
}
