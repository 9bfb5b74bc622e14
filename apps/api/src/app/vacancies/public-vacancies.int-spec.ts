import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { HousingOption, type ProblemDetails, type PublicVacancyView, type VacancySearchResult, type VacancyView } from '@jumush/contracts';
import { CompanyStatus, Role } from '@jumush/domain';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { toTermsView } from './vacancy-views';
import {
  createVacancy,
  daysFromNow,
  employerWithCompany,
  publishedVacancy,
  staffSession,
  type EmployerSession,
  type Session,
} from './testing/vacancy-factories';

describe('public search of vacancies (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let employer: EmployerSession;
  let attache: Session;
  /** A word only this run's vacancies contain (in the town), so that the shared database's other vacancies stay out. */
  const tok = `zq${randomBytes(4).toString('hex')}`;
  const town = `Тестоград ${tok}`;
  const m1 = daysFromNow(90);
  const m2 = daysFromNow(150);
  const month1 = m1.slice(0, 7);
  let a: VacancyView, b: VacancyView, c: VacancyView, d: VacancyView, draft: VacancyView, pending: VacancyView;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    employer = await employerWithCompany(api, CompanyStatus.Verified, `ООО «Поиск ${tok}»`);
    attache = await staffSession(api, Role.Attache, 'KG');
    const common = {
      town,
      startDate: m1,
      applicationDeadline: daysFromNow(30),
    };
    a = await publishedVacancy(api, employer, attache, {
      ...common,
      title: 'Сварщик на строительство склада',
      occupationCode: '7212',
      regionCode: '77',
      monthlyWageRoubles: 95_000,
      housing: HousingOption.Free,
      insurance: true,
      travelPaid: true,
      contractMonths: 12,
    });
    b = await publishedVacancy(api, employer, attache, {
      ...common,
      title: 'Электросварщик',
      occupationCode: '7212',
      regionCode: '50',
      monthlyWageRoubles: 70_000,
      housing: HousingOption.None,
      insurance: false,
      travelPaid: false,
      contractMonths: 6,
      startDate: m2,
    });
    c = await publishedVacancy(api, employer, attache, {
      ...common,
      title: 'Повар в столовую',
      occupationCode: '5120',
      regionCode: '77',
      monthlyWageRoubles: 60_000,
      housing: HousingOption.Paid,
      housingCostRoubles: 5_000,
      insurance: true,
      travelPaid: false,
      contractMonths: 3,
    });
    d = await publishedVacancy(api, employer, attache, {
      ...common,
      title: 'Каменщик-кладчик',
      occupationCode: '7112',
      regionCode: '16',
      monthlyWageRoubles: 80_000,
      housing: HousingOption.Free,
      insurance: false,
      travelPaid: true,
      contractMonths: 24,
      startDate: m2,
    });
    draft = await createVacancy(api, employer, {
      ...common,
      title: 'Сварщик-черновик',
    });
    pending = await createVacancy(api, employer, {
      ...common,
      title: 'Сварщик на проверке',
    });
    expect(
      (
        await api.request('POST', `/api/vacancies/mine/${pending.id}/submit`, {
          token: employer.token,
        })
      ).status,
    ).toBe(200);
  });

  afterAll(async () => {
    await api.close();
  });

  const search = (query: string, headers: Record<string, string> = {}) =>
    api.request<VacancySearchResult & ProblemDetails>('GET', `/api/public/vacancies?${query}`, { headers });
  const ids = (result: VacancySearchResult) => result.items.map((item) => item.id).sort();
  const sorted = (...vacancies: VacancyView[]) => vacancies.map((vacancy) => vacancy.id).sort();
  const ours = (extra = '') => search(`q=${encodeURIComponent(tok)}&sort=newest${extra}`);

  describe('text', () => {
    it('finds by the Russian occupation name, inflected too, best match first', async () => {
      const response = await search(`q=${encodeURIComponent(`сварщик ${tok}`)}`);
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(2);
      // Relevance is the default with text: the title that is the word itself ranks first.
      expect(response.body.items.map((item) => item.id)).toEqual([a.id, b.id]);
      expect(ids((await search(`q=${encodeURIComponent(`сварщика ${tok}`)}`)).body)).toEqual(sorted(a, b));
    });

    it('finds by the Kyrgyz and the English occupation names', async () => {
      expect(ids((await search(`q=${encodeURIComponent(`ширетүүчү ${tok}`)}`)).body)).toEqual(sorted(a, b));
      expect(ids((await search(`q=${encodeURIComponent(`ашпозчу ${tok}`)}`)).body)).toEqual(sorted(c));
      expect(ids((await search(`q=${encodeURIComponent(`welder ${tok}`)}`)).body)).toEqual(sorted(a, b));
    });

    it('finds a misspelled title through trigrams when the full text finds nothing', async () => {
      const response = await search(`q=${encodeURIComponent('каменшик')}&region=16&occupation=7112&limit=50`);
      expect(response.status).toBe(200);
      expect(response.body.items.map((item) => item.id)).toContain(d.id);
      const welder = await search(`q=${encodeURIComponent('сваршик')}&region=50&minWage=70000&limit=50`);
      expect(welder.body.items.map((item) => item.id)).toContain(b.id);
    });

    it('never returns drafts or vacancies under review', async () => {
      const response = await search(`q=${encodeURIComponent(`сварщик ${tok}`)}&limit=50`);
      expect(response.body.items.map((item) => item.id)).not.toEqual(expect.arrayContaining([draft.id]));
      expect(response.body.items.map((item) => item.id)).not.toContain(pending.id);
      for (const hidden of [draft, pending]) expect((await api.request('GET', `/api/public/vacancies/${hidden.id}`)).status).toBe(404);
    });
  });

  describe('filters and facets', () => {
    it.each([
      ['region=77', () => [a, c]],
      ['occupation=7212', () => [a, b]],
      ['minWage=75000', () => [a, d]],
      ['housing=provided', () => [a, c, d]],
      ['housing=NONE', () => [b]],
      ['housing=PAID', () => [c]],
      ['insurance=true', () => [a, c]],
      ['insurance=false', () => [b, d]],
      ['travelPaid=true', () => [a, d]],
      ['travelPaid=false', () => [b, c]],
      ['minContractMonths=6&maxContractMonths=12', () => [a, b]],
      ['minContractMonths=13', () => [d]],
      ['startMonth=MONTH1', () => [a, c]],
      ['region=77&insurance=true&housing=provided&minWage=90000', () => [a]],
    ])('%s', async (filter, expected) => {
      const response = await ours(`&${filter.replace('MONTH1', month1)}`);
      expect(response.status).toBe(200);
      expect(ids(response.body)).toEqual(sorted(...expected()));
      expect(response.body.total).toBe(expected().length);
    });

    it('counts facets within the current filters, total included', async () => {
      const all = await ours();
      expect(all.body.total).toBe(4);
      expect(all.body.facets).toEqual({
        regions: [
          { value: '77', count: 2 },
          { value: '16', count: 1 },
          { value: '50', count: 1 },
        ],
        occupations: [
          { value: '7212', count: 2 },
          { value: '5120', count: 1 },
          { value: '7112', count: 1 },
        ],
        housing: [
          { value: 'FREE', count: 2 },
          { value: 'NONE', count: 1 },
          { value: 'PAID', count: 1 },
        ],
        insurance: [
          { value: 'false', count: 2 },
          { value: 'true', count: 2 },
        ],
        travelPaid: [
          { value: 'false', count: 2 },
          { value: 'true', count: 2 },
        ],
      });
      const moscow = await ours('&region=77');
      expect(moscow.body.total).toBe(2);
      expect(moscow.body.facets).toEqual({
        regions: [{ value: '77', count: 2 }],
        occupations: [
          { value: '5120', count: 1 },
          { value: '7212', count: 1 },
        ],
        housing: [
          { value: 'FREE', count: 1 },
          { value: 'PAID', count: 1 },
        ],
        insurance: [{ value: 'true', count: 2 }],
        travelPaid: [
          { value: 'false', count: 1 },
          { value: 'true', count: 1 },
        ],
      });
      const none = await ours('&region=01');
      expect(none.body).toEqual({
        items: [],
        nextCursor: null,
        total: 0,
        facets: {
          regions: [],
          occupations: [],
          housing: [],
          insurance: [],
          travelPaid: [],
        },
      });
    });

    it('shows what a migrant decides on, with the employer', async () => {
      const [item] = (await ours('&housing=PAID')).body.items;
      expect(item).toEqual<PublicVacancyView>({
        ...toTermsView(c),
        id: c.id,
        company: {
          id: employer.companyId,
          legalName: `ООО «Поиск ${tok}»`,
          inn: expect.stringMatching(/^\d{10}$/) as unknown as string,
          status: CompanyStatus.Verified,
        },
        remainingPositions: c.positions,
        publishedAt: c.publishedAt!,
      });
    });
  });

  describe('keyset pagination', () => {
    async function walk(query: string): Promise<string[]> {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 10; page++) {
        const response: Awaited<ReturnType<typeof search>> = await search(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(response.status).toBe(200);
        expect(response.body.total).toBe(4);
        seen.push(...response.body.items.map((item) => item.id));
        cursor = response.body.nextCursor;
        if (!cursor) return seen;
      }
      throw new Error('pagination did not end');
    }

    it.each([
      ['newest', `sort=newest&limit=1`, () => [d, c, b, a]],
      ['wage', `sort=wage&limit=3`, () => [a, d, b, c]],
      ['relevance', `sort=relevance&limit=3`, null],
    ] as const)('%s: every row exactly once, in order', async (_sort, query, order) => {
      const seen = await walk(`q=${encodeURIComponent(tok)}&${query}`);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual(sorted(a, b, c, d));
      if (order) expect(seen).toEqual(order().map((vacancy) => vacancy.id));
    });

    it('pages the whole catalogue without text too', async () => {
      const first = await search('limit=2');
      expect(first.status).toBe(200);
      expect(first.body.items.length).toBeLessThanOrEqual(2);
      // Other test files publish vacancies meanwhile, so the total may move between the page and its count:
      // the cursor is what says whether there is a next page.
      if (first.body.nextCursor) {
        const second = await search(`limit=2&cursor=${first.body.nextCursor}`);
        expect(second.status).toBe(200);
        expect(second.body.items.map((item) => item.id)).not.toEqual(expect.arrayContaining(first.body.items.map((item) => item.id)));
      }
    });
  });

  describe('visibility follows the employer', () => {
    it('a suspended company’s vacancies disappear at once, and come back when reinstated', async () => {
      const other = await employerWithCompany(api, CompanyStatus.Verified);
      const vacancy = await publishedVacancy(api, other, attache, {
        town,
        title: 'Сварщик у другого работодателя',
      });
      expect(ids((await ours()).body)).toContain(vacancy.id);
      await dataSource.query(`UPDATE company_country_statuses SET status = 'SUSPENDED' WHERE company_id = $1`, [other.companyId]);
      expect(ids((await ours()).body)).toEqual(sorted(a, b, c, d));
      expect((await api.request('GET', `/api/public/vacancies/${vacancy.id}`)).status).toBe(404);
      await dataSource.query(`UPDATE company_country_statuses SET status = 'VERIFIED' WHERE company_id = $1`, [other.companyId]);
      expect((await api.request('GET', `/api/public/vacancies/${vacancy.id}`)).status).toBe(200);
      await api.request('POST', `/api/vacancies/mine/${vacancy.id}/withdraw`, {
        token: other.token,
      });
      expect(ids((await ours()).body)).toEqual(sorted(a, b, c, d));
    });
  });

  describe('caching', () => {
    it('tags one vacancy by its version: If-None-Match gives 304 until it changes', async () => {
      const first = await api.request<PublicVacancyView>('GET', `/api/public/vacancies/${a.id}`);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await api.request('GET', `/api/public/vacancies/${a.id}`, {
        headers: { 'if-none-match': etag },
      });
      expect(again.status).toBe(304);
      expect(again.body).toBeUndefined();

      const current = await api.request<VacancyView>('GET', `/api/vacancies/mine/${a.id}`, { token: employer.token });
      const edited = await api.request<VacancyView>('PUT', `/api/vacancies/mine/${a.id}`, {
        token: employer.token,
        body: {
          ...toTermsView(current.body),
          positions: current.body.positions + 1,
          version: current.body.version,
        },
      });
      // More places change live (anything else goes back to review).
      expect(edited.body.status).toBe('PUBLISHED');
      const changed = await api.request<PublicVacancyView>('GET', `/api/public/vacancies/${a.id}`, { headers: { 'if-none-match': etag } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      expect(changed.body.positions).toBe(current.body.positions + 1);
    });

    it('tags search results too', async () => {
      const first = await ours();
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\//);
      expect(
        (
          await ours().then(() =>
            search(`q=${encodeURIComponent(tok)}&sort=newest`, {
              'if-none-match': etag,
            }),
          )
        ).status,
      ).toBe(304);
    });

    it('compresses results for slow mobile data, and a compressed answer is still tagged and revalidated', async () => {
      for (const encoding of ['gzip', 'br']) {
        const first = await search(`q=${encodeURIComponent(tok)}&sort=newest`, {
          'accept-encoding': encoding,
        });
        expect(first.status).toBe(200);
        expect(first.headers.get('content-encoding')).toBe(encoding);
        expect(first.headers.get('vary')).toMatch(/accept-encoding/i);
        expect(first.body.items.length).toBeGreaterThan(0);
        const etag = first.headers.get('etag')!;
        expect(etag).toMatch(/^W\//);
        const again = await search(`q=${encodeURIComponent(tok)}&sort=newest`, {
          'accept-encoding': encoding,
          'if-none-match': etag,
        });
        expect(again.status).toBe(304);
      }
      const one = await api.request<PublicVacancyView>('GET', `/api/public/vacancies/${a.id}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(one.status).toBe(200);
      expect(one.body.id).toBe(a.id);
      expect(one.headers.get('etag')).toMatch(/^W\//);
      // Without Accept-Encoding the body goes as it is.
      const plain = await search(`q=${encodeURIComponent(tok)}&sort=newest`, {
        'accept-encoding': 'identity',
      });
      expect(plain.headers.get('content-encoding')).toBeNull();
    });

    it('answers an unknown or malformed id with 404 / 400', async () => {
      expect((await api.request<ProblemDetails>('GET', '/api/public/vacancies/00000000-0000-4000-8000-000000000000')).body.code).toBe(
        'vacancy.notFound',
      );
      expect((await api.request('GET', '/api/public/vacancies/nope')).status).toBe(400);
    });
  });

  describe('bad queries: 400 with field errors', () => {
    const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    it.each([
      ['cursor=not!base64', 'cursor'],
      [`cursor=${Buffer.from('not json').toString('base64url')}`, 'cursor'],
      [`cursor=${cursorOf([1, 2])}`, 'cursor'],
      [`cursor=${cursorOf({ s: 'n', k: '2026-02-30T10:00:00.000000Z', i: '00000000-0000-4000-8000-000000000000' })}`, 'cursor'],
      [`cursor=${cursorOf({ s: 'n', k: '2026-03-01T10:00:00.000000Z', i: 'x' })}`, 'cursor'],
      [`cursor=${cursorOf({ s: 'w', k: 1e20, i: '00000000-0000-4000-8000-000000000000' })}`, 'cursor'],
      [`sort=newest&cursor=${cursorOf({ s: 'w', k: 1000, i: '00000000-0000-4000-8000-000000000000' })}`, 'cursor'],
      [`q=x&cursor=${cursorOf({ s: 'r', o: -5 })}`, 'cursor'],
      [`cursor=${cursorOf({ s: 'n', k: '2026-03-01T10:00:00.000000Z', i: '00000000-0000-4000-8000-000000000000', extra: 1 })}`, 'cursor'],
      ['minWage=-5', 'minWage'],
      ['minWage=100000000000000000000', 'minWage'],
      ['minWage=lots', 'minWage'],
      ['housing=tent', 'housing'],
      ['insurance=maybe', 'insurance'],
      ['travelPaid=1', 'travelPaid'],
      ['startMonth=2026-13', 'startMonth'],
      ['minContractMonths=0', 'minContractMonths'],
      ['maxContractMonths=-99999999999', 'maxContractMonths'],
      ['minContractMonths=10&maxContractMonths=5', 'maxContractMonths'],
      ['limit=51', 'limit'],
      ['limit=0', 'limit'],
      ['sort=random', 'sort'],
      ['region=00', 'region'],
      ['occupation=0000', 'occupation'],
      ['q=%00', 'q'],
      [`q=${'ж'.repeat(201)}`, 'q'],
      ['surprise=1', 'surprise'],
    ])('%s', async (query, field) => {
      const response = await search(query);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('survives text that is only punctuation or stop words', async () => {
      for (const q of ['!!!', 'и', '"', '-', 'OR', '((']) expect((await search(`q=${encodeURIComponent(q)}`)).status).toBe(200);
    });
  });
});
