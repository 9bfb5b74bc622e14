import type { Params } from '@angular/router';
import {
  isCountryCodeShape,
  HousingOption,
  RUSSIAN_REGIONS,
  VACANCY_LIMITS,
  VacancySort,
  type CitizenshipCode,
  type SearchVacanciesQuery,
} from '@jumush/contracts/client';
import { parseWholeNumber } from '../../shared/format/numbers';

/**
 * The public search, as it lives in the URL query (so a search can be shared and survives a reload).
 * Anything malformed in the URL is ignored rather than sent to the API.
 */
export type HousingFilter = NonNullable<SearchVacanciesQuery['housing']>;

export interface SearchState {
  q: string;
  region: string | null;
  occupation: string | null;
  minWage: number | null;
  housing: HousingFilter | null;
  insurance: boolean;
  travelPaid: boolean;
  minContractMonths: number | null;
  maxContractMonths: number | null;
  startMonth: string | null;
  sort: VacancySort | null;
  /** Vacancies open to citizens of this country; a signed-in migrant's is always their own (withCitizenship). */
  country: CitizenshipCode | null;
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  region: null,
  occupation: null,
  minWage: null,
  housing: null,
  insurance: false,
  travelPaid: false,
  minContractMonths: null,
  maxContractMonths: null,
  startMonth: null,
  sort: null,
  country: null,
};

export const SEARCH_PAGE_SIZE = 20;
export const QUERY_MAX_LENGTH = 200;

const HOUSING: readonly string[] = ['provided', ...Object.values(HousingOption)];
const SORTS: readonly string[] = Object.values(VacancySort);
const REGION_CODES: ReadonlySet<string> = new Set(RUSSIAN_REGIONS.map((region) => region.code));
const OCCUPATION_CODE = /^\d{4}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

type ParamSource = Params | { get(name: string): string | null };

function read(source: ParamSource, name: string): string | null {
  if (typeof (source as { get?: unknown }).get === 'function') return (source as { get(name: string): string | null }).get(name);
  const value = (source as Params)[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : null;
  return typeof value === 'string' ? value : null;
}

/** URL query → state; unknown or malformed values are dropped. */
export function searchStateFromParams(source: ParamSource): SearchState {
  const region = read(source, 'region');
  const occupation = read(source, 'occupation');
  const housing = read(source, 'housing');
  const startMonth = read(source, 'startMonth');
  const sort = read(source, 'sort');
  const country = read(source, 'country');
  const months = (name: string) => parseWholeNumber(read(source, name), VACANCY_LIMITS.contractMonthsMin, VACANCY_LIMITS.contractMonthsMax);
  return {
    q: (read(source, 'q') ?? '').trim().slice(0, QUERY_MAX_LENGTH),
    region: region && REGION_CODES.has(region) ? region : null,
    occupation: occupation && OCCUPATION_CODE.test(occupation) ? occupation : null,
    minWage: parseWholeNumber(read(source, 'minWage'), 1, VACANCY_LIMITS.wageMaxRoubles),
    housing: housing && HOUSING.includes(housing) ? (housing as HousingFilter) : null,
    insurance: read(source, 'insurance') === 'true',
    travelPaid: read(source, 'travelPaid') === 'true',
    minContractMonths: months('minContractMonths'),
    maxContractMonths: months('maxContractMonths'),
    startMonth: startMonth && MONTH.test(startMonth) ? startMonth : null,
    sort: sort && SORTS.includes(sort) ? (sort as VacancySort) : null,
    // Whether the exchange takes the country is data: the API answers an unknown one with nothing found.
    country: isCountryCodeShape(country) ? country : null,
  };
}

/** A signed-in migrant searches the vacancies open to their recorded citizenship, whatever the URL says. */
export function withCitizenship(state: SearchState, citizenship: string | null): SearchState {
  return isCountryCodeShape(citizenship) ? { ...state, country: citizenship } : state;
}

/**
 * State → URL query for `router.navigate([], { queryParams })`. Every key is present so that a filter
 * being cleared removes it from the URL (null drops a query param); defaults are left out.
 */
export function searchStateToQueryParams(state: SearchState): Params {
  return {
    q: state.q.trim() || null,
    region: state.region,
    occupation: state.occupation,
    minWage: state.minWage,
    housing: state.housing,
    insurance: state.insurance ? 'true' : null,
    travelPaid: state.travelPaid ? 'true' : null,
    minContractMonths: state.minContractMonths,
    maxContractMonths: state.maxContractMonths,
    startMonth: state.startMonth,
    sort: state.sort,
    country: state.country,
  };
}

/** State (+ the cursor of "Load more") → the query of GET /api/public/vacancies. */
export function searchStateToApiQuery(state: SearchState, cursor: string | null = null, limit = SEARCH_PAGE_SIZE): SearchVacanciesQuery {
  const query: SearchVacanciesQuery = { limit };
  if (state.q.trim()) query.q = state.q.trim();
  if (state.region) query.region = state.region;
  if (state.occupation) query.occupation = state.occupation;
  if (state.minWage !== null) query.minWage = state.minWage;
  if (state.housing) query.housing = state.housing;
  if (state.insurance) query.insurance = true;
  if (state.travelPaid) query.travelPaid = true;
  // A range typed backwards ("from 12 to 6 months") is what the person meant the other way round.
  const [minMonths, maxMonths] =
    state.minContractMonths !== null && state.maxContractMonths !== null && state.minContractMonths > state.maxContractMonths
      ? [state.maxContractMonths, state.minContractMonths]
      : [state.minContractMonths, state.maxContractMonths];
  if (minMonths !== null) query.minContractMonths = minMonths;
  if (maxMonths !== null) query.maxContractMonths = maxMonths;
  if (state.startMonth) query.startMonth = state.startMonth;
  if (state.sort) query.sort = state.sort;
  if (state.country) query.country = state.country;
  if (cursor) query.cursor = cursor;
  return query;
}

/** How many filters (not the text, not the sort) narrow the search: shown on the "Filters" button. */
export function activeFilterCount(state: SearchState): number {
  return [
    state.region !== null,
    state.occupation !== null,
    state.minWage !== null,
    state.housing !== null,
    state.insurance,
    state.travelPaid,
    state.minContractMonths !== null || state.maxContractMonths !== null,
    state.startMonth !== null,
    state.country !== null,
  ].filter(Boolean).length;
}

export function sameSearch(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(searchStateToApiQuery(a)) === JSON.stringify(searchStateToApiQuery(b));
}

/** The next `count` months from `from` ('YYYY-MM'), for the start-month filter. */
export function upcomingMonths(from: Date, count = 12): string[] {
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(from.getFullYear(), from.getMonth() + i, 1);
    months.push(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}
