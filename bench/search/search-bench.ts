/** The search benchmark itself; run.ts registers the path aliases before this module loads. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { SearchVacanciesQuery, type VacancySearchResult } from '@jumush/contracts';
import { SEED_OCCUPATIONS as OCCUPATIONS, RUSSIAN_REGIONS, occupationByCode } from '@jumush/domain';
import { dataSourceOptions, runMigrationsExclusively } from '@jumush/server/database';
import { createApiApp } from '../../apps/api/src/app/bootstrap';
import { createValidationPipe } from '../../apps/api/src/app/http/validation';
import { runVacancySearch, type SqlExecutor, type SqlQuery } from '../../apps/api/src/app/vacancies/vacancy-search';
import { normalizeSearchText, occupationSearchText, regionSearchText, vacancySearchText } from '../../apps/api/src/app/vacancies/vacancy-search-text';
import { testConfig } from '../../apps/api/src/testing/test-api';
import { ensureDatabase, startPostgres } from '../../tools/stack/postgres';
import { startRedis } from '../../tools/stack/redis';

const PUBLISHED = Number(process.env['BENCH_VACANCIES'] ?? 100_000);
const EMPLOYERS = Number(process.env['BENCH_EMPLOYERS'] ?? 5_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 200);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 20);
const DATABASE_NAME = process.env['BENCH_DATABASE_NAME'] ?? 'jumush_bench';
const VERBOSE = process.env['BENCH_VERBOSE'] === '1';
const TARGET_RATIO = 2;

const say = (line: string) => console.log(`[bench:search] ${line}`);

interface BenchQuery {
  name: string;
  params: Record<string, string>;
  /** Take `cursor` from the first page of this query (same params, no cursor). */
  secondPage?: boolean;
  /** Judged by the plan check: no statement may read the vacancies table sequentially (every query since the facet rollup). */
  filtered: boolean;
}

/** A month most seeded vacancies start in (they start 10–210 days from today). */
const START_MONTH = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 7);

const QUERIES: BenchQuery[] = [
  { name: 'newest, no filter', params: {}, filtered: true },
  { name: 'no filter, country KG', params: { country: 'KG' }, filtered: true },
  { name: 'region 16', params: { region: '16' }, filtered: true },
  { name: 'occupation 7212 + minWage 80000', params: { occupation: '7212', minWage: '80000' }, filtered: true },
  { name: 'text "сварщик"', params: { q: 'сварщик' }, filtered: true },
  { name: 'text in Kyrgyz "ашпозчу"', params: { q: 'ашпозчу' }, filtered: true },
  { name: 'misspelled "сваршик"', params: { q: 'сваршик' }, filtered: true },
  { name: 'text "повар" + region 77', params: { q: 'повар', region: '77' }, filtered: true },
  { name: 'housing provided + insurance', params: { housing: 'provided', insurance: 'true' }, filtered: true },
  { name: 'wage sort + travel paid', params: { sort: 'wage', travelPaid: 'true' }, filtered: true },
  { name: 'region 16, page 2 by cursor', params: { region: '16' }, secondPage: true, filtered: true },
  { name: 'minWage 62500 (inside a band)', params: { minWage: '62500' }, filtered: true },
  { name: 'housing free + no insurance', params: { housing: 'FREE', insurance: 'false' }, filtered: true },
  {
    name: 'contract 6–12 months + start month',
    params: { minContractMonths: '6', maxContractMonths: '12', startMonth: START_MONTH },
    filtered: true,
  },
  {
    name: 'region 77, provided, 60000, ≥6 m.',
    params: { region: '77', housing: 'provided', minWage: '60000', minContractMonths: '6' },
    filtered: true,
  },
];

// -------------------------------------------------------------------------------------------------------------
// Seeding: set-based, from the shipped occupations and regions.

const TOWNS = [
  'Москва',
  'Санкт-Петербург',
  'Казань',
  'Екатеринбург',
  'Новосибирск',
  'Нижний Новгород',
  'Краснодар',
  'Самара',
  'Ростов-на-Дону',
  'Уфа',
  'Пермь',
  'Воронеж',
  'Тюмень',
  'Сургут',
  'Подольск',
  'Химки',
  'Балашиха',
  'Мытищи',
  'Красногорск',
  'Якутск',
  'Иркутск',
  'Красноярск',
  'Омск',
  'Челябинск',
];
const SENTENCES = [
  'Работа на крупном строительном объекте, бригада из земляков.',
  'Проживание в общежитии рядом с объектом, комнаты на 4 человека.',
  'Зарплата два раза в месяц на карту, без задержек.',
  'Оформление по трудовому договору, помощь с патентом.',
  'Спецодежда и инструмент предоставляются бесплатно.',
  'Трёхразовое питание в столовой предприятия.',
  'Возможна вахта 60/30, проезд оплачивает работодатель.',
  'Обучение на месте, опыт приветствуется.',
  'Смены по 11 часов, два выходных в неделю.',
  'Медицинская страховка ДМС с первого дня.',
];
/** Skills of a vacancy, '|' between them. */
const SKILLS = [
  '',
  'опыт от года',
  'медкнижка',
  'НАКС|полуавтомат',
  'права категории C',
  'работа на высоте',
  'знание чертежей|опыт от 3 лет',
  'ответственность',
];

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;
const sqlArray = (values: string[]) => `(ARRAY[${values.map(sqlText).join(', ')}]::text[])`;

/** Display titles of an occupation; the search text holds the normalised one. */
const titlesOf = (name: string) => [
  name,
  `${name} на стройку`,
  `Требуется ${name.toLocaleLowerCase('ru')}`,
  `${name} (вахта)`,
  `${name}, общежитие`,
  `${name} на склад`,
];
const TITLE_VARIANTS = titlesOf('x').length;

async function seed(pool: Pool): Promise<void> {
  const occupations = OCCUPATIONS.map((occupation, i) => {
    const titles = titlesOf(occupation.name.ru);
    return `(${i + 1}, ${sqlText(occupation.code)}, ${sqlArray(titles)}, ${sqlArray(titles.map(normalizeSearchText))}, ${sqlText(normalizeSearchText(occupationSearchText(occupation)))})`;
  }).join(',\n');
  const regions = RUSSIAN_REGIONS.map(
    (region, i) => `(${i + 1}, ${sqlText(region.code)}, ${sqlText(normalizeSearchText(regionSearchText(region.code)))})`,
  ).join(',\n');
  const regionIndex = (code: string) => RUSSIAN_REGIONS.findIndex((region) => region.code === code) + 1;
  const pick = (length: number) => `1 + floor(random() * ${length})::int`;
  const client = await pool.connect();
  try {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query(
      `CREATE TEMP TABLE bench_occupations (n int PRIMARY KEY, code text, titles text[], titles_norm text[], search text); INSERT INTO bench_occupations VALUES ${occupations}`,
    );
    await client.query(`CREATE TEMP TABLE bench_regions (n int PRIMARY KEY, code text, search text); INSERT INTO bench_regions VALUES ${regions}`);
    await client.query(`INSERT INTO companies (legal_name, inn, ogrn, legal_address, region_code, contact_person, phone, email)
      SELECT 'ООО «Работодатель ' || g || '»', '77' || lpad(g::text, 8, '0'), '1' || lpad(g::text, 12, '0'), 'г. Москва, ул. Тестовая, д. ' || g, '77',
             'Контакт ' || g, '+7916' || lpad(g::text, 7, '0'), 'hr' || g || '@bench.jumush.kg'
        FROM generate_series(1, ${EMPLOYERS + Math.ceil(EMPLOYERS / 20)}) g`);
    // Verified employers: by Kyrgyzstan and Uzbekistan, Tajikistan still deciding; the others suspended everywhere.
    await client.query(`INSERT INTO company_country_statuses (company_id, country, status)
      SELECT c.id, o.code, (CASE WHEN c.rn > ${EMPLOYERS} THEN 'SUSPENDED' WHEN o.code = 'TJ' THEN 'PENDING' ELSE 'VERIFIED' END)::company_status
        FROM (SELECT id, row_number() OVER (ORDER BY inn) AS rn FROM companies) c CROSS JOIN (VALUES ('KG'), ('UZ'), ('TJ')) o(code)`);
    // Recruitment is concentrated: a third of the vacancies in five regions, the rest anywhere. Display texts and
    // their normalised forms (what vacancySearchText makes) are picked by the same random index.
    const insert = (count: number, status: string, companyStatus: string) =>
      client.query(`WITH pool AS (SELECT array_agg(company_id ORDER BY company_id) AS ids, count(*)::int AS n FROM company_country_statuses
                     WHERE country = 'KG' AND status = '${companyStatus}'),
        s AS (
          SELECT g, ${pick(OCCUPATIONS.length)} AS occupation_n,
                 CASE WHEN random() < 0.33 THEN (ARRAY[${['77', '50', '78', '16', '66'].map(regionIndex).join(', ')}])[${pick(5)}] ELSE ${pick(RUSSIAN_REGIONS.length)} END AS region_n,
                 ${pick(TOWNS.length)} AS town_n, ${pick(SKILLS.length)} AS skills_n, ${pick(SENTENCES.length)} AS d1, ${pick(SENTENCES.length)} AS d2, ${pick(TITLE_VARIANTS)} AS title_n,
                 random() AS housing_r, (10 + floor(random() * 200))::int AS start_in, (1 + floor(random() * 9))::int AS deadline_before,
                 1 + floor(random() * 1000000)::int AS company_r
            FROM generate_series(1, ${count}) g)
        INSERT INTO vacancies (company_id, status, version, title, occupation_code, region_code, town, monthly_wage_roubles, weekly_hours, shift_pattern,
                               housing, housing_cost_roubles, meals, travel_paid, insurance, contract_months, start_date, positions, russian_level,
                               experience_years, skills, description, application_deadline, search_text, open_to, created_by, submitted_at, published_at, created_at, updated_at)
        SELECT pool.ids[1 + s.company_r % pool.n], '${status}', 3, o.titles[s.title_n], o.code, r.code, ${sqlArray(TOWNS)}[s.town_n],
               (30 + floor(random() * 150))::int * 1000, (ARRAY[40, 48, 60, 66])[${pick(4)}],
               (ARRAY['DAY', 'NIGHT', 'ROTATING', 'TWO_ON_TWO_OFF', 'ROTATION'])[${pick(5)}]::shift_pattern,
               (CASE WHEN s.housing_r < 0.3 THEN 'NONE' WHEN s.housing_r < 0.8 THEN 'FREE' ELSE 'PAID' END)::housing_option,
               CASE WHEN s.housing_r >= 0.8 THEN (3 + floor(random() * 8))::int * 1000 END,
               (ARRAY['NONE', 'FREE', 'PAID'])[${pick(3)}]::meals_option, random() < 0.4, random() < 0.5,
               (ARRAY[3, 6, 9, 12, 18, 24])[${pick(6)}], current_date + s.start_in, ${pick(50)},
               (ARRAY['NONE', 'BASIC', 'CONVERSATIONAL', 'FLUENT'])[${pick(4)}]::russian_level, floor(random() * 5)::int,
               array_remove(string_to_array(${sqlArray(SKILLS)}[s.skills_n], '|'), ''),
               ${sqlArray(SENTENCES)}[s.d1] || ' ' || ${sqlArray(SENTENCES)}[s.d2], current_date + s.start_in - s.deadline_before,
               concat_ws(E'\\n', o.titles_norm[s.title_n], o.search, ${sqlArray(TOWNS.map(normalizeSearchText))}[s.town_n], r.search,
                         NULLIF(${sqlArray(SKILLS.map((skill) => normalizeSearchText(skill.replace(/\|/g, ' '))))}[s.skills_n], ''),
                         ${sqlArray(SENTENCES.map(normalizeSearchText))}[s.d1] || ' ' || ${sqlArray(SENTENCES.map(normalizeSearchText))}[s.d2]),
               (CASE WHEN random() < 0.5 THEN ARRAY['KG', 'UZ', 'TJ'] ELSE ARRAY['KG'] END), gen_random_uuid(), now() - random() * interval '200 days',
               CASE WHEN '${status}' = 'PUBLISHED' THEN now() - random() * interval '180 days' END, now() - interval '200 days', now()
          FROM s CROSS JOIN pool JOIN bench_occupations o ON o.n = s.occupation_n JOIN bench_regions r ON r.n = s.region_n`);
    let started = performance.now();
    await insert(PUBLISHED, 'PUBLISHED', 'VERIFIED');
    say(
      `  ${PUBLISHED.toLocaleString('en')} published vacancies of ${EMPLOYERS.toLocaleString('en')} verified employers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    await insert(PUBLISHED / 20, 'PUBLISHED', 'SUSPENDED');
    for (const status of ['DRAFT', 'PENDING_REVIEW', 'CLOSED']) await insert(PUBLISHED / 30, status, 'VERIFIED');
    say(
      `  + ${(PUBLISHED / 20).toLocaleString('en')} published by suspended employers and ${(PUBLISHED / 10).toLocaleString('en')} drafts, pending and closed (never found) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    client.release();
  }
  // The seeded search text must be what the service would have written.
  const sample = (
    await pool.query(`SELECT title, occupation_code, region_code, town, skills, description, search_text FROM vacancies ORDER BY random() LIMIT 50`)
  ).rows as Array<{
    title: string;
    occupation_code: string;
    region_code: string;
    town: string;
    skills: string[];
    description: string;
    search_text: string;
  }>;
  for (const row of sample) {
    const expected = vacancySearchText(
      {
        title: row.title,
        occupationCode: row.occupation_code,
        regionCode: row.region_code,
        town: row.town,
        skills: row.skills,
        description: row.description,
      },
      occupationByCode(OCCUPATIONS, row.occupation_code),
    );
    if (expected !== row.search_text) throw new Error(`seeded search_text differs from vacancySearchText:\n${row.search_text}\n---\n${expected}`);
  }
  const started = performance.now();
  // VACUUM sets the visibility map (index-only scans), as autovacuum would on a live database.
  await pool.query('VACUUM ANALYZE vacancies');
  await pool.query('VACUUM ANALYZE companies');
  await pool.query('VACUUM ANALYZE company_country_statuses');
  await pool.query('VACUUM ANALYZE vacancy_facet_counts');
  say(`  VACUUM ANALYZE in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// -------------------------------------------------------------------------------------------------------------
// Measuring

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const ms = (value: number) => value.toFixed(2).padStart(8);

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function main(): Promise<number> {
  say(
    `PostgreSQL: ${process.env['DATABASE_URL'] ? 'DATABASE_URL' : 'embedded'}; Redis: ${process.env['REDIS_URL'] ? 'REDIS_URL' : 'redis-server from PATH'}`,
  );
  const postgres = await startPostgres();
  const redis = await startRedis();
  const files = mkdtempSync(join(tmpdir(), 'jumush-bench-files-'));
  const stoppers: Array<() => Promise<unknown>> = [
    () => redis.stop(),
    () => postgres.stop(),
    async () => rmSync(files, { recursive: true, force: true }),
  ];
  try {
    const databaseUrl = await ensureDatabase(postgres.serverUrl, DATABASE_NAME, true);
    say(`database ${DATABASE_NAME} (re)created; migrating…`);
    const dataSource = await new DataSource(dataSourceOptions(databaseUrl, { applicationName: 'jumush-bench-migrate' })).initialize();
    await runMigrationsExclusively(dataSource);
    const version = ((await dataSource.query('SHOW server_version')) as Array<{ server_version: string }>)[0].server_version;
    await dataSource.destroy();

    const pool = new Pool({ connectionString: databaseUrl, max: 10, application_name: 'jumush-bench-sql' });
    stoppers.unshift(() => pool.end());
    say('seeding…');
    await seed(pool);

    const app = await createApiApp(
      testConfig({
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        JWT_ACCESS_SECRET: randomBytes(32).toString('base64url'),
        FILE_STORAGE_DIR: files,
        LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
      }),
    );
    stoppers.unshift(() => app.close());
    await app.listen(0, '127.0.0.1');
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    say(`API listening at ${baseUrl}; PostgreSQL ${version}; ${RUNS} runs per query after ${WARMUP} warm-up runs`);

    const execute: SqlExecutor = async (text, values) => (await pool.query(text, values)).rows as Array<Record<string, unknown>>;
    const pipe = createValidationPipe();
    const toDto = async (params: Record<string, string>) =>
      (await pipe.transform({ ...params }, { type: 'query', metatype: SearchVacanciesQuery, data: '' })) as SearchVacanciesQuery;
    const http = async (params: Record<string, string>): Promise<VacancySearchResult> => {
      const response = await fetch(`${baseUrl}/api/public/vacancies?${new URLSearchParams(params).toString()}`);
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      return (await response.json()) as VacancySearchResult;
    };

    const rows: string[] = [];
    let planFailures = 0;
    let slow = 0;
    const header = `${'query'.padEnd(34)} ${'total'.padStart(7)}  ${'HTTP p50'.padStart(8)} ${'p95'.padStart(8)}  ${'SQL p50'.padStart(8)} ${'p95'.padStart(8)}  ${'p95 ratio'.padStart(9)}  plan`;
    for (const query of QUERIES) {
      const params = { ...query.params };
      if (query.secondPage) {
        const first = await http(params);
        if (!first.nextCursor) throw new Error(`${query.name}: no second page`);
        params['cursor'] = first.nextCursor;
      }
      const dto = await toDto(params);
      const sample = await http(params);
      const sqlSample = await runVacancySearch(execute, dto);
      if (JSON.stringify(sample) !== JSON.stringify(sqlSample)) throw new Error(`${query.name}: the endpoint and the SQL answered differently`);

      const httpTimes: number[] = [];
      const sqlTimes: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const httpTime = await timed(() => http(params));
        const sqlTime = await timed(() => runVacancySearch(execute, dto));
        if (i >= WARMUP) {
          httpTimes.push(httpTime);
          sqlTimes.push(sqlTime);
        }
      }
      httpTimes.sort((a, b) => a - b);
      sqlTimes.sort((a, b) => a - b);
      const ratio = percentile(httpTimes, 0.95) / percentile(sqlTimes, 0.95);
      if (ratio >= TARGET_RATIO) slow++;

      // The statements the service issued for this query, EXPLAINed (ANALYZE off).
      const issued: SqlQuery[] = [];
      await runVacancySearch(async (text, values) => {
        issued.push({ text, values });
        return execute(text, values);
      }, dto);
      const plans: string[] = [];
      for (const statement of issued) {
        const plan = ((await pool.query(`EXPLAIN (FORMAT TEXT) ${statement.text}`, statement.values)).rows as Array<{ 'QUERY PLAN': string }>)
          .map((row) => row['QUERY PLAN'])
          .join('\n');
        plans.push(plan);
      }
      const seqScan = plans.some((plan) => /Seq Scan on vacancies/.test(plan));
      const verdict = !query.filtered
        ? seqScan
          ? 'n/a (unfiltered; seq scan)'
          : 'n/a (unfiltered)'
        : seqScan
          ? 'FAIL: Seq Scan on vacancies'
          : 'PASS';
      if (query.filtered && seqScan) planFailures++;
      const scans = [
        ...new Set(
          plans.flatMap((plan) => plan.match(/(?:Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)(?: Backward)? (?:using \w+ )?on \w+/g) ?? []),
        ),
      ];
      rows.push(
        `${query.name.padEnd(34)} ${String(sample.total).padStart(7)}  ${ms(percentile(httpTimes, 0.5))} ${ms(percentile(httpTimes, 0.95))}  ${ms(percentile(sqlTimes, 0.5))} ${ms(percentile(sqlTimes, 0.95))}  ${`${ratio.toFixed(2)}×`.padStart(9)}  ${verdict}`,
      );
      say(rows[rows.length - 1]);
      if (VERBOSE)
        for (const [i, plan] of plans.entries())
          console.log(`--- ${query.name}, statement ${i + 1} of ${plans.length}\n${issued[i].text}\n${JSON.stringify(issued[i].values)}\n${plan}\n`);
      else say(`    ${issued.length} statements; ${scans.join('; ')}`);
    }

    console.log(
      `\nPublic search, ${PUBLISHED.toLocaleString('en')} published vacancies, ${RUNS} runs each (milliseconds). Target: p95(endpoint) / p95(sql) < ${TARGET_RATIO}×\n`,
    );
    console.log(header);
    for (const row of rows) console.log(row);
    console.log(
      `\nratio: ${slow === 0 ? 'PASS' : `${slow} quer${slow === 1 ? 'y' : 'ies'} at or above ${TARGET_RATIO}×`}; plans: ${planFailures === 0 ? 'PASS' : `FAIL (${planFailures})`}`,
    );
    return planFailures === 0 ? 0 : 1;
  } finally {
    for (const stop of stoppers) await stop().catch(() => undefined);
  }
}
