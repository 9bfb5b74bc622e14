import { wageFloorFor } from '@jumush/contracts/client';

/**
 * The minimum monthly wage a vacancy must offer, computed in the browser with the same table and rule as
 * the API (the regional minimum where it is higher, else the federal МРОТ), for the region and the start
 * date (today while no start date is given).
 */
export interface WageFloorHint {
  floor: number;
  /** The date the floor applies from, and the act that sets it. */
  effectiveFrom: string;
  source: string;
  /** A regional agreement (true) or the federal МРОТ (false). */
  regional: boolean;
  /** The start date the floor was computed for, or today's date when none was given. */
  date: string;
  startDateGiven: boolean;
  regionGiven: boolean;
  /** null while no valid wage is typed; true when the wage is below the floor. */
  below: boolean | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The hint for the wage field, or null when no floor is known (a date before the table starts).
 * `wage` is the parsed wage (null when empty or not a whole number).
 */
export function wageFloorHint(
  regionCode: string | null | undefined,
  startDate: string | null | undefined,
  wage: number | null,
  today: string,
): WageFloorHint | null {
  const startDateGiven = !!startDate && isCalendarDate(startDate);
  const date = startDateGiven ? (startDate as string) : today;
  if (!isCalendarDate(date)) return null;
  const region = regionCode ? regionCode : null;
  const floor = wageFloorFor(region, date);
  if (!floor) return null;
  return {
    floor: floor.monthlyRoubles,
    effectiveFrom: floor.effectiveFrom,
    source: floor.source,
    regional: floor.regional,
    date,
    startDateGiven,
    regionGiven: region !== null,
    below: wage === null ? null : wage < floor.monthlyRoubles,
  };
}
