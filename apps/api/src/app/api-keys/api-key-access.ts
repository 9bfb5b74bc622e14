/**
 * How a route lets an HR system's API key through: `@AllowApiKey(scope)` beside `@Authenticated(Role.Employer)`.
 * Every other route refuses a key with 403 (default deny, as for roles). A key is presented as
 * `Authorization: Bearer jmk_…` or `X-Api-Key: jmk_…`; it acts as its creator, a member of its company, limited to
 * its scopes (ApiKeyActor), so the employer's own services — and their review and visibility rules — serve it.
 */
import { SetMetadata } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { API_KEY_PREFIX, type ApiKeyScope } from '@jumush/domain';
import type { SignedInActor } from '../auth/jwt.strategy';

export const API_KEY_SCOPE_METADATA = 'jumush:apiKeyScope';
export const API_KEY_HEADER = 'x-api-key';

/** This route also serves API keys holding `scope`. */
export const AllowApiKey = (scope: ApiKeyScope) => SetMetadata(API_KEY_SCOPE_METADATA, scope);

/** The key a request acts with, once its secret matched (what each use's audit event names). */
export interface ApiKeyPrincipal {
  id: string;
  companyId: string;
  /** The account that created the key: the key acts as it. */
  createdBy: string;
  scopes: readonly ApiKeyScope[];
}

/** The actor of a request made with a key: its creator's account, marked with the key. */
export interface ApiKeyActor extends SignedInActor {
  apiKey: ApiKeyPrincipal;
}

/** Set on the request by the access guard when a presented key's secret matched, whatever the answer then. */
export interface RequestWithApiKey {
  apiKey?: ApiKeyPrincipal;
}

export function isApiKeyActor(actor: unknown): actor is ApiKeyActor {
  return typeof actor === 'object' && actor !== null && 'apiKey' in actor && typeof (actor as ApiKeyActor).apiKey?.id === 'string';
}

/**
 * The key a request presents, or undefined when it presents none (then it is a person's request). `X-Api-Key`
 * counts whatever it holds; `Authorization: Bearer` only when its token starts like a key (else it is a JWT).
 */
export function presentedApiKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers[API_KEY_HEADER];
  if (typeof header === 'string') return header.trim();
  if (Array.isArray(header)) return header.join(',');
  const authorization = headers.authorization;
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return match && match[1].startsWith(API_KEY_PREFIX) ? match[1] : undefined;
}
