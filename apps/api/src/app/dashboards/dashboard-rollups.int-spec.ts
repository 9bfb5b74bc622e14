/**
 * The timeline's rollup trigger (dashboard_count_application_events) on one statement that mixes what a single
 * move never does: two vacancies in different regions and occupations, candidates of two countries, two weeks and
 * every volume. It groups the entries before joining their vacancies, so the rollups' increments must equal the
 * entries counted one by one from the source tables.
 */
import { DataSource } from 'typeorm';
import { insertShortlistedApplications } from '../../testing/batch-factories';
import { employerWithVacancy } from '../../testing/factories';
import { startTestApiOnOwnDatabase, type TestApi } from '../../testing/test-api';

type Counts = Map<string, number>;

/** Every row of a rollup as "key columns → count". */
async function rollup(dataSource: DataSource, table: string, keys: string): Promise<Counts> {
  const rows: Array<{ key: string; count: number }> = await dataSource.query(`SELECT concat_ws('|', ${keys}) AS key, count FROM ${table}`);
  return new Map(rows.map((row) => [row.key, row.count]));
}

/** What `after` added to `before`, without the keys it left alone. */
function increments(before: Counts, after: Counts): Counts {
  const added = new Map<string, number>();
  for (const [key, count] of after) if (count !== (before.get(key) ?? 0)) added.set(key, count - (before.get(key) ?? 0));
  return added;
}

const ROLLUPS = [
  { table: 'dashboard_weekly_regions', keys: 'country, week_start, region_code, volume', volumes: null },
  { table: 'dashboard_weekly_occupations', keys: 'country, region_code, week_start, occupation_code, volume', volumes: null },
  { table: 'dashboard_weekly_employers', keys: 'country, region_code, week_start, company_id, volume', volumes: ['approved', 'withdrawn'] },
] as const;

describe('the timeline rollup trigger (real PostgreSQL, own database)', () => {
  let api: TestApi;
  let drop: () => Promise<void>;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ api, drop } = await startTestApiOnOwnDatabase('dashboard_rollups'));
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await drop();
  });

  it('adds to each weekly rollup what the statement’s entries count one by one, across vacancies, countries, weeks and volumes', async () => {
    const moscow = await employerWithVacancy(api, { regionCode: '77', occupationCode: '7212', openTo: ['KG', 'UZ'] });
    const kazan = await employerWithVacancy(api, { regionCode: '16', occupationCode: '5120', openTo: ['KG', 'UZ'] });
    const applications = [
      ...(await insertShortlistedApplications(api.app, moscow.vacancy, 3, 'KG')),
      ...(await insertShortlistedApplications(api.app, moscow.vacancy, 2, 'UZ')),
      ...(await insertShortlistedApplications(api.app, kazan.vacancy, 2, 'KG')),
    ];
    // A fate per application, cycled: [from, to, days ago]; IN_BATCH counts in no volume, 8 days ago is another ISO week.
    const fates: Array<[string | null, string, number]> = [
      [null, 'SUBMITTED', 0],
      ['SUBMITTED', 'SHORTLISTED', 8],
      ['SHORTLISTED', 'IN_BATCH', 0],
      ['IN_BATCH', 'APPROVED', 0],
      ['IN_BATCH', 'APPROVED', 8],
      ['IN_BATCH', 'REFUSED', 0],
      ['APPROVED', 'WITHDRAWN', 8],
      ['APPROVED', 'DEPARTED', 0],
      ['DEPARTED', 'ARRIVED', 0],
    ];
    // Two fates each, cycled, and every application also approved today: groups of one entry and of several.
    const entries = applications.flatMap((id, index) =>
      [fates[index % fates.length], fates[(index + 4) % fates.length], fates[3]].map((fate) => ({ id, fate })),
    );

    const before = await Promise.all(ROLLUPS.map(({ table, keys }) => rollup(dataSource, table, keys)));
    const inserted: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO application_events (application_id, from_status, to_status, actor_role, created_at)
       SELECT e.id, e.from_status::application_status, e.to_status::application_status, 'SYSTEM', now() - e.days_ago * interval '1 day'
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) AS e(id, from_status, to_status, days_ago)
       RETURNING id`,
      [entries.map((e) => e.id), entries.map((e) => e.fate[0]), entries.map((e) => e.fate[1]), entries.map((e) => e.fate[2])],
    );
    expect(inserted).toHaveLength(entries.length);
    const after = await Promise.all(ROLLUPS.map(({ table, keys }) => rollup(dataSource, table, keys)));

    // The same entries counted one by one, as the trigger's first version did: an entry under its region and under '*'.
    const expected: Array<{ table: string; key: string; count: number }> = await dataSource.query(
      `WITH counted AS (
         SELECT p.origin_country AS country, r.region_code, date_trunc('week', (e.created_at AT TIME ZONE 'Europe/Moscow')::date)::date AS week_start,
                v.occupation_code, v.company_id, dashboard_volume_of(e.from_status, e.to_status) AS volume
           FROM application_events e JOIN applications a ON a.id = e.application_id JOIN vacancies v ON v.id = a.vacancy_id
           JOIN candidate_profiles p ON p.id = a.candidate_id CROSS JOIN LATERAL (VALUES (v.region_code), ('*')) r(region_code)
          WHERE e.id = ANY($1::bigint[]) AND dashboard_volume_of(e.from_status, e.to_status) IS NOT NULL)
       SELECT 'dashboard_weekly_regions' AS table, concat_ws('|', country, week_start, region_code, volume) AS key, count(*)::int AS count FROM counted GROUP BY 1, 2
       UNION ALL
       SELECT 'dashboard_weekly_occupations', concat_ws('|', country, region_code, week_start, occupation_code, volume), count(*)::int FROM counted GROUP BY 1, 2
       UNION ALL
       SELECT 'dashboard_weekly_employers', concat_ws('|', country, region_code, week_start, company_id, volume), count(*)::int FROM counted
        WHERE volume IN ('approved', 'withdrawn') GROUP BY 1, 2`,
      [inserted.map((row) => row.id)],
    );
    ROLLUPS.forEach(({ table }, index) => {
      const wanted = new Map(expected.filter((row) => row.table === table).map((row) => [row.key, row.count]));
      expect(increments(before[index], after[index])).toEqual(wanted);
    });
    // The statement reached both countries, both regions and '*', both weeks, and every volume.
    const keys = expected.map((row) => row.key).join('\n');
    for (const part of ['KG|', 'UZ|', '|77|', '|16|', '|*|', 'applied', 'shortlisted', 'approved', 'refused', 'withdrawn', 'departed', 'arrived'])
      expect(keys).toContain(part);
    expect(new Set(expected.filter((row) => row.table === 'dashboard_weekly_regions').map((row) => row.key.split('|')[1])).size).toBe(2);
    expect(Math.max(...expected.map((row) => row.count))).toBeGreaterThan(1);
  });
});
