/** Sign-in, token rotation and sign-out. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionView } from '@jumush/contracts';
import { ApiConfig, Clock } from '@jumush/server/config';
import type { AccountEntity } from '@jumush/server/database';
import { toAccountView } from '../accounts/account-view';
import { AccountsService } from '../accounts/accounts.service';
import { ProblemException } from '../http/problem';
import { retryAfterMinutes } from '../redis/rate-counters';
import { ACCESS_TOKEN_AUDIENCE, type AccessTokenClaims } from './jwt.strategy';
import { LoginRateLimiter, loginIdentity } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export interface IssuedSession {
  session: SessionView;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/**
 * A wrong password and a login with no account get this same answer, on the same path (a decoy argon2 verify for
 * the missing account), so neither the answer nor its timing tells whether an account exists. A failure that makes
 * the next attempt wait says how long in Retry-After.
 */
const invalidCredentials = (retryAfterSeconds: number) =>
  new ProblemException(401, {
    code: 'auth.invalidCredentials',
    detail: 'The phone/email or password is wrong.',
    ...(retryAfterSeconds > 0 ? { headers: { 'Retry-After': String(retryAfterSeconds) } } : {}),
  });

/** Too many failures: at this login (from this address or from everywhere), or from this address at any login. */
const tooMany = (retryAfterSeconds: number) =>
  new ProblemException(429, {
    code: 'auth.tooManyAttempts',
    detail: `Too many failed sign-in attempts. Try again in ${retryAfterMinutes(retryAfterSeconds)} min.`,
    params: { retryAfterSeconds, retryAfterMinutes: retryAfterMinutes(retryAfterSeconds) },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly jwt: JwtService,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks a login and password. Every refusal is the same for a login with an account and one without: the
   * failures are counted by the login as the account would store it (E.164 phone, lower-cased email) on one path,
   * and slow the next attempts (login-lockout.ts) rather than lock anyone out. Only failures count towards the
   * address limit: successful sign-ins from one shared address (a carrier's NAT) never slow anyone.
   */
  async verifyCredentials(login: string, password: string, ip: string): Promise<AccountEntity> {
    const byAddress = await this.limiter.checkAddress(ip);
    if (!byAddress.allowed) throw tooMany(byAddress.retryAfterSeconds);
    const identity = loginIdentity(login);
    const wait = await this.limiter.secondsToWait(identity, ip, this.clock.now());
    if (wait > 0) throw tooMany(wait);

    const account = await this.accounts.findByLogin(login);
    // A missing account is verified against a decoy hash: both paths take one argon2 verify.
    const matches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !matches) {
      const [next] = await Promise.all([this.limiter.failed(identity, ip, this.clock.now()), this.limiter.failedFromAddress(ip)]);
      throw invalidCredentials(next);
    }
    await this.limiter.succeeded(identity, ip);
    return account;
  }

  /** Starts a new sign-in: a new token family. */
  startSession(account: AccountEntity): Promise<IssuedSession> {
    return this.issue(account, randomUUID());
  }

  /**
   * Exchanges a refresh token for a new pair. A token that was already rotated means it was
   * copied: the whole family is revoked and the caller must sign in again.
   */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    const unauthenticated = new ProblemException(401, {
      code: 'auth.unauthenticated',
      detail: 'Sign in to continue.',
    });
    if (!refreshToken) throw unauthenticated;
    const now = this.clock.now();
    const rotated = await this.dataSource.transaction(async (manager) => {
      const stored = await this.refreshTokens.findByHashForUpdate(manager, hashToken(refreshToken));
      if (!stored || stored.revokedAt || stored.expiresAt <= now) return null;
      if (stored.rotatedAt) {
        await this.refreshTokens.revokeFamily(stored.familyId, now, manager);
        return null;
      }
      await this.refreshTokens.markRotated(manager, stored.id, now);
      return stored;
    });
    if (!rotated) throw unauthenticated;
    const account = await this.accounts.findById(rotated.accountId);
    if (!account) throw unauthenticated;
    return this.issue(account, rotated.familyId);
  }

  /** Revokes the presented token's whole family. Unknown tokens are ignored: logout always succeeds. */
  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    const stored = await this.refreshTokens.findByHash(hashToken(refreshToken));
    if (!stored) return;
    await this.refreshTokens.revokeFamily(stored.familyId, this.clock.now());
  }

  private async issue(account: AccountEntity, familyId: string): Promise<IssuedSession> {
    const claims: AccessTokenClaims = {
      sub: account.id,
      role: account.role,
      country: account.originCountry,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      audience: ACCESS_TOKEN_AUDIENCE,
      algorithm: 'HS256',
    });
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000);
    await this.refreshTokens.insert({ accountId: account.id, familyId, tokenHash: hashToken(refreshToken), expiresAt: refreshExpiresAt });
    return {
      session: {
        accessToken,
        expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
        account: toAccountView(account),
      },
      refreshToken,
      refreshExpiresAt,
    };
  }
}
