/** The SSRF guard of a new endpoint: the address as written (domain rules), then every address its host resolves to. */
import { lookup } from 'node:dns/promises';
import { isPrivateAddress, webhookUrlRefusal, type WebhookUrlRefusal } from '@jumush/domain';

export type EndpointUrlRefusal = WebhookUrlRefusal | 'urlUnresolvable';

const LOOPBACK = new Set(['127.0.0.1', '::1']);

export async function endpointUrlRefusal(url: string, allowLocalHttp: boolean): Promise<EndpointUrlRefusal | null> {
  const refusal = webhookUrlRefusal(url, { allowLocalHttp });
  if (refusal) return refusal;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string }>;
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    return 'urlUnresolvable';
  }
  if (addresses.length === 0) return 'urlUnresolvable';
  // The worker checks again at every connection (a DNS answer may change); this answers the owner at once.
  const reachable = (address: string) => !isPrivateAddress(address) || (allowLocalHttp && LOOPBACK.has(address));
  return addresses.every(({ address }) => reachable(address)) ? null : 'urlPrivate';
}
