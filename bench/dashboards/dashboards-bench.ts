/** The dashboards benchmark itself; run.ts registers the path aliases before this module loads. See bench/README.md. */
import { randomBytes } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { isTwoFactorChallenge, type DashboardResponse, type LoginView, type SessionView } from '@jumush/contracts';
import { MOSCOW_TIME_ZONE, SEED_OCCUPATIONS, RUSSIAN_REGIONS, calendarToday } from '@jumush/domain';
import { base32Decode, hotp, totpStep } from '@jumush/server/crypto';
import { dataSourceOptions, runMigrationsExclusively } from '@jumush/server/database';
import { AccountsRepository } from '../../apps/api/src/app/accounts/accounts.repository';
import type { AccessTokenClaims } from '../../apps/api/src/app/auth/jwt.strategy';
import { createApiApp } from '../../apps/api/src/app/bootstrap';
import {
  runDashboardQueries,
  statementOf,
  type DashboardSelection,
  type DashboardStatement,
  type SqlExecutor,
} from '../../apps/api/src/app/dashboards/dashboard-queries';
import { DEFAULT_PERIOD_DAYS, dashboardPeriod } from '../../apps/api/src/app/dashboards/dashboards.service';
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS } from '../../apps/api/src/app/demo-data/demo-accounts';
import { DemoDataSeeder } from '../../apps/api/src/app/demo-data/demo-data.seeder';
import { testConfig } from '../../apps/api/src/testing/test-api';
import { ensureDatabase, startPostgres } from '../../tools/stack/postgres';
import { startRedis } from '../../tools/stack/redis';

/**
 * The history each country gets. The gated comparison is Kyrgyzstan's 1,000,000 applications beside Uzbekistan's 10,000
 * with the same activity in the dashboard's period: Kyrgyzstan's recent applications are spread over the history as
 * Uzbekistan's are, and its other 990,000 lie before the period (their last events too). So the two dashboards differ
 * only in how much history lies behind them, which is what "cost independent of history" measures.
 * Tajikistan (informational, not a target) has a period as busy as 1,000,000 applications over the history would give
 * it: what a busier period costs, bounded by the breakdowns' cardinality (employers, regions, histogram cells).
 */
const BIG = Number(process.env['BENCH_APPLICATIONS'] ?? 1_000_000);
const SMALL = Number(process.env['BENCH_SMALL_APPLICATIONS'] ?? 10_000);
const VACANCIES = Number(process.env['BENCH_VACANCIES'] ?? 100_000);
const EMPLOYERS = Number(process.env['BENCH_EMPLOYERS'] ?? 5_000);
/** The history's length in days; the dashboards read their default 12 weeks (DEFAULT_PERIOD_DAYS) at its end. */
const HISTORY_DAYS = Number(process.env['BENCH_HISTORY_DAYS'] ?? 730);
/** Older applications end this many days ago: before the period (84 days and the current week) and their last timeline step (22 days). */
const OLDER_UNTIL_DAYS = DEFAULT_PERIOD_DAYS + 7 + 22 + 7;
/** Tajikistan's busy recent days and applications: as dense as BIG over HISTORY_DAYS. */
const BUSY_DAYS = OLDER_UNTIL_DAYS;
const BUSY = Number(process.env['BENCH_BUSY_APPLICATIONS'] ?? Math.round((BIG * BUSY_DAYS) / HISTORY_DAYS));

interface CountryHistory {
  country: 'KG' | 'UZ' | 'TJ';
  /** Applications spread evenly over the last `recentDays`. */
  recent: number;
  recentDays: number;
  /** Applications spread evenly between HISTORY_DAYS and OLDER_UNTIL_DAYS ago. */
  older: number;
}
const HISTORIES: readonly CountryHistory[] = [
  { country: 'KG', recent: Math.min(SMALL, BIG), recentDays: HISTORY_DAYS, older: Math.max(BIG - SMALL, 0) },
  { country: 'UZ', recent: SMALL, recentDays: HISTORY_DAYS, older: 0 },
  { country: 'TJ', recent: BUSY, recentDays: BUSY_DAYS, older: 0 },
];
const RUNS = Number(process.env['BENCH_RUNS'] ?? 100);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 10);
const DATABASE_NAME = process.env['BENCH_DATABASE_NAME'] ?? 'jumush_bench_dashboards';
/** Targets of issue 15: p95 on 1,000,000 within 1.5× of p95 on 10,000, and each endpoint within 2× of its SQL. */
const TARGET_SCALE_RATIO = 1.5;
const TARGET_SQL_RATIO = 2;
/** Applications seeded per statement: the timeline trigger sees one chunk at a time. */
const CHUNK = 100_000;

const say = (line: string) => console.log(`[bench:dashboards] ${line}`);

async function login(baseUrl: string, email: string): Promise<SessionView> {
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const first = await post<LoginView>('/api/auth/login', { login: email, password: DEMO_PASSWORD });
  if (!isTwoFactorChallenge(first)) return first;
  const key = base32Decode(DEMO_TOTP_SECRETS[email] ?? '');
  if (!key) throw new Error(`${email} has two-factor on and no seeded key`);
  return post<SessionView>('/api/auth/login/two-factor', { challenge: first.challenge, code: hotp(key, totpStep(new Date())) });
}

/**
 * Set-based seeding (generate_series, no row-by-row inserts): employers, published vacancies open to KG and UZ, the
 * candidates, `BIG` Kyrgyz and `SMALL` Uzbek applications spread over the history, and their timelines (inserted in
 * chunks, so the rollup triggers run as they do in production, on the application_events they see). Stage exits of
 * batches and reviews go into the durations rollup directly (one per 10 applications), decided by the demo attachés.
 */
/**
 * The age in days of row `number` (SQL): with parameters $p … $p+3 = HISTORY_DAYS, recent, recentDays, OLDER_UNTIL_DAYS,
 * the first `recent` rows lie within the last recentDays, the others between HISTORY_DAYS and OLDER_UNTIL_DAYS ago.
 */
const ageDays = (number: string, p: number) =>
  `(CASE WHEN ${number} <= $${p + 1}::int THEN random() * $${p + 2}::int ELSE $${p + 3}::int + random() * ($${p}::int - $${p + 3}::int) END)`;

async function seed(pool: Pool): Promise<void> {
  const client = await pool.connect();
  const step = async (what: string, sql: string, values: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, values);
    say(`  ${what}: ${result.rowCount ?? 0} rows, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  const occupations = SEED_OCCUPATIONS.map((occupation) => occupation.code);
  const regions = RUSSIAN_REGIONS.map((region) => region.code);
  try {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query(`SET work_mem = '64MB'`);
    await step(
      'employers',
      `INSERT INTO companies (legal_name, inn, ogrn, legal_address, region_code, contact_person, phone, email)
       SELECT 'ООО «Работодатель ' || g || '»', '78' || lpad(g::text, 8, '0'), '1' || lpad((g + 500000)::text, 12, '0'), 'г. Москва, д. ' || g, '77',
              'Контакт ' || g, '+7917' || lpad(g::text, 7, '0'), 'hr' || g || '@bench-dashboards.jumush.kg'
         FROM generate_series(1, $1::int) g`,
      [EMPLOYERS],
    );
    await step(
      'vacancies',
      `WITH companies_n AS (SELECT array_agg(id ORDER BY id) AS ids FROM companies WHERE email LIKE '%@bench-dashboards.jumush.kg'),
            creator AS (SELECT id FROM accounts ORDER BY created_at LIMIT 1)
       INSERT INTO vacancies (company_id, status, version, title, occupation_code, region_code, town, monthly_wage_roubles, weekly_hours, shift_pattern,
                              housing, meals, travel_paid, insurance, contract_months, start_date, positions, russian_level, application_deadline,
                              open_to, created_by, submitted_at, published_at)
       SELECT c.ids[1 + g % cardinality(c.ids)], 'PUBLISHED', 1, 'Вакансия ' || g, ($2::text[])[1 + (g * 7) % cardinality($2::text[])],
              ($3::text[])[1 + (g * 13) % cardinality($3::text[])], 'Город', 60000, 40, 'DAY', 'FREE', 'FREE', true, true, 12,
              CURRENT_DATE + 30, 100, 'BASIC', CURRENT_DATE + 20, '{KG,UZ}', creator.id, now() - interval '800 days', now() - interval '799 days'
         FROM generate_series(1, $1::int) g, companies_n c, creator`,
      [VACANCIES, occupations, regions],
    );
    await step(
      'candidates',
      `INSERT INTO candidate_profiles (origin_country, version)
       SELECT CASE WHEN g <= $1::int THEN 'KG' WHEN g <= $1::int + $2::int THEN 'UZ' ELSE 'TJ' END, 1 FROM generate_series(1, $1::int + $2::int + $3::int) g`,
      [Math.ceil(BIG / 4), Math.ceil(SMALL / 2), Math.ceil(BUSY / 4)],
    );
    await client.query(
      `CREATE TEMP TABLE bench_vacancies AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM vacancies WHERE title LIKE 'Вакансия %'`,
    );
    await client.query(`CREATE UNIQUE INDEX ON bench_vacancies (n)`);
    for (const { country, recent, recentDays, older } of HISTORIES) {
      const total = recent + older;
      await client.query(
        `CREATE TEMP TABLE bench_candidates_${country} AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM candidate_profiles WHERE origin_country = $1 AND account_id IS NULL AND surname IS NULL`,
        [country],
      );
      await client.query(`CREATE UNIQUE INDEX ON bench_candidates_${country} (n)`);
      const candidates = Number((await client.query(`SELECT count(*) FROM bench_candidates_${country}`)).rows[0].count);
      for (let from = 1; from <= total; from += CHUNK) {
        const to = Math.min(total, from + CHUNK - 1);
        await client.query(`DROP TABLE IF EXISTS bench_chunk`);
        // Each application: a vacancy and a candidate (a candidate's applications go to vacancies 7,919 + candidates apart, so the pair is unique), a day in the history, and a fate `r`.
        await client.query(
          `CREATE TEMP TABLE bench_chunk AS
           WITH inserted AS (
             INSERT INTO applications (vacancy_id, candidate_id, status, version, created_at)
             SELECT v.id, c.id, 'SUBMITTED', 1, now() - ${ageDays('g', 5)} * interval '1 day'
               FROM generate_series($1::int, $2::int) g
               JOIN bench_vacancies v ON v.n = 1 + (g + (g / $4::int) * 7919::bigint) % $3::int
               JOIN bench_candidates_${country} c ON c.n = 1 + g % $4::int
             ON CONFLICT DO NOTHING RETURNING id, created_at)
           SELECT id, created_at, random() AS r FROM inserted`,
          [from, to, VACANCIES, candidates, HISTORY_DAYS, recent, recentDays, OLDER_UNTIL_DAYS],
        );
        await step(
          `${country} timeline ${from}–${to}`,
          `INSERT INTO application_events (application_id, from_status, to_status, actor_role, created_at)
           SELECT a.id, s.from_status::application_status, s.to_status::application_status, 'SYSTEM', least(a.created_at + s.after, now())
             FROM bench_chunk a CROSS JOIN LATERAL (VALUES
               (NULL, 'SUBMITTED', interval '0', true),
               ('SUBMITTED', 'SHORTLISTED', interval '2 days', a.r < 0.6),
               ('SUBMITTED', 'DECLINED', interval '3 days', a.r >= 0.6 AND a.r < 0.8),
               ('SHORTLISTED', 'IN_BATCH', interval '5 days', a.r < 0.45),
               ('IN_BATCH', 'APPROVED', interval '7 days', a.r < 0.35),
               ('IN_BATCH', 'REFUSED', interval '7 days', a.r >= 0.35 AND a.r < 0.45),
               ('APPROVED', 'WITHDRAWN', interval '9 days', a.r < 0.03),
               ('APPROVED', 'DEPARTED', interval '20 days', a.r >= 0.03 AND a.r < 0.25),
               ('DEPARTED', 'ARRIVED', interval '22 days', a.r >= 0.03 AND a.r < 0.2)
             ) s(from_status, to_status, after, happens)
            WHERE s.happens
            ORDER BY a.id, s.after`,
        );
      }
      await step(
        `${country} stage exits (batches, reviews, verifications, grievances)`,
        `INSERT INTO dashboard_stage_durations (stage, country, region_code, item_id, started_at, left_at, left_on, days, deadline_at, decided_by)
         SELECT (ARRAY['batchDecision', 'vacancyReview', 'companyVerification', 'grievanceTakeUp', 'grievanceResolution'])[1 + g % 5], $1::text,
                ($3::text[])[1 + (g * 13) % cardinality($3::text[])], gen_random_uuid(), s.left_at - (random() * 6) * interval '1 day', s.left_at,
                CURRENT_DATE, 0, s.left_at - interval '1 day' + (random() * 4) * interval '1 day', (ARRAY(SELECT id FROM accounts WHERE role = 'ATTACHE' AND origin_country = $1::text ORDER BY id))[1 + g % 2]
           FROM generate_series(1, $2::int / 10) g CROSS JOIN LATERAL (SELECT now() - (${ageDays('g * 10', 4)} + g * 0) * interval '1 day' AS left_at) s`,
        [country, total, regions, HISTORY_DAYS, recent, recentDays, OLDER_UNTIL_DAYS],
      );
    }
    await client.query('VACUUM ANALYZE');
  } finally {
    client.release();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const ms = (value: number) => value.toFixed(2).padStart(8);

/** The JSON without the instant it was made: what the endpoint and the SQL must agree on. */
function figuresOf(dashboard: Omit<DashboardResponse, 'scope' | 'from' | 'to' | 'generatedAt'>): string {
  const { totals, volumesByWeek, byRegion, byOccupation, byEmployer, stageTimes, attacheTimes } = dashboard;
  return JSON.stringify({ totals, volumesByWeek, byRegion, byOccupation, byEmployer, stageTimes, attacheTimes });
}

export async function main(): Promise<number> {
  say(
    `PostgreSQL: ${process.env['DATABASE_URL'] ? 'DATABASE_URL' : 'embedded'}; ${BIG} (KG) + ${SMALL} (UZ) + ${BUSY} (TJ) applications, ${VACANCIES} vacancies, ${EMPLOYERS} employers`,
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
    const migrator = await new DataSource(dataSourceOptions(databaseUrl, { applicationName: 'jumush-bench-migrate' })).initialize();
    await runMigrationsExclusively(migrator);
    const version = ((await migrator.query('SHOW server_version')) as Array<{ server_version: string }>)[0].server_version;
    await migrator.destroy();

    const app = await createApiApp(
      testConfig({
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        JWT_ACCESS_SECRET: randomBytes(32).toString('base64url'),
        FILE_STORAGE_DIR: files,
        LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
        DEMO_DATA_IN_PRODUCTION: 'true',
      }),
    );
    stoppers.unshift(() => app.close());
    await app.get(DemoDataSeeder).seed();
    const pool = new Pool({ connectionString: databaseUrl, max: 4, application_name: 'jumush-bench-sql' });
    stoppers.unshift(() => pool.end());
    say('seeding…');
    const seeding = performance.now();
    await seed(pool);
    const [{ volumes, histogram, durations, applications }] = (
      await pool.query(
        `SELECT (SELECT count(*) FROM dashboard_weekly_regions)::int + (SELECT count(*) FROM dashboard_weekly_occupations)::int + (SELECT count(*) FROM dashboard_weekly_employers)::int AS volumes, (SELECT count(*) FROM dashboard_weekly_stage_times)::int AS histogram, (SELECT count(*) FROM dashboard_stage_durations)::int AS durations,
                (SELECT count(*) FROM applications)::int AS applications`,
      )
    ).rows;
    say(
      `seeded in ${((performance.now() - seeding) / 1000).toFixed(0)} s: ${applications} applications; rollups: ${volumes} weekly volume rows, ${histogram} stage-time histogram cells from ${durations} stage exits`,
    );

    await app.listen(0, '127.0.0.1');
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const admin = (await login(baseUrl, 'admin@demo.jumush.kg')).accessToken;
    const attacheKg = (await login(baseUrl, 'attache@demo.jumush.kg')).accessToken;
    const attacheUz = (await login(baseUrl, 'attache.uz@demo.jumush.kg')).accessToken;
    const attacheTj = (await login(baseUrl, 'attache.tj@demo.jumush.kg')).accessToken;
    const execute: SqlExecutor = async (text, values) => (await pool.query(text, values)).rows as Array<Record<string, unknown>>;
    const to = calendarToday(MOSCOW_TIME_ZONE, new Date());
    const period = dashboardPeriod({}, to);
    const selection = (country: string): DashboardSelection => ({ scope: { countries: [country], regions: null }, ...period });

    interface Side {
      path: string;
      token: string;
      selection: DashboardSelection;
      /** The statements the endpoint runs: all three, or a chart's CSV's one. */
      statements?: readonly DashboardStatement[];
    }
    const endpoints: Array<{ name: string; big: Side; small: Side; busy: Side }> = [
      {
        name: 'GET /api/admin/dashboard?country=',
        big: { path: '/api/admin/dashboard?country=KG', token: admin, selection: selection('KG') },
        small: { path: '/api/admin/dashboard?country=UZ', token: admin, selection: selection('UZ') },
        busy: { path: '/api/admin/dashboard?country=TJ', token: admin, selection: selection('TJ') },
      },
      {
        name: 'GET /api/attache/dashboard',
        big: { path: '/api/attache/dashboard', token: attacheKg, selection: selection('KG') },
        small: { path: '/api/attache/dashboard', token: attacheUz, selection: selection('UZ') },
        busy: { path: '/api/attache/dashboard', token: attacheTj, selection: selection('TJ') },
      },
      {
        name: 'GET /api/admin/dashboard/by-employer.csv',
        big: {
          path: '/api/admin/dashboard/by-employer.csv?country=KG',
          token: admin,
          selection: selection('KG'),
          statements: [statementOf('by-employer')],
        },
        small: {
          path: '/api/admin/dashboard/by-employer.csv?country=UZ',
          token: admin,
          selection: selection('UZ'),
          statements: [statementOf('by-employer')],
        },
        busy: {
          path: '/api/admin/dashboard/by-employer.csv?country=TJ',
          token: admin,
          selection: selection('TJ'),
          statements: [statementOf('by-employer')],
        },
      },
    ];
    // The client: one kept-alive connection asking for gzip as a browser does, through node:http (fetch's streams and
    // abort signals cost the client ~0.3 ms a request, which the SQL side's pg client does not pay). The figures'
    // check reads the body uncompressed; the timed runs read it as sent.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    stoppers.unshift(async () => agent.destroy());
    /** The body of a GET over the kept-alive connection; anything but 200 fails the run. */
    const fetchBody = (url: string, headers: Record<string, string>) =>
      new Promise<string>((resolve, reject) => {
        const sent = request(url, { agent, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            if (response.statusCode === 200) resolve(body);
            else reject(new Error(`${url}: HTTP ${response.statusCode} ${body}`));
          });
        });
        sent.on('error', reject);
        sent.end();
      });
    const get = (side: Side, encoding: string) =>
      fetchBody(`${baseUrl}${side.path}`, { authorization: `Bearer ${side.token}`, 'accept-encoding': encoding });
    const http = (side: Side) => get(side, 'gzip, deflate, br');

    // Not a target, the floor beside it: a bare node:http server (no framework, no middleware, no compression) that
    // checks the session as the API does and runs the endpoint's statements. What an endpoint costs above its SQL in
    // this runtime before any framework, so the HTTP/SQL ratio can be read against what is possible at all.
    const accounts = app.get(AccountsRepository);
    const bare = createServer((incoming, outgoing) => {
      // `/<endpoint's index>/big` or `/<endpoint's index>/small`
      const [, index, which] = (incoming.url ?? '').split('/');
      const side = which === 'big' || which === 'small' ? endpoints[Number(index)]?.[which] : undefined;
      if (!side) {
        outgoing.writeHead(404).end();
        return;
      }
      const claims = JSON.parse(Buffer.from(side.token.split('.')[1] ?? '', 'base64url').toString('utf8')) as AccessTokenClaims;
      void (async () => {
        if (!(await accounts.acceptsToken(claims.sub, claims.sid ?? null))) throw new Error('the session was refused');
        const body = JSON.stringify(await runDashboardQueries(execute, side.selection, side.statements));
        outgoing.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      })().catch((error: unknown) => outgoing.writeHead(500).end(String(error)));
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    stoppers.unshift(() => new Promise((resolve) => bare.close(resolve)));
    const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}`;
    const bareGet = (index: number, which: 'big' | 'small') => fetchBody(`${bareUrl}/${index}/${which}`, {});

    say(`API at ${baseUrl}; PostgreSQL ${version}; period ${period.from}…${period.to}; ${RUNS} runs each after ${WARMUP} warm-up runs, interleaved`);
    const lines: string[] = [];
    /** GET /api/auth/me: an authenticated request that runs one statement by primary key — what every endpoint costs besides its own statements. */
    const floor: Side = { path: '/api/auth/me', token: admin, selection: selection('KG') };
    const floorSamples: number[] = [];
    const busyLines: string[] = [];
    const bareLines: string[] = [];
    let failures = 0;
    for (const [index, endpoint] of endpoints.entries()) {
      for (const side of [endpoint.big, endpoint.small, endpoint.busy]) {
        if (side.statements) continue;
        const body = JSON.parse(await get(side, 'identity')) as DashboardResponse;
        if (figuresOf(body) !== figuresOf(await runDashboardQueries(execute, side.selection)))
          throw new Error(`${side.path}: the endpoint and the SQL answered differently`);
      }
      const samples = {
        httpBig: [] as number[],
        httpSmall: [] as number[],
        httpBusy: [] as number[],
        floor: floorSamples,
        sqlBig: [] as number[],
        sqlSmall: [] as number[],
        bareBig: [] as number[],
        bareSmall: [] as number[],
      };
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const times = {
          httpBig: await timed(() => http(endpoint.big)),
          httpSmall: await timed(() => http(endpoint.small)),
          httpBusy: await timed(() => http(endpoint.busy)),
          floor: await timed(() => http(floor)),
          sqlBig: await timed(() => runDashboardQueries(execute, endpoint.big.selection, endpoint.big.statements)),
          sqlSmall: await timed(() => runDashboardQueries(execute, endpoint.small.selection, endpoint.small.statements)),
          bareBig: await timed(() => bareGet(index, 'big')),
          bareSmall: await timed(() => bareGet(index, 'small')),
        };
        if (i >= WARMUP) for (const key of Object.keys(times) as Array<keyof typeof times>) samples[key].push(times[key]);
      }
      const p = (values: number[], q: number) =>
        percentile(
          [...values].sort((a, b) => a - b),
          q,
        );
      const scale = p(samples.httpBig, 0.95) / p(samples.httpSmall, 0.95);
      const sqlRatioBig = p(samples.httpBig, 0.95) / p(samples.sqlBig, 0.95);
      const sqlRatioSmall = p(samples.httpSmall, 0.95) / p(samples.sqlSmall, 0.95);
      const pass = scale <= TARGET_SCALE_RATIO && sqlRatioBig <= TARGET_SQL_RATIO && sqlRatioSmall <= TARGET_SQL_RATIO;
      if (!pass) failures++;
      busyLines.push(
        `${endpoint.name.padEnd(42)} ${ms(p(samples.httpBusy, 0.5))} ${ms(p(samples.httpBusy, 0.95))}  ${ms(p(samples.httpSmall, 0.95))}  ${`${(p(samples.httpBusy, 0.95) / p(samples.httpSmall, 0.95)).toFixed(2)}×`.padStart(7)}`,
      );
      bareLines.push(
        `${endpoint.name.padEnd(42)} ${ms(p(samples.bareBig, 0.95))} ${ms(p(samples.bareSmall, 0.95))}  ${`${(p(samples.bareBig, 0.95) / p(samples.sqlBig, 0.95)).toFixed(2)}× ${(p(samples.bareSmall, 0.95) / p(samples.sqlSmall, 0.95)).toFixed(2)}×`.padStart(13)}`,
      );
      lines.push(
        `${endpoint.name.padEnd(42)} ${ms(p(samples.httpBig, 0.5))} ${ms(p(samples.httpBig, 0.95))}  ${ms(p(samples.httpSmall, 0.5))} ${ms(p(samples.httpSmall, 0.95))}  ${`${scale.toFixed(2)}×`.padStart(7)}  ${ms(p(samples.sqlBig, 0.95))} ${ms(p(samples.sqlSmall, 0.95))}  ${`${sqlRatioBig.toFixed(2)}× ${sqlRatioSmall.toFixed(2)}×`.padStart(13)}  ${pass ? 'PASS' : 'FAIL'}`,
      );
    }
    console.log(
      `\nDashboards: ${BIG.toLocaleString('en')} vs ${SMALL.toLocaleString('en')} applications' history (KG vs UZ, the same activity in the period), ${RUNS} runs each (milliseconds).` +
        `\nTargets: p95(${BIG.toLocaleString('en')}) / p95(${SMALL.toLocaleString('en')}) ≤ ${TARGET_SCALE_RATIO}×; p95(endpoint) / p95(SQL on the rollups) ≤ ${TARGET_SQL_RATIO}×\n`,
    );
    console.log(
      `${'endpoint'.padEnd(42)} ${'big p50'.padStart(8)} ${'p95'.padStart(8)}  ${'small p50'.padStart(8)} ${'p95'.padStart(8)}  ${'scale'.padStart(7)}  ${'SQL big'.padStart(8)} ${'small'.padStart(8)}  ${'HTTP/SQL'.padStart(13)}`,
    );
    for (const line of lines) console.log(line);
    console.log(
      `\nNot a target: a period as busy as ${BIG.toLocaleString('en')} applications over ${HISTORY_DAYS} days give (TJ: ${BUSY.toLocaleString('en')} in the last ${BUSY_DAYS} days) beside the small one.` +
        `\nIts cost grows with the period's breakdowns (employers, regions, histogram cells), not with the history.\n`,
    );
    console.log(`${'endpoint'.padEnd(42)} ${'busy p50'.padStart(8)} ${'p95'.padStart(8)}  ${'small p95'.padStart(9)}  ${'ratio'.padStart(7)}`);
    for (const line of busyLines) console.log(line);
    const sortedFloor = [...floorSamples].sort((a, b) => a - b);
    console.log(
      `\nNot a target: the fixed part of every endpoint, GET /api/auth/me (the session's lookup, the pipeline, one statement by primary key),` +
        ` interleaved with all of the above: p50 ${percentile(sortedFloor, 0.5).toFixed(2)} ms, p95 ${percentile(sortedFloor, 0.95).toFixed(2)} ms.` +
        `\nAn endpoint whose statements take less than that at p95 cannot be within ${TARGET_SQL_RATIO}× of them.`,
    );
    console.log(
      `\nNot a target: the floor, the same session check and statements behind a bare node:http server (no framework, no middleware, no compression), p95 and its ratio to the SQL's.\n`,
    );
    console.log(`${'endpoint'.padEnd(42)} ${'bare big'.padStart(8)} ${'small'.padStart(8)}  ${'bare/SQL'.padStart(13)}`);
    for (const line of bareLines) console.log(line);
    console.log(`\n${failures === 0 ? 'PASS' : `FAIL (${failures} endpoint(s) off target)`}`);
    return failures === 0 ? 0 : 1;
  } finally {
    for (const stop of stoppers) await stop().catch(() => undefined);
  }
}
