import 'reflect-metadata';
import { HousingOption, VacancySort, type SearchVacanciesQuery } from '@jumush/contracts';
import { ProblemException } from '../http/problem';
import {
  DEFAULT_SEARCH_LIMIT,
  FACET_GRAINS,
  FacetDimension,
  MAX_RELEVANCE_OFFSET,
  buildFacetQuery,
  buildRollupFacetQuery,
  filteredDimensions,
  grainFor,
  wageBandFrom,
  buildPageQuery,
  buildPublicVacancyQuery,
  decodeCursor,
  encodeCursor,
  planSearch,
  publicVacancyEtag,
  runVacancySearch,
  toPublicVacancyView,
  type PublicVacancyDetailRow,
  type SearchCursor,
  type SqlExecutor,
} from './vacancy-search';

const ID = '0b5c7a52-3f5e-4c1e-9a4b-2f0c1d2e3f40';
const query = (fields: Partial<SearchVacanciesQuery> = {}) => fields as SearchVacanciesQuery;
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** The field error code a call throws on `cursor`. */
function cursorError(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof ProblemException) return error.init.errors?.find((fieldError) => fieldError.field === 'cursor')?.message;
    throw error;
  }
  return undefined;
}

/** What every search shows without a country: published, not blocked, verified by a country the vacancy is open to. */
const VISIBLE_TO_ANY = `FROM vacancies v JOIN companies c ON c.id = v.company_id
 WHERE v.status = 'PUBLISHED' AND c.blocked_at IS NULL
   AND EXISTS (SELECT 1 FROM company_country_statuses s WHERE s.company_id = v.company_id AND s.status = 'VERIFIED' AND s.country = ANY(v.open_to))`;

/** The filters' conditions, after the visibility every search has (published, verified, still open to applicants). */
const whereOf = (text: string) =>
  (/ AND v\.application_deadline >= DATE '[\d-]+' AND v\.filled_positions < v\.positions(.*?)\n/s.exec(text)?.[1] ?? '')
    .split(' AND ')
    .filter(Boolean);

describe('search cursors', () => {
  it.each<[string, SearchCursor]>([
    ['newest', { sort: VacancySort.Newest, publishedAt: '2026-03-01T10:00:00.123456Z', id: ID }],
    ['newest after a full-text match', { sort: VacancySort.Newest, mode: 'fts', publishedAt: '2026-03-01T10:00:00.000001Z', id: ID }],
    ['wage', { sort: VacancySort.Wage, wage: 95_000, id: ID }],
    ['wage of zero', { sort: VacancySort.Wage, wage: 0, id: ID }],
    ['relevance after a fuzzy match', { sort: VacancySort.Relevance, mode: 'fuzzy', offset: 40 }],
    ['relevance at the deepest offset', { sort: VacancySort.Relevance, mode: 'fts', offset: MAX_RELEVANCE_OFFSET }],
  ])('%s goes through encode and decode unchanged', (_name, cursor) => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it('is compact JSON', () => {
    expect(JSON.parse(Buffer.from(encodeCursor({ sort: VacancySort.Wage, mode: 'fts', wage: 50_000, id: ID }), 'base64url').toString())).toEqual({
      s: 'w',
      m: 't',
      k: 50_000,
      i: ID,
    });
  });

  it.each<[string, string, string]>([
    ['not base64url', 'a+b/c=', 'Not a cursor.'],
    ['not JSON', b64('{nope'), 'Not a cursor.'],
    ['a JSON array', b64([1]), 'Not a cursor.'],
    ['JSON null', b64('null'), 'Not a cursor.'],
    ['an unknown key', b64({ s: 'n', k: '2026-03-01T10:00:00.123456Z', i: ID, x: 1 }), 'Not a cursor.'],
    ['an unknown sort', b64({ s: 'x' }), 'Unknown sort in the cursor.'],
    ['an unknown match mode', b64({ s: 'r', m: 'z', o: 0 }), 'Unknown match mode in the cursor.'],
    ['a negative offset', b64({ s: 'r', o: -1 }), 'Bad offset in the cursor.'],
    ['an offset beyond the deepest', b64({ s: 'r', o: MAX_RELEVANCE_OFFSET + 1 }), 'Bad offset in the cursor.'],
    ['a fractional offset', b64({ s: 'r', o: 1.5 }), 'Bad offset in the cursor.'],
    ['a relevance cursor with a key', b64({ s: 'r', o: 0, k: 1 }), 'Bad offset in the cursor.'],
    ['a relevance cursor with an id', b64({ s: 'r', o: 0, i: ID }), 'Bad offset in the cursor.'],
    ['a keyset cursor without an id', b64({ s: 'w', k: 1 }), 'Bad key in the cursor.'],
    ['a keyset cursor with a bad id', b64({ s: 'w', k: 1, i: 'not-a-uuid' }), 'Bad key in the cursor.'],
    ['a keyset cursor with an offset', b64({ s: 'w', k: 1, i: ID, o: 0 }), 'Bad key in the cursor.'],
    ['a negative wage', b64({ s: 'w', k: -1, i: ID }), 'Bad key in the cursor.'],
    ['a wage beyond int', b64({ s: 'w', k: 2_147_483_648, i: ID }), 'Bad key in the cursor.'],
    ['a wage as text', b64({ s: 'w', k: '1', i: ID }), 'Bad key in the cursor.'],
    ['a time without microseconds', b64({ s: 'n', k: '2026-03-01T10:00:00.123Z', i: ID }), 'Bad key in the cursor.'],
    ['an impossible date', b64({ s: 'n', k: '2026-02-30T10:00:00.123456Z', i: ID }), 'Bad key in the cursor.'],
    ['a time as a number', b64({ s: 'n', k: 5, i: ID }), 'Bad key in the cursor.'],
  ])('refuses %s', (_name, raw, message) => {
    expect(cursorError(() => decodeCursor(raw))).toBe(message);
  });
});

describe('the plan of a search', () => {
  it.each<[string, Partial<SearchVacanciesQuery>, { q: string | null; sort: VacancySort; limit: number; country?: string }]>([
    ['no text: newest', {}, { q: null, sort: VacancySort.Newest, limit: DEFAULT_SEARCH_LIMIT }],
    ['blank text: newest', { q: '   ' }, { q: null, sort: VacancySort.Newest, limit: DEFAULT_SEARCH_LIMIT }],
    ['text: relevance, lower-cased and trimmed', { q: '  Сварщик ' }, { q: 'сварщик', sort: VacancySort.Relevance, limit: DEFAULT_SEARCH_LIMIT }],
    ['text with a sort asked', { q: 'сварщик', sort: VacancySort.Wage }, { q: 'сварщик', sort: VacancySort.Wage, limit: DEFAULT_SEARCH_LIMIT }],
    ['relevance without text: newest', { sort: VacancySort.Relevance }, { q: null, sort: VacancySort.Newest, limit: DEFAULT_SEARCH_LIMIT }],
    ['a limit', { limit: 5 }, { q: null, sort: VacancySort.Newest, limit: 5 }],
    ['a country', { country: 'UZ' }, { q: null, sort: VacancySort.Newest, limit: DEFAULT_SEARCH_LIMIT, country: 'UZ' }],
  ])('%s', (_name, fields, plan) => {
    expect(planSearch(query(fields), '2026-12-02')).toEqual({ country: null, ...plan, today: '2026-12-02' });
  });

  it('refuses a country that is not two capitals (it is written into the statement)', () => {
    expect(() => planSearch(query({ country: "UZ'--" as SearchVacanciesQuery['country'] }), '2026-12-02')).toThrow('Not a country');
  });
});

describe('the page statement', () => {
  const plan = (fields: Partial<SearchVacanciesQuery>) => planSearch(query(fields));

  it('shows only published vacancies of employers not blocked and verified by a country they are open to', () => {
    const { text } = buildPageQuery(query(), plan({}), null, null);
    expect(text).toContain(VISIBLE_TO_ANY);
  });

  it("shows a country's migrants only vacancies open to their country, of employers their attaché verified (by the primary key)", () => {
    for (const { text } of [buildPageQuery(query(), plan({ country: 'UZ' }), null, null), buildFacetQuery(query(), plan({ country: 'UZ' }), null)]) {
      expect(text).toContain(`WHERE v.status = 'PUBLISHED' AND c.blocked_at IS NULL AND v.open_to @> ARRAY['UZ']::text[]`);
      expect(text).toContain(`WHERE s.company_id = v.company_id AND s.status = 'VERIFIED' AND s.country = 'UZ')`);
    }
  });

  it('shows only vacancies still open to applicants: deadline not passed on the Moscow calendar, a position free', () => {
    const plan = planSearch(query(), '2026-12-02');
    for (const { text } of [buildPageQuery(query(), plan, null, null), buildFacetQuery(query(), plan, null)])
      expect(text).toContain("AND v.application_deadline >= DATE '2026-12-02' AND v.filled_positions < v.positions");
    expect(() => planSearch(query(), "2026-12-02'; DROP TABLE vacancies; --")).toThrow('Not a date');
  });

  it.each<[string, Partial<SearchVacanciesQuery>, string[], unknown[]]>([
    ['no filter', {}, [], []],
    ['a region', { region: '77' }, ['v.region_code = $1::varchar'], ['77']],
    ['an occupation', { occupation: '7212' }, ['v.occupation_code = $1::varchar'], ['7212']],
    ['a minimum wage', { minWage: 80_000 }, ['v.monthly_wage_roubles >= $1::int'], [80_000]],
    ['housing provided, free or paid', { housing: 'provided' as SearchVacanciesQuery['housing'] }, ["v.housing IN ('FREE', 'PAID')"], []],
    ['one kind of housing', { housing: HousingOption.Paid }, ['v.housing = $1::housing_option'], [HousingOption.Paid]],
    ['insurance', { insurance: true }, ['v.insurance = $1::boolean'], [true]],
    ['no paid travel', { travelPaid: false }, ['v.travel_paid = $1::boolean'], [false]],
    ['a shortest contract', { minContractMonths: 6 }, ['v.contract_months >= $1::int'], [6]],
    ['a longest contract', { maxContractMonths: 12 }, ['v.contract_months <= $1::int'], [12]],
    ['a start month', { startMonth: '2026-04' }, ['v.start_date >= $1::date', 'v.start_date < $2::date'], ['2026-04-01', '2026-05-01']],
    ['a start in December', { startMonth: '2026-12' }, ['v.start_date >= $1::date', 'v.start_date < $2::date'], ['2026-12-01', '2027-01-01']],
    [
      'text, full-text match',
      { q: 'Сварщик' },
      ["v.search_vector @@ (websearch_to_tsquery('russian', $1::text) || websearch_to_tsquery('simple', $1::text))"],
      ['сварщик'],
    ],
    [
      'everything, in a fixed order',
      { region: '77', occupation: '7212', minWage: 1, insurance: true, travelPaid: true, minContractMonths: 3, maxContractMonths: 24 },
      [
        'v.region_code = $1::varchar',
        'v.occupation_code = $2::varchar',
        'v.monthly_wage_roubles >= $3::int',
        'v.insurance = $4::boolean',
        'v.travel_paid = $5::boolean',
        'v.contract_months >= $6::int',
        'v.contract_months <= $7::int',
      ],
      ['77', '7212', 1, true, true, 3, 24],
    ],
  ])('filters by %s', (_name, fields, conditions, values) => {
    const searchPlan = plan(fields);
    const page = buildPageQuery(query(fields), searchPlan, searchPlan.q ? 'fts' : null, null);
    expect(whereOf(page.text)).toEqual(conditions);
    // The last value is always the limit, one more than asked to know whether a page follows.
    expect(page.values).toEqual([...values, DEFAULT_SEARCH_LIMIT + 1]);
    expect(page.text).toMatch(new RegExp(`LIMIT \\$${values.length + 1}::int$`));
  });

  it('falls back to trigrams of the title and the occupations the words resemble', () => {
    const page = buildPageQuery(query({ q: 'сваршик' }), plan({ q: 'сваршик' }), 'fuzzy', null);
    expect(whereOf(page.text)).toEqual(['(v.title % $1::text OR v.occupation_code = ANY($2::varchar[]))']);
    expect(page.values[0]).toBe('сваршик');
    expect(page.values[1]).toContain('7212');
  });

  it('falls back to trigrams of the title alone when no occupation resembles the words', () => {
    const page = buildPageQuery(query({ q: 'zzzzqqq' }), plan({ q: 'zzzzqqq' }), 'fuzzy', null);
    expect(whereOf(page.text)).toEqual(['v.title % $1::text']);
    expect(page.values).toEqual(['zzzzqqq', DEFAULT_SEARCH_LIMIT + 1]);
  });

  it.each<[string, Partial<SearchVacanciesQuery>, 'fts' | 'fuzzy' | null, SearchCursor | null, string, string[], unknown[]]>([
    ['newest, first page', {}, null, null, 'v.published_at DESC, v.id DESC', [], []],
    [
      'newest, after a cursor',
      {},
      null,
      { sort: VacancySort.Newest, publishedAt: '2026-03-01T10:00:00.123456Z', id: ID },
      'v.published_at DESC, v.id DESC',
      ['(v.published_at, v.id) < ($1::timestamptz, $2::uuid)'],
      ['2026-03-01T10:00:00.123456Z', ID],
    ],
    ['wage, first page', { sort: VacancySort.Wage }, null, null, 'v.monthly_wage_roubles DESC, v.id DESC', [], []],
    [
      'wage, after a cursor',
      { sort: VacancySort.Wage, region: '77' },
      null,
      { sort: VacancySort.Wage, wage: 0, id: ID },
      'v.monthly_wage_roubles DESC, v.id DESC',
      ['v.region_code = $1::varchar', '(v.monthly_wage_roubles, v.id) < ($2::int, $3::uuid)'],
      ['77', 0, ID],
    ],
    [
      'relevance of a full-text match',
      { q: 'сварщик' },
      'fts',
      null,
      "ts_rank_cd(v.search_vector, (websearch_to_tsquery('russian', $1::text) || websearch_to_tsquery('simple', $1::text))) DESC, similarity(v.title, $1::text) DESC, v.id",
      ["v.search_vector @@ (websearch_to_tsquery('russian', $1::text) || websearch_to_tsquery('simple', $1::text))"],
      ['сварщик'],
    ],
    ['relevance of a fuzzy match', { q: 'zzzzqqq' }, 'fuzzy', null, 'similarity(v.title, $1::text) DESC, v.id', ['v.title % $1::text'], ['zzzzqqq']],
  ])('sorts %s', (_name, fields, mode, cursor, order, conditions, values) => {
    const page = buildPageQuery(query(fields), plan(fields), mode, cursor);
    expect(page.text).toContain(`\n ORDER BY ${order}\n`);
    expect(whereOf(page.text)).toEqual(conditions);
    expect(page.values).toEqual([...values, DEFAULT_SEARCH_LIMIT + 1]);
  });

  it('pages relevance by an offset', () => {
    const page = buildPageQuery(query({ q: 'сварщик', limit: 10 }), plan({ q: 'сварщик', limit: 10 }), 'fts', {
      sort: VacancySort.Relevance,
      mode: 'fts',
      offset: 30,
    });
    expect(page.text).toMatch(/ LIMIT \$3::int OFFSET \$2::int$/);
    expect(page.values).toEqual(['сварщик', 30, 11]);
  });

  it('needs no offset on the first relevance page', () => {
    const page = buildPageQuery(query({ q: 'сварщик' }), plan({ q: 'сварщик' }), 'fts', { sort: VacancySort.Relevance, offset: 0 });
    expect(page.text).not.toContain('OFFSET');
  });
});

describe('the facets statement', () => {
  it('counts every facet and the total in one aggregate over the page query’s own WHERE', () => {
    const fields = { q: 'сварщик', region: '77', housing: HousingOption.Free };
    const searchPlan = planSearch(query(fields));
    const facets = buildFacetQuery(query(fields), searchPlan, 'fts');
    const page = buildPageQuery(query(fields), searchPlan, 'fts', null);
    expect(whereOf(facets.text)).toEqual(whereOf(page.text));
    expect(facets.values).toEqual(['сварщик', '77', HousingOption.Free]);
    expect(facets.text).toContain('GROUP BY GROUPING SETS ((v.region_code), (v.occupation_code), (v.housing), (v.insurance), (v.travel_paid), ())');
    expect(facets.text).not.toContain('ORDER BY');
    expect(facets.text).not.toContain('LIMIT');
  });

  it('has no parameters without filters', () => {
    expect(buildFacetQuery(query(), planSearch(query()), null).values).toEqual([]);
  });
});

describe('one published vacancy', () => {
  it('is looked up by id among the visible ones', () => {
    const { text, values } = buildPublicVacancyQuery(ID);
    expect(text).toContain(`${VISIBLE_TO_ANY} AND v.id = $1::uuid`);
    expect(values).toEqual([ID]);
  });

  it('is tagged by its version and when it and its employer changed', () => {
    expect(publicVacancyEtag({ version: 3, updated_micros: '100', company_updated_micros: '200' } as PublicVacancyDetailRow)).toBe('W/"3-100-200"');
  });
});

const row = (id: string, fields: Partial<PublicVacancyDetailRow> = {}): PublicVacancyDetailRow => ({
  id,
  title: 'Сварщик',
  occupation_code: '7212',
  region_code: '77',
  town: 'Москва',
  monthly_wage_roubles: 90_000,
  weekly_hours: 40,
  shift_pattern: 'DAY' as PublicVacancyDetailRow['shift_pattern'],
  housing: HousingOption.Free,
  housing_cost_roubles: null,
  meals: 'NONE' as PublicVacancyDetailRow['meals'],
  travel_paid: true,
  insurance: true,
  contract_months: 12,
  start_date: '2026-04-01',
  positions: 5,
  filled_positions: 2,
  russian_level: 'BASIC' as PublicVacancyDetailRow['russian_level'],
  experience_years: 1,
  skills: ['MIG'],
  description: 'Сварка.',
  application_deadline: '2026-03-25',
  published_key: '2026-03-01T10:00:00.123456Z',
  company_id: 'c0000000-0000-4000-8000-000000000000',
  company_legal_name: 'ООО «Тест»',
  company_inn: '7707083893',
  company_status: 'VERIFIED' as PublicVacancyDetailRow['company_status'],
  version: 1,
  updated_micros: '1',
  company_updated_micros: '1',
  ...fields,
});

describe('a row as a public vacancy', () => {
  it('says how many positions remain and when it was published, to the millisecond', () => {
    const view = toPublicVacancyView(row(ID));
    expect(view).toEqual(
      expect.objectContaining({
        id: ID,
        monthlyWageRoubles: 90_000,
        remainingPositions: 3,
        publishedAt: '2026-03-01T10:00:00.123Z',
        company: { id: 'c0000000-0000-4000-8000-000000000000', legalName: 'ООО «Тест»', inn: '7707083893', status: 'VERIFIED' },
      }),
    );
    expect(view).not.toHaveProperty('filledPositions');
  });
});

describe('running a search', () => {
  /** Answers page statements with `pages` in turn and facet statements with `totals` in turn; records what ran. */
  function executor(pages: PublicVacancyDetailRow[][], totals: number[]) {
    const ran: string[] = [];
    const execute: SqlExecutor = async (text) => {
      ran.push(text);
      if (text.includes('GROUPING SETS')) return [{ facet: 'total', value: null, count: totals.shift() ?? 0 }];
      return (pages.shift() ?? []) as unknown as Array<Record<string, unknown>>;
    };
    return { execute, ran };
  }

  it('falls back to trigrams when the full text finds nothing, and keeps that mode in the cursor', async () => {
    const rows = [row('00000000-0000-4000-8000-000000000001'), row('00000000-0000-4000-8000-000000000002')];
    const { execute, ran } = executor([[], rows], [0, 2]);
    const result = await runVacancySearch(execute, query({ q: 'сваршик', limit: 1 }));
    expect(ran).toHaveLength(4);
    expect(ran[2]).toContain('v.title %');
    expect(result.total).toBe(2);
    expect(result.items.map((item) => item.id)).toEqual(['00000000-0000-4000-8000-000000000001']);
    expect(decodeCursor(result.nextCursor ?? '')).toEqual({ sort: VacancySort.Relevance, mode: 'fuzzy', offset: 1 });
  });

  it('does not fall back when a cursor fixed the mode', async () => {
    const { execute, ran } = executor([[]], [0]);
    await runVacancySearch(execute, query({ q: 'сварщик', cursor: encodeCursor({ sort: VacancySort.Relevance, mode: 'fts', offset: 20 }) }));
    expect(ran).toHaveLength(2);
  });

  it('gives a keyset cursor of the last row on newest and wage, and none on the last page', async () => {
    const rows = [row('00000000-0000-4000-8000-000000000001'), row('00000000-0000-4000-8000-000000000002', { monthly_wage_roubles: 70_000 })];
    const newest = await runVacancySearch(executor([rows], [2]).execute, query({ limit: 1 }));
    expect(decodeCursor(newest.nextCursor ?? '')).toEqual({
      sort: VacancySort.Newest,
      publishedAt: '2026-03-01T10:00:00.123456Z',
      id: '00000000-0000-4000-8000-000000000001',
    });
    const wage = await runVacancySearch(executor([rows], [2]).execute, query({ sort: VacancySort.Wage, limit: 1 }));
    expect(decodeCursor(wage.nextCursor ?? '')).toEqual({ sort: VacancySort.Wage, wage: 90_000, id: '00000000-0000-4000-8000-000000000001' });
    const last = await runVacancySearch(executor([rows], [2]).execute, query({ limit: 2 }));
    expect(last.nextCursor).toBeNull();
  });

  it('refuses a cursor of another sort and a contract range upside down, before any query', async () => {
    const { execute, ran } = executor([], []);
    await expect(
      runVacancySearch(
        execute,
        query({ sort: VacancySort.Wage, cursor: encodeCursor({ sort: VacancySort.Newest, publishedAt: '2026-03-01T10:00:00.123456Z', id: ID }) }),
      ),
    ).rejects.toBeInstanceOf(ProblemException);
    await expect(runVacancySearch(execute, query({ minContractMonths: 12, maxContractMonths: 6 }))).rejects.toMatchObject({
      init: { errors: [expect.objectContaining({ field: 'maxContractMonths', code: 'search.contractRange' })] },
    });
    expect(ran).toEqual([]);
  });
});

describe('the facet rollup statement (searches without text)', () => {
  const { Region, Occupation, Conditions, WageBand, ContractMonths, StartMonth } = FacetDimension;

  it('keeps every cuboid of at most three dimensions and the full one, as the migration does', () => {
    expect(FACET_GRAINS).toHaveLength(1 + 6 + 15 + 20 + 1);
    expect(FACET_GRAINS).toContain(63);
  });

  it('reads the smallest cuboid holding the filters and the facet, the full one beyond three dimensions', () => {
    expect(grainFor(0)).toBe(0);
    expect(grainFor(Region)).toBe(Region);
    expect(grainFor(Region | Occupation | WageBand)).toBe(Region | Occupation | WageBand);
    expect(grainFor(Region | Conditions | WageBand | ContractMonths)).toBe(63);
  });

  it('knows which dimensions the filters constrain', () => {
    expect(filteredDimensions({})).toBe(0);
    expect(filteredDimensions({ housing: 'provided', minWage: 0 })).toBe(Conditions | WageBand);
    expect(filteredDimensions({ region: '77', occupation: '7212', maxContractMonths: 6, startMonth: '2031-05' })).toBe(
      Region | Occupation | ContractMonths | StartMonth,
    );
  });

  it('counts whole wage bands from the rollup and the rest of a band from the vacancies', () => {
    expect([wageBandFrom(0), wageBandFrom(60_000), wageBandFrom(60_001), wageBandFrom(62_500)]).toEqual([0, 60_000, 65_000, 65_000]);
    const onBand = buildRollupFacetQuery(query({ minWage: 60_000 }), planSearch(query(), '2031-03-10'));
    expect(onBand.text).not.toContain('v.monthly_wage_roubles <');
    const insideBand = buildRollupFacetQuery(query({ minWage: 62_500 }), planSearch(query(), '2031-03-10'));
    expect(insideBand.text).toContain('v.monthly_wage_roubles <');
    expect(insideBand.values).toEqual(expect.arrayContaining([62_500, 65_000]));
  });

  it('subtracts the published vacancies past their deadline, and refuses text', () => {
    const statement = buildRollupFacetQuery(query(), planSearch(query(), '2031-03-10'));
    expect(statement.text).toContain(`v.application_deadline < DATE '2031-03-10'`);
    expect(statement.text).toContain('FROM vacancy_facet_counts f WHERE f.grain = 1 AND');
    expect(() => buildRollupFacetQuery(query({ q: 'сварщик' }), planSearch(query({ q: 'сварщик' })))).toThrow();
  });
});
