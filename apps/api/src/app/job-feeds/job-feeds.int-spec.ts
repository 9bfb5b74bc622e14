/**
 * Vacancies where people look, against real PostgreSQL: the open feed (JSON and XML, paged, `updated_since`), the
 * sitemaps and each vacancy's JobPosting list exactly the open vacancies, and a closed one leaves all three.
 */
import { randomBytes } from 'node:crypto';
import type { ProblemDetails, VacancyFeedPage, VacancyView } from '@jumush/contracts';
import { CompanyStatus, Role } from '@jumush/domain';
import { startTestApi, type TestApi } from '../../testing/test-api';
import {
  createVacancy,
  daysFromNow,
  employerWithCompany,
  publishedVacancy,
  staffSession,
  type EmployerSession,
  type Session,
} from '../vacancies/testing/vacancy-factories';
import { JOB_POSTING_REQUIRED_PROPERTIES, type JobPosting } from './job-posting';

describe('job feeds, sitemaps and JobPosting (real PostgreSQL)', () => {
  let api: TestApi;
  let employer: EmployerSession;
  let attache: Session;
  let since: string;
  let welder: VacancyView;
  let cook: VacancyView;
  let draft: VacancyView;
  const tok = randomBytes(4).toString('hex');

  /** Every item of the feed since `since`, page by page, with the pages' sizes. */
  async function wholeFeed(limit: number): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: URLSearchParams = new URLSearchParams({ updated_since: since, limit: String(limit), ...(cursor ? { cursor } : {}) });
      const response: { status: number; body: VacancyFeedPage } = await api.request<VacancyFeedPage>(
        'GET',
        `/api/public/feed/vacancies?${query.toString()}`,
      );
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(limit);
      ids.push(...response.body.items.map((item) => item.id));
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor && pages < 500);
    return { ids, pages };
  }

  /** Every vacancy URL of every sitemap file the index names. */
  async function sitemapUrls(): Promise<string> {
    const index = await api.request<string>('GET', '/api/public/sitemap.xml');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('application/xml');
    const files = [...index.body.matchAll(/<loc>[^<]*\/sitemaps\/([a-z0-9-]+\.xml)<\/loc>/g)].map((match) => match[1]);
    expect(files).toContain('pages.xml');
    expect(files).toContain('vacancies-1.xml');
    let all = '';
    for (const file of files) {
      const answer = await api.request<string>('GET', `/api/public/sitemaps/${file}`);
      expect(answer.status).toBe(200);
      all += answer.body;
    }
    return all;
  }

  beforeAll(async () => {
    api = await startTestApi();
    employer = await employerWithCompany(api, CompanyStatus.Verified, `ООО «Лента ${tok}»`);
    attache = await staffSession(api, Role.Attache, 'KG');
    since = new Date(Date.now() - 1000).toISOString();
    welder = await publishedVacancy(api, employer, attache, {
      title: `Сварщик ${tok}`,
      regionCode: '16',
      town: 'Казань',
      monthlyWageRoubles: 91_000,
      weeklyHours: 40,
      applicationDeadline: daysFromNow(20),
      description: `Сварка металлоконструкций ${tok}`,
    });
    cook = await publishedVacancy(api, employer, attache, { title: `Повар ${tok}`, regionCode: '77', weeklyHours: 30, description: '' });
    draft = await createVacancy(api, employer, { title: `Черновик ${tok}` });
  });

  afterAll(async () => {
    await api.close();
  });

  it('lists the open vacancies with their terms, region, employer and a page in every language; not a draft', async () => {
    const response = await api.request<VacancyFeedPage>('GET', `/api/public/feed/vacancies?updated_since=${encodeURIComponent(since)}&limit=500`);
    expect(response.status).toBe(200);
    expect(response.body.licence.url).toContain('creativecommons.org/licenses/by/4.0');
    const item = response.body.items.find((candidate) => candidate.id === welder.id);
    expect(item).toMatchObject({
      title: `Сварщик ${tok}`,
      region: { code: '16', name: 'Республика Татарстан' },
      town: 'Казань',
      monthlyWageRoubles: 91_000,
      employmentType: ['FULL_TIME', 'TEMPORARY'],
      company: { id: employer.companyId, legalName: `ООО «Лента ${tok}»` },
      applicationDeadline: daysFromNow(20),
    });
    expect(Object.keys(item?.urls ?? {}).sort()).toEqual(['en', 'ky', 'ru', 'tg', 'uz']);
    expect(item?.urls['ky']).toMatch(new RegExp(`/ky/vacancies/${welder.id}$`));
    expect(response.body.items.find((candidate) => candidate.id === cook.id)?.employmentType).toEqual(['PART_TIME', 'TEMPORARY']);
    expect(response.body.items.some((candidate) => candidate.id === draft.id)).toBe(false);
  });

  it('pages by cursor: every vacancy once, in the order of their last change', async () => {
    const { ids, pages } = await wholeFeed(1);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf(welder.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(cook.id)).toBeGreaterThan(ids.indexOf(welder.id));
    // A moment after every change lists nothing.
    const later = await api.request<VacancyFeedPage>(
      'GET',
      `/api/public/feed/vacancies?updated_since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
    );
    expect(later.body.items).toEqual([]);
    expect(later.body.nextCursor).toBeNull();
  });

  it.each([
    ['cursor=not-a-cursor', 'cursor'],
    [`cursor=${Buffer.from(JSON.stringify({ u: 'x', i: 'y' })).toString('base64url')}`, 'cursor'],
    ['updated_since=yesterday', 'updated_since'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
  ])('answers %s with 400 naming the field %s', async (query, field) => {
    const response = await api.request<ProblemDetails>('GET', `/api/public/feed/vacancies?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.field)).toContain(field);
  });

  it('gives the same feed as XML, escaped and well formed enough to name the next page', async () => {
    const response = await api.request<string>('GET', `/api/public/feed/vacancies.xml?updated_since=${encodeURIComponent(since)}&limit=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/xml');
    expect(response.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<vacancies /);
    expect(response.body).toMatch(/<next>[^<]*\/api\/public\/feed\/vacancies\.xml\?updated_since=[^<]*&amp;limit=1&amp;cursor=[^<]+<\/next>/);
    expect(response.body.match(/<vacancy>/g)).toHaveLength(1);
  });

  it('lists each open vacancy in the sitemaps in every language, with its alternates', async () => {
    const urls = await sitemapUrls();
    for (const language of ['ky', 'ru', 'uz', 'tg', 'en']) expect(urls).toContain(`/${language}/vacancies/${welder.id}</loc>`);
    expect(urls).toContain(`hreflang="ky" href="http://localhost:4200/ky/vacancies/${welder.id}"`);
    expect(urls).not.toContain(draft.id);
    const missing = await api.request<ProblemDetails>('GET', '/api/public/sitemaps/vacancies-99999.xml');
    expect(missing.status).toBe(404);
    expect((await api.request<ProblemDetails>('GET', '/api/public/sitemaps/secrets.xml')).status).toBe(404);
  });

  it('describes a vacancy as a schema.org JobPosting with every required property', async () => {
    const response = await api.request<JobPosting>('GET', `/api/public/vacancies/${welder.id}/job-posting?lang=ky`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    for (const property of JOB_POSTING_REQUIRED_PROPERTIES) expect(response.body[property]).toBeTruthy();
    expect(response.body).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: `Сварщик ${tok}`,
      description: `Сварка металлоконструкций ${tok}`,
      validThrough: `${daysFromNow(20)}T23:59:59+03:00`,
      hiringOrganization: { '@type': 'Organization', name: `ООО «Лента ${tok}»` },
      jobLocation: { address: { addressLocality: 'Казань', addressRegion: 'Республика Татарстан', addressCountry: 'RU' } },
      baseSalary: { currency: 'RUB', value: { value: 91_000, unitText: 'MONTH' } },
      url: `http://localhost:4200/ky/vacancies/${welder.id}`,
    });
    // An empty description is made from the terms: the property is required.
    const cookPosting = await api.request<JobPosting>('GET', `/api/public/vacancies/${cook.id}/job-posting`);
    expect(cookPosting.body.description).toContain(`Повар ${tok}`);
    expect((await api.request('GET', `/api/public/vacancies/${draft.id}/job-posting`)).status).toBe(404);
    expect((await api.request<ProblemDetails>('GET', `/api/public/vacancies/${welder.id}/job-posting?lang=fr`)).status).toBe(400);
  });

  it('drops a closed vacancy from the feed, the sitemaps and its JobPosting', async () => {
    const closed = await api.request<VacancyView>('POST', `/api/vacancies/mine/${cook.id}/withdraw`, { token: employer.token });
    expect(closed.status).toBe(200);
    const { ids } = await wholeFeed(500);
    expect(ids).toContain(welder.id);
    expect(ids).not.toContain(cook.id);
    const urls = await sitemapUrls();
    expect(urls).toContain(welder.id);
    expect(urls).not.toContain(cook.id);
    expect((await api.request('GET', `/api/public/vacancies/${cook.id}/job-posting`)).status).toBe(404);
  });
});
