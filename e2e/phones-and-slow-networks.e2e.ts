/**
 * What a cheap phone on patchy mobile data downloads, checked on the very build the journeys run against
 * (the e2e tier builds first, so dist/ is always fresh here and this never passes on a missing build):
 *  - the initial JavaScript of the vacancy search and the vacancy page, gzip-compressed, stays within 200 KB;
 *  - the web server compresses, caches hashed files for a year, revalidates the rest, serves the service worker;
 *  - the API compresses vacancy answers and revalidates them by ETag.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const WEB_DIST = join(__dirname, '../dist/apps/web');
const BROWSER = join(WEB_DIST, 'browser');
const BASE_URL = process.env['E2E_BASE_URL'] ?? '';
const INITIAL_JS_BUDGET_BYTES = 200 * 1024;
const ROUTES = {
  'vacancy search': 'apps/web/src/app/pages/vacancy-search/vacancy-search.ts',
  'vacancy page': 'apps/web/src/app/pages/vacancy/vacancy-page.ts',
} as const;

/** The part of esbuild's metafile (Angular's stats.json) this check reads. */
interface Stats {
  outputs: Record<string, { entryPoint?: string; imports: Array<{ path: string; kind: string }> }>;
}

function readBuild(): { stats: Stats; indexHtml: string } {
  const statsFile = join(WEB_DIST, 'stats.json');
  const indexFile = join(BROWSER, 'index.html');
  if (!existsSync(statsFile) || !existsSync(indexFile))
    throw new Error(`${statsFile} or ${indexFile} is missing: the e2e tier builds the web app (production, statsJson) before this runs`);
  return { stats: JSON.parse(readFileSync(statsFile, 'utf8')) as Stats, indexHtml: readFileSync(indexFile, 'utf8') };
}

/** A file and everything it imports statically: what the browser must fetch before the code runs. */
function staticClosure(stats: Stats, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of stats.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && stats.outputs[imported.path]) queue.push(imported.path);
    }
  }
  return seen;
}

const gzipped = (file: string) => gzipSync(readFileSync(join(BROWSER, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('a cheap phone on slow mobile data', () => {
  describe('initial JavaScript (from the build’s stats.json)', () => {
    const { stats, indexHtml } = readBuild();
    const fromIndex = [...indexHtml.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
      (match) => match[1] ?? match[2],
    );
    const shell = staticClosure(stats, fromIndex);

    it('finds the app’s entry and both routes in the build', () => {
      expect(fromIndex.some((file) => stats.outputs[file]?.entryPoint === 'apps/web/src/main.ts')).toBe(true);
      for (const source of Object.values(ROUTES)) expect(Object.values(stats.outputs).some((output) => output.entryPoint === source)).toBe(true);
    });

    it.each(Object.entries(ROUTES))('keeps the %s within 200 KB gzip, its lazy chunks included', (route, source) => {
      const routeChunk = Object.entries(stats.outputs).find(([, output]) => output.entryPoint === source)?.[0] as string;
      const files = [...new Set([...shell, ...staticClosure(stats, [routeChunk])])].filter((file) => file.endsWith('.js'));
      const sizes = files.map((file) => [file, gzipped(file)] as const).sort((a, b) => b[1] - a[1]);
      const total = sizes.reduce((sum, [, size]) => sum + size, 0);
      console.log(
        `${route}: ${files.length} files, ${kb(total)} gzip (budget ${kb(INITIAL_JS_BUDGET_BYTES)}); largest: ${sizes
          .slice(0, 4)
          .map(([file, size]) => `${file} ${kb(size)}`)
          .join(', ')}`,
      );
      // The route's own chunk is lazy: it must not be in the shell every other page pays for.
      expect(shell.has(routeChunk)).toBe(false);
      expect(total).toBeGreaterThan(50 * 1024);
      expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    });

    it('loads every page lazily: no page component in the initial files', () => {
      const pagesInShell = [...shell].filter((file) => stats.outputs[file]?.entryPoint?.includes('/pages/'));
      expect(pagesInShell).toEqual([]);
      const pageChunks = Object.values(stats.outputs).filter((output) => output.entryPoint?.includes('/app/pages/'));
      expect(pageChunks.length).toBeGreaterThanOrEqual(20);
    });
  });

  describe('delivery by the web server and the API', () => {
    const { indexHtml } = readBuild();
    const mainScript = /<script[^>]+src="(main-[A-Z0-9]+\.js)"/.exec(indexHtml)?.[1] as string;

    beforeAll(() => {
      if (!BASE_URL) throw new Error('E2E_BASE_URL is not set: run the browser tests through `npm test`.');
    });

    it('compresses and caches hashed files for a year', async () => {
      for (const encoding of ['br', 'gzip']) {
        const response = await fetch(`${BASE_URL}/${mainScript}`, { headers: { 'accept-encoding': encoding } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-encoding')).toBe(encoding);
        expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(response.headers.get('content-type')).toMatch(/javascript/);
      }
    });

    it.each(['/index.html', '/ky/vacancies', '/ngsw.json', '/ngsw-worker.js', '/manifest.webmanifest', '/i18n/ky.json'])(
      'makes the phone revalidate %s (no-cache, ETag, 304)',
      async (path) => {
        const first = await fetch(`${BASE_URL}${path}`, { headers: { 'accept-encoding': 'gzip' } });
        expect(first.status).toBe(200);
        expect(first.headers.get('cache-control')).toBe('no-cache');
        const etag = first.headers.get('etag') as string;
        expect(etag).toMatch(/^W\/".+"$/);
        const again = await fetch(`${BASE_URL}${path}`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
        expect(again.status).toBe(304);
      },
    );

    it('serves the service worker, its manifest and the web manifest with their types', async () => {
      const worker = await fetch(`${BASE_URL}/ngsw-worker.js`);
      expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
      const ngsw = (await (await fetch(`${BASE_URL}/ngsw.json`)).json()) as {
        dataGroups: Array<{ name: string }>;
        navigationUrls: Array<{ positive: boolean; regex: string }>;
      };
      expect(ngsw.dataGroups.map((group) => group.name)).toEqual(['vacancies', 'my-applications', 'my-letters', 'my-help', 'my-profile']);
      const manifestResponse = await fetch(`${BASE_URL}/manifest.webmanifest`);
      expect(manifestResponse.headers.get('content-type')).toBe('application/manifest+json');
      const manifest = (await manifestResponse.json()) as {
        name: string;
        theme_color: string;
        start_url: string;
        icons: Array<{ src: string; sizes: string }>;
      };
      expect(manifest).toMatchObject({ name: 'Jumush', theme_color: '#005cbb', start_url: '/?source=pwa' });
      for (const icon of manifest.icons) {
        const response = await fetch(`${BASE_URL}/${icon.src}`);
        expect([icon.sizes, response.status, response.headers.get('content-type')]).toEqual([icon.sizes, 200, 'image/png']);
      }
    });

    it('gets vacancy search results from the API compressed, tagged, and 304 when unchanged', async () => {
      const first = await fetch(`${BASE_URL}/api/public/vacancies?limit=20`, { headers: { 'accept-encoding': 'gzip' } });
      expect(first.status).toBe(200);
      expect(first.headers.get('content-encoding')).toBe('gzip');
      const etag = first.headers.get('etag') as string;
      expect(etag).toMatch(/^W\//);
      const again = await fetch(`${BASE_URL}/api/public/vacancies?limit=20`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
      expect(again.status).toBe(304);
    });
  });
});
