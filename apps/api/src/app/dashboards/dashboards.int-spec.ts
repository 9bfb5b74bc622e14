/**
 * The dashboards against the source tables: applications are moved through the real API (apply, shortlist, decline,
 * batch, decision, withdrawal, departure, arrival, grievance), then every figure of every viewer's dashboard is
 * compared with a count computed directly from the timeline, the batches and the grievances — never from the rollups.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  DASHBOARD_CHARTS,
  DASHBOARD_VOLUMES,
  type BatchDetailView,
  type DashboardResponse,
  type DashboardVolume,
  type GrievanceView,
  type MyApplicationView,
  type ProblemDetails,
} from '@jumush/contracts';
import { DEADLINE_STAGES, DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, addCalendarDays, deadlineFor } from '@jumush/domain';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { employerWithVacancy } from '../../testing/factories';
import { readyMigrantOf, type SeededCountry } from '../../testing/migrants';
import { startTestApiOnOwnDatabase, type TestApi } from '../../testing/test-api';
import { DEMO_PASSWORD } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';
import { hoursBucketBounds, hoursBucketOf } from './dashboard-queries';
import { dashboardPeriod, weekStartOf } from './dashboards.service';

/** What happens to each vacancy's applicants, in order: the employer's choice, the batch, the attaché, the migrants. */
interface Scenario {
  country: SeededCountry;
  region: string;
  occupation: string;
  applicants: number;
  shortlist: number;
  decline: number;
  /** Of the shortlisted, how many go into a batch that the country's attaché decides, refusing `refuse` of them. */
  batch?: { size: number; refuse: number; decider: string };
  withdrawAfterApproval?: number;
  depart?: number;
  arrive?: number;
  /** A grievance about the employer by an arrived migrant, taken up by the attaché. */
  grievance?: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    country: 'KG',
    region: '77',
    occupation: '7212',
    applicants: 4,
    shortlist: 3,
    decline: 1,
    batch: { size: 3, refuse: 1, decider: 'attache@demo.jumush.kg' },
    depart: 2,
    arrive: 1,
    grievance: true,
  },
  {
    country: 'KG',
    region: '78',
    occupation: '7112',
    applicants: 3,
    shortlist: 2,
    decline: 0,
    batch: { size: 2, refuse: 0, decider: 'attache.spb@demo.jumush.kg' },
    withdrawAfterApproval: 1,
  },
  { country: 'KG', region: '47', occupation: '7212', applicants: 1, shortlist: 0, decline: 1 },
  {
    country: 'UZ',
    region: '16',
    occupation: '7112',
    applicants: 2,
    shortlist: 1,
    decline: 1,
    batch: { size: 1, refuse: 0, decider: 'attache.uz@demo.jumush.kg' },
  },
  { country: 'TJ', region: '77', occupation: '9313', applicants: 1, shortlist: 1, decline: 0 },
];

/** Who looks, with what query, and the scope they must get. */
interface Viewer {
  name: string;
  login: string;
  path: string;
  countries: string[] | 'all';
  regions: string[] | null;
}

const VIEWERS: Viewer[] = [
  { name: 'the admin, every country', login: 'admin@demo.jumush.kg', path: '/api/admin/dashboard', countries: 'all', regions: null },
  { name: 'the admin, Uzbekistan', login: 'admin@demo.jumush.kg', path: '/api/admin/dashboard?country=UZ', countries: ['UZ'], regions: null },
  { name: 'the Kyrgyz attaché', login: 'attache@demo.jumush.kg', path: '/api/attache/dashboard', countries: ['KG'], regions: null },
  {
    name: 'the Kyrgyz attaché in St Petersburg',
    login: 'attache.spb@demo.jumush.kg',
    path: '/api/attache/dashboard',
    countries: ['KG'],
    regions: ['47', '78'],
  },
  { name: 'the Uzbek attaché', login: 'attache.uz@demo.jumush.kg', path: '/api/attache/dashboard?country=UZ', countries: ['UZ'], regions: null },
];

/** percentile_cont: linear interpolation between the closest ranks. */
function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const position = fraction * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Where percentile_cont over `sorted` lies by the histogram: from the lower bound of its lower rank's bucket to the upper bound of its upper rank's, in days. */
function percentileBounds(sorted: number[], fraction: number): [number, number] | null {
  if (sorted.length === 0) return null;
  const position = fraction * (sorted.length - 1);
  const [below, above] = [sorted[Math.floor(position)], sorted[Math.ceil(position)]];
  return [hoursBucketBounds(hoursBucketOf(below)).lower / 24, hoursBucketBounds(hoursBucketOf(above)).upper / 24];
}

/** A stage's figures: counts and the deadline share exactly, the percentiles within their buckets' bounds of the exact ones (rounded to 0.01). */
function expectStageFigures(
  actual: { decided: number; medianDays: number | null; p90Days: number | null; withinDeadlineShare: number | null } | undefined,
  expected: { decided: number; withinDeadlineShare: number | null; days: number[] },
): void {
  expect(actual && { decided: actual.decided, withinDeadlineShare: actual.withinDeadlineShare }).toEqual({
    decided: expected.decided,
    withinDeadlineShare: expected.withinDeadlineShare,
  });
  for (const [figure, fraction] of [
    [actual?.medianDays ?? null, 0.5],
    [actual?.p90Days ?? null, 0.9],
  ] as const) {
    const bounds = percentileBounds(expected.days, fraction);
    if (bounds === null || figure === null) expect(figure).toBe(bounds);
    else {
      expect(figure).toBeGreaterThanOrEqual(bounds[0] - 0.005);
      expect(figure).toBeLessThanOrEqual(bounds[1] + 0.005);
      expect(Math.abs(figure - (percentile(expected.days, fraction) ?? 0))).toBeLessThanOrEqual(bounds[1] - bounds[0] + 0.005);
    }
  }
}

/** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = body.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('oversight dashboards (real PostgreSQL, own database)', () => {
  let api: TestApi;
  let drop: () => Promise<void>;
  let dataSource: DataSource;
  const tokens = new Map<string, string>();
  let today: string;

  const token = async (login: string) => {
    if (!tokens.has(login)) tokens.set(login, (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body.accessToken);
    return tokens.get(login)!;
  };

  const ok = async <T>(response: Promise<{ status: number; body: T }>, what: string): Promise<T> => {
    const { status, body } = await response;
    if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
    return body;
  };

  async function play(scenario: Scenario): Promise<void> {
    const { employer, vacancy } = await employerWithVacancy(api, {
      regionCode: scenario.region,
      occupationCode: scenario.occupation,
      openTo: [scenario.country],
      positions: 10,
    });
    const migrants: Array<{ token: string; applicationId: string }> = [];
    for (let i = 0; i < scenario.applicants; i++) {
      const migrant = (await readyMigrantOf(api, scenario.country)).accessToken;
      const applied = await ok(
        api.request<MyApplicationView>('POST', `/api/vacancies/${vacancy.id}/applications`, { token: migrant, body: {} }),
        'apply',
      );
      migrants.push({ token: migrant, applicationId: applied.id });
    }
    const decide = (decision: 'shortlist' | 'decline', ids: string[]) =>
      ids.length === 0
        ? Promise.resolve()
        : ok(
            api.request('POST', `/api/vacancies/mine/${vacancy.id}/applications/decisions`, {
              token: employer.accessToken,
              body: { decision, applicationIds: ids, ...(decision === 'decline' ? { reason: 'Нужен опыт работы' } : {}) },
            }),
            decision,
          );
    const shortlisted = migrants.slice(0, scenario.shortlist);
    await decide(
      'shortlist',
      shortlisted.map((m) => m.applicationId),
    );
    await decide(
      'decline',
      migrants.slice(scenario.shortlist, scenario.shortlist + scenario.decline).map((m) => m.applicationId),
    );
    if (!scenario.batch) return;

    const inBatch = shortlisted.slice(0, scenario.batch.size);
    const created = await ok(
      api.request<BatchDetailView>('POST', '/api/batches', {
        token: employer.accessToken,
        body: { vacancyId: vacancy.id, applicationIds: inBatch.map((m) => m.applicationId) },
      }),
      'batch',
    );
    await ok(api.request('POST', `/api/batches/${created.id}/submit`, { token: employer.accessToken }), 'submit');
    const refused = inBatch.slice(0, scenario.batch.refuse);
    await ok(
      api.request('POST', `/api/attache/batches/${created.id}/decision`, {
        token: await token(scenario.batch.decider),
        headers: { 'idempotency-key': randomUUID() },
        body:
          refused.length === 0
            ? { kind: 'APPROVE_ALL' }
            : {
                kind: 'APPROVE_ALL_EXCEPT',
                exclusions: refused.map((m) => ({ applicationId: m.applicationId, reasonCode: 'MEDICAL', text: 'Нет медицинской справки' })),
              },
      }),
      'decision',
    );
    const approved = inBatch.slice(scenario.batch.refuse);
    for (const migrant of approved.slice(0, scenario.withdrawAfterApproval ?? 0)) {
      const [{ version }] = await dataSource.query(`SELECT version FROM applications WHERE id = $1`, [migrant.applicationId]);
      await ok(
        api.request('POST', `/api/applications/mine/${migrant.applicationId}/withdraw`, { token: migrant.token, body: { version } }),
        'withdraw',
      );
    }
    const departing = approved.slice(scenario.withdrawAfterApproval ?? 0).slice(0, scenario.depart ?? 0);
    for (const migrant of departing)
      await ok(api.request('POST', `/api/applications/mine/${migrant.applicationId}/depart`, { token: migrant.token, body: {} }), 'depart');
    const arriving = departing.slice(0, scenario.arrive ?? 0);
    for (const migrant of arriving)
      await ok(api.request('POST', `/api/applications/mine/${migrant.applicationId}/arrive`, { token: migrant.token, body: {} }), 'arrive');
    if (scenario.grievance && arriving[0]) {
      const opened = await ok(
        api.request<GrievanceView>('POST', '/api/grievances', {
          token: arriving[0].token,
          body: { applicationId: arriving[0].applicationId, category: 'housing', description: 'В общежитии нет отопления' },
        }),
        'grievance',
      );
      await ok(
        api.request('POST', `/api/attache/grievances/${opened.id}/moves`, {
          token: await token(scenario.batch.decider),
          body: { move: 'takeUp', version: opened.version },
        }),
        'take up',
      );
    }
  }

  beforeAll(async () => {
    ({ api, drop } = await startTestApiOnOwnDatabase('dashboards'));
    dataSource = api.app.get(DataSource);
    await api.app.get(DemoDataSeeder).seed();
    for (const scenario of SCENARIOS) await play(scenario);
    [{ today }] = await dataSource.query(`SELECT (now() AT TIME ZONE 'Europe/Moscow')::date::text AS today`);
  });

  afterAll(async () => {
    await drop();
  });

  /** Every figure of a dashboard, computed from the source tables for the viewer's scope and period. */
  async function expectedDashboard(countries: string[], regions: string[] | null, from: string, to: string) {
    const scope = [countries, regions, from, to];
    const events: Array<{ day: string; week: string; region: string; occupation: string; company: string; volume: string }> = await dataSource.query(
      `SELECT * FROM (
         SELECT (e.created_at AT TIME ZONE 'Europe/Moscow')::date::text AS day, date_trunc('week', (e.created_at AT TIME ZONE 'Europe/Moscow')::date)::date::text AS week,
                v.region_code AS region, v.occupation_code AS occupation, v.company_id::text AS company, p.origin_country AS country,
                CASE WHEN e.from_status IS NULL AND e.to_status = 'SUBMITTED' THEN 'applied'
                     WHEN e.from_status = 'SUBMITTED' AND e.to_status = 'SHORTLISTED' THEN 'shortlisted'
                     WHEN e.to_status IN ('APPROVED', 'REFUSED', 'DEPARTED', 'ARRIVED', 'WITHDRAWN') THEN lower(e.to_status::text) END AS volume
           FROM application_events e JOIN applications a ON a.id = e.application_id JOIN vacancies v ON v.id = a.vacancy_id
           JOIN candidate_profiles p ON p.id = a.candidate_id) x
        WHERE volume IS NOT NULL AND country = ANY($1) AND ($2::text[] IS NULL OR region = ANY($2)) AND day::date BETWEEN $3::date AND $4::date`,
      scope,
    );
    const complaints: Array<{ company: string; count: number }> = await dataSource.query(
      `SELECT company_id::text AS company, count(*)::int AS count FROM grievances
        WHERE company_id IS NOT NULL AND origin_country = ANY($1) AND ($2::text[] IS NULL OR region_code = ANY($2))
          AND (created_at AT TIME ZONE 'Europe/Moscow')::date BETWEEN $3::date AND $4::date GROUP BY company_id`,
      scope,
    );
    const count = (rows: typeof events, volume: DashboardVolume) => rows.filter((row) => row.volume === volume).length;
    const volumesOf = (rows: typeof events) => Object.fromEntries(DASHBOARD_VOLUMES.map((volume) => [volume, count(rows, volume)]));
    const breakdown = (key: 'region' | 'occupation') =>
      [...new Set(events.map((row) => row[key]))].sort().map((value) => ({ value, ...volumesOf(events.filter((row) => row[key] === value)) }));
    const employers = new Map<string, { approvals: number; withdrawals: number; complaints: number }>();
    const employer = (id: string) => employers.get(id) ?? employers.set(id, { approvals: 0, withdrawals: 0, complaints: 0 }).get(id)!;
    for (const row of events) {
      if (row.volume === 'approved') employer(row.company).approvals += 1;
      if (row.volume === 'withdrawn') employer(row.company).withdrawals += 1;
    }
    for (const row of complaints) employer(row.company).complaints += row.count;
    for (const [id, figures] of employers) if (figures.approvals + figures.withdrawals + figures.complaints === 0) employers.delete(id);

    // Stage exits from the items themselves: batches decided, applications leaving SUBMITTED by the employer's decision.
    const batches: Array<{ days: number; within: boolean | null; decider: string; attache: boolean }> = await dataSource.query(
      `SELECT extract(epoch FROM b.decided_at - b.submitted_at)::float8 / 86400 AS days, b.decided_at <= b.deadline_at AS within,
              b.decided_by::text AS decider, a.role = 'ATTACHE' AS attache
         FROM batches b JOIN vacancies v ON v.id = b.vacancy_id JOIN accounts a ON a.id = b.decided_by
        WHERE b.status IN ('DECIDED', 'RETURNED') AND b.submitted_at IS NOT NULL AND b.origin_country = ANY($1)
          AND ($2::text[] IS NULL OR v.region_code = ANY($2)) AND (b.decided_at AT TIME ZONE 'Europe/Moscow')::date BETWEEN $3::date AND $4::date`,
      scope,
    );
    const shortlisting: Array<{ started: Date; left: Date; days: number; country: string }> = await dataSource.query(
      `SELECT s.started, e.created_at AS left, extract(epoch FROM e.created_at - s.started)::float8 / 86400 AS days, p.origin_country AS country
         FROM application_events e JOIN applications a ON a.id = e.application_id JOIN vacancies v ON v.id = a.vacancy_id
         JOIN candidate_profiles p ON p.id = a.candidate_id
        CROSS JOIN LATERAL (SELECT max(x.created_at) AS started FROM application_events x
                             WHERE x.application_id = e.application_id AND x.to_status = 'SUBMITTED' AND x.id < e.id) s
        WHERE e.from_status = 'SUBMITTED' AND e.to_status IN ('SHORTLISTED', 'DECLINED') AND s.started IS NOT NULL
          AND p.origin_country = ANY($1) AND ($2::text[] IS NULL OR v.region_code = ANY($2))
          AND (e.created_at AT TIME ZONE 'Europe/Moscow')::date BETWEEN $3::date AND $4::date`,
      scope,
    );
    const figures = (items: Array<{ days: number; within: boolean | null }>) => {
      const withDeadline = items.filter((item) => item.within !== null);
      return {
        decided: items.length,
        days: items.map((item) => Math.max(item.days, 0)).sort((a, b) => a - b),
        withinDeadlineShare: withDeadline.length
          ? Math.round((withDeadline.filter((item) => item.within).length / withDeadline.length) * 1000) / 1000
          : null,
      };
    };
    const shortlistingItems = shortlisting.map((row) => ({
      days: row.days,
      within:
        row.left.getTime() <=
        Date.parse(deadlineFor('shortlisting', row.started, DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, ['RU', row.country])),
    }));
    const deciders = [...new Set(batches.filter((batch) => batch.attache).map((batch) => batch.decider))];
    return {
      totals: volumesOf(events),
      byRegion: breakdown('region').map(({ value, ...volumes }) => ({ regionCode: value, ...volumes })),
      byOccupation: breakdown('occupation').map(({ value, ...volumes }) => ({ occupationCode: value, ...volumes })),
      weeks: Object.fromEntries(
        [...new Set(events.map((row) => row.week))].map((week) => [week, volumesOf(events.filter((row) => row.week === week))]),
      ),
      employers: Object.fromEntries(employers),
      batchDecision: figures(batches),
      shortlisting: figures(shortlistingItems),
      attacheBatchDecisions: Object.fromEntries(deciders.map((decider) => [decider, figures(batches.filter((batch) => batch.decider === decider))])),
    };
  }

  describe.each(VIEWERS)('$name', (viewer) => {
    let dashboard: DashboardResponse;

    beforeAll(async () => {
      const response = await api.request<DashboardResponse>('GET', viewer.path, { token: await token(viewer.login) });
      expect(response.status).toBe(200);
      dashboard = response.body;
    });

    it('covers its own scope and the last 12 whole weeks', async () => {
      const countries =
        viewer.countries === 'all'
          ? (await dataSource.query(`SELECT code FROM origin_countries ORDER BY code`)).map((row: { code: string }) => row.code)
          : viewer.countries;
      expect(dashboard.scope).toEqual({ countries, regions: viewer.regions });
      expect([dashboard.from, dashboard.to]).toEqual([addCalendarDays(weekStartOf(today), -77), addCalendarDays(weekStartOf(today), 6)]);
      expect(dashboardPeriod({}, today)).toEqual({ from: dashboard.from, to: dashboard.to });
    });

    it('counts every volume, week, region, occupation and employer as the source tables do', async () => {
      const expected = await expectedDashboard(dashboard.scope.countries, viewer.regions, dashboard.from, dashboard.to);
      expect(dashboard.totals).toEqual(expected.totals);
      expect(dashboard.totals.applied).toBeGreaterThan(0);
      expect(dashboard.byRegion).toEqual(expected.byRegion);
      expect(dashboard.byOccupation).toEqual(expected.byOccupation);
      const mondays = new Set<string>();
      for (let day = dashboard.from; day <= dashboard.to; day = addCalendarDays(day, 1)) {
        const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
        mondays.add(addCalendarDays(day, -weekday));
      }
      expect(dashboard.volumesByWeek.map((row) => row.weekStart)).toEqual([...mondays]);
      for (const week of dashboard.volumesByWeek) {
        const { weekStart, ...volumes } = week;
        expect(volumes).toEqual(expected.weeks[weekStart] ?? Object.fromEntries(DASHBOARD_VOLUMES.map((volume) => [volume, 0])));
      }
      expect(
        Object.fromEntries(
          dashboard.byEmployer.map(({ companyId, approvals, withdrawals, complaints }) => [companyId, { approvals, withdrawals, complaints }]),
        ),
      ).toEqual(expected.employers);
      const names: Array<{ id: string; legal_name: string }> = await dataSource.query(`SELECT id, legal_name FROM companies WHERE id = ANY($1)`, [
        dashboard.byEmployer.map((row) => row.companyId),
      ]);
      for (const row of dashboard.byEmployer) expect(row.companyName).toBe(names.find((name) => name.id === row.companyId)?.legal_name);
      for (let i = 1; i < dashboard.byEmployer.length; i++) {
        const [before, after] = [dashboard.byEmployer[i - 1], dashboard.byEmployer[i]];
        expect(before.approvals > after.approvals || (before.approvals === after.approvals && before.withdrawals <= after.withdrawals)).toBe(true);
      }
    });

    it('times the batch decisions and the shortlisting, per stage and per deciding attaché, as the source tables do', async () => {
      const expected = await expectedDashboard(dashboard.scope.countries, viewer.regions, dashboard.from, dashboard.to);
      expect(dashboard.stageTimes.map((row) => row.stage)).toEqual([...DEADLINE_STAGES]);
      const stage = (name: string) => dashboard.stageTimes.find((row) => row.stage === name);
      expect(stage('batchDecision')?.decided).toBeGreaterThan(0);
      expect(stage('shortlisting')?.decided).toBeGreaterThan(0);
      expectStageFigures(stage('batchDecision'), expected.batchDecision);
      expectStageFigures(stage('shortlisting'), expected.shortlisting);
      const batchDeciders = dashboard.attacheTimes.filter((row) => row.stage === 'batchDecision');
      expect(batchDeciders.map((row) => row.staffId).sort()).toEqual(Object.keys(expected.attacheBatchDecisions).sort());
      for (const row of batchDeciders) expectStageFigures(row, expected.attacheBatchDecisions[row.staffId]);
    });

    it.each([...DASHBOARD_CHARTS])('serves the %s chart as CSV with the JSON’s figures', async (chart) => {
      const [path, query] = viewer.path.split('?');
      const response = await fetch(`${api.baseUrl}${path}/${chart}.csv${query ? `?${query}` : ''}`, {
        headers: { authorization: `Bearer ${await token(viewer.login)}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const [header, ...rows] = parseCsv(await response.text());
      const json: Array<Record<string, unknown>> = {
        'volumes-by-week': dashboard.volumesByWeek,
        'by-region': dashboard.byRegion,
        'by-occupation': dashboard.byOccupation,
        'by-employer': dashboard.byEmployer,
        'stage-times': dashboard.stageTimes,
        'attache-times': dashboard.attacheTimes,
      }[chart] as unknown as Array<Record<string, unknown>>;
      expect(rows.length).toBe(json.length);
      rows.forEach((row, i) =>
        header.forEach((column, j) => expect(row[j]).toBe(json[i][column] === null ? '' : String(json[i][column]).replace(/^([=+\-@])/, "'$1"))),
      );
    });
  });

  it('counts the grievance about the employer as a complaint and its take-up by the attaché', async () => {
    const dashboard = (await api.request<DashboardResponse>('GET', '/api/attache/dashboard', { token: await token('attache@demo.jumush.kg') })).body;
    const [{ company_id: companyId }] = await dataSource.query(
      `SELECT company_id FROM grievances WHERE status = 'IN_PROGRESS' AND origin_country = 'KG' LIMIT 1`,
    );
    expect(dashboard.byEmployer.find((row) => row.companyId === companyId)?.complaints).toBeGreaterThanOrEqual(1);
    const takeUp = dashboard.stageTimes.find((row) => row.stage === 'grievanceTakeUp');
    expect(takeUp?.decided).toBeGreaterThanOrEqual(1);
    expect(takeUp?.withinDeadlineShare).toBe(1);
    const [{ id: attacheId }] = await dataSource.query(`SELECT id FROM accounts WHERE email = 'attache@demo.jumush.kg'`);
    expect(dashboard.attacheTimes.find((row) => row.stage === 'grievanceTakeUp' && row.staffId === attacheId)?.decided).toBeGreaterThanOrEqual(1);
  });

  it('keeps each attaché to their country: another country is refused, and employers and migrants have no dashboard', async () => {
    const refused = await api.request<ProblemDetails>('GET', '/api/attache/dashboard?country=UZ', { token: await token('attache@demo.jumush.kg') });
    expect(refused.status).toBe(403);
    const csv = await api.request<ProblemDetails>('GET', '/api/attache/dashboard/by-region.csv?country=TJ', {
      token: await token('attache.spb@demo.jumush.kg'),
    });
    expect(csv.status).toBe(403);
    const adminRoute = await api.request('GET', '/api/admin/dashboard', { token: await token('attache@demo.jumush.kg') });
    expect(adminRoute.status).toBe(403);
    const migrant = (await readyMigrantOf(api, 'KG')).accessToken;
    expect((await api.request('GET', '/api/attache/dashboard', { token: migrant })).status).toBe(403);
    expect((await api.request('GET', '/api/attache/dashboard')).status).toBe(401);
  });

  it.each([
    ['from=2026-02-30', 'from', 'date.format'],
    ['to=yesterday', 'to', 'date.format'],
    ['from=2026-05-02&to=2026-05-01', 'to', 'dashboardPeriod.reversed'],
    ['from=2020-01-01&to=2026-01-01', 'from', 'dashboardPeriod.tooLong'],
    ['country=kg', 'country', 'validation.isIn'],
    ['country=ZZ', 'country', 'validation.isIn'],
  ])('refuses %s with a field error on %s', async (query, field, code) => {
    const response = await api.request<ProblemDetails>('GET', `/api/admin/dashboard?${query}`, { token: await token('admin@demo.jumush.kg') });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });

  it('counts deadlines in the database as the domain does: working days without the holidays of Russia and the origin country', async () => {
    const starts: string[] = [];
    for (let day = '2026-01-01'; day <= '2027-12-31'; day = addCalendarDays(day, 3))
      starts.push(`${day}T${day.endsWith('1') ? '22:30' : '09:15'}:00Z`);
    for (const [stage, countries] of [
      ['vacancyReview', ['RU', 'KG', 'UZ']],
      ['companyVerification', ['RU', 'TJ']],
      ['shortlisting', ['RU', 'KG']],
    ] as const) {
      const rows: Array<{ deadline: Date }> = await dataSource.query(
        `SELECT dashboard_deadline($1, start, $2::text[]) AS deadline FROM unnest($3::timestamptz[]) WITH ORDINALITY AS s(start, n) ORDER BY n`,
        [stage, countries, starts],
      );
      expect(rows.map((row) => row.deadline.toISOString())).toEqual(
        starts.map((start) => deadlineFor(stage, start, DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, [...countries])),
      );
    }
  });

  it('widens a period of one day to its week and an unknown chart is not found', async () => {
    const admin = await token('admin@demo.jumush.kg');
    const day = await api.request<DashboardResponse>('GET', `/api/admin/dashboard?from=${today}&to=${today}`, { token: admin });
    const [monday, sunday] = [weekStartOf(today), addCalendarDays(weekStartOf(today), 6)];
    expect([day.body.from, day.body.to, day.body.volumesByWeek.map((row) => row.weekStart)]).toEqual([monday, sunday, [monday]]);
    const expected = await expectedDashboard(day.body.scope.countries, null, monday, sunday);
    expect(day.body.totals).toEqual(expected.totals);
    expect((await api.request('GET', '/api/admin/dashboard/everything.csv', { token: admin })).status).toBe(404);
  });

  it('prints the monthly report of a month’s ISO weeks as a PDF, for the admin and the attaché, and refuses a malformed month', async () => {
    const month = today.slice(0, 7);
    for (const [login, path] of [
      ['admin@demo.jumush.kg', `/api/admin/dashboard/monthly-report.pdf?month=${month}&country=KG&lang=ky`],
      ['attache@demo.jumush.kg', `/api/attache/dashboard/monthly-report.pdf?month=${month}`],
    ]) {
      const response = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${await token(login)}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="jumush-monthly-report-${month}.pdf"`);
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
    const malformed = await api.request<ProblemDetails>('GET', '/api/admin/dashboard/monthly-report.pdf?month=2026-13', {
      token: await token('admin@demo.jumush.kg'),
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'month', code: 'dashboardPeriod.month' })]);
  });
});
