import { HousingOption } from './vacancy-terms';
import {
  escapeHtml,
  formatRoubles,
  renderPageMeta,
  renderJsonLd,
  jsonForScript,
  renderVacancyPage,
  vacancyPageMeta,
  type OpenGraphVacancy,
} from './open-graph';

const INDEX = `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <title>Jumush</title>
    <base href="/" />
  </head>
  <body>
    <jm-root></jm-root>
  </body>
</html>
`;

const vacancy: OpenGraphVacancy = {
  id: '0b6f0c2e-7d6a-4d0e-9c55-2f1f1f1f1f1f',
  title: 'Сварщик на стройку',
  town: 'Казань',
  monthlyWageRoubles: 95_000,
  housing: HousingOption.Free,
  housingCostRoubles: null,
  insurance: true,
};
const URL = 'https://jumush.kg/ru/vacancies/0b6f0c2e-7d6a-4d0e-9c55-2f1f1f1f1f1f';

/** The content of a meta tag, unescaped enough for assertions. */
function meta(html: string, attribute: string): string | undefined {
  return new RegExp(`<meta ${attribute} content="([^"]*)"`).exec(html)?.[1];
}

describe('vacancy link previews', () => {
  it('formats roubles the same way everywhere', () => {
    expect(formatRoubles(95_000, 'ru')).toBe('95\u00a0000');
    expect(formatRoubles(1_250_000, 'ky')).toBe('1\u00a0250\u00a0000');
    expect(formatRoubles(95_000, 'en')).toBe('95,000');
    expect(formatRoubles(950, 'en')).toBe('950');
  });

  it('says title — town, then wage, housing and insurance in the reader’s language', () => {
    expect(vacancyPageMeta(vacancy, 'ru', URL)).toEqual({
      title: 'Сварщик на стройку — Казань',
      description: '95\u00a0000 ₽ в месяц · Жильё: бесплатно · ДМС: есть',
      url: URL,
      language: 'ru',
    });
    expect(vacancyPageMeta(vacancy, 'ky', URL).description).toBe('Айлык: 95\u00a0000 рубль · Турак жай: акысыз · Медициналык камсыздандыруу: бар');
    expect(vacancyPageMeta({ ...vacancy, housing: HousingOption.Paid, housingCostRoubles: 6_000, insurance: false }, 'en', URL).description).toBe(
      '95,000 roubles a month · Housing: 6,000 roubles a month · Health insurance: no',
    );
    expect(vacancyPageMeta({ ...vacancy, housing: HousingOption.None }, 'ru', URL).description).toContain('Жильё: не предоставляется');
    expect(vacancyPageMeta({ ...vacancy, housing: HousingOption.Paid, housingCostRoubles: 6_000 }, 'ky', URL).description).toContain(
      'айына 6\u00a0000 рубль',
    );
    expect(vacancyPageMeta(vacancy, 'uz', URL).description).toBe('Oylik: 95\u00a0000 rubl · Turar joy: bepul · Tibbiy sugʻurta: bor');
    expect(vacancyPageMeta({ ...vacancy, housing: HousingOption.Paid, housingCostRoubles: 6_000, insurance: false }, 'tg', URL).description).toBe(
      'Музди моҳона: 95\u00a0000 рубл · Манзил: пулакӣ, 6\u00a0000 рубл дар як моҳ · Суғуртаи тиббӣ: нест',
    );
  });

  it('previews Uzbek and Tajik pages with their own locale and page language', () => {
    const uzbek = renderVacancyPage(INDEX, vacancy, 'uz', URL.replace('/ru/', '/uz/'));
    expect(meta(uzbek, 'property="og:locale"')).toBe('uz_UZ');
    expect(uzbek).toContain('<html lang="uz-Latn">');
    const tajik = renderVacancyPage(INDEX, vacancy, 'tg', URL.replace('/ru/', '/tg/'));
    expect(meta(tajik, 'property="og:locale"')).toBe('tg_TJ');
    expect(tajik).toContain('<html lang="tg">');
  });

  it('puts the tags into <head>, sets the title and the page language, keeps the rest', () => {
    const html = renderVacancyPage(INDEX, vacancy, 'ky', URL.replace('/ru/', '/ky/'));
    const head = html.slice(0, html.indexOf('</head>'));
    expect(meta(head, 'property="og:title"')).toBe('Сварщик на стройку — Казань');
    expect(meta(head, 'property="og:type"')).toBe('website');
    expect(meta(head, 'property="og:url"')).toBe('https://jumush.kg/ky/vacancies/0b6f0c2e-7d6a-4d0e-9c55-2f1f1f1f1f1f');
    expect(meta(head, 'property="og:locale"')).toBe('ky_KG');
    expect(meta(head, 'name="description"')).toBe(meta(head, 'property="og:description"'));
    expect(head).toContain('<link rel="canonical" href="https://jumush.kg/ky/vacancies/0b6f0c2e-7d6a-4d0e-9c55-2f1f1f1f1f1f" />');
    expect(head).toContain('<title>Сварщик на стройку — Казань · Jumush</title>');
    expect(html).toContain('<html lang="ky">');
    expect(html).toContain('<base href="/" />');
    expect(html.slice(html.indexOf('</head>'))).toBe(INDEX.slice(INDEX.indexOf('</head>')));
  });

  it('escapes everything that comes from the employer or the URL', () => {
    const hostile = { ...vacancy, title: '"><script>alert(1)</script>', town: "O'Brien & Sons <b>" };
    const html = renderVacancyPage(INDEX, hostile, 'en', 'https://x/"onload="alert(1)');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"onload="');
    expect(meta(html, 'property="og:title"')).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; — O&#39;Brien &amp; Sons &lt;b&gt;');
    expect(html).toContain('<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; — O&#39;Brien &amp; Sons &lt;b&gt; · Jumush</title>');
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('replaces earlier tags instead of duplicating them, and leaves a document without </head> alone', () => {
    const once = renderVacancyPage(INDEX, vacancy, 'ru', URL);
    const twice = renderVacancyPage(once, { ...vacancy, title: 'Повар' }, 'ru', URL);
    expect(twice.match(/property="og:title"/g)).toHaveLength(1);
    expect(twice.match(/name="description"/g)).toHaveLength(1);
    expect(twice.match(/rel="canonical"/g)).toHaveLength(1);
    expect(meta(twice, 'property="og:title"')).toBe('Повар — Казань');
    expect(renderPageMeta('<p>no head</p>', vacancyPageMeta(vacancy, 'ru', URL))).toBe('<p>no head</p>');
  });

  it('carries the JobPosting as a JSON-LD data block that no text from the employer can end or bend', () => {
    const posting = { '@type': 'JobPosting', title: '</script><script>alert(1)</script>', description: 'a\u2028b <!-- c' };
    const html = renderVacancyPage(INDEX, vacancy, 'ru', URL, posting);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(html.indexOf('application/ld+json')).toBeLessThan(html.indexOf('</head>'));
    expect(blocks[0][1]).not.toContain('<');
    expect(JSON.parse(blocks[0][1])).toEqual(posting);
    expect(jsonForScript('\u2029')).toBe('"\\u2029"');
    // Rendering again keeps one block, the newer one; without a posting there is none.
    const again = renderJsonLd(html, { '@type': 'JobPosting', title: 'Повар' });
    expect(again.match(/application\/ld\+json/g)).toHaveLength(1);
    expect(again).toContain('"title":"Повар"');
    expect(renderVacancyPage(INDEX, vacancy, 'ru', URL)).not.toContain('application/ld+json');
    expect(renderVacancyPage(INDEX, vacancy, 'ru', URL, null)).not.toContain('application/ld+json');
  });
});
