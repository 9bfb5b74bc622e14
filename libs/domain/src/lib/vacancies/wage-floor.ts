/** The lowest monthly wage a vacancy may offer: the regional minimum wage where it is higher, else the federal МРОТ. */
import { MINIMUM_WAGE_TABLE, type IsoDate, type MinimumWageEntry } from './minimum-wage-table';

export interface WageFloor {
  monthlyRoubles: number;
  source: string;
  effectiveFrom: IsoDate;
  /** True when a regional agreement, not the federal law, sets the floor. */
  regional: boolean;
}

export interface WageProblem {
  code: 'wage.belowFloor';
  /** Placeholders of the translated message, in the API's `params` shape. */
  params: { floor: number; effectiveFrom: IsoDate; source: string };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws on anything but a real calendar date: a wrong date would silently pick the wrong year's floor. */
export function assertIsoDate(value: string): void {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (date === null || date.toISOString().slice(0, 10) !== value) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
}

/** The entry in force on the date: the latest one that has started. ISO dates compare correctly as strings. */
function inForce(entries: readonly MinimumWageEntry[], date: IsoDate): MinimumWageEntry | undefined {
  let current: MinimumWageEntry | undefined;
  for (const entry of entries) {
    if (entry.effectiveFrom <= date && (current === undefined || entry.effectiveFrom > current.effectiveFrom)) current = entry;
  }
  return current;
}

/**
 * The floor in force on a date in a region (null region: federal only). A regional minimum applies only when
 * it is higher than the federal МРОТ in force on that day; by law it may not be lower, but an old regional
 * figure can fall below a new federal one. Returns null for dates before the table starts.
 */
export function wageFloorFor(regionCode: string | null, date: IsoDate, table: readonly MinimumWageEntry[] = MINIMUM_WAGE_TABLE): WageFloor | null {
  assertIsoDate(date);
  const federal = inForce(
    table.filter((entry) => entry.regionCode === null),
    date,
  );
  if (federal === undefined) return null;
  const regional =
    regionCode === null
      ? undefined
      : inForce(
          table.filter((entry) => entry.regionCode === regionCode),
          date,
        );
  const floor = regional !== undefined && regional.monthlyRoubles > federal.monthlyRoubles ? regional : federal;
  return { monthlyRoubles: floor.monthlyRoubles, source: floor.source, effectiveFrom: floor.effectiveFrom, regional: floor === regional };
}

/**
 * Whether a full-time monthly wage offered from `startDate` is below the floor. Equal to the floor is fine.
 * A wage that is not a finite number counts as below: it cannot be shown to be enough.
 * Throws for a start date before the table starts: a vacancy can't start in 2022, so the caller has a bug.
 */
export function wageProblem(
  monthlyWageRoubles: number,
  regionCode: string | null,
  startDate: IsoDate,
  table: readonly MinimumWageEntry[] = MINIMUM_WAGE_TABLE,
): WageProblem | null {
  const floor = wageFloorFor(regionCode, startDate, table);
  if (floor === null) throw new RangeError(`No minimum wage is known for ${startDate}`);
  if (Number.isFinite(monthlyWageRoubles) && monthlyWageRoubles >= floor.monthlyRoubles) return null;
  return { code: 'wage.belowFloor', params: { floor: floor.monthlyRoubles, effectiveFrom: floor.effectiveFrom, source: floor.source } };
}
