import 'reflect-metadata';
import { OPEN_DATA_LICENCE, type FeedVacancy } from '@jumush/contracts';
import { ProblemException } from '../http/problem';
import { decodeFeedCursor, encodeFeedCursor, feedXml, sitemapIndexXml, sitemapUrlsetXml, vacancyUrls, xmlText } from './feed-documents';

const ID = '0b9f5a7e-8a3c-4c7e-9d1e-2f3a4b5c6d7e';

describe('feed cursors', () => {
  it('round-trip the key of the last item', () => {
    const cursor = { updatedAt: '2026-12-02T10:11:12.123456Z', id: ID };
    expect(decodeFeedCursor(encodeFeedCursor(cursor))).toEqual(cursor);
  });

  it.each([
    'not base64 json!',
    Buffer.from('[]').toString('base64url'),
    Buffer.from(JSON.stringify({ u: '2026-12-02T10:11:12Z', i: ID })).toString('base64url'),
    Buffer.from(JSON.stringify({ u: '2026-12-02T10:11:12.123456Z', i: 'x' })).toString('base64url'),
  ])('refuse %s with a 400 on the cursor field', (raw) => {
    let thrown: unknown;
    try {
      decodeFeedCursor(raw);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    expect((thrown as ProblemException).getStatus()).toBe(400);
    expect((thrown as ProblemException).init.errors?.map((error) => error.field)).toEqual(['cursor']);
  });
});

describe('xmlText', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(xmlText(`a & b <c> "d" 'e'\u0001\u0008`)).toBe('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;');
    expect(xmlText('line\nnext\ttab')).toBe('line\nnext\ttab');
  });
});

describe('feedXml', () => {
  const item: FeedVacancy = {
    id: ID,
    title: 'Сварщик & монтажник <срочно>',
    description: 'Текст',
    occupationCode: '7212',
    region: { code: '16', name: 'Республика Татарстан' },
    town: 'Казань',
    monthlyWageRoubles: 95_000,
    weeklyHours: 40,
    employmentType: ['FULL_TIME', 'TEMPORARY'],
    contractMonths: 12,
    housing: 'PAID',
    housingCostRoubles: 5_000,
    travelPaid: true,
    insurance: false,
    positionsOpen: 3,
    startDate: '2027-02-01',
    applicationDeadline: '2027-01-31',
    company: { id: 'c1', legalName: 'ООО «А&Б»', inn: '7707083893' },
    publishedAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    urls: vacancyUrls('https://jumush.example/', ID),
  };

  it('writes every field, escaped, and the next page', () => {
    const xml = feedXml(
      { items: [item], nextCursor: 'abc', generatedAt: '2026-12-02T00:00:00.000Z', licence: OPEN_DATA_LICENCE },
      'https://x/feed?a=1&cursor=abc',
    );
    expect(xml).toContain('<title>Сварщик &amp; монтажник &lt;срочно&gt;</title>');
    expect(xml).toContain('<salary currency="RUB" period="month">95000</salary>');
    expect(xml).toContain('<housing costRoubles="5000">PAID</housing>');
    expect(xml).toContain('<company id="c1" inn="7707083893">ООО «А&amp;Б»</company>');
    expect(xml).toContain(`<url lang="ky">https://jumush.example/ky/vacancies/${ID}</url>`);
    expect(xml).toContain('<next>https://x/feed?a=1&amp;cursor=abc</next>');
    expect(xml.match(/<employmentType>/g)).toHaveLength(2);
  });

  it('has no <next> on the last page', () => {
    expect(feedXml({ items: [], nextCursor: null, generatedAt: 'g', licence: OPEN_DATA_LICENCE }, null)).not.toContain('<next>');
  });
});

describe('sitemaps', () => {
  it('index the pages and one file per 5,000 open vacancies (at least one)', () => {
    expect(sitemapIndexXml('https://j.example/', 0).match(/<sitemap>/g)).toHaveLength(2);
    expect(sitemapIndexXml('https://j.example', 5_000).match(/<sitemap>/g)).toHaveLength(2);
    const index = sitemapIndexXml('https://j.example', 5_001);
    expect(index.match(/<sitemap>/g)).toHaveLength(3);
    expect(index).toContain('<loc>https://j.example/sitemaps/vacancies-2.xml</loc>');
  });

  it('list a path in every language, each naming all five alternates', () => {
    const xml = sitemapUrlsetXml('https://j.example', [{ path: `/vacancies/${ID}`, lastModified: '2026-12-01' }]);
    expect(xml.match(/<url>/g)).toHaveLength(5);
    expect(xml.match(/hreflang=/g)).toHaveLength(25);
    expect(xml).toContain(`<loc>https://j.example/tg/vacancies/${ID}</loc>\n    <lastmod>2026-12-01</lastmod>`);
  });
});
