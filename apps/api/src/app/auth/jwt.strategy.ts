/** Validates short-lived access tokens (Authorization: Bearer …) and turns them into an Actor. */
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ApiConfig } from '@jumush/server/config';
import { ALL_ROLES, type Actor, type Role } from '@jumush/domain';
import { AccountsRepository } from '../accounts/accounts.repository';

export const JWT_STRATEGY = 'jwt';
export const ACCESS_TOKEN_AUDIENCE = 'jumush-api';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  country: string | null;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    config: ApiConfig,
    private readonly accounts: AccountsRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_ACCESS_SECRET,
      algorithms: ['HS256'],
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  /** A token outlives nothing: the account it names must still exist (deleted accounts get 401, not a 500 further down). */
  async validate(claims: AccessTokenClaims): Promise<Actor | false> {
    if (typeof claims.sub !== 'string' || !ALL_ROLES.includes(claims.role)) return false;
    if (!(await this.accounts.exists(claims.sub))) return false;
    return {
      id: claims.sub,
      role: claims.role,
      originCountry: claims.country ?? null,
    };
  }
}
