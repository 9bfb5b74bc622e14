/** Sign-in, token rotation and sign-out. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionView } from '@jumush/contracts';
import { DEFAULT_LOCKOUT_POLICY, afterFailedLogin, afterSuccessfulLogin, isLocked } from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import type { AccountEntity } from '@jumush/server/database';
import { toAccountView } from '../accounts/account-view';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AccountsService } from '../accounts/accounts.service';
import { ProblemException } from '../http/problem';
import { retryAfterMinutes } from '../redis/rate-counters';
import { ACCESS_TOKEN_AUDIENCE, type AccessTokenClaims } from './jwt.strategy';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export interface IssuedSession {
  session: SessionView;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const invalidCredentials = () =>
  new ProblemException(401, {
    code: 'auth.invalidCredentials',
    detail: 'The phone/email or password is wrong.',
  });

export { retryAfterMinutes };

const locked = (retryAfterSeconds: number) =>
  new ProblemException(423, {
    code: 'auth.locked',
    detail: `Too many failed attempts: sign-in is paused. Try again in ${retryAfterMinutes(retryAfterSeconds)} min.`,
    params: { retryAfterSeconds, retryAfterMinutes: retryAfterMinutes(retryAfterSeconds) },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });

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
    private readonly accountRows: AccountsRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly jwt: JwtService,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks a login and password. Errors never say whether the account exists: an unknown
   * login is locked after as many failures as a real one. Only failures count towards the address and
   * login limits: successful sign-ins from one shared address (a carrier's NAT) never lock anyone.
   */
  async verifyCredentials(login: string, password: string, ip: string): Promise<AccountEntity> {
    const byAddress = await this.limiter.checkAddress(ip);
    if (!byAddress.allowed) throw tooMany(byAddress.retryAfterSeconds);
    const byAccount = await this.limiter.checkAccount(login);
    if (!byAccount.allowed) throw tooMany(byAccount.retryAfterSeconds);
    try {
      return await this.checkPassword(login, password);
    } catch (error) {
      // A wrong password or a locked account counts; an outage (no ProblemException) is nobody's failed attempt.
      if (error instanceof ProblemException) await Promise.all([this.limiter.failedFromAddress(ip), this.limiter.failedAtAccount(login)]);
      throw error;
    }
  }

  private async checkPassword(login: string, password: string): Promise<AccountEntity> {
    const now = this.clock.now();
    const lockSeconds = Math.ceil(DEFAULT_LOCKOUT_POLICY.lockDurationMs / 1000);
    const account = await this.accounts.findByLogin(login);
    if (!account) {
      await this.hasher.verify(null, password);
      const failures = await this.limiter.recordFailure(login, lockSeconds);
      if (failures >= DEFAULT_LOCKOUT_POLICY.maxConsecutiveFailures) throw locked(lockSeconds);
      throw invalidCredentials();
    }

    const state = {
      consecutiveFailures: account.failedLoginCount,
      lockedUntil: account.lockedUntil,
    };
    if (state.lockedUntil && isLocked(state, now)) throw locked(Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000));

    if (!(await this.hasher.verify(account.passwordHash, password))) {
      const next = afterFailedLogin(state, now);
      await this.accountRows.updateLoginState(account.id, { failedLoginCount: next.consecutiveFailures, lockedUntil: next.lockedUntil });
      if (isLocked(next, now)) throw locked(lockSeconds);
      throw invalidCredentials();
    }

    const reset = afterSuccessfulLogin();
    if (account.failedLoginCount !== 0 || account.lockedUntil) {
      await this.accountRows.updateLoginState(account.id, { failedLoginCount: reset.consecutiveFailures, lockedUntil: reset.lockedUntil });
    }
    await this.limiter.clear(login);
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
