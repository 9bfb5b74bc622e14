/**
 * Serves the built web app and forwards /api to the API: one origin, as the reverse proxy does in
 * production. Hashed assets are cached for a year, text is compressed (brotli/gzip), unknown
 * paths fall back to index.html (client-side routes). A vacancy page (/:lang/vacancies/:id) gets its
 * link preview (Open Graph, description, canonical) put into index.html from the public API. The public
 * search (/:lang/vacancies) gets a prerendered shell in its language and preloads of what it needs next
 * (libs/contracts/src/lib/prerendered-shell.ts), so its text paints before any script has run. A vacancy page also
 * carries its schema.org JobPosting; /sitemap.xml and /sitemaps/*.xml come from the API, robots.txt names them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
// A relative path, not @jumush/contracts: this file runs under ts-node without path aliases, and the
// renderer is pure (no imports at run time).
import { OPEN_GRAPH_LANGUAGES, renderVacancyPage, type OpenGraphLanguage, type OpenGraphVacancy } from '../../libs/contracts/src/lib/open-graph';
import {
  SWITCHER_LANGUAGES,
  prerenderedLanguageOf,
  renderPrerenderedShell,
  searchPageChunksFromStats,
  type BuildStats,
  type Translations,
} from '../../libs/contracts/src/lib/prerendered-shell';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.txt']);
const HASHED = /[.-][A-Z0-9]{8,}\.(js|css|mjs|woff2)$/i;
const VACANCY_PAGE = new RegExp(
  `^/(${OPEN_GRAPH_LANGUAGES.join('|')})/vacancies/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/?$`,
  'i',
);
const SITEMAP_FILE = /^\/sitemaps\/[a-z0-9-]{1,40}\.xml$/;
/**
 * The web app's Content-Security-Policy; docker/nginx/proxy.conf sends the same (a test compares them). Scripts
 * only from this origin, plus the one inline handler the production build writes (`onload="this.media='all'"`,
 * which loads the stylesheet after the inlined critical CSS) allowed by its hash. Angular's style bindings and
 * the critical CSS need inline styles. Nothing may frame the app.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-hashes' 'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every answer of the web server itself (the API sends its own). */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': WEB_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** A preview is a nicety: a slow API must not hold the page up. */
const PREVIEW_TIMEOUT_MS = 1500;

interface CachedFile {
  body: Buffer;
  /** Weak (the bytes differ by Content-Encoding): lets a phone revalidate index.html or ngsw.json with a 304. */
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

export interface WebServerOptions {
  root: string;
  apiOrigin: string;
  port: number;
  host?: string;
  /** Origin of the public site for canonical and og:url links; by default taken from the request's Host. */
  publicOrigin?: string;
}

/** The search page's lazy chunks not in index.html already, from stats.json beside the browser folder; none without it. */
export function searchPageChunks(root: string, indexHtml: string): string[] {
  const statsFile = join(root, '..', 'stats.json');
  if (!existsSync(statsFile)) return [];
  try {
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as BuildStats;
    return searchPageChunksFromStats(stats, indexHtml).filter((file) => existsSync(join(root, file)));
  } catch {
    return [];
  }
}

function cachedFile(body: Buffer, compressible: boolean): CachedFile {
  const file: CachedFile = { body, etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  if (compressible && body.length > 512) {
    file.br = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
    file.gzip = gzipSync(body, { level: 9 });
  }
  return file;
}

export function startWebServer(options: WebServerOptions): Promise<Server> {
  const cache = new Map<string, CachedFile>();
  /** The search page's index.html per language, made once (index.html and the translations are build output). */
  const shells = new Map<string, CachedFile | null>();
  const api = new URL(options.apiOrigin);

  function load(path: string): CachedFile | null {
    const hit = cache.get(path);
    if (hit) return hit;
    try {
      if (!statSync(path).isFile()) return null;
    } catch {
      return null;
    }
    const file = cachedFile(readFileSync(path), COMPRESSIBLE.has(extname(path)));
    cache.set(path, file);
    return file;
  }

  /** index.html with the search page's prerendered shell in `language`; null when there is no such translation. */
  function searchShell(language: string): CachedFile | null {
    if (shells.has(language)) return shells.get(language) ?? null;
    const index = load(join(options.root, 'index.html'));
    const translationsFile = load(join(options.root, 'i18n', `${language}.json`));
    let shell: CachedFile | null = null;
    if (index && translationsFile) {
      try {
        const indexHtml = index.body.toString('utf8');
        const translations = JSON.parse(translationsFile.body.toString('utf8')) as Translations;
        const languages = SWITCHER_LANGUAGES.filter((locale) => existsSync(join(options.root, 'i18n', `${locale}.json`)));
        const html = renderPrerenderedShell(indexHtml, {
          language,
          translations,
          languages,
          modulePreloads: searchPageChunks(options.root, indexHtml),
        });
        shell = cachedFile(Buffer.from(html), true);
      } catch {
        shell = null;
      }
    }
    shells.set(language, shell);
    return shell;
  }

  function serveStatic(request: IncomingMessage, response: ServerResponse): void {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
    let path = join(options.root, safe);
    const shellLanguage = prerenderedLanguageOf(safe);
    let file = shellLanguage ? searchShell(shellLanguage) : null;
    if (file) path = join(options.root, 'index.html');
    else file = safe.endsWith('/') ? null : load(path);
    if (!file) {
      if (extname(safe) && !safe.endsWith('.html')) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      path = join(options.root, 'index.html');
      file = load(path);
      if (!file) {
        response.writeHead(503, { 'content-type': 'text/plain' }).end('The web app is not built yet.');
        return;
      }
    }
    const ext = extname(path);
    const accept = String(request.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
      etag: file.etag,
    };
    if (ifNoneMatch(request, file.etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    let body = file.body;
    if (file.br && /\bbr\b/.test(accept)) {
      body = file.br;
      headers['content-encoding'] = 'br';
    } else if (file.gzip && /\bgzip\b/.test(accept)) {
      body = file.gzip;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  function ifNoneMatch(request: IncomingMessage, etag: string): boolean {
    const header = request.headers['if-none-match'];
    if (!header) return false;
    // Weak comparison, as RFC 9110 asks for If-None-Match.
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
  }

  function originOf(request: IncomingMessage): string {
    if (options.publicOrigin) return options.publicOrigin.replace(/\/$/, '');
    const host = String(request.headers.host ?? '');
    return `http://${/^[\w.-]+(:\d+)?$/.test(host) ? host : `localhost:${options.port}`}`;
  }

  /** The vacancy from the public API, or null when it is not published (404) or the API fails or is slow. */
  async function publicVacancy(id: string): Promise<OpenGraphVacancy | null> {
    try {
      const answer = await fetch(`${options.apiOrigin}/api/public/vacancies/${id}`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(PREVIEW_TIMEOUT_MS),
      });
      if (!answer.ok) return null;
      const vacancy = (await answer.json()) as OpenGraphVacancy;
      return typeof vacancy?.title === 'string' && typeof vacancy.town === 'string' && typeof vacancy.monthlyWageRoubles === 'number'
        ? vacancy
        : null;
    } catch {
      return null;
    }
  }

  /** The vacancy's schema.org JobPosting from the API, or null (the page is served without it). */
  async function jobPosting(id: string, language: OpenGraphLanguage): Promise<unknown> {
    try {
      const answer = await fetch(`${options.apiOrigin}/api/public/vacancies/${id}/job-posting?lang=${language}`, {
        headers: { accept: 'application/ld+json' },
        signal: AbortSignal.timeout(PREVIEW_TIMEOUT_MS),
      });
      if (!answer.ok) return null;
      const posting = (await answer.json()) as { '@type'?: unknown };
      return posting?.['@type'] === 'JobPosting' ? posting : null;
    } catch {
      return null;
    }
  }

  /** index.html with the vacancy's link preview and JobPosting; false when there is none to give (plain index.html then). */
  async function serveVacancyPage(request: IncomingMessage, response: ServerResponse, language: OpenGraphLanguage, id: string): Promise<boolean> {
    const index = load(join(options.root, 'index.html'));
    if (!index) return false;
    const [vacancy, posting] = await Promise.all([publicVacancy(id.toLowerCase()), jobPosting(id.toLowerCase(), language)]);
    if (!vacancy || response.headersSent) return false;
    const html = Buffer.from(
      renderVacancyPage(index.body.toString('utf8'), vacancy, language, `${originOf(request)}/${language}/vacancies/${id.toLowerCase()}`, posting),
    );
    const accept = String(request.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'content-type': TYPES['.html'],
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    };
    let body = html;
    if (/\bgzip\b/.test(accept)) {
      body = gzipSync(html, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  /** robots.txt: everything but the API may be crawled; the sitemap is named with this site's own address. */
  function serveRobots(request: IncomingMessage, response: ServerResponse): void {
    const body = `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /admin/\n\nSitemap: ${originOf(request)}/sitemap.xml\n`;
    response.writeHead(200, {
      'content-type': TYPES['.txt'],
      'cache-control': 'public, max-age=3600',
      'content-length': String(Buffer.byteLength(body)),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  function proxy(request: IncomingMessage, response: ServerResponse, path = request.url): void {
    // The address this server saw, never one the client sent: the API trusts this hop (TRUSTED_PROXIES), so a
    // client-sent X-Forwarded-For passed on would let it pick the address the sign-in limit counts.
    const headers = { ...request.headers, host: api.host, 'x-forwarded-for': request.socket.remoteAddress ?? '', 'x-forwarded-proto': 'http' };
    delete headers.forwarded;
    const upstream = httpRequest(
      {
        hostname: api.hostname,
        port: api.port,
        method: request.method,
        path,
        headers,
      },
      (upstreamResponse) => {
        response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/problem+json' });
      response.end(JSON.stringify({ type: 'about:blank', title: 'Bad Gateway', status: 502, code: 'http.apiUnavailable' }));
    });
    request.pipe(upstream);
  }

  const server = createServer((request, response) => {
    // The API, and the queue dashboard the API mounts beside it.
    if (request.url?.startsWith('/api/') || request.url === '/api' || request.url?.startsWith('/admin/queues')) {
      proxy(request, response);
      return;
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://x').pathname;
      decodeURIComponent(pathname);
    } catch {
      // A malformed address (GET /%E0%A4%A) is the client's mistake: 400, and the server lives on.
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: malformed address.');
      return;
    }
    // Sitemaps are made by the API from the open vacancies; crawlers look for them at the site's root.
    if (pathname === '/sitemap.xml' || SITEMAP_FILE.test(pathname)) {
      proxy(request, response, `/api/public${pathname}`);
      return;
    }
    if (pathname === '/robots.txt') {
      serveRobots(request, response);
      return;
    }
    const vacancyPage = request.method === 'GET' || request.method === 'HEAD' ? VACANCY_PAGE.exec(pathname) : null;
    if (!vacancyPage) {
      serveStatic(request, response);
      return;
    }
    serveVacancyPage(request, response, vacancyPage[1].toLowerCase() as OpenGraphLanguage, vacancyPage[2])
      .catch(() => false)
      .then((served) => {
        if (!served && !response.headersSent) serveStatic(request, response);
      })
      .catch(() => response.destroy());
  });
  // A port in use (EADDRINUSE) rejects, so the caller stops what it started instead of the process dying on an
  // unhandled 'error' event and leaving its children behind.
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
