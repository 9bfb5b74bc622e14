/**
 * Admits a request that presents an API key, for the access guard: the secret must match a key that still works
 * (else 401), the key must be within its rate (else 429 with Retry-After, counted per key in Redis), and the route
 * must accept keys with a scope the key holds (else 403). From the moment the secret matched, the request carries
 * the key (RequestWithApiKey), so its use is audited whatever the answer.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role, apiKeyStanding, parseApiKey, type ApiKeyScope } from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { ProblemException } from '../http/problem';
import { RateCounters, retryAfterMinutes } from '../redis/rate-counters';
import type { ApiKeyActor, RequestWithApiKey } from './api-key-access';
import { apiKeyMatches } from './api-key-secrets';
import { ApiKeysRepository } from './api-keys.repository';

const unauthenticated = (code: string, detail: string) =>
  new ProblemException(401, { code, detail, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });

@Injectable()
export class ApiKeyAuthenticator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: ApiKeysRepository,
    private readonly counters: RateCounters,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * The actor the key acts as, for a route that accepts keys with `routeScope` (undefined: it accepts none) and
   * the roles `roles` (empty: any signed-in account).
   */
  async admit(request: RequestWithApiKey, presented: string, routeScope: ApiKeyScope | undefined, roles: readonly Role[]): Promise<ApiKeyActor> {
    const parsed = parseApiKey(presented);
    const key = parsed ? await this.keys.credentials(this.dataSource.manager, parsed.keyId) : null;
    if (!parsed || !key || !apiKeyMatches(parsed.token, key.secret_hash)) throw unauthenticated('apiKey.invalid', 'This API key is not valid.');
    request.apiKey = { id: key.id, companyId: key.company_id, createdBy: key.created_by, scopes: key.scopes };

    const standing = apiKeyStanding({ revokedAt: key.revoked_at, expiresAt: key.expires_at }, this.clock.now());
    if (standing === 'REVOKED') throw unauthenticated('apiKey.revoked', 'This API key was revoked by the company.');
    if (standing === 'EXPIRED') throw unauthenticated('apiKey.expired', 'This API key has expired.');
    if (!key.creator_active) throw unauthenticated('apiKey.invalid', 'The account that created this API key no longer recruits for the company.');

    const decision = await this.counters.hit(`rate:apikey:${key.id}`, { limit: this.config.API_KEY_REQUESTS_PER_MINUTE, windowSeconds: 60 });
    if (!decision.allowed) {
      throw new ProblemException(429, {
        code: 'http.tooManyRequests',
        detail: 'Too many requests with this API key. Try again later.',
        params: { retryAfterSeconds: decision.retryAfterSeconds, retryAfterMinutes: retryAfterMinutes(decision.retryAfterSeconds) },
        headers: { 'Retry-After': String(decision.retryAfterSeconds) },
      });
    }

    if (!routeScope || (roles.length > 0 && !roles.includes(Role.Employer)))
      throw new ProblemException(403, { code: 'apiKey.routeNotAllowed', detail: 'This route cannot be called with an API key.' });
    if (!key.scopes.includes(routeScope))
      throw new ProblemException(403, {
        code: 'apiKey.scopeMissing',
        detail: `This API key lacks the scope ${routeScope}.`,
        params: { scope: routeScope },
      });

    return {
      id: key.created_by,
      role: Role.Employer,
      originCountry: null,
      coveredRegions: null,
      // Only a verified owner could create the key; two-factor sign-in is a person's, not a key's.
      emailVerified: true,
      twoFactorEnabled: false,
      apiKey: request.apiKey,
    };
  }
}
