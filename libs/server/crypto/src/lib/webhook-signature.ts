/**
 * The signature of a webhook delivery: `Jumush-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
 * with the endpoint's secret. The receiver recomputes it over the raw body and refuses an old timestamp (replays).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_SIGNATURE_HEADER = 'Jumush-Signature';
export const WEBHOOK_EVENT_ID_HEADER = 'Jumush-Event-Id';
export const WEBHOOK_EVENT_TYPE_HEADER = 'Jumush-Event-Type';

/** A new endpoint secret: `whsec_` and 32 random bytes (base64url). Shown to the owner once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The header's value for a delivery sent at `timestamp` (unix seconds). */
export function webhookSignatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${webhookSignature(secret, timestamp, body)}`;
}

/** What a receiver does: true when some v1 signature matches and the timestamp is within `toleranceSeconds` of `now`. */
export function verifyWebhookSignature(header: string, body: string, secret: string, now = Date.now(), toleranceSeconds = 300): boolean {
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body), 'hex');
  return parts
    .filter(([key, value]) => key === 'v1' && /^[0-9a-f]{64}$/.test(value ?? ''))
    .some(([, value]) => timingSafeEqual(Buffer.from(value as string, 'hex'), expected));
}
