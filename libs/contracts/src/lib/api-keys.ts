/** API keys of a company's HR system, as the API answers the employer's page (the secret appears once, on creation). */
import type { ApiKeyScope, ApiKeyStanding } from '@jumush/domain';

export interface ApiKeyView {
  id: string;
  name: string;
  /** The visible start of the key (`jmk_` and the start of its id): how to tell keys apart, never the secret. */
  hint: string;
  scopes: ApiKeyScope[];
  standing: ApiKeyStanding;
  createdAt: string;
  /** Null: until revoked. */
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** GET /api/api-keys: the company's keys, newest first; only the owner may create and revoke them. */
export interface ApiKeysView {
  keys: ApiKeyView[];
  canManage: boolean;
}

/** POST /api/api-keys: the new key with its secret, shown this once (only its hash is kept). */
export interface CreatedApiKeyView {
  key: ApiKeyView;
  secret: string;
}
