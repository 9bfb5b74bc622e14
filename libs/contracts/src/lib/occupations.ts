/** The occupations as the admin's console edits them (`/api/admin/occupations`); everyone reads them at /api/reference/occupations. */

/** Known sectors, as OccupationSector in libs/domain: each has a translation `sectors.<SECTOR>` in the web. */
export const OCCUPATION_SECTORS = [
  'CONSTRUCTION',
  'TRANSPORT',
  'WAREHOUSE',
  'CLEANING',
  'CATERING',
  'AGRICULTURE',
  'MANUFACTURING',
  'CARE',
  'RETAIL',
] as const;

export interface AdminOccupationView {
  code: string;
  sector: string;
  /** The name in each of the five languages. */
  names: Record<string, string>;
  /** Other words people use for it, per language. */
  synonyms: Record<string, string[]>;
  /** A deactivated occupation stays on the vacancies and profiles that have it; no new one may choose it. */
  active: boolean;
  /** Vacancies (any status) and candidate profiles naming it: a used occupation is never deleted, only deactivated. */
  uses: number;
}
