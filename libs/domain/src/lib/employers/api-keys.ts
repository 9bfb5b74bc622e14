/**
 * API keys of a company's HR system: what a key may do (its scopes), how its secret is spelled, and whether it still
 * works. The secret is `jmk_<key id, 32 hex>_<43 base64url characters of a 256-bit random value>`: the visible part
 * names the key (found by id, no scan of hashes), the rest is compared with the stored SHA-256 only.
 */

/** What a key may do; a route that accepts keys names the one scope it needs. */
export const API_KEY_SCOPES = ['vacancies:read', 'vacancies:write', 'applicants:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const API_KEY_PREFIX = 'jmk_';
export const API_KEY_NAME_MAX_LENGTH = 80;
/** A key lives at most two years; none given: until revoked. */
export const API_KEY_MAX_DAYS = 730;
/** Keys one company may hold at once (active ones): enough for a few HR systems and a rotation each. */
export const API_KEYS_PER_COMPANY = 20;

export type ApiKeyStanding = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

const KEY_PATTERN = /^jmk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface PresentedApiKey {
  /** The key's id (a UUID), from the visible part. */
  keyId: string;
  /** The whole token as presented: what is hashed and compared. */
  token: string;
}

/** The key named by a presented token, or null when it is not shaped like one (then it is refused as unknown). */
export function parseApiKey(token: string): PresentedApiKey | null {
  const match = KEY_PATTERN.exec(token);
  if (!match) return null;
  const hex = match[1];
  const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { keyId, token };
}

/** The token of a key: its id without dashes, then the random part (already base64url, 43 characters). */
export function formatApiKey(keyId: string, randomPart: string): string {
  return `${API_KEY_PREFIX}${keyId.replace(/-/g, '').toLowerCase()}_${randomPart}`;
}

/** What the list shows of a key, never the secret: its prefix and id start, enough to tell keys apart. */
export function apiKeyHint(keyId: string): string {
  return `${API_KEY_PREFIX}${keyId.replace(/-/g, '').slice(0, 8)}…`;
}

/** Revoked wins over expired: the owner's act is what the list shows. */
export function apiKeyStanding(key: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): ApiKeyStanding {
  if (key.revokedAt) return 'REVOKED';
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

export function isApiKeyScope(value: unknown): value is ApiKeyScope {
  return typeof value === 'string' && (API_KEY_SCOPES as readonly string[]).includes(value);
}

/** The scopes in the order of API_KEY_SCOPES, each once: how a key's scopes are stored and shown. */
export function normalizeScopes(scopes: readonly string[]): ApiKeyScope[] {
  return API_KEY_SCOPES.filter((scope) => scopes.includes(scope));
}
