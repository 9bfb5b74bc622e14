/**
 * The documents of the job feeds: a feed item from a public vacancy, the feed as XML, and the sitemaps (an index and
 * its files, https://www.sitemaps.org/protocol.html). Pure string work; the repository reads, the service assembles.
 */
import type { FeedVacancy, PublicVacancyView, VacancyFeedPage } from '@jumush/contracts';
import { SUPPORTED_LOCALES } from '@jumush/domain';
import { ProblemException } from '../http/problem';
import { employmentTypesOf } from './job-posting';

/** URLs in one sitemap file: the protocol allows 50,000; a vacancy has one per language. */
export const SITEMAP_VACANCIES_PER_FILE = 5_000;

/** Public pages that are not vacancies, per language. */
export const SITEMAP_PAGES = ['', '/vacancies', '/transparency'] as const;

export interface FeedCursor {
  /** The last item's updated_at with microseconds, as PostgreSQL wrote it (UTC, ISO). */
  updatedAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MICRO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeFeedCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify({ u: cursor.updatedAt, i: cursor.id })).toString('base64url');
}

function invalidFeedCursor(): ProblemException {
  return new ProblemException(400, {
    code: 'validation.failed',
    detail: 'The request has invalid fields.',
    errors: [{ field: 'cursor', code: 'search.invalidCursor', message: 'Not a cursor this feed gave.' }],
  });
}

/** The cursor a page gave, or a 400 on `cursor` for anything else. */
export function decodeFeedCursor(raw: string): FeedCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalidFeedCursor();
  }
  const { u, i } = (parsed ?? {}) as { u?: unknown; i?: unknown };
  if (typeof u !== 'string' || !MICRO_TIMESTAMP.test(u) || typeof i !== 'string' || !UUID.test(i)) throw invalidFeedCursor();
  return { updatedAt: u, id: i };
}

/** The vacancy's page in each language, under the public web address. */
export function vacancyUrls(publicWebUrl: string, id: string): Record<string, string> {
  const origin = publicWebUrl.replace(/\/+$/, '');
  return Object.fromEntries(SUPPORTED_LOCALES.map((language) => [language, `${origin}/${language}/vacancies/${id}`]));
}

export function feedVacancyOf(vacancy: PublicVacancyView, regionName: string, updatedAt: string, publicWebUrl: string): FeedVacancy {
  return {
    id: vacancy.id,
    title: vacancy.title,
    description: vacancy.description,
    occupationCode: vacancy.occupationCode,
    region: { code: vacancy.regionCode, name: regionName },
    town: vacancy.town,
    monthlyWageRoubles: vacancy.monthlyWageRoubles,
    weeklyHours: vacancy.weeklyHours,
    employmentType: employmentTypesOf(vacancy.weeklyHours),
    contractMonths: vacancy.contractMonths,
    housing: vacancy.housing,
    housingCostRoubles: vacancy.housingCostRoubles,
    travelPaid: vacancy.travelPaid,
    insurance: vacancy.insurance,
    positionsOpen: vacancy.remainingPositions,
    startDate: vacancy.startDate,
    applicationDeadline: vacancy.applicationDeadline,
    company: { id: vacancy.company.id, legalName: vacancy.company.legalName, inn: vacancy.company.inn },
    publishedAt: vacancy.publishedAt,
    updatedAt,
    urls: vacancyUrls(publicWebUrl, vacancy.id),
  };
}

/** Text for XML: the five predefined entities, and no character XML 1.0 forbids (control characters are dropped). */
export function xmlText(value: string | number | boolean): string {
  return (
    String(value)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char)
  );
}

const element = (name: string, value: string | number | boolean | null, indent: string) =>
  value === null ? '' : `${indent}<${name}>${xmlText(value)}</${name}>\n`;

/** The feed page as XML: the same fields as the JSON, one <vacancy> each; the next page's address in <next>. */
export function feedXml(page: VacancyFeedPage, nextUrl: string | null): string {
  const items = page.items
    .map((item) => {
      const fields = [
        element('id', item.id, '    '),
        element('title', item.title, '    '),
        element('description', item.description, '    '),
        element('occupationCode', item.occupationCode, '    '),
        `    <region code="${xmlText(item.region.code)}">${xmlText(item.region.name)}</region>\n`,
        element('town', item.town, '    '),
        `    <salary currency="RUB" period="month">${item.monthlyWageRoubles}</salary>\n`,
        element('weeklyHours', item.weeklyHours, '    '),
        ...item.employmentType.map((type) => element('employmentType', type, '    ')),
        element('contractMonths', item.contractMonths, '    '),
        `    <housing${item.housingCostRoubles === null ? '' : ` costRoubles="${item.housingCostRoubles}"`}>${xmlText(item.housing)}</housing>\n`,
        element('travelPaid', item.travelPaid, '    '),
        element('insurance', item.insurance, '    '),
        element('positionsOpen', item.positionsOpen, '    '),
        element('startDate', item.startDate, '    '),
        element('applicationDeadline', item.applicationDeadline, '    '),
        `    <company id="${xmlText(item.company.id)}" inn="${xmlText(item.company.inn)}">${xmlText(item.company.legalName)}</company>\n`,
        element('publishedAt', item.publishedAt, '    '),
        element('updatedAt', item.updatedAt, '    '),
        ...Object.entries(item.urls).map(([language, url]) => `    <url lang="${xmlText(language)}">${xmlText(url)}</url>\n`),
      ];
      return `  <vacancy>\n${fields.join('')}  </vacancy>\n`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<vacancies generatedAt="${xmlText(page.generatedAt)}" licence="${xmlText(page.licence.url)}">\n` +
    (nextUrl ? `  <next>${xmlText(nextUrl)}</next>\n` : '') +
    items +
    `</vacancies>\n`
  );
}

/** The sitemap index: the pages' file and one file per SITEMAP_VACANCIES_PER_FILE open vacancies. */
export function sitemapIndexXml(publicWebUrl: string, openVacancies: number): string {
  const origin = publicWebUrl.replace(/\/+$/, '');
  const files = Math.max(1, Math.ceil(openVacancies / SITEMAP_VACANCIES_PER_FILE));
  const entries = [`${origin}/sitemaps/pages.xml`, ...Array.from({ length: files }, (_, index) => `${origin}/sitemaps/vacancies-${index + 1}.xml`)];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    entries.map((url) => `  <sitemap><loc>${xmlText(url)}</loc></sitemap>\n`).join('') +
    `</sitemapindex>\n`
  );
}

/** One <url> per language of each path, each naming its other languages (hreflang alternates). */
export function sitemapUrlsetXml(publicWebUrl: string, paths: ReadonlyArray<{ path: string; lastModified?: string }>): string {
  const origin = publicWebUrl.replace(/\/+$/, '');
  const urls = paths.flatMap(({ path, lastModified }) => {
    const alternates = SUPPORTED_LOCALES.map(
      (language) => `    <xhtml:link rel="alternate" hreflang="${language}" href="${xmlText(`${origin}/${language}${path}`)}"/>\n`,
    ).join('');
    return SUPPORTED_LOCALES.map(
      (language) =>
        `  <url>\n    <loc>${xmlText(`${origin}/${language}${path}`)}</loc>\n` +
        (lastModified ? `    <lastmod>${xmlText(lastModified)}</lastmod>\n` : '') +
        alternates +
        `  </url>\n`,
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    urls.join('') +
    `</urlset>\n`
  );
}
