/**
 * The facet rollup (vacancy_facet_counts) answers exactly what counting the vacancies answers: for many filter
 * combinations and every country, after inserts, updates, deadlines passing, status changes, blocks and deletes.
 * Its own database, so no other test's vacancies move the counts between the two queries.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type SearchVacanciesQuery } from '@jumush/contracts';
import { dataSourceOptions, runMigrationsExclusively } from '@jumush/server/database';
import { buildFacetQuery, buildRollupFacetQuery, planSearch, runVacancySearch, type SqlExecutor } from './vacancy-search';

const TODAY = '2031-03-10';
const REGIONS = ['77', '16', '50', '66'];
const OCCUPATIONS = ['7112', '7212', '8322', '9313'];

/** Filter combinations: each dimension alone, wage bounds on and off the 5,000-rouble bands, and mixes of two to five. */
const FILTERS: Array<Omit<SearchVacanciesQuery, 'country'>> = [
  {},
  { region: '77' },
  { region: '16' },
  { occupation: '7212' },
  { minWage: 0 },
  { minWage: 60_000 },
  { minWage: 62_500 },
  { minWage: 99_999 },
  { housing: 'provided' },
  { housing: 'FREE' as SearchVacanciesQuery['housing'] },
  { housing: 'NONE' as SearchVacanciesQuery['housing'] },
  { insurance: true },
  { insurance: false },
  { travelPaid: true },
  { minContractMonths: 6 },
  { maxContractMonths: 9 },
  { minContractMonths: 6, maxContractMonths: 12 },
  { startMonth: '2031-05' },
  { region: '77', occupation: '7212' },
  { region: '16', minWage: 71_000 },
  { occupation: '9313', minWage: 80_000 },
  { housing: 'provided', insurance: true },
  { travelPaid: true, minWage: 50_000 },
  { region: '77', housing: 'PAID' as SearchVacanciesQuery['housing'], travelPaid: false },
  { minWage: 45_000, minContractMonths: 9, startMonth: '2031-06' },
  { occupation: '7112', maxContractMonths: 12, startMonth: '2031-04' },
  { region: '50', occupation: '8322', insurance: true, minWage: 33_333 },
  { housing: 'provided', insurance: true, travelPaid: true, minWage: 70_000, maxContractMonths: 18 },
  {
    region: '66',
    occupation: '7112',
    housing: 'FREE' as SearchVacanciesQuery['housing'],
    minWage: 40_000,
    minContractMonths: 3,
    startMonth: '2031-05',
  },
];
const COUNTRIES = [undefined, 'KG', 'UZ', 'TJ'] as const;

describe('facet counts from the rollup (real PostgreSQL)', () => {
  let admin: DataSource;
  let dataSource: DataSource;
  let name: string;
  let execute: SqlExecutor;
  let companies: string[];

  beforeAll(async () => {
    admin = await new DataSource({ type: 'postgres', url: process.env['DATABASE_URL'] }).initialize();
    name = `facets_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(process.env['DATABASE_URL'] ?? '');
    url.pathname = `/${name}`;
    dataSource = await new DataSource(dataSourceOptions(url.toString(), { applicationName: 'jumush-facets-test', poolSize: 2 })).initialize();
    await runMigrationsExclusively(dataSource);
    execute = (text, values) => dataSource.query(text, values);
    await dataSource.query(`SELECT setseed(0.15)`);
    companies = (
      (await dataSource.query(`INSERT INTO companies (legal_name, inn, ogrn, legal_address, region_code, contact_person, phone, email)
        SELECT 'ООО «Фасет ' || g || '»', '77' || lpad(g::text, 8, '0'), '1' || lpad(g::text, 12, '0'), 'г. Москва', '77', 'Контакт', '+79160000000',
               'hr' || g || '@facets.test'
          FROM generate_series(1, 6) g RETURNING id`)) as Array<{ id: string }>
    ).map((row) => row.id);
    // Companies 1–3 verified by Kyrgyzstan and Uzbekistan, 4 by Kyrgyzstan only, 5 pending everywhere, 6 suspended by Kyrgyzstan.
    await dataSource.query(
      `INSERT INTO company_country_statuses (company_id, country, status)
       SELECT c.id, o.code, (CASE WHEN c.n <= 3 AND o.code <> 'TJ' THEN 'VERIFIED' WHEN c.n = 4 AND o.code = 'KG' THEN 'VERIFIED'
                                  WHEN c.n = 6 AND o.code = 'KG' THEN 'SUSPENDED' ELSE 'PENDING' END)::company_status
         FROM unnest($1::uuid[]) WITH ORDINALITY c(id, n) CROSS JOIN (VALUES ('KG'), ('UZ'), ('TJ')) o(code)`,
      [companies],
    );
    await insertVacancies(400);
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin?.destroy();
  });

  /** Random vacancies in a few regions and occupations, some drafts, some closed, some full, some past their deadline. */
  async function insertVacancies(count: number): Promise<void> {
    await dataSource.query(
      `INSERT INTO vacancies (company_id, status, version, title, occupation_code, region_code, town, monthly_wage_roubles, weekly_hours, shift_pattern,
                              housing, housing_cost_roubles, meals, travel_paid, insurance, contract_months, start_date, positions, filled_positions,
                              russian_level, experience_years, skills, description, application_deadline, search_text, open_to, created_by,
                              submitted_at, published_at)
       SELECT ($1::uuid[])[1 + floor(random() * 6)::int], s.status::vacancy_status, 1, 'Вакансия', ($2::text[])[1 + floor(random() * 4)::int],
              ($3::text[])[1 + floor(random() * 4)::int], 'Город', (30 + floor(random() * 90))::int * 500 + (CASE WHEN random() < 0.2 THEN 1 ELSE 0 END), 40, 'DAY',
              s.housing::housing_option, CASE WHEN s.housing = 'PAID' THEN 5000 END, 'NONE', random() < 0.4, random() < 0.5,
              (ARRAY[3, 6, 9, 12, 18, 24])[1 + floor(random() * 6)::int], s.start, s.positions,
              CASE WHEN random() < 0.1 THEN s.positions ELSE 0 END, 'BASIC', 0, '{}', 'Описание',
              s.start - (CASE WHEN random() < 0.1 THEN 120 ELSE 10 END), 'вакансия',
              (CASE floor(random() * 3)::int WHEN 0 THEN ARRAY['KG', 'UZ', 'TJ'] WHEN 1 THEN ARRAY['KG'] ELSE ARRAY['UZ', 'TJ'] END), gen_random_uuid(), now(), now()
         FROM (SELECT (ARRAY['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'DRAFT', 'CLOSED'])[1 + floor(random() * 6)::int] AS status,
                      (ARRAY['NONE', 'FREE', 'PAID'])[1 + floor(random() * 3)::int] AS housing,
                      DATE '${TODAY}' + 15 + floor(random() * 120)::int AS start, 1 + floor(random() * 5)::int AS positions
                 FROM generate_series(1, $4::int)) s`,
      [companies, OCCUPATIONS, REGIONS, count],
    );
  }

  const rows = async (query: { text: string; values: unknown[] }) =>
    ((await execute(query.text, query.values)) as Array<{ facet: string; value: string | null; count: number }>)
      .filter((row) => row.count !== 0 || row.facet === 'total')
      .map((row) => `${row.facet}:${row.value ?? ''}=${row.count}`)
      .sort();

  /** Every combination, every country: the rollup's counts are the direct counts. */
  async function expectRollupEqualsDirectCounts(): Promise<void> {
    let compared = 0;
    for (const filters of FILTERS)
      for (const country of COUNTRIES) {
        const query: SearchVacanciesQuery = { ...filters, ...(country ? { country } : {}) };
        const plan = planSearch(query, TODAY);
        const direct = await rows(buildFacetQuery(query, plan, null));
        const rollup = await rows(buildRollupFacetQuery(query, plan));
        expect({ query, counts: rollup }).toEqual({ query, counts: direct });
        compared++;
      }
    expect(compared).toBe(FILTERS.length * COUNTRIES.length);
    // And the triggers kept what a recount from scratch makes.
    const snapshot = async () => (await dataSource.query(`SELECT f::text AS row FROM vacancy_facet_counts f ORDER BY 1`)) as Array<{ row: string }>;
    const kept = await snapshot();
    await dataSource.query(`SELECT vacancy_facet_counts_rebuild()`);
    expect(await snapshot()).toEqual(kept);
  }

  it('counts what the vacancies count after they are inserted', async () => {
    const [{ counted }] = (await dataSource.query(
      `SELECT count(*)::int AS counted FROM vacancy_facet_counts WHERE grain = 0 AND country = '*'`,
    )) as Array<{
      counted: number;
    }>;
    expect(counted).toBeGreaterThan(0);
    await expectRollupEqualsDirectCounts();
  });

  it('and when the search uses it, the same total and facets as before', async () => {
    const query: SearchVacanciesQuery = { region: '77', minWage: 52_345, country: 'KG' };
    const direct = await rows(buildFacetQuery(query, planSearch(query, TODAY), null));
    const result = await runVacancySearch(execute, query, TODAY);
    const total = direct.find((row) => row.startsWith('total:'));
    expect(total).toBe(`total:=${result.total}`);
    expect(result.facets.regions).toEqual(
      direct.filter((row) => row.startsWith('regions:')).map((row) => ({ value: '77', count: Number(row.split('=')[1]) })),
    );
  });

  it('after updates of counted columns, positions filled and freed, publication and closing', async () => {
    await dataSource.query(`UPDATE vacancies SET monthly_wage_roubles = monthly_wage_roubles + 2500, region_code = '50' WHERE random() < 0.2`);
    await dataSource.query(`UPDATE vacancies SET housing = 'FREE', housing_cost_roubles = NULL, insurance = NOT insurance WHERE random() < 0.2`);
    await dataSource.query(`UPDATE vacancies SET filled_positions = positions WHERE random() < 0.1`);
    await dataSource.query(`UPDATE vacancies SET filled_positions = 0 WHERE filled_positions = positions AND random() < 0.5`);
    await dataSource.query(`UPDATE vacancies SET status = 'PUBLISHED', published_at = now() WHERE status = 'DRAFT' AND random() < 0.5`);
    await dataSource.query(`UPDATE vacancies SET status = 'CLOSED' WHERE status = 'PUBLISHED' AND random() < 0.1`);
    await dataSource.query(`UPDATE vacancies SET open_to = ARRAY['TJ'] WHERE random() < 0.1`);
    await dataSource.query(`UPDATE vacancies SET start_date = start_date + 31, contract_months = 9 WHERE random() < 0.2`);
    await dataSource.query(`UPDATE vacancies SET application_deadline = DATE '${TODAY}' - 1 WHERE status = 'PUBLISHED' AND random() < 0.1`);
    // An update of nothing counted (the title) leaves the rollup alone.
    await dataSource.query(`UPDATE vacancies SET title = 'Другое название' WHERE random() < 0.3`);
    await expectRollupEqualsDirectCounts();
  });

  it('after countries verify, suspend and stop verifying employers (all their vacancies move)', async () => {
    await dataSource.query(`UPDATE company_country_statuses SET status = 'SUSPENDED' WHERE company_id = $1 AND country = 'KG'`, [companies[0]]);
    await dataSource.query(`UPDATE company_country_statuses SET status = 'VERIFIED' WHERE company_id = ANY($1) AND country = 'TJ'`, [
      [companies[1], companies[4]],
    ]);
    await dataSource.query(`DELETE FROM company_country_statuses WHERE company_id = $1 AND country = 'UZ'`, [companies[2]]);
    await dataSource.query(`DELETE FROM company_country_statuses WHERE company_id = $1`, [companies[5]]);
    await dataSource.query(
      `INSERT INTO company_country_statuses (company_id, country, status) VALUES ($1, 'KG', 'VERIFIED'), ($1, 'UZ', 'VERIFIED')`,
      [companies[5]],
    );
    await expectRollupEqualsDirectCounts();
    // Reinstated: back where it was.
    await dataSource.query(`UPDATE company_country_statuses SET status = 'VERIFIED' WHERE company_id = $1 AND country = 'KG'`, [companies[0]]);
    await expectRollupEqualsDirectCounts();
  });

  it('after the admin blocks and unblocks an employer, and vacancies are inserted and deleted meanwhile', async () => {
    await dataSource.query(`UPDATE companies SET blocked_at = now() WHERE id = ANY($1)`, [[companies[1], companies[3]]]);
    await insertVacancies(60);
    await expectRollupEqualsDirectCounts();
    await dataSource.query(`UPDATE companies SET blocked_at = NULL WHERE id = $1`, [companies[1]]);
    await dataSource.query(`DELETE FROM vacancies WHERE random() < 0.15`);
    await expectRollupEqualsDirectCounts();
  });

  it('keeps no empty cells', async () => {
    await dataSource.query(`UPDATE vacancies SET status = 'CLOSED' WHERE region_code = '66'`);
    const [{ empty, region66 }] = (await dataSource.query(
      `SELECT count(*) FILTER (WHERE vacancies = 0)::int AS empty, count(*) FILTER (WHERE region_code = '66')::int AS region66 FROM vacancy_facet_counts`,
    )) as Array<{ empty: number; region66: number }>;
    expect({ empty, region66 }).toEqual({ empty: 0, region66: 0 });
    await expectRollupEqualsDirectCounts();
  });
});
