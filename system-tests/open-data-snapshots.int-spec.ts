/**
 * The daily open-data snapshot, with the API's `snapshot` job on real PostgreSQL: run twice for one date it stores
 * one snapshot; what it stores is the live data at that moment (JSON and CSV) with the audit chain's head; it holds no
 * personal data; the public endpoints list and serve it as stored. On a database of its own (fresh dates).
 */
import type { Job } from 'bullmq';
import type { EmployerRegistryDataSet, OpenDataSnapshotView, OpenVacanciesDataSet, ProcessingTimesDataSet } from '@jumush/contracts';
import type { OpenDataSnapshotJobData, OpenDataSnapshotJobReturn } from '@jumush/server/queues';
import { DemoDataSeeder, OpenDataSnapshotProcessor, startTestApiOnOwnDatabase, type TestApi } from '@jumush/api/testing';

describe('daily open-data snapshots (real PostgreSQL, the snapshot job)', () => {
  let api: TestApi;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ api, drop } = await startTestApiOnOwnDatabase('open_data_snapshots'));
    await api.app.get(DemoDataSeeder).seed();
  });
  afterAll(async () => {
    await drop();
  });

  const run = (date: string) =>
    api.app
      .get(OpenDataSnapshotProcessor)
      .process({ name: 'snapshot', data: { date } } as unknown as Job<OpenDataSnapshotJobData, OpenDataSnapshotJobReturn>);
  const withoutTime = <T extends { generatedAt: string }>(data: T) => ({ ...data, generatedAt: undefined });

  it('stores one snapshot per date, equal to the live data, with the chain head and the licence, and no personal data', async () => {
    const date = '2031-01-15';
    const live = {
      'processing-times': (await api.request<ProcessingTimesDataSet>('GET', '/api/open-data/processing-times')).body,
      'open-vacancies': (await api.request<OpenVacanciesDataSet>('GET', '/api/open-data/open-vacancies')).body,
      employers: (await api.request<EmployerRegistryDataSet>('GET', '/api/open-data/employers')).body,
    };
    expect(await run(date)).toEqual({ date, created: true });
    expect(await run(date)).toEqual({ date, created: false });

    const list = await api.request<OpenDataSnapshotView[]>('GET', '/api/public/open-data/snapshots');
    expect(list.status).toBe(200);
    const snapshots = list.body.filter((snapshot) => snapshot.date === date);
    expect(snapshots).toHaveLength(1);
    const [snapshot] = snapshots;
    expect(snapshot.licence).toMatchObject({ name: 'CC BY 4.0' });
    expect(snapshot.auditHead).toEqual({ seq: expect.stringMatching(/^\d+$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(snapshot.files.map((file) => file.dataset)).toEqual(['processing-times', 'open-vacancies', 'employers']);

    for (const file of snapshot.files) {
      const json = await api.request<(typeof live)[typeof file.dataset]>('GET', file.json);
      expect(json.status).toBe(200);
      expect(json.headers.get('cache-control')).toContain('immutable');
      expect(json.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0');
      // The live data at that moment: the same rows, fields and licence (only the generation time differs).
      expect(withoutTime(json.body)).toEqual(withoutTime(live[file.dataset]));
      const csv = await fetch(`${api.baseUrl}${file.csv}`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const text = await csv.text();
      expect(text.split('\r\n')[0].replace(/^\uFEFF/, '')).toBe(Object.keys(live[file.dataset].fields).join(','));
      // No personal data: no e-mail address, phone number, passport field or person's name column.
      for (const content of [JSON.stringify(json.body), text]) {
        expect(content).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
        expect(content).not.toMatch(/\+(996|998|992|7)\d{6,}/);
      }
      // Only the data set's declared fields, none of them about a person.
      const fields = Object.keys(json.body.fields);
      expect(fields.filter((field) => /passport|fullName|surname|birth|contact|phone|email|address/i.test(field))).toEqual([]);
      for (const row of json.body.rows) expect(Object.keys(row as object)).toEqual(fields);
    }
    expect((await api.request('GET', `/api/public/open-data/snapshots/${date}/employers.xml`)).status).toBe(404);
    expect((await api.request('GET', `/api/public/open-data/snapshots/2031-01-16/employers.json`)).status).toBe(404);
  });
});
