/**
 * The minimum monthly wage a vacancy must offer (the regional minimum where it is higher, else the federal МРОТ),
 * for the region and the start date (today while no start date is given).
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

/** What to ask the floor for: the region (null: none chosen) and the date (the start date, else today). */
export interface WageFloorRequest {
  region: string | null;
  date: string;
  startDateGiven: boolean;
}

/** The region and date a floor is asked for, or null when even today's date is not a date. */
export function wageFloorRequest(
  regionCode: string | null | undefined,
  startDate: string | null | undefined,
  today: string,
): WageFloorRequest | null {
  const startDateGiven = !!startDate && isCalendarDate(startDate);
  const date = startDateGiven ? (startDate as string) : today;
  if (!isCalendarDate(date)) return null;
  return { region: regionCode ? regionCode : null, date, startDateGiven };
}

/** The floor in force as a table answers it (the API's, or the shipped one). */
export interface FloorInForce {
  monthlyRoubles: number;
  effectiveFrom: string;
  source: string;
  regional: boolean;
}

/** The hint for the wage field from the floor in force for `request`; `wage` is the parsed wage (null when empty or not a whole number). */
export function hintFromFloor(request: WageFloorRequest, floor: FloorInForce, wage: number | null): WageFloorHint {
  return {
    floor: floor.monthlyRoubles,
    effectiveFrom: floor.effectiveFrom,
    source: floor.source,
    regional: floor.regional,
    date: request.date,
    startDateGiven: request.startDateGiven,
    regionGiven: request.region !== null,
    below: wage === null ? null : wage < floor.monthlyRoubles,
  };
}
