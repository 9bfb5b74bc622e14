/**
 * Open data against real PostgreSQL: every figure equals what the source tables say when computed another way
 * (in the same snapshot), the registry names companies but never a person, CSV cells cannot run as formulas.
 */
import { DataSource } from 'typeorm';
import type {
  CompanyView,
  EmployerRegistryDataSet,
  OpenDataCatalogue,
  OpenVacanciesDataSet,
  ProblemDetails,
  ProcessingTimesDataSet,
} from '@jumush/contracts';
import { CompanyStatus, Role, STAGE_OBSERVATION_WINDOW_DAYS, TIMED_STAGES, percentile } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { employerWithCompany, publishedVacancy, staffSession, type EmployerSession, type Session } from '../vacancies/testing/vacancy-factories';
import { OpenDataRepository, type StageDurationRow } from './open-data.repository';

const DAY_MS = 86_400_000;

/** count, median and p90 of samples, as the open data computes them. */
function summary(samples: number[]): { cases: number; median: number | null; p90: number | null } {
  return { cases: samples.length, median: percentile(samples, 50), p90: percentile(samples, 90) };
}

describe('open data (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let attache: Session;
  let employers: EmployerSession[];

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    attache = await staffSession(api, Role.Attache, 'KG');
    // Six employers verified for Kyrgyzstan, registered 1 to 6 days before their verification.
    employers = [];
    for (let index = 0; index < 6; index++) {
      const employer = await employerWithCompany(api, CompanyStatus.Verified, `ООО «Открытые данные ${index}»`, ['KG']);
      await dataSource.query(`UPDATE companies SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [employer.companyId, index + 1]);
      employers.push(employer);
    }
    // One verified long ago: outside the 90-day window.
    const old = await employerWithCompany(api, CompanyStatus.Verified, 'ООО «Давно проверенная»', ['KG']);
    await dataSource.query(`UPDATE companies SET created_at = now() - interval '130 days' WHERE id = $1`, [old.companyId]);
    await dataSource.query(`UPDATE company_country_statuses SET status_changed_at = now() - interval '100 days' WHERE company_id = $1`, [
      old.companyId,
    ]);
    await publishedVacancy(api, employers[0], attache);
  });

  afterAll(async () => {
    await api.close();
  });

  it('lists its data sets, with their JSON and CSV addresses and the CC BY 4.0 licence', async () => {
    const catalogue = await api.request<OpenDataCatalogue>('GET', '/api/open-data');
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.licence.name).toBe('CC BY 4.0');
    expect(catalogue.body.datasets.map((dataset) => [dataset.name, dataset.json, dataset.csv])).toEqual([
      ['processing-times', '/api/open-data/processing-times', '/api/open-data/processing-times.csv'],
      ['open-vacancies', '/api/open-data/open-vacancies', '/api/open-data/open-vacancies.csv'],
      ['employers', '/api/open-data/employers', '/api/open-data/employers.csv'],
    ]);
    for (const dataset of catalogue.body.datasets) {
      expect((await api.request('GET', dataset.json)).status).toBe(200);
      expect((await api.request('GET', dataset.csv)).status).toBe(200);
    }
  });

  it('computes every stage duration as the source tables give it, counted another way in the same snapshot', async () => {
    const since = new Date(Date.now() - STAGE_OBSERVATION_WINDOW_DAYS * DAY_MS);
    await dataSource.transaction('REPEATABLE READ', async (manager) => {
      const published = await api.app.get(OpenDataRepository).stageDurations(since, manager);
      const expected = new Map<string, number[]>();
      const add = (stage: string, country: string | null, days: number) => {
        const key = `${stage}/${country ?? ''}`;
        expected.set(key, [...(expected.get(key) ?? []), days]);
      };
      // The application waits, walked in JavaScript over each application's whole timeline.
      const events = await queryRows<{ application_id: string; to_status: string; created_at: Date }>(
        manager,
        `SELECT application_id, to_status::text, created_at FROM application_events
          WHERE application_id IN (SELECT application_id FROM application_events WHERE created_at >= $1) ORDER BY application_id, id`,
        [since],
      );
      events.forEach((event, index) => {
        const next = events[index + 1];
        if (!next || next.application_id !== event.application_id || next.created_at < since) return;
        if ((TIMED_STAGES as readonly string[]).includes(event.to_status)) {
          add(event.to_status, null, (next.created_at.getTime() - event.created_at.getTime()) / DAY_MS);
        }
      });
      for (const row of await queryRows<{ submitted_at: Date; published_at: Date }>(
        manager,
        'SELECT submitted_at, published_at FROM vacancies WHERE published_at >= $1 AND submitted_at <= published_at',
        [since],
      )) {
        add('VACANCY_REVIEW', null, (row.published_at.getTime() - row.submitted_at.getTime()) / DAY_MS);
      }
      for (const row of await queryRows<{ country: string; created_at: Date; status_changed_at: Date }>(
        manager,
        `SELECT s.country::text, c.created_at, s.status_changed_at FROM company_country_statuses s JOIN companies c ON c.id = s.company_id
          WHERE s.status = 'VERIFIED' AND s.relied_on_country IS NULL AND s.status_changed_at >= $1`,
        [since],
      )) {
        if (row.status_changed_at >= row.created_at)
          add('COMPANY_VERIFICATION', row.country, (row.status_changed_at.getTime() - row.created_at.getTime()) / DAY_MS);
      }
      for (const row of await queryRows<{ origin_country: string; submitted_at: Date; decided_at: Date }>(
        manager,
        'SELECT origin_country::text, submitted_at, decided_at FROM batches WHERE decided_at >= $1 AND submitted_at <= decided_at',
        [since],
      )) {
        add('BATCH_DECISION', row.origin_country, (row.decided_at.getTime() - row.submitted_at.getTime()) / DAY_MS);
      }

      const byKey = new Map(published.map((row: StageDurationRow) => [`${row.stage}/${row.country ?? ''}`, row]));
      expect([...byKey.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [key, samples] of expected) {
        const row = byKey.get(key) as StageDurationRow;
        const want = summary(samples);
        expect({ key, cases: row.cases }).toEqual({ key, cases: want.cases });
        expect(row.median_days).toBeCloseTo(want.median as number, 6);
        expect(row.p90_days).toBeCloseTo(want.p90 as number, 6);
      }
      // The seeded employers are in Kyrgyzstan's verification times; the one verified 100 days ago is not.
      expect((expected.get('COMPANY_VERIFICATION/KG') ?? []).length).toBeGreaterThanOrEqual(6);
    });
  });

  it('publishes the processing times with one decimal and withholds nothing that has 5 cases or more', async () => {
    const times = await api.request<ProcessingTimesDataSet>('GET', '/api/open-data/processing-times');
    expect(times.status).toBe(200);
    const kg = times.body.rows.find((row) => row.stage === 'COMPANY_VERIFICATION' && row.country === 'KG');
    expect(kg?.cases.withheld).toBe(false);
    expect(kg?.cases.value).toBeGreaterThanOrEqual(6);
    expect(Number.isInteger((kg?.medianDays.value as number) * 10)).toBe(true);
    for (const row of times.body.rows) {
      const cases = row.cases.value;
      expect(row.cases.withheld).toBe(cases === null);
      if (row.cases.withheld)
        expect([row.medianDays, row.p90Days]).toEqual([
          { value: null, withheld: true },
          { value: null, withheld: true },
        ]);
      else expect(cases).toBeGreaterThanOrEqual(5);
    }
  });

  it('counts open vacancies and positions by region and occupation as the vacancies table does', async () => {
    const counts = await api.request<OpenVacanciesDataSet>('GET', '/api/open-data/open-vacancies');
    expect(counts.status).toBe(200);
    const direct = await queryRows<{ region_code: string; occupation_code: string; positions: number; filled_positions: number }>(
      dataSource.manager,
      `SELECT region_code, occupation_code, positions, filled_positions FROM vacancies WHERE status = 'PUBLISHED'`,
    );
    // Compared for the groups that no other suite wrote to between the two reads: ours, region 77.
    const ours = counts.body.rows.filter((row) => row.regionCode === '77');
    expect(ours.length).toBeGreaterThan(0);
    const fromTable = (regionCode: string, occupationCode: string) => {
      const rows = direct.filter((row) => row.region_code === regionCode && row.occupation_code === occupationCode);
      return { vacancies: rows.length, openPositions: rows.reduce((sum, row) => sum + Math.max(0, row.positions - row.filled_positions), 0) };
    };
    const settled = ours.filter((row) => fromTable(row.regionCode, row.occupationCode).vacancies === row.vacancies);
    expect(settled.length).toBeGreaterThan(0);
    for (const row of settled)
      expect({ vacancies: row.vacancies, openPositions: row.openPositions }).toEqual(fromTable(row.regionCode, row.occupationCode));
  });

  it('lists verified and suspended employers by country, with their public identity only', async () => {
    const suspended = employers[5];
    const decision = await api.request<CompanyView & ProblemDetails>('POST', `/api/verification/companies/${suspended.companyId}/suspend`, {
      token: attache.token,
      body: { reason: 'Жалоба: Ольга Смирнова, +79161234567', category: 'recruitmentFees' },
    });
    expect(decision.status).toBe(200);

    const registry = await api.request<EmployerRegistryDataSet>('GET', '/api/open-data/employers');
    expect(registry.status).toBe(200);
    const row = (name: string) => registry.body.rows.find((entry) => entry.legalName === name && entry.country === 'KG');
    expect(row('ООО «Открытые данные 0»')).toMatchObject({ status: 'VERIFIED', regionCode: '77', reliedOnCountry: null });
    expect(row('ООО «Открытые данные 0»')?.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The suspension's category is published; the verified have none.
    expect(row('ООО «Открытые данные 5»')).toMatchObject({ status: 'SUSPENDED', suspensionCategory: 'recruitmentFees' });
    expect(row('ООО «Открытые данные 0»')?.suspensionCategory).toBeNull();
    expect(registry.body.fields).toHaveProperty('suspensionCategory');
    const csvLines = (await api.request<string>('GET', '/api/open-data/employers.csv')).body.split('\r\n');
    expect(csvLines.find((line) => line.includes('Открытые данные 5') && line.includes(',KG,'))).toMatch(
      /,SUSPENDED,\d{4}-\d{2}-\d{2},,recruitmentFees$/,
    );

    // No person in it: not the contact person, the company's phone or e-mail, an account, or the suspension's free text.
    const everything =
      JSON.stringify((await api.request('GET', '/api/open-data/employers')).body) +
      (await api.request<string>('GET', '/api/open-data/employers.csv')).body;
    expect(everything).not.toContain('Ольга Смирнова');
    expect(everything).not.toContain('Жалоба');
    expect(everything).not.toMatch(/\+\d{10,}/);
    expect(everything).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    for (const employer of employers) expect(everything).not.toContain(employer.login);
  });

  it('serves CSV with the field names as header, and formulas in company names defused', async () => {
    await employerWithCompany(api, CompanyStatus.Verified, '=HYPERLINK("http://evil.example","ООО")', ['KG']);
    const csv = await api.request<string>('GET', '/api/open-data/employers.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('jumush-employers.csv');
    // (fetch's text() drops the byte order mark; the unit test of toCsv checks it.)
    expect(csv.body.startsWith('legalName,inn,ogrn,regionCode,country,status,since,reliedOnCountry,suspensionCategory\r\n')).toBe(true);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""ООО"")"`);
    expect(csv.body).not.toMatch(/(^|[,\r\n])=HYPERLINK/);
  });
});
