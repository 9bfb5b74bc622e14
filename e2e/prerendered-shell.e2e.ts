/**
 * The prerendered shell of the vacancy search (libs/contracts/src/lib/prerendered-shell.ts): the web server puts the
 * toolbar and the page's heading, in the page's language, into index.html so the text paints before any
 * script has run; the app takes over in the same place. Checked: the rendering itself (language, escaping,
 * preloads), what the running web server sends, and — in Chromium at phone widths — that the shell and the
 * app's own render line up, so nothing moves when one replaces the other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PRERENDERED_ID, prerenderedLanguageOf, renderPrerenderedShell, searchPageChunksFromStats } from '@jumush/contracts/client';
import { BASE_URL, launchBrowser } from './support/browser';

const I18N = join(__dirname, '../apps/web/public/i18n');
const translationsOf = (language: string) =>
  JSON.parse(readFileSync(join(I18N, `${language}.json`), 'utf8')) as { search: { title: string; lead: string }; nav: Record<string, string> };
const INDEX = [
  '<!doctype html>',
  '<html lang="ru" data-beasties-container>',
  '  <head>',
  '    <title>Jumush</title>',
  '  </head>',
  '  <body>',
  '    <jm-root></jm-root>',
  '  <link rel="modulepreload" href="chunk-AAAAAAAA.js"><script src="main-BBBBBBBB.js" type="module"></script></body>',
  '</html>',
].join('\n');

describe('the prerendered shell of the vacancy search', () => {
  describe('rendering', () => {
    const ky = translationsOf('ky');
    const shell = (language: string, translations: object, modulePreloads: string[] = []) =>
      renderPrerenderedShell(INDEX, {
        language,
        translations: translations as Record<string, unknown>,
        languages: ['ky', 'ru', 'uz', 'tg', 'en'],
        modulePreloads,
      });

    it('is made for the search only, in a two-letter language', () => {
      expect(['/ky/vacancies', '/RU/vacancies/', '/en/vacancies'].map(prerenderedLanguageOf)).toEqual(['ky', 'ru', 'en']);
      expect(
        ['/ky', '/ky/vacancies/0b9f5a7e-8a3c-4c7e-9d1e-2f3a4b5c6d7e', '/ky/login', '/vacancies', '/kyr/vacancies'].map(prerenderedLanguageOf),
      ).toEqual([null, null, null, null, null]);
    });

    it('puts the page’s heading and lead, the toolbar and <html lang> in the page’s language, before <jm-root>', () => {
      const html = shell('ky', ky);
      expect(html).toContain('<html lang="ky" data-beasties-container>');
      expect(html).toContain(`<div class="h1" role="heading" aria-level="1">${ky.search.title}</div><p class="lead">${ky.search.lead}</p>`);
      expect(html).toContain(`>${ky.nav['findJob']}</a>`);
      expect(html).toMatch(new RegExp(`<div id="${PRERENDERED_ID}">[\\s\\S]*</div><jm-root></jm-root>`));
      expect(html).toContain('<option value="ky" lang="ky" selected>');
      expect(shell('uz', translationsOf('uz'))).toContain('<html lang="uz-Latn"');
      // Until styles.css has arrived, the app's visually hidden labels must stay hidden (no shift when it comes).
      expect(html).toMatch(/<style>[^<]*\.visually-hidden\{position:absolute!important;/);
    });

    it('preloads the language’s translations and the page’s code, after the build’s own modulepreloads', () => {
      const html = shell('ru', translationsOf('ru'), ['chunk-CCCCCCCC.js', 'chunk-DDDDDDDD.js']);
      expect(html).toMatch(/<head>[^]*<link rel="preload" as="fetch" crossorigin href="\/i18n\/ru.json">[^]*<\/head>/);
      expect(html).toContain(
        '<link rel="modulepreload" href="chunk-AAAAAAAA.js"><link rel="modulepreload" href="chunk-CCCCCCCC.js"><link rel="modulepreload" href="chunk-DDDDDDDD.js"><script src="main-BBBBBBBB.js" type="module"></script></body>',
      );
    });

    it('escapes the translations (markup and replacement patterns are text)', () => {
      const html = shell('en', {
        app: { name: 'Jumush' },
        search: { title: '<img src=x onerror=alert(1)> & "co"', lead: 'Save $& and $1' },
        titles: { vacancies: '</title><script>' },
      });
      expect(html).toContain('aria-level="1">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;</div>');
      expect(html).toContain('<p class="lead">Save $&amp; and $1</p>');
      expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt; · Jumush</title>');
      expect(html).not.toContain('<img');
    });

    it('leaves a document without an empty <jm-root> alone', () => {
      expect(renderPrerenderedShell('<html lang="ru"><body><p>x</p></body></html>', { language: 'ky', translations: ky, languages: ['ky'] })).toBe(
        '<html lang="ru"><body><p>x</p></body></html>',
      );
    });

    it('finds the page’s lazy chunks in stats.json, leaving out what index.html loads already', () => {
      const stats = {
        outputs: {
          'main-B.js': {
            entryPoint: 'apps/web/src/main.ts',
            imports: [
              { path: 'chunk-SHARED.js', kind: 'import-statement' },
              { path: 'chunk-PAGE.js', kind: 'dynamic-import' },
            ],
          },
          'chunk-SHARED.js': { imports: [] },
          'chunk-PAGE.js': {
            entryPoint: 'apps/web/src/app/pages/vacancy-search/vacancy-search.ts',
            imports: [
              { path: 'chunk-SHARED.js', kind: 'import-statement' },
              { path: 'chunk-CARD.js', kind: 'import-statement' },
              { path: 'chunk-LATER.js', kind: 'dynamic-import' },
            ],
          },
          'chunk-CARD.js': { imports: [] },
          'chunk-LATER.js': { imports: [] },
        },
      };
      expect(searchPageChunksFromStats(stats, '<script src="main-B.js" type="module"></script>').sort()).toEqual(['chunk-CARD.js', 'chunk-PAGE.js']);
    });
  });

  describe('from the web server', () => {
    beforeAll(() => {
      if (!BASE_URL) throw new Error('E2E_BASE_URL is not set: run the browser tests through `npm test`.');
    });

    it('sends /ky/vacancies with the shell, and preloads that exist', async () => {
      const html = await (await fetch(`${BASE_URL}/ky/vacancies`)).text();
      const ky = translationsOf('ky');
      expect(html).toContain('<html lang="ky"');
      expect(html).toContain(`aria-level="1">${ky.search.title}</div>`);
      expect(html).toContain('href="/i18n/ky.json"');
      const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]);
      expect(preloads.length).toBeGreaterThan(7);
      for (const file of preloads) expect([file, (await fetch(`${BASE_URL}/${file}`)).status]).toEqual([file, 200]);
    });

    it('keeps /index.html as built (the service worker checks its hash) and other pages without a shell', async () => {
      const built = readFileSync(join(__dirname, '../dist/apps/web/browser/index.html'), 'utf8');
      expect(await (await fetch(`${BASE_URL}/index.html`)).text()).toBe(built);
      expect(await (await fetch(`${BASE_URL}/ky/login`)).text()).toBe(built);
    });
  });

  describe('in the browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    const PARTS = [
      '.brand',
      '.language-switcher',
      '.main-nav a:nth-child(1)',
      '.main-nav a:nth-child(2)',
      '.account-nav > :nth-child(1)',
      '.account-nav > :nth-child(2)',
      ':is([aria-level="1"], h1)',
      '.lead',
    ];

    async function boxes(page: Page, scope: string): Promise<string[]> {
      return page.evaluate(
        ({ scope, parts }) =>
          parts.map((part) => {
            const box = document.querySelector(`${scope} ${part}`)?.getBoundingClientRect();
            return box ? `${part} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}` : `${part} missing`;
          }),
        { scope, parts: PARTS },
      );
    }

    it.each([
      ['ky', 360],
      ['ru', 412],
      ['uz', 360],
      ['en', 1024],
    ])('lays the shell out as the app does (%s, %i px): the app replaces it without a shift', async (language, width) => {
      const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${language}/vacancies`);
      const shell = await boxes(page, `#${PRERENDERED_ID}`);
      expect(await page.locator('jm-root').isVisible()).toBe(false);
      await context.close();

      const live = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height: 800 } });
      const app = await live.newPage();
      await app.goto(`/${language}/vacancies`);
      await app.locator('jm-vacancy-search h1').waitFor();
      await app.locator(`#${PRERENDERED_ID}`).waitFor({ state: 'detached' });
      expect(await boxes(app, 'jm-root')).toEqual(shell);
      await live.close();
    });
  });
});
