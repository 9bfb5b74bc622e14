/**
 * Journey: a vacancy where people look. The demo employer's new vacancy, once published, is in the open feed (JSON
 * and XML) and the sitemap; its page, as a crawler fetches it, carries a schema.org JobPosting with every required
 * property; a person following the sitemap's Kyrgyz link lands on the vacancy in Kyrgyz. Closed, it leaves the feed,
 * the sitemap and the structured data.
 */
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { apiLogin, publishedVacancy } from './support/api';
import { BASE_URL, DEMO_PASSWORD, launchBrowser, newPhoneContext, screenshot } from './support/browser';

const REQUIRED = ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'] as const;

async function text(path: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(`${BASE_URL}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

/** The JSON-LD blocks of a page as served (what a crawler reads before any script runs). */
function jsonLdOf(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]) as Record<string, unknown>,
  );
}

/** Every vacancy address in the sitemaps, from /sitemap.xml down. */
async function sitemapLocations(): Promise<string[]> {
  const index = await text('/sitemap.xml');
  expect(index.status).toBe(200);
  const files = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  expect(files).toContain('/sitemaps/pages.xml');
  const locations: string[] = [];
  for (const file of files) {
    const sitemap = await text(file);
    expect(sitemap.status).toBe(200);
    locations.push(...[...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
  }
  return locations;
}

describe('vacancies where people look', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('lists a published vacancy in the feed and sitemap with its JobPosting, and drops it once closed', async () => {
    const employer = await apiLogin('employer@demo.jumush.kg', DEMO_PASSWORD);
    const attache = await apiLogin('attache@demo.jumush.kg', DEMO_PASSWORD);
    const since = new Date(Date.now() - 1000).toISOString();
    const title = `Монтажник фасадов ${randomBytes(3).toString('hex')}`;
    const vacancyId = await publishedVacancy(employer, attache, title);

    // The open feed, JSON and XML.
    const feed = JSON.parse((await text(`/api/public/feed/vacancies?updated_since=${encodeURIComponent(since)}&limit=500`)).body) as {
      items: Array<{ id: string; title: string; urls: Record<string, string> }>;
    };
    const item = feed.items.find((candidate) => candidate.id === vacancyId);
    expect(item?.title).toBe(title);
    const xml = await text(`/api/public/feed/vacancies.xml?updated_since=${encodeURIComponent(since)}&limit=500`);
    expect(xml.type).toContain('application/xml');
    expect(xml.body).toContain(`<id>${vacancyId}</id>`);

    // The page as a crawler fetches it: one JobPosting with every required property.
    const served = await text(`/ky/vacancies/${vacancyId}`);
    expect(served.status).toBe(200);
    const [posting, ...others] = jsonLdOf(served.body);
    expect(others).toEqual([]);
    expect(posting?.['@type']).toBe('JobPosting');
    for (const property of REQUIRED) expect(posting?.[property]).toBeTruthy();
    expect(posting?.['title']).toBe(title);
    expect(posting?.['baseSalary']).toMatchObject({ currency: 'RUB', value: { unitText: 'MONTH' } });
    expect(posting?.['url']).toMatch(new RegExp(`/ky/vacancies/${vacancyId}$`));

    // robots.txt names the sitemap; the sitemap names the page in every language; the Kyrgyz link lands.
    const robots = await text('/robots.txt');
    expect(robots.body).toMatch(/^Sitemap: http:\/\/[^/]+\/sitemap\.xml$/m);
    const locations = await sitemapLocations();
    const kyrgyz = locations.find((location) => location.endsWith(`/ky/vacancies/${vacancyId}`));
    expect(kyrgyz).toBeDefined();
    for (const language of ['ru', 'uz', 'tg', 'en'])
      expect(locations.some((location) => location.endsWith(`/${language}/vacancies/${vacancyId}`))).toBe(true);

    const context = await newPhoneContext(browser, 'ky-KG');
    const page = await context.newPage();
    try {
      await page.goto(new URL(kyrgyz ?? '').pathname);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('ky');
      // The structured data stays in the document once the app runs.
      expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
      await screenshot(page, 'job-posting-ky');
    } finally {
      await context.close();
    }

    // Closed: out of the feed, the sitemap and the page's structured data.
    const response = await fetch(`${process.env['E2E_API_URL'] ?? ''}/api/vacancies/mine/${vacancyId}/withdraw`, {
      method: 'POST',
      headers: { authorization: `Bearer ${employer}`, 'content-type': 'application/json', 'x-forwarded-for': '10.78.0.1' },
    });
    expect(response.status).toBe(200);
    const after = JSON.parse((await text(`/api/public/feed/vacancies?updated_since=${encodeURIComponent(since)}&limit=500`)).body) as {
      items: Array<{ id: string }>;
    };
    expect(after.items.some((candidate) => candidate.id === vacancyId)).toBe(false);
    expect((await sitemapLocations()).some((location) => location.includes(vacancyId))).toBe(false);
    expect(jsonLdOf((await text(`/ky/vacancies/${vacancyId}`)).body)).toEqual([]);
  });
});
