/**
 * Response compression over real HTTP and real zlib: a small Nest app with the API's middlewares answers bodies of
 * every kind the API sends, read by a client that does not decompress on its own.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Controller, Get, Header, Res, StreamableFile, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Response } from 'express';
import { COMPRESSION_THRESHOLD, SMALL_BODY_LIMIT, negotiateCoding, responseCompression } from './compression';

describe('negotiateCoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['deflate', null],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=1.0, gzip;q=0.8', 'br'],
    ['gzip;q=0.8, br;q=0.8', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', null],
    ['*', 'br'],
    ['*;q=0.5, gzip', 'gzip'],
    ['*, br;q=0', 'gzip'],
    ['*;q=0', null],
    ['GZIP', 'gzip'],
    [' br ; q=0.9 , gzip ; q=0.1', 'br'],
    ['br;q=nonsense, gzip;q=0.2', 'gzip'],
    [',,gzip,,', 'gzip'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateCoding(header)).toBe(expected);
  });
});

/** A JSON body of about `bytes` bytes that compresses well, as the API's lists do. */
const jsonOf = (bytes: number) => ({ items: Array.from({ length: Math.ceil(bytes / 40) }, (_, index) => ({ id: index, name: 'vacancy' })) });
const CSV = `employer,approved,withdrawn\n${Array.from({ length: 200 }, (_, index) => `Employer ${index},${index},${index % 7}`).join('\n')}\n`;

/** How many times a response's end callback ran. */
let endCallbacks = 0;

@Controller()
class SamplesController {
  @Get('ended-with-callback')
  endedWithCallback(@Res() response: Response): void {
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(jsonOf(8 * 1024)), () => endCallbacks++);
  }

  @Get('tiny')
  tiny() {
    return { ok: true };
  }

  @Get('small')
  small() {
    return jsonOf(8 * 1024);
  }

  @Get('large')
  large() {
    return jsonOf(2 * SMALL_BODY_LIMIT);
  }

  @Get('chart.csv')
  chart(): StreamableFile {
    const body = Buffer.from(CSV);
    return new StreamableFile(body, { type: 'text/csv; charset=utf-8', length: body.length });
  }

  @Get('unknown-length.csv')
  unknownLength(): StreamableFile {
    return new StreamableFile(Readable.from([CSV.slice(0, 2000), CSV.slice(2000)]), { type: 'text/csv; charset=utf-8' });
  }

  @Get('failing.csv')
  failing(): StreamableFile {
    const source = new Readable({
      read() {
        // The chunks are pushed by hand below.
      },
    });
    source.push(CSV.slice(0, 2000));
    setTimeout(() => source.destroy(new Error('the disk went away')), 20);
    return new StreamableFile(source, { type: 'text/csv; charset=utf-8', length: Buffer.byteLength(CSV) }).setErrorLogger(() => undefined);
  }

  @Get('no-transform')
  @Header('Cache-Control', 'no-transform')
  noTransform() {
    return jsonOf(8 * 1024);
  }

  @Get('pdf')
  pdf(): StreamableFile {
    const body = Buffer.alloc(8 * 1024, 1);
    return new StreamableFile(body, { type: 'application/pdf', length: body.length });
  }

  @Get('events')
  events(@Res() response: Response): void {
    const event = `data: ${'x'.repeat(4096)}\n\n`;
    response.setHeader('Content-Type', 'text/event-stream');
    response.setHeader('Content-Length', Buffer.byteLength(event));
    response.write(event);
    response.end();
  }
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent. */
  raw: Buffer;
  /** The body decoded by its Content-Encoding. */
  text: string;
}

describe('responseCompression', () => {
  let app: INestApplication;
  let port: number;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [SamplesController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.use(responseCompression());
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
  });

  afterAll(() => app.close());

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Answer>((resolve, reject) => {
      const sent = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const coding = response.headers['content-encoding'];
          const decoded = coding === 'br' ? brotliDecompressSync(raw) : coding === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, headers: response.headers, raw, text: decoded.toString('utf8') });
        });
      });
      sent.on('error', reject);
      sent.end();
    });

  it.each(['br', 'gzip'] as const)('sends a small JSON body %s-compressed in one piece, with its compressed length', async (coding) => {
    const answer = await get('/small', { 'accept-encoding': coding });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(coding);
    expect(answer.headers['transfer-encoding']).toBeUndefined();
    expect(Number(answer.headers['content-length'])).toBe(answer.raw.length);
    expect(answer.raw.length).toBeLessThan(answer.text.length / 4);
    expect(answer.headers['vary']).toMatch(/accept-encoding/i);
    expect(answer.headers['etag']).toMatch(/^W\//);
    expect(JSON.parse(answer.text)).toEqual(jsonOf(8 * 1024));
  });

  it("calls the end callback of a body it compressed, as Node's own end would", async () => {
    const before = endCallbacks;
    const answer = await get('/ended-with-callback', { 'accept-encoding': 'br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(JSON.parse(answer.text)).toEqual(jsonOf(8 * 1024));
    // The callback runs once the body is handed to the socket, which may come after the client has read it.
    for (let waited = 0; waited < 100 && endCallbacks === before; waited++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(endCallbacks).toBe(before + 1);
  });

  it('prefers brotli when the client takes both, as a browser says it', async () => {
    expect((await get('/small', { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe('br');
  });

  it("compresses a chart's CSV, written as a stream of known length, in one piece", async () => {
    const answer = await get('/chart.csv', { 'accept-encoding': 'gzip, deflate, br' });
    expect(Buffer.byteLength(CSV)).toBeGreaterThan(COMPRESSION_THRESHOLD);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(Number(answer.headers['content-length'])).toBe(answer.raw.length);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.text).toBe(CSV);
  });

  it('answers a body whose source fails midway with the error alone, none of the body', async () => {
    const answer = await get('/failing.csv', { 'accept-encoding': 'br' });
    expect(answer.status).toBe(400);
    expect(answer.text).toBe('Bad Request');
    expect(Number(answer.headers['content-length'])).toBe(answer.raw.length);
  });

  it('leaves a body of unknown length and a large one to the compression stream, sent in chunks', async () => {
    for (const path of ['/unknown-length.csv', '/large']) {
      const answer = await get(path, { 'accept-encoding': 'gzip' });
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers['transfer-encoding']).toBe('chunked');
      expect(answer.headers['content-length']).toBeUndefined();
    }
    expect((await get('/unknown-length.csv', { 'accept-encoding': 'br' })).text).toBe(CSV);
    expect(JSON.parse((await get('/large', { 'accept-encoding': 'br' })).text)).toEqual(jsonOf(2 * SMALL_BODY_LIMIT));
  });

  it('sends as they are: a body under the threshold, an answer to a client that asks for none, no-transform, a PDF, an event stream', async () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['/tiny', { 'accept-encoding': 'br' }],
      ['/small', {}],
      ['/small', { 'accept-encoding': 'identity' }],
      ['/no-transform', { 'accept-encoding': 'br' }],
      ['/pdf', { 'accept-encoding': 'br' }],
      ['/events', { 'accept-encoding': 'br' }],
    ];
    for (const [path, headers] of cases) {
      const answer = await get(path, headers);
      expect({ path, status: answer.status, encoding: answer.headers['content-encoding'] }).toEqual({ path, status: 200, encoding: undefined });
      expect(Number(answer.headers['content-length'])).toBe(answer.raw.length);
    }
  });

  it('answers a revalidation with 304 and no body, and a HEAD request with no body', async () => {
    const first = await get('/small', { 'accept-encoding': 'br' });
    const again = await get('/small', { 'accept-encoding': 'br', 'if-none-match': String(first.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.raw.length).toBe(0);
    const head = await get('/small', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
  });
});
