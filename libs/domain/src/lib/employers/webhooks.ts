/**
 * Webhooks for employers' own systems: the events a company may subscribe to, which outbox topic each comes from,
 * which endpoint addresses are allowed (HTTPS to a public address; SSRF guard), and when a failing endpoint is
 * switched off.
 */

/** The events an endpoint may subscribe to, as they are named in the delivered JSON (`type`). */
export const WebhookEventType = {
  /** A migrant applied to one of the company's vacancies. */
  ApplicationCreated: 'application.created',
  /** A migrant withdrew an application to one of the company's vacancies. */
  ApplicationWithdrawn: 'application.withdrawn',
  /** The labour attaché decided one of the company's batches (approved and refused counts). */
  BatchDecided: 'batch.decided',
} as const;
export type WebhookEventType = (typeof WebhookEventType)[keyof typeof WebhookEventType];
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.values(WebhookEventType);

/** The test event the owner sends from the settings page; it goes to that one endpoint whatever it subscribes to. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === 'string' && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * The outbox topic each event is derived from: the notification rows the state change writes in its own transaction
 * are the webhook's outbox rows too (one place writes them: the application moves, the submission, the batch decision).
 */
export const WEBHOOK_EVENT_OF_TOPIC: Readonly<Record<string, WebhookEventType>> = {
  'application.submitted': WebhookEventType.ApplicationCreated,
  'application.withdrawn': WebhookEventType.ApplicationWithdrawn,
  'batch.decided': WebhookEventType.BatchDecided,
};

/** At most this many endpoints per company. */
export const WEBHOOK_ENDPOINTS_PER_COMPANY = 10;
export const WEBHOOK_URL_MAX_LENGTH = 2048;
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 200;

/** Why an endpoint address is refused (the translation code is `webhook.<refusal>`). */
export type WebhookUrlRefusal = 'urlInvalid' | 'urlNotHttps' | 'urlPrivate';

export interface WebhookUrlPolicy {
  /** Development and tests only (WEBHOOKS_ALLOW_LOCAL_HTTP): http://127.0.0.1 and http://localhost are accepted. */
  allowLocalHttp: boolean;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks an address as written (the host's DNS answer is checked separately with `isPrivateAddress`): HTTPS, no
 * credentials in it, no literal private address, no single-label or `.local`/`.internal` host.
 */
export function webhookUrlRefusal(raw: string, policy: WebhookUrlPolicy): WebhookUrlRefusal | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'urlInvalid';
  }
  if (raw.length > WEBHOOK_URL_MAX_LENGTH || url.username || url.password) return 'urlInvalid';
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:' && policy.allowLocalHttp && LOCAL_HOSTS.has(host)) return null;
  if (url.protocol !== 'https:') return 'urlNotHttps';
  if (policy.allowLocalHttp && LOCAL_HOSTS.has(host)) return null;
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (isIpLiteral(literal)) return isPrivateAddress(literal) ? 'urlPrivate' : null;
  if (!host.includes('.') || /\.(local|localhost|internal|lan|home|corp)$/.test(host)) return 'urlPrivate';
  return null;
}

function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

function ipv4Number(address: string): number | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

/** IPv4 ranges no webhook may reach: this host, private networks, carrier NAT, link-local (cloud metadata), multicast, reserved. */
const PRIVATE_V4: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

function inV4Range(address: number, [base, bits]: [string, number]): boolean {
  const start = ipv4Number(base) as number;
  const size = 2 ** (32 - bits);
  return address >= start && address < start + size;
}

/** Whether an IP address (v4 or v6, as DNS answers it) is one a webhook must not reach. Anything unparsable counts as private. */
export function isPrivateAddress(address: string): boolean {
  const v4 = ipv4Number(address);
  if (v4 !== null) return PRIVATE_V4.some((range) => inV4Range(v4, range));
  const v6 = address.toLowerCase().replace(/^\[|\]$/g, '');
  if (!v6.includes(':')) return true;
  // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible form carry an IPv4 address.
  const mapped = /^(?:0*:)*(?:ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/.exec(v6.replace(/^::/, '0:'));
  if (mapped) return isPrivateAddress(mapped[1]);
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (mappedHex) {
    const [high, low] = [parseInt(mappedHex[1], 16), parseInt(mappedHex[2], 16)];
    return isPrivateAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  if (v6 === '::' || v6 === '::1') return true;
  const first = parseInt(v6.split(':')[0] || '0', 16);
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast, 2001:db8::/32 documentation, 64:ff9b::/96 NAT64 of anything.
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00) return true;
  if (v6.startsWith('2001:db8:') || v6.startsWith('64:ff9b:')) return true;
  return false;
}

/** When a failing endpoint is switched off: this many failed attempts in a row, or failing without a success for this long. */
export interface WebhookDisablePolicy {
  consecutiveFailures: number;
  failingForMs: number;
}

export const DEFAULT_WEBHOOK_DISABLE_POLICY: WebhookDisablePolicy = { consecutiveFailures: 10, failingForMs: 24 * 3600 * 1000 };

/** Whether an endpoint with this failure record is to be switched off now (after its latest failed attempt). */
export function shouldDisableWebhook(
  record: { consecutiveFailures: number; failingSince: Date | null },
  now: Date,
  policy: WebhookDisablePolicy = DEFAULT_WEBHOOK_DISABLE_POLICY,
): boolean {
  if (record.consecutiveFailures >= policy.consecutiveFailures) return true;
  return record.failingSince !== null && record.consecutiveFailures > 1 && now.getTime() - record.failingSince.getTime() >= policy.failingForMs;
}
