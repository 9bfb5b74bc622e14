/**
 * Published statistics never describe a handful of people: a cell counting fewer than MIN_PEOPLE_PER_CELL is
 * withheld (Eurostat's and Rosstat's usual threshold for small-area tables), so that nobody can be picked out of
 * an aggregate — "the one Tajik refused by this employer in March".
 */
export const MIN_PEOPLE_PER_CELL = 5;

/** A published number, or null with `withheld` when too few people stand behind it. */
export interface PublishedCell<T> {
  value: T | null;
  withheld: boolean;
}

export function publishedCell<T>(people: number, value: T): PublishedCell<T> {
  if (!Number.isInteger(people) || people < 0) throw new RangeError(`A cell cannot describe ${people} people`);
  return people < MIN_PEOPLE_PER_CELL ? { value: null, withheld: true } : { value, withheld: false };
}

/** The count itself, withheld below the threshold; zero is published (it describes nobody). */
export function publishedCount(people: number): PublishedCell<number> {
  return people === 0 ? { value: 0, withheld: false } : publishedCell(people, people);
}

/**
 * The p-th percentile (0–100) of durations by linear interpolation between closest ranks (PostgreSQL's
 * percentile_cont, so the API and a check in SQL agree); null for no samples.
 */
export function percentile(samples: readonly number[], p: number): number | null {
  if (p < 0 || p > 100) throw new RangeError(`No ${p}th percentile`);
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
}
