import { convertToParamMap } from '@angular/router';
import { VacancySort } from '@jumush/contracts/client';
import {
  EMPTY_SEARCH,
  activeFilterCount,
  sameSearch,
  searchStateFromParams,
  searchStateToApiQuery,
  searchStateToQueryParams,
  upcomingMonths,
  withCitizenship,
  type SearchState,
} from './search-state';

describe('search state ↔ URL', () => {
  const full: SearchState = {
    q: 'сварщик',
    region: '16',
    occupation: '7212',
    minWage: 60000,
    housing: 'provided',
    insurance: true,
    travelPaid: true,
    minContractMonths: 3,
    maxContractMonths: 12,
    startMonth: '2026-05',
    sort: VacancySort.Wage,
    country: 'UZ',
  };

  it('reads every filter from the query', () => {
    const params = convertToParamMap({
      q: ' сварщик ',
      region: '16',
      occupation: '7212',
      minWage: '60000',
      housing: 'provided',
      insurance: 'true',
      travelPaid: 'true',
      minContractMonths: '3',
      maxContractMonths: '12',
      startMonth: '2026-05',
      sort: 'wage',
      country: 'UZ',
    });
    expect(searchStateFromParams(params)).toEqual(full);
  });

  it('round-trips through the URL query', () => {
    const query = searchStateToQueryParams(full);
    const strings = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)]));
    expect(searchStateFromParams(strings)).toEqual(full);
  });

  it('is the empty search for an empty query', () => {
    expect(searchStateFromParams({})).toEqual(EMPTY_SEARCH);
  });

  it('drops malformed and unknown values instead of sending them', () => {
    expect(
      searchStateFromParams({
        region: '00',
        occupation: 'abc',
        minWage: '75k',
        housing: 'palace',
        insurance: 'yes',
        minContractMonths: '0',
        maxContractMonths: '99',
        startMonth: '2026-13',
        sort: 'random',
        country: 'kg1',
      }),
    ).toEqual(EMPTY_SEARCH);
  });

  it('keeps any well-formed country code: which countries the exchange takes is data, the API judges it', () => {
    expect(searchStateFromParams({ country: 'KZ' }).country).toBe('KZ');
    expect(searchStateFromParams({ country: 'kg' }).country).toBeNull();
    expect(searchStateFromParams({ country: 'Kyrgyzstan' }).country).toBeNull();
  });

  it('accepts a wage typed with spaces', () => {
    expect(searchStateFromParams({ minWage: '60 000' }).minWage).toBe(60000);
  });

  it('clears a filter from the URL by setting it to null, and leaves defaults out', () => {
    const query = searchStateToQueryParams({ ...EMPTY_SEARCH, region: '77' });
    expect(query['region']).toBe('77');
    expect(query['q']).toBeNull();
    expect(query['insurance']).toBeNull();
    expect(query['sort']).toBeNull();
    expect(Object.keys(query).sort()).toEqual(
      [
        'housing',
        'insurance',
        'maxContractMonths',
        'minContractMonths',
        'minWage',
        'occupation',
        'q',
        'region',
        'sort',
        'startMonth',
        'travelPaid',
        'country',
      ].sort(),
    );
  });

  it('builds the API query with only the filters set, the cursor and the page size', () => {
    expect(searchStateToApiQuery(EMPTY_SEARCH)).toEqual({ limit: 20 });
    expect(searchStateToApiQuery(full, 'next-page')).toEqual({
      q: 'сварщик',
      region: '16',
      occupation: '7212',
      minWage: 60000,
      housing: 'provided',
      insurance: true,
      travelPaid: true,
      minContractMonths: 3,
      maxContractMonths: 12,
      startMonth: '2026-05',
      sort: 'wage',
      country: 'UZ',
      cursor: 'next-page',
      limit: 20,
    });
  });

  it('swaps a contract range typed backwards', () => {
    const query = searchStateToApiQuery({ ...EMPTY_SEARCH, minContractMonths: 12, maxContractMonths: 6 });
    expect(query.minContractMonths).toBe(6);
    expect(query.maxContractMonths).toBe(12);
  });

  it('counts the active filters (not the text, not the sort)', () => {
    expect(activeFilterCount(EMPTY_SEARCH)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_SEARCH, q: 'x', sort: VacancySort.Newest })).toBe(0);
    expect(activeFilterCount(full)).toBe(9);
  });

  it("searches a signed-in migrant's own country, whatever the URL says", () => {
    expect(withCitizenship({ ...EMPTY_SEARCH, country: 'KG' }, 'TJ').country).toBe('TJ');
    expect(withCitizenship({ ...EMPTY_SEARCH, country: 'KG' }, null).country).toBe('KG');
    expect(withCitizenship(EMPTY_SEARCH, 'KZ').country).toBe('KZ');
    expect(withCitizenship(EMPTY_SEARCH, 'Kyrgyzstan')).toBe(EMPTY_SEARCH);
  });

  it('compares searches by what would be sent', () => {
    expect(sameSearch({ ...EMPTY_SEARCH, q: 'a' }, { ...EMPTY_SEARCH, q: 'a' })).toBe(true);
    expect(sameSearch({ ...EMPTY_SEARCH, q: 'a' }, { ...EMPTY_SEARCH, q: 'b' })).toBe(false);
  });

  it('lists the coming months', () => {
    expect(upcomingMonths(new Date(2026, 10, 15), 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});
