/**
 * The web server of `npm start` and the e2e tier (tools/stack/web-server.ts) at its edge: the client address it
 * tells the API, malformed addresses, and the security headers it (and the production proxy) sends.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../stack/ports';
import { WEB_CONTENT_SECURITY_POLICY, startWebServer } from '../stack/web-server';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw request: fetch would normalise a malformed path before sending it. */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolveAnswer({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the web server at its edge', () => {
  let root: string;
  let api: Server;
  let web: Server;
  let port: number;
  let seenByApi: IncomingHttpHeaders[] = [];
  let pathsSeenByApi: string[] = [];
  const VACANCY_ID = '0b9f5a7e-8a3c-4c7e-9d1e-2f3a4b5c6d7e';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'jumush-web-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>Jumush</title></head><body><jm-root></jm-root></body></html>');
    api = createServer((request, response) => {
      seenByApi.push(request.headers);
      pathsSeenByApi.push(request.url ?? '');
      if (request.url === `/api/public/vacancies/${VACANCY_ID}`)
        response.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: VACANCY_ID,
            title: 'Сварщик',
            town: 'Казань',
            monthlyWageRoubles: 95000,
            housing: 'FREE',
            housingCostRoubles: null,
            insurance: true,
          }),
        );
      else if (request.url === `/api/public/vacancies/${VACANCY_ID}/job-posting?lang=ky`)
        response
          .writeHead(200, { 'content-type': 'application/ld+json' })
          .end(JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Сварщик' }));
      else if (request.url?.startsWith('/api/public/sitemap'))
        response.writeHead(200, { 'content-type': 'application/xml' }).end('<?xml version="1.0"?><sitemapindex/>');
      else response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
    port = await freePort();
    web = await startWebServer({ root, apiOrigin: `http://127.0.0.1:${(api.address() as AddressInfo).port}`, port });
  });

  afterAll(async () => {
    web.closeAllConnections();
    await new Promise((done) => web.close(done));
    await new Promise((done) => api.close(done));
    rmSync(root, { recursive: true, force: true });
  });

  beforeEach(() => {
    seenByApi = [];
    pathsSeenByApi = [];
  });

  it("puts the vacancy's JobPosting from the API into its page, in the page's language", async () => {
    const page = await get(port, `/ky/vacancies/${VACANCY_ID}`);
    expect(page.status).toBe(200);
    expect(pathsSeenByApi).toContain(`/api/public/vacancies/${VACANCY_ID}/job-posting?lang=ky`);
    const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page.body);
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Сварщик' });
    expect(page.body).toContain('<meta property="og:locale" content="ky_KG" />');
  });

  it('serves the sitemaps from the API at the root, and a robots.txt that names them', async () => {
    const index = await get(port, '/sitemap.xml');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<sitemapindex/>');
    const file = await get(port, '/sitemaps/vacancies-1.xml');
    expect(file.status).toBe(200);
    expect(pathsSeenByApi).toEqual(['/api/public/sitemap.xml', '/api/public/sitemaps/vacancies-1.xml']);
    const robots = await get(port, '/robots.txt', { host: 'jumush.example' });
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toContain('text/plain');
    expect(robots.body).toContain('Disallow: /api/');
    expect(robots.body).toContain('Sitemap: http://jumush.example/sitemap.xml');
  });

  it("tells the API the address it saw, never the client's X-Forwarded-For", async () => {
    const answer = await get(port, '/api/health/live', { 'x-forwarded-for': '203.0.113.7', forwarded: 'for=203.0.113.7' });
    expect(answer.status).toBe(200);
    expect(seenByApi).toHaveLength(1);
    expect(seenByApi[0]['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(seenByApi[0]['forwarded']).toBeUndefined();
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    const malformed = await get(port, '/%E0%A4%A');
    expect(malformed.status).toBe(400);
    expect((await get(port, '/ky/vacancies')).status).toBe(200);
  });

  it('sends the Content-Security-Policy and the other security headers on its pages and its errors', async () => {
    for (const path of ['/', '/ky/vacancies', '/missing-ABCDEFGH.js', '/%E0%A4%A']) {
      const answer = await get(port, path);
      expect(answer.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
    expect(WEB_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(WEB_CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'[^;]*;/);
    expect(WEB_CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('is in step with the production proxy, which adds HSTS', () => {
    const proxyConf = readFileSync(resolve(__dirname, '../../docker/nginx/proxy.conf'), 'utf8');
    expect(proxyConf).toContain(`add_header Content-Security-Policy "${WEB_CONTENT_SECURITY_POLICY}" always;`);
    expect(proxyConf).toMatch(/add_header Strict-Transport-Security "max-age=\d{8,}; includeSubDomains" always;/);
    // The sitemaps come from the API at the same addresses as here.
    expect(proxyConf).toContain('location = /sitemap.xml {\n        proxy_pass http://jumush_api/api/public/sitemap.xml;');
    expect(proxyConf).toContain('location ^~ /sitemaps/ {\n        proxy_pass http://jumush_api/api/public/sitemaps/;');
  });
});
