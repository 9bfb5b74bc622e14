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

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'jumush-web-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><html><body><jm-root></jm-root></body></html>');
    api = createServer((request, response) => {
      seenByApi.push(request.headers);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
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
  });
});
