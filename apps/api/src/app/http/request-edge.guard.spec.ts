import type { IncomingHttpHeaders } from 'node:http';
import { crossSiteRequest, hasBody, mediaTypeOf, unsupportedBody } from './request-edge.guard';

const WEB = 'http://localhost:4200';
const body = (type?: string): IncomingHttpHeaders => ({ 'content-length': '12', ...(type ? { 'content-type': type } : {}) });

describe('mediaTypeOf and hasBody', () => {
  it.each([
    ['application/json; charset=utf-8', 'application/json'],
    [' Application/JSON ', 'application/json'],
    ['multipart/form-data; boundary=x', 'multipart/form-data'],
    [undefined, ''],
  ])('%s → %s', (header, expected) => expect(mediaTypeOf(header)).toBe(expected));

  it.each([
    [{}, false],
    [{ 'content-length': '0' }, false],
    [{ 'content-length': '3' }, true],
    [{ 'transfer-encoding': 'chunked' }, true],
  ])('%j has a body: %s', (headers, expected) => expect(hasBody(headers)).toBe(expected));
});

describe('unsupportedBody: JSON only, multipart where an upload is declared', () => {
  it.each<[string, IncomingHttpHeaders, boolean, number | null]>([
    ['POST', body('application/json'), false, null],
    ['POST', body('application/json; charset=UTF-8'), false, null],
    ['POST', body('application/x-www-form-urlencoded'), false, 415],
    ['POST', body('text/plain'), false, 415],
    ['POST', body(), false, 415],
    ['POST', body('multipart/form-data; boundary=b'), false, 415],
    ['POST', body('multipart/form-data; boundary=b'), true, null],
    ['POST', body('application/x-www-form-urlencoded'), true, 415],
    ['PUT', body('text/plain'), false, 415],
    ['PATCH', body('text/plain'), false, 415],
    ['DELETE', body('text/plain'), false, 415],
    ['POST', { 'content-type': 'text/plain', 'content-length': '0' }, false, null],
    ['POST', {}, false, null],
    ['GET', body('text/plain'), false, null],
  ])('%s %j (upload route: %s) → %s', (method, headers, upload, status) => {
    expect(unsupportedBody(method, headers, upload)?.status ?? null).toBe(status);
  });
});

describe('crossSiteRequest: state changes only from the web or from clients that are no browser', () => {
  it.each<[string, IncomingHttpHeaders, number | null]>([
    ['POST', {}, null],
    ['POST', { origin: WEB }, null],
    ['POST', { origin: WEB, 'sec-fetch-site': 'cross-site' }, null],
    ['POST', { origin: 'http://127.0.0.1:4200', 'sec-fetch-site': 'same-origin' }, null],
    ['POST', { 'sec-fetch-site': 'same-origin' }, null],
    ['POST', { 'sec-fetch-site': 'none' }, null],
    ['POST', { origin: 'https://evil.example' }, 403],
    ['POST', { origin: 'null' }, 403],
    ['POST', { origin: 'http://localhost:4200.evil.example' }, 403],
    ['POST', { 'sec-fetch-site': 'cross-site' }, 403],
    ['POST', { 'sec-fetch-site': 'same-site' }, 403],
    ['DELETE', { origin: 'https://evil.example' }, 403],
    ['PUT', { origin: 'https://evil.example' }, 403],
    ['GET', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, null],
    ['HEAD', { 'sec-fetch-site': 'cross-site' }, null],
  ])('%s %j → %s', (method, headers, status) => {
    expect(crossSiteRequest(method, headers, WEB)?.status ?? null).toBe(status);
  });

  it('compares origins, not strings: a trailing slash in WEB_ORIGIN changes nothing', () => {
    expect(crossSiteRequest('POST', { origin: WEB }, `${WEB}/`)).toBeNull();
  });
});
