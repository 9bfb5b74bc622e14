/** Validates short-lived access tokens (Authorization: Bearer …) and turns them into an Actor. */
import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ApiConfig } from '@jumush/server/config';
import { ALL_ROLES, type Actor, type Role } from '@jumush/domain';
import { AccountsRepository } from '../accounts/accounts.repository';

export const JWT_STRATEGY = 'jwt';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ACCESS_TOKEN_AUDIENCE = 'jumush-api';

/**
 * The access tokens' HMAC key as a KeyObject, made once. Given the secret as a string, jsonwebtoken first tries to
 * parse it as a public key on every sign and verify and catches the failure: a tenth of all CPU in a profile of
 * authenticated requests.
 */
export function accessTokenKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

/** The actor of a request, with what the access guard checks beyond the role. */
export interface SignedInActor extends Actor {
  emailVerified: boolean;
  twoFactorEnabled: boolean;
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  country: string | null;
  /** The sign-in (refresh-token family) the token was issued for: ending it refuses the token at once. */
  sid?: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    config: ApiConfig,
    private readonly accounts: AccountsRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken's verify, which takes a KeyObject; its types name only strings and buffers.
      secretOrKey: accessTokenKey(config.JWT_ACCESS_SECRET) as unknown as Buffer,
      algorithms: ['HS256'],
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  /**
   * A token outlives nothing: the account it names must still exist and be enabled, and its sign-in not ended
   * (deleted or disabled accounts and ended sessions get 401 at once, not a 500 further down).
   */
  async validate(claims: AccessTokenClaims): Promise<SignedInActor | false> {
    if (typeof claims.sub !== 'string' || !ALL_ROLES.includes(claims.role)) return false;
    const sessionId = typeof claims.sid === 'string' && UUID.test(claims.sid) ? claims.sid : null;
    const accepted = await this.accounts.acceptsToken(claims.sub, sessionId);
    if (!accepted) return false;
    return {
      id: claims.sub,
      role: claims.role,
      originCountry: claims.country ?? null,
      // Read with every request (the same lookup): a confirmed address, or an attaché's new regions, count at once,
      // without a new token.
      coveredRegions: accepted.coveredRegions,
      emailVerified: accepted.emailVerified,
      // Read with every request too: an enrolment counts at once, and an admin's reset at the next request.
      twoFactorEnabled: accepted.twoFactorEnabled,
    };
  }
}
