/**
 * The public search of vacancies, as SQL. Exported on its own (no Nest, no TypeORM) so that the benchmark runs
 * exactly the SQL the service issues: both call runVacancySearch with their own way to run a query.
 *
 * Only PUBLISHED vacancies of verified companies are ever returned, per country: a vacancy shows to a country's
 * migrants (`country`) when it is open to that country (`open_to`) and that country's attaché verified its employer
 * (`company_country_statuses`, probed by its primary key (company_id, country)); without a country, when some country
 * it is open to verified the employer. An employer blocked by the admin shows nowhere. So a suspension hides the
 * employer's vacancies from that country's migrants at once, and a reinstatement shows them again. Likewise the search leaves out, at
 * once, a vacancy whose application deadline has passed on the Moscow calendar or whose every position is filled,
 * before the closing job (VacancyClosingService) has moved it to CLOSED.
 *
 * Text (`q`, lower-cased like the stored search text, see normalizeSearchText): full text first — the generated
 * `search_vector` holds a Russian (stemmed) and a simple (as written: Kyrgyz, Latin) configuration, matched by `websearch_to_tsquery('russian', q) || websearch_to_tsquery('simple', q)`.
 * Only when that finds nothing under the current filters does the search fall back to trigrams, for misspellings:
 * `title % q` (trigram similarity of the title, GIN-indexed) or an occupation whose name or synonym the words of `q`
 * resemble (fuzzyOccupationCodes: the same trigrams, compared in memory with the 45 occupations, then
 * `occupation_code = ANY(…)` on its index). The mode chosen on the first page travels in the cursor, so later
 * pages never switch.
 *
 * Sorts: relevance (ts_rank_cd, then trigram similarity of the title; the default with `q`), newest (published_at
 * desc, id desc; the default without), wage (monthly wage desc, id desc). Newest and wage page by keyset — the cursor
 * holds the last row's key — and relevance by an offset inside the cursor.
 *
 * Facets count within the current filters, all of them, facet dimensions included (a conjunctive "drill-down":
 * with region=77 the region facet shows only 77). That keeps the counts one query — one GROUPING SETS aggregate that
 * also yields `total` — whose WHERE is the page query's own, so it uses the same indexes.
 */
import { createHash } from 'node:crypto';
import {
  HousingOption,
  VacancySort,
  type FacetCount,
  type PublicVacancyView,
  type SearchVacanciesQuery,
  type VacancySearchFacets,
  type VacancySearchResult,
} from '@jumush/contracts';
import { MOSCOW_TIME_ZONE, calendarToday, type CompanyStatus, type IsoDate } from '@jumush/domain';
import type { MealsOption, RussianLevel, ShiftPattern } from '@jumush/contracts';
import { ProblemException } from '../http/problem';
import { fuzzyOccupationCodes } from './fuzzy-occupations';
import { nulCharacterErrors } from './vacancy-rules';
import { normalizeSearchText } from './vacancy-search-text';

export type MatchMode = 'fts' | 'fuzzy';
export type SqlExecutor = (text: string, values: unknown[]) => Promise<Array<Record<string, unknown>>>;

export interface SqlQuery {
  text: string;
  values: unknown[];
}

export const DEFAULT_SEARCH_LIMIT = 20;
/** Relevance pages by offset; deeper than this nobody reads, and the cost grows with it. */
export const MAX_RELEVANCE_OFFSET = 10_000;

// ---------------------------------------------------------------------------------------------------------------
// Cursor: opaque base64url JSON of the sort, the match mode and the last row's key (or the next offset).

export interface SearchCursor {
  sort: VacancySort;
  mode?: MatchMode;
  /** newest: published_at of the last row, microseconds, UTC ('2026-03-01T10:00:00.123456Z'). */
  publishedAt?: string;
  /** wage: monthly wage of the last row. */
  wage?: number;
  id?: string;
  /** relevance: rows to skip. */
  offset?: number;
}

interface CompactCursor {
  s: 'n' | 'w' | 'r';
  m?: 't' | 'f';
  k?: string | number;
  i?: string;
  o?: number;
}

const SORT_CODES: Record<VacancySort, CompactCursor['s']> = {
  [VacancySort.Newest]: 'n',
  [VacancySort.Wage]: 'w',
  [VacancySort.Relevance]: 'r',
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MICRO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})\d{3}Z$/;

export function encodeCursor(cursor: SearchCursor): string {
  const compact: CompactCursor = { s: SORT_CODES[cursor.sort] };
  if (cursor.mode) compact.m = cursor.mode === 'fts' ? 't' : 'f';
  if (cursor.sort === VacancySort.Newest) compact.k = cursor.publishedAt;
  if (cursor.sort === VacancySort.Wage) compact.k = cursor.wage;
  if (cursor.id) compact.i = cursor.id;
  if (cursor.sort === VacancySort.Relevance) compact.o = cursor.offset;
  return Buffer.from(JSON.stringify(compact)).toString('base64url');
}

function invalidCursor(message: string): ProblemException {
  return new ProblemException(400, {
    code: 'validation.failed',
    detail: 'The request has invalid fields.',
    errors: [{ field: 'cursor', code: 'search.invalidCursor', message }],
  });
}

/** Decodes and checks a cursor; anything but what encodeCursor makes is a 400 field error on `cursor`. */
export function decodeCursor(raw: string): SearchCursor {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw invalidCursor('Not a cursor.');
  let compact: unknown;
  try {
    compact = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('Not a cursor.');
  }
  if (typeof compact !== 'object' || compact === null || Array.isArray(compact)) throw invalidCursor('Not a cursor.');
  const { s, m, k, i, o, ...rest } = compact as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw invalidCursor('Not a cursor.');
  const sort = (Object.keys(SORT_CODES) as VacancySort[]).find((candidate) => SORT_CODES[candidate] === s);
  if (!sort) throw invalidCursor('Unknown sort in the cursor.');
  if (m !== undefined && m !== 't' && m !== 'f') throw invalidCursor('Unknown match mode in the cursor.');
  const cursor: SearchCursor = {
    sort,
    ...(m ? { mode: m === 't' ? 'fts' : 'fuzzy' } : {}),
  };
  if (sort === VacancySort.Relevance) {
    if (!Number.isSafeInteger(o) || (o as number) < 0 || (o as number) > MAX_RELEVANCE_OFFSET || k !== undefined || i !== undefined)
      throw invalidCursor('Bad offset in the cursor.');
    return { ...cursor, offset: o as number };
  }
  if (o !== undefined || typeof i !== 'string' || !UUID.test(i)) throw invalidCursor('Bad key in the cursor.');
  if (sort === VacancySort.Wage) {
    if (!Number.isSafeInteger(k) || (k as number) < 0 || (k as number) > 2_147_483_647) throw invalidCursor('Bad key in the cursor.');
    return { ...cursor, wage: k as number, id: i };
  }
  const match = typeof k === 'string' ? MICRO_TIMESTAMP.exec(k) : null;
  const millis = match ? new Date(`${match[1]}Z`) : null;
  if (!match || !millis || Number.isNaN(millis.getTime()) || millis.toISOString() !== `${match[1]}Z`) throw invalidCursor('Bad key in the cursor.');
  return { ...cursor, publishedAt: k as string, id: i };
}

// ---------------------------------------------------------------------------------------------------------------
// SQL

/** Numbered parameters with explicit casts, so PostgreSQL never has to guess a type. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

export interface SearchPlan {
  q: string | null;
  /** The migrants' country the search is for (checked against CITIZENSHIPS); null: any country. */
  country: string | null;
  sort: VacancySort;
  limit: number;
  /** Today on the Moscow calendar: a vacancy whose application deadline is before it is no longer shown. */
  today: IsoDate;
}

/** The sort a query asks for, or its default: relevance with text, newest without (relevance needs text). */
export function planSearch(query: SearchVacanciesQuery, today: IsoDate = calendarToday(MOSCOW_TIME_ZONE, new Date())): SearchPlan {
  if (!ISO_DATE.test(today)) throw new Error(`Not a date: ${today}`);
  const q = query.q?.trim() ? normalizeSearchText(query.q.trim()) : null;
  const asked = query.sort ?? (q ? VacancySort.Relevance : VacancySort.Newest);
  const country = query.country ?? null;
  if (country !== null && !COUNTRY.test(country)) throw new Error(`Not a country: ${country}`);
  return {
    q,
    country,
    sort: asked === VacancySort.Relevance && !q ? VacancySort.Newest : asked,
    limit: query.limit ?? DEFAULT_SEARCH_LIMIT,
    today,
  };
}

/** First day of the month after a 'YYYY-MM'. */
function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return monthNumber === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}-01`;
}

/** The columns of a public vacancy row (PublicVacancyRow), for statements that read vacancies as the public sees them. */
export const PUBLIC_VACANCY_COLUMNS = `v.id, v.title, v.occupation_code, v.region_code, v.town, v.monthly_wage_roubles, v.weekly_hours, v.shift_pattern,
       v.housing, v.housing_cost_roubles, v.meals, v.travel_paid, v.insurance, v.contract_months,
       to_char(v.start_date, 'YYYY-MM-DD') AS start_date, v.positions, v.filled_positions, v.russian_level, v.experience_years,
       v.skills, v.description, to_char(v.application_deadline, 'YYYY-MM-DD') AS application_deadline,
       to_char(v.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS published_key,
       c.id AS company_id, c.legal_name AS company_legal_name, c.inn AS company_inn, 'VERIFIED'::company_status AS company_status`;

/**
 * Published, by an employer the admin has not blocked, verified by a country the vacancy is open to (`country`, or
 * any). The country is checked by planSearch (two capitals) and written as a literal, so the filters keep their
 * parameter numbers.
 */
const visible = (country: string | null) => `FROM vacancies v JOIN companies c ON c.id = v.company_id
 WHERE v.status = 'PUBLISHED' AND c.blocked_at IS NULL${country ? ` AND v.open_to @> ARRAY['${country}']::text[]` : ''}
   AND EXISTS (SELECT 1 FROM company_country_statuses s WHERE s.company_id = v.company_id AND s.status = 'VERIFIED' AND ${
     country ? `s.country = '${country}'` : 's.country = ANY(v.open_to)'
   })`;

/**
 * What the search shows: visible to the country and still open to applicants. The date is checked by planSearch
 * (digits only) and written as a literal, so the filters keep their parameter numbers.
 */
const openToApplicants = (plan: SearchPlan) =>
  `${visible(plan.country)} AND v.application_deadline >= DATE '${plan.today}' AND v.filled_positions < v.positions`;

/**
 * `FROM … WHERE …` of every vacancy open to applicants from any country, as the search without filters finds them
 * (`v` the vacancy, `c` its employer): for feeds and sitemaps, which must list exactly what the search shows.
 */
export function openPublicVacanciesFrom(today: IsoDate): string {
  if (!ISO_DATE.test(today)) throw new Error(`Not a date: ${today}`);
  return openToApplicants({ q: null, country: null, sort: VacancySort.Newest, limit: 1, today });
}

/** The WHERE conditions of the filters and the text, shared by the page and the facets. */
function filterConditions(
  query: SearchVacanciesQuery,
  plan: SearchPlan,
  mode: MatchMode | null,
  params: Params,
): { conditions: string[]; tsquery: string | null; text: string | null } {
  const conditions: string[] = [];
  let tsquery: string | null = null;
  let text: string | null = null;
  if (plan.q) {
    text = params.add(plan.q, 'text');
    if (mode === 'fuzzy') {
      const codes = fuzzyOccupationCodes(plan.q);
      conditions.push(codes.length ? `(v.title % ${text} OR v.occupation_code = ANY(${params.add(codes, 'varchar[]')}))` : `v.title % ${text}`);
    } else {
      tsquery = `(websearch_to_tsquery('russian', ${text}) || websearch_to_tsquery('simple', ${text}))`;
      conditions.push(`v.search_vector @@ ${tsquery}`);
    }
  }
  if (query.region) conditions.push(`v.region_code = ${params.add(query.region, 'varchar')}`);
  if (query.occupation) conditions.push(`v.occupation_code = ${params.add(query.occupation, 'varchar')}`);
  if (query.minWage !== undefined) conditions.push(`v.monthly_wage_roubles >= ${params.add(query.minWage, 'int')}`);
  if (query.housing === 'provided') conditions.push(`v.housing IN ('${HousingOption.Free}', '${HousingOption.Paid}')`);
  else if (query.housing) conditions.push(`v.housing = ${params.add(query.housing, 'housing_option')}`);
  if (query.insurance !== undefined) conditions.push(`v.insurance = ${params.add(query.insurance, 'boolean')}`);
  if (query.travelPaid !== undefined) conditions.push(`v.travel_paid = ${params.add(query.travelPaid, 'boolean')}`);
  if (query.minContractMonths !== undefined) conditions.push(`v.contract_months >= ${params.add(query.minContractMonths, 'int')}`);
  if (query.maxContractMonths !== undefined) conditions.push(`v.contract_months <= ${params.add(query.maxContractMonths, 'int')}`);
  if (query.startMonth) {
    conditions.push(
      `v.start_date >= ${params.add(`${query.startMonth}-01`, 'date')} AND v.start_date < ${params.add(nextMonth(query.startMonth), 'date')}`,
    );
  }
  return { conditions, tsquery, text };
}

/** One page: the rows after the cursor, one more than the limit to know whether another page follows. */
export function buildPageQuery(query: SearchVacanciesQuery, plan: SearchPlan, mode: MatchMode | null, cursor: SearchCursor | null): SqlQuery {
  const params = new Params();
  const { conditions, tsquery, text } = filterConditions(query, plan, mode, params);
  let order: string;
  let offset = '';
  switch (plan.sort) {
    case VacancySort.Newest:
      if (cursor?.publishedAt && cursor.id)
        conditions.push(`(v.published_at, v.id) < (${params.add(cursor.publishedAt, 'timestamptz')}, ${params.add(cursor.id, 'uuid')})`);
      order = 'v.published_at DESC, v.id DESC';
      break;
    case VacancySort.Wage:
      if (cursor?.wage !== undefined && cursor.id)
        conditions.push(`(v.monthly_wage_roubles, v.id) < (${params.add(cursor.wage, 'int')}, ${params.add(cursor.id, 'uuid')})`);
      order = 'v.monthly_wage_roubles DESC, v.id DESC';
      break;
    case VacancySort.Relevance:
      order = tsquery
        ? `ts_rank_cd(v.search_vector, ${tsquery}) DESC, similarity(v.title, ${text}) DESC, v.id`
        : `similarity(v.title, ${text}) DESC, v.id`;
      if (cursor?.offset) offset = ` OFFSET ${params.add(cursor.offset, 'int')}`;
      break;
  }
  const where = conditions.map((condition) => ` AND ${condition}`).join('');
  return {
    text: `SELECT ${PUBLIC_VACANCY_COLUMNS}\n ${openToApplicants(plan)}${where}\n ORDER BY ${order}\n LIMIT ${params.add(plan.limit + 1, 'int')}${offset}`,
    values: params.values,
  };
}

/** Total and the facet counts in one aggregate; the () grouping set is the total. */
export function buildFacetQuery(query: SearchVacanciesQuery, plan: SearchPlan, mode: MatchMode | null): SqlQuery {
  const params = new Params();
  const { conditions } = filterConditions(query, plan, mode, params);
  const where = conditions.map((condition) => ` AND ${condition}`).join('');
  return {
    text: `SELECT CASE WHEN GROUPING(v.region_code) = 0 THEN 'regions'
            WHEN GROUPING(v.occupation_code) = 0 THEN 'occupations'
            WHEN GROUPING(v.housing) = 0 THEN 'housing'
            WHEN GROUPING(v.insurance) = 0 THEN 'insurance'
            WHEN GROUPING(v.travel_paid) = 0 THEN 'travelPaid'
            ELSE 'total' END AS facet,
       COALESCE(v.region_code, v.occupation_code, v.housing::text, v.insurance::text, v.travel_paid::text) AS value,
       count(*)::int AS count
 ${openToApplicants(plan)}${where}
 GROUP BY GROUPING SETS ((v.region_code), (v.occupation_code), (v.housing), (v.insurance), (v.travel_paid), ())`,
    values: params.values,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Facets from the rollup (vacancy_facet_counts, migration 1765000006400-VacancyFacetCounts), for searches without text

/** The rollup's dimensions, as the bits of a grain. Housing, insurance and travel paid travel together (12 cells). */
export const FacetDimension = { Region: 1, Occupation: 2, Conditions: 4, WageBand: 8, ContractMonths: 16, StartMonth: 32 } as const;
/** Wage bands of the rollup, in roubles: a minWage that is a multiple of it needs no correction. */
export const WAGE_BAND_ROUBLES = 5_000;
const ALL_DIMENSIONS = 63;
/** Rough cells per dimension, to choose the smallest cuboid: regions, occupations, conditions, wage bands, months… */
const DIMENSION_CELLS: Record<number, number> = { 1: 85, 2: 45, 4: 12, 8: 30, 16: 8, 32: 12 };

const bitCount = (mask: number) => [1, 2, 4, 8, 16, 32].filter((bit) => mask & bit).length;
/** The cuboids the migration keeps: every one of at most three dimensions, and the full one. */
export const FACET_GRAINS: readonly number[] = Array.from({ length: 64 }, (_, grain) => grain).filter(
  (grain) => bitCount(grain) <= 3 || grain === ALL_DIMENSIONS,
);
const cellsOf = (grain: number) => [1, 2, 4, 8, 16, 32].reduce((cells, bit) => (grain & bit ? cells * DIMENSION_CELLS[bit] : cells), 1);

/** The smallest kept cuboid holding every dimension of `needed`. */
export function grainFor(needed: number): number {
  let best = ALL_DIMENSIONS;
  for (const grain of FACET_GRAINS) if ((grain & needed) === needed && cellsOf(grain) < cellsOf(best)) best = grain;
  return best;
}

/** The dimensions a query's filters constrain. */
export function filteredDimensions(query: SearchVacanciesQuery): number {
  let mask = 0;
  if (query.region) mask |= FacetDimension.Region;
  if (query.occupation) mask |= FacetDimension.Occupation;
  if (query.housing || query.insurance !== undefined || query.travelPaid !== undefined) mask |= FacetDimension.Conditions;
  if (query.minWage !== undefined) mask |= FacetDimension.WageBand;
  if (query.minContractMonths !== undefined || query.maxContractMonths !== undefined) mask |= FacetDimension.ContractMonths;
  if (query.startMonth) mask |= FacetDimension.StartMonth;
  return mask;
}

/** The first wage band wholly at or above minWage; below it, [minWage, band) is counted from the vacancies. */
export const wageBandFrom = (minWage: number) => Math.ceil(minWage / WAGE_BAND_ROUBLES) * WAGE_BAND_ROUBLES;

/** The WHERE of the rollup's rows for the filters (`f` a row of vacancy_facet_counts). */
function rollupConditions(query: SearchVacanciesQuery, plan: SearchPlan, params: Params): string {
  const conditions = [`f.country = ${params.add(plan.country ?? '*', 'varchar')}`];
  if (query.region) conditions.push(`f.region_code = ${params.add(query.region, 'varchar')}`);
  if (query.occupation) conditions.push(`f.occupation_code = ${params.add(query.occupation, 'varchar')}`);
  if (query.minWage !== undefined) conditions.push(`f.wage_band >= ${params.add(wageBandFrom(query.minWage), 'int')}`);
  if (query.housing === 'provided') conditions.push(`f.housing IN ('${HousingOption.Free}', '${HousingOption.Paid}')`);
  else if (query.housing) conditions.push(`f.housing = ${params.add(query.housing, 'housing_option')}`);
  if (query.insurance !== undefined) conditions.push(`f.insurance = ${params.add(query.insurance, 'boolean')}`);
  if (query.travelPaid !== undefined) conditions.push(`f.travel_paid = ${params.add(query.travelPaid, 'boolean')}`);
  if (query.minContractMonths !== undefined) conditions.push(`f.contract_months >= ${params.add(query.minContractMonths, 'int')}`);
  if (query.maxContractMonths !== undefined) conditions.push(`f.contract_months <= ${params.add(query.maxContractMonths, 'int')}`);
  if (query.startMonth) conditions.push(`f.start_month = ${params.add(`${query.startMonth}-01`, 'date')}`);
  return conditions.join(' AND ');
}

const FACET_OF_GROUPING = `CASE WHEN GROUPING(v.region_code) = 0 THEN 'regions'
            WHEN GROUPING(v.occupation_code) = 0 THEN 'occupations'
            WHEN GROUPING(v.housing) = 0 THEN 'housing'
            WHEN GROUPING(v.insurance) = 0 THEN 'insurance'
            WHEN GROUPING(v.travel_paid) = 0 THEN 'travelPaid'
            ELSE 'total' END`;
const VALUE_OF_GROUPING = `COALESCE(v.region_code, v.occupation_code, v.housing::text, v.insurance::text, v.travel_paid::text)`;

/**
 * Total and facets of a search without text, from the rollup, exactly what buildFacetQuery counts:
 * - regions, occupations, and conditions with the total, each from the smallest cuboid holding the filters and the
 *   facet (grainFor), restricted to the filters' cells;
 * - minus the published vacancies past their deadline the rollup still counts (the deadline moves with the
 *   calendar; the closing job moves them to CLOSED, so they are few: `vacancies_published_deadline_idx`);
 * - plus, when minWage is not a multiple of WAGE_BAND_ROUBLES, the vacancies of its band at or above it
 *   ([minWage, next band), read by the wage index), since the rollup counts whole bands only.
 */
export function buildRollupFacetQuery(query: SearchVacanciesQuery, plan: SearchPlan): SqlQuery {
  if (plan.q) throw new Error('Searches with text count their facets from the vacancies');
  const params = new Params();
  const filtered = filteredDimensions(query);
  const read = (dimensions: number, select: string, groupBy: string) =>
    `SELECT ${select} FROM vacancy_facet_counts f WHERE f.grain = ${grainFor(filtered | dimensions)} AND ${rollupConditions(query, plan, params)} GROUP BY ${groupBy}`;
  const parts = [
    read(FacetDimension.Region, `'regions' AS facet, f.region_code::text AS value, sum(f.vacancies) AS n`, 'f.region_code'),
    read(FacetDimension.Occupation, `'occupations', f.occupation_code::text, sum(f.vacancies)`, 'f.occupation_code'),
    read(
      FacetDimension.Conditions,
      `CASE WHEN GROUPING(f.housing) = 0 THEN 'housing' WHEN GROUPING(f.insurance) = 0 THEN 'insurance'
              WHEN GROUPING(f.travel_paid) = 0 THEN 'travelPaid' ELSE 'total' END,
       COALESCE(f.housing::text, f.insurance::text, f.travel_paid::text), COALESCE(sum(f.vacancies), 0)`,
      'GROUPING SETS ((f.housing), (f.insurance), (f.travel_paid), ())',
    ),
  ];

  // Exact corrections, from the vacancies with the filters' own conditions.
  const band = query.minWage !== undefined ? wageBandFrom(query.minWage) : undefined;
  const expired = filterConditions({ ...query, minWage: band }, plan, null, params).conditions;
  const corrections = [
    `SELECT v.region_code, v.occupation_code, v.housing, v.insurance, v.travel_paid, -1 AS n
 ${visible(plan.country)} AND v.filled_positions < v.positions AND v.application_deadline < DATE '${plan.today}'${expired.map((c) => ` AND ${c}`).join('')}`,
  ];
  if (query.minWage !== undefined && band !== undefined && band !== query.minWage) {
    const boundary = filterConditions(query, plan, null, params).conditions;
    boundary.push(`v.monthly_wage_roubles < ${params.add(band, 'int')}`);
    corrections.push(`SELECT v.region_code, v.occupation_code, v.housing, v.insurance, v.travel_paid, 1
 ${openToApplicants(plan)}${boundary.map((c) => ` AND ${c}`).join('')}`);
  }
  parts.push(`SELECT ${FACET_OF_GROUPING}, ${VALUE_OF_GROUPING}, sum(v.n)
 FROM (${corrections.join('\n UNION ALL\n ')}) v
 GROUP BY GROUPING SETS ((v.region_code), (v.occupation_code), (v.housing), (v.insurance), (v.travel_paid), ())`);
  return {
    text: `SELECT facet, value, sum(n)::int AS count FROM (\n ${parts.join('\n UNION ALL\n ')}\n) counts GROUP BY facet, value`,
    values: params.values,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Rows → views

export interface PublicVacancyRow {
  id: string;
  title: string;
  occupation_code: string;
  region_code: string;
  town: string;
  monthly_wage_roubles: number;
  weekly_hours: number;
  shift_pattern: ShiftPattern;
  housing: HousingOption;
  housing_cost_roubles: number | null;
  meals: MealsOption;
  travel_paid: boolean;
  insurance: boolean;
  contract_months: number;
  start_date: string;
  positions: number;
  filled_positions: number;
  russian_level: RussianLevel;
  experience_years: number;
  skills: string[];
  description: string;
  application_deadline: string;
  published_key: string;
  company_id: string;
  company_legal_name: string;
  company_inn: string;
  company_status: CompanyStatus;
}

export function toPublicVacancyView(row: PublicVacancyRow): PublicVacancyView {
  return {
    id: row.id,
    title: row.title,
    occupationCode: row.occupation_code,
    regionCode: row.region_code,
    town: row.town,
    monthlyWageRoubles: row.monthly_wage_roubles,
    weeklyHours: row.weekly_hours,
    shiftPattern: row.shift_pattern,
    housing: row.housing,
    housingCostRoubles: row.housing_cost_roubles,
    meals: row.meals,
    travelPaid: row.travel_paid,
    insurance: row.insurance,
    contractMonths: row.contract_months,
    startDate: row.start_date,
    positions: row.positions,
    russianLevel: row.russian_level,
    experienceYears: row.experience_years,
    skills: row.skills,
    description: row.description,
    applicationDeadline: row.application_deadline,
    company: {
      id: row.company_id,
      legalName: row.company_legal_name,
      inn: row.company_inn,
      status: row.company_status,
    },
    remainingPositions: row.positions - row.filled_positions,
    // Millisecond precision is enough for people; the cursor keeps the microseconds.
    publishedAt: new Date(row.published_key).toISOString(),
  };
}

/** A published vacancy with what its ETag is made of: its version and when it and its employer last changed. */
export interface PublicVacancyDetailRow extends PublicVacancyRow {
  version: number;
  updated_micros: string;
  company_updated_micros: string;
}

/** Published vacancy by id, with what its ETag is made of. */
export function buildPublicVacancyQuery(id: string): SqlQuery {
  return {
    text: `SELECT ${PUBLIC_VACANCY_COLUMNS}, v.version, (extract(epoch FROM v.updated_at) * 1000000)::bigint::text AS updated_micros,
       (extract(epoch FROM c.updated_at) * 1000000)::bigint::text AS company_updated_micros
 ${visible(null)} AND v.id = $1::uuid`,
    values: [id],
  };
}

/** One published vacancy of an employer verified by a country it is open to, or undefined. */
export async function findPublicVacancy(execute: SqlExecutor, id: string): Promise<PublicVacancyDetailRow | undefined> {
  const query = buildPublicVacancyQuery(id);
  const [row] = (await execute(query.text, query.values)) as unknown as PublicVacancyDetailRow[];
  return row;
}

/** A weak validator that changes whenever the vacancy or its employer does. */
export function publicVacancyEtag(row: PublicVacancyDetailRow): string {
  return `W/"${row.version}-${row.updated_micros}-${row.company_updated_micros}"`;
}

interface FacetRow {
  facet: keyof VacancySearchFacets | 'total';
  value: string | null;
  count: number;
}

function facetsOf(rows: FacetRow[]): {
  total: number;
  facets: VacancySearchFacets;
} {
  const facets: VacancySearchFacets = {
    regions: [],
    occupations: [],
    housing: [],
    insurance: [],
    travelPaid: [],
  };
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') total = row.count;
    else if (row.value !== null && row.count !== 0) facets[row.facet].push({ value: row.value, count: row.count });
  }
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
  for (const list of Object.values(facets) as FacetCount[][]) list.sort(byCount);
  return { total, facets };
}

// ---------------------------------------------------------------------------------------------------------------
// Running a search

function checkQuery(query: SearchVacanciesQuery): void {
  const errors = nulCharacterErrors({ q: query.q });
  if (query.minContractMonths !== undefined && query.maxContractMonths !== undefined && query.minContractMonths > query.maxContractMonths) {
    errors.push({
      field: 'maxContractMonths',
      code: 'search.contractRange',
      message: 'The longest contract is shorter than the shortest.',
      params: { min: query.minContractMonths },
    });
  }
  if (errors.length)
    throw new ProblemException(400, {
      code: 'validation.failed',
      detail: 'The request has invalid fields.',
      errors,
    });
}

/** The whole search: page, total and facets, in two parallel queries (four when a text falls back to trigrams). */
export async function runVacancySearch(
  execute: SqlExecutor,
  query: SearchVacanciesQuery,
  today: IsoDate = calendarToday(MOSCOW_TIME_ZONE, new Date()),
): Promise<VacancySearchResult> {
  checkQuery(query);
  const plan = planSearch(query, today);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (cursor && cursor.sort !== plan.sort) throw invalidCursor('The cursor belongs to another sort.');

  const run = async (mode: MatchMode | null) => {
    const page = buildPageQuery(query, plan, mode, cursor);
    // Text keeps counting its matches; without text the counts come from the rollup, whatever the filters.
    const facets = mode === null ? buildRollupFacetQuery(query, plan) : buildFacetQuery(query, plan, mode);
    const [rows, facetRows] = await Promise.all([execute(page.text, page.values), execute(facets.text, facets.values)]);
    return {
      rows: rows as unknown as PublicVacancyRow[],
      ...facetsOf(facetRows as unknown as FacetRow[]),
      mode,
    };
  };

  let result = await run(plan.q ? (cursor?.mode ?? 'fts') : null);
  if (plan.q && !cursor?.mode && result.total === 0) result = await run('fuzzy');

  const items = result.rows.slice(0, plan.limit);
  const last = items[items.length - 1];
  let nextCursor: string | null = null;
  if (result.rows.length > plan.limit && last) {
    const mode = result.mode ?? undefined;
    const offset = (cursor?.offset ?? 0) + plan.limit;
    if (plan.sort === VacancySort.Newest)
      nextCursor = encodeCursor({
        sort: plan.sort,
        mode,
        publishedAt: last.published_key,
        id: last.id,
      });
    else if (plan.sort === VacancySort.Wage)
      nextCursor = encodeCursor({
        sort: plan.sort,
        mode,
        wage: last.monthly_wage_roubles,
        id: last.id,
      });
    else if (offset <= MAX_RELEVANCE_OFFSET) nextCursor = encodeCursor({ sort: plan.sort, mode, offset });
  }
  return {
    items: items.map(toPublicVacancyView),
    nextCursor,
    total: result.total,
    facets: result.facets,
  };
}

/** A weak validator of a response body: same JSON, same tag. */
export function weakEtagOf(body: unknown): string {
  return `W/"${createHash('sha1').update(JSON.stringify(body)).digest('base64url')}"`;
}
