/** A key's secret: 256 random bits after its visible id; only its SHA-256 is stored, compared in constant time. */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { formatApiKey } from '@jumush/domain';

export function newApiKeySecret(): { id: string; token: string; hash: string } {
  const id = randomUUID();
  const token = formatApiKey(id, randomBytes(32).toString('base64url'));
  return { id, token, hash: hashApiKey(token) };
}

/** A hash of the whole token, hex: the random part has 256 bits, so a fast hash is enough (no password stretching). */
export function hashApiKey(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function apiKeyMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiKey(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
