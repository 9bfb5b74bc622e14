/**
 * POSTs one webhook body. The address each connection goes to is checked as it is resolved (the `lookup` of the
 * request itself, so a DNS answer cannot change between the check and the connection): a private address is refused
 * unless the development flag allows this machine. No redirects are followed; the answer's body is not kept.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress, webhookUrlRefusal } from '@jumush/domain';
import type { AttemptResult } from './webhooks.repository';

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  allowLocalHttp: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', '::1']);

/** A `lookup` that refuses private addresses (loopback allowed only with the development flag). */
function guardedLookup(allowLocal: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const allowed = addresses.filter((entry) => !isPrivateAddress(entry.address) || (allowLocal && LOOPBACK.has(entry.address)));
      if (allowed.length === 0 || allowed.length !== addresses.length) {
        return callback(Object.assign(new Error(`${hostname} resolves to an address webhooks may not reach`), { code: 'EPRIVATE' }), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      return callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

export function sendWebhook(request: WebhookRequest): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const refusal = webhookUrlRefusal(request.url, { allowLocalHttp: request.allowLocalHttp });
  if (refusal) return Promise.resolve({ statusCode: null, durationMs: 0, error: `address refused (${refusal})` });
  const url = new URL(request.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const options: RequestOptions = {
    method: 'POST',
    headers: { ...request.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(request.body).toString() },
    timeout: request.timeoutMs,
    lookup: guardedLookup(request.allowLocalHttp),
  };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const req = send(url, options, (response) => {
      // Only the status counts; the body is read and dropped so the socket is freed.
      response.resume();
      response.on('end', () => finish({ statusCode: response.statusCode ?? null, durationMs: elapsed(), error: null }));
      response.on('error', (error) => finish({ statusCode: response.statusCode ?? null, durationMs: elapsed(), error: error.message.slice(0, 200) }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)));
    req.on('error', (error) => finish({ statusCode: null, durationMs: elapsed(), error: error.message.slice(0, 200) }));
    req.end(request.body);
  });
}

export const isSuccess = (result: AttemptResult) => result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
