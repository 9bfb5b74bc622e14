/**
 * Compressed responses for slow mobile data, in one place: brotli (quality 4) or gzip, as the client asks, for every
 * compressible body of 1 KiB or more; a live event stream and a `Cache-Control: no-transform` answer go as they are.
 *
 * Two paths, one rule. A body whose whole length is known before it is written and is at most
 * `SMALL_BODY_LIMIT` (every JSON answer, a chart's CSV) is compressed in one synchronous call and sent with its
 * Content-Length: the `compression` package's zlib stream would take it through the thread pool and back over
 * several event-loop turns, which cost a small answer more than its SQL (1.5 ms of a chart CSV's 6 ms, measured by
 * `bench:dashboards`). Everything else (larger bodies, bodies of unknown length) goes through that stream.
 */
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Smaller bodies are sent as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024;
/** Up to this many bytes a body is compressed in one synchronous call (about 0.3 ms of brotli at quality 4). */
export const SMALL_BODY_LIMIT = 64 * 1024;
/** The `compression` package's brotli quality: a balance of speed and size fit for answers made per request. */
const BROTLI_QUALITY = 4;

export type ContentCoding = 'br' | 'gzip';

/**
 * The coding to send for an Accept-Encoding header (RFC 9110 §12.5.3): brotli or gzip, whichever the client ranks
 * higher, brotli on a tie (it is smaller), '*' standing for any coding not named; null when the client asks for
 * neither (no header at all means "as it is", as the `compression` package reads it).
 */
export function negotiateCoding(acceptEncoding: string | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const parameter of parameters) {
      const [key, value] = parameter.trim().split('=');
      if (key === 'q') weight = Number.isFinite(Number(value)) ? Number(value) : 0;
    }
    weights.set(name.trim(), weight);
  }
  const weightOf = (coding: ContentCoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const brotli = weightOf('br');
  const gzip = weightOf('gzip');
  if (brotli <= 0 && gzip <= 0) return null;
  return brotli >= gzip ? 'br' : 'gzip';
}

/** Whether a response's type is worth compressing; a live event stream is never held back for compression. */
function compressibleType(request: Request, response: Response): boolean {
  return !String(response.getHeader('content-type') ?? '').startsWith('text/event-stream') && compression.filter(request, response);
}

/** Whether the route asked for its body to go as it is (`Cache-Control: no-transform`). */
function forbidsTransform(response: Response): boolean {
  return /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(response.getHeader('cache-control') ?? ''));
}

function compress(body: Buffer, coding: ContentCoding): Buffer {
  return coding === 'br'
    ? brotliCompressSync(body, {
        params: { [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipSync(body);
}

function toBuffer(chunk: unknown, encoding: BufferEncoding | undefined): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding);
}

/**
 * Compresses a small body of known length in one call. Installed after `compression`, so its `write` and `end`
 * run first: a body it compresses reaches `compression` already encoded (which then adds Vary and leaves it be);
 * a body it does not take passes through untouched.
 */
function smallBodyCompression(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const coding = request.method === 'HEAD' ? null : negotiateCoding(request.headers['accept-encoding']);
    if (!coding) {
      next();
      return;
    }
    const downstreamWrite = response.write;
    const downstreamEnd = response.end;
    /** The chunks of a body being gathered, once its first write showed it qualifies; null while undecided or passing through. */
    let gathered: Buffer[] | null = null;
    /** The status the gathered body was written under: a different one at the end means the body failed midway. */
    let gatheredStatus = 0;
    let decided = false;

    /** Whether a body of `length` bytes (as declared or as given to end) is ours to compress. */
    const takes = (length: number): boolean =>
      !response.headersSent &&
      length >= COMPRESSION_THRESHOLD &&
      length <= SMALL_BODY_LIMIT &&
      response.statusCode !== 204 &&
      response.statusCode !== 304 &&
      response.getHeader('content-encoding') === undefined &&
      !forbidsTransform(response) &&
      compressibleType(request, response);

    /** Sends the whole body compressed; `done` is the caller's end callback, if it gave one. */
    const send = (body: Buffer, done: (() => void) | undefined): Response => {
      const encoded = compress(body, coding);
      response.setHeader('Content-Encoding', coding);
      response.setHeader('Content-Length', encoded.length);
      return (downstreamEnd as (...rest: unknown[]) => Response).call(response, encoded, ...(done ? [done] : []));
    };

    response.write = function write(this: Response, chunk: unknown, ...rest: unknown[]): boolean {
      if (!decided) {
        decided = true;
        const declared = Number(response.getHeader('content-length'));
        if (Number.isFinite(declared) && takes(declared)) {
          gathered = [];
          gatheredStatus = response.statusCode;
        }
      }
      if (gathered) {
        gathered.push(toBuffer(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined));
        const callback = rest.find((argument): argument is () => void => typeof argument === 'function');
        if (callback) process.nextTick(callback);
        return true;
      }
      return (downstreamWrite as (...parameters: unknown[]) => boolean).call(this, chunk, ...rest);
    } as Response['write'];

    response.end = function end(this: Response, ...parameters: unknown[]): Response {
      const [chunk, second] = parameters;
      const hasChunk = chunk !== undefined && chunk !== null && typeof chunk !== 'function';
      const encoding = typeof second === 'string' ? (second as BufferEncoding) : undefined;
      const done = parameters.find((parameter): parameter is () => void => typeof parameter === 'function');
      if (gathered && response.statusCode !== gatheredStatus) {
        // The body's source failed before its end and the route answers with an error instead (a StreamableFile
        // answers 400): nothing of the body was sent, so the error goes alone, as any answer would.
        gathered = null;
        decided = false;
      }
      if (gathered) {
        if (hasChunk) gathered.push(toBuffer(chunk, encoding));
        const body = Buffer.concat(gathered);
        gathered = null;
        return send(body, done);
      }
      if (!decided && hasChunk) {
        decided = true;
        const body = toBuffer(chunk, encoding);
        if (takes(body.length)) return send(body, done);
      }
      return (downstreamEnd as (...rest: unknown[]) => Response).apply(this, parameters);
    } as Response['end'];
    next();
  };
}

/** The compression middlewares in their order: the stream for every other body, then the small bodies' path. */
export function responseCompression(): RequestHandler[] {
  return [compression({ threshold: COMPRESSION_THRESHOLD, filter: compressibleType }), smallBodyCompression()];
}
