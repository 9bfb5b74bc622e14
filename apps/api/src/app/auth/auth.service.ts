/** Sign-in, token rotation and sign-out. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { SessionView } from '@jumush/contracts';
import { DEFAULT_LOCKOUT_POLICY, afterFailedLogin, afterSuccessfulLogin, isLocked } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import { AccountEntity, RefreshTokenEntity } from '@jumush/server/database';
import { toAccountView } from '../accounts/account-view';
import { AccountsService } from '../accounts/accounts.service';
import { ProblemException } from '../http/problem';
import { ACCESS_TOKEN_AUDIENCE, type AccessTokenClaims } from './jwt.strategy';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';

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

const locked = (retryAfterSeconds: number) =>
  new ProblemException(423, {
    code: 'auth.locked',
    detail: 'Too many failed attempts: sign-in is paused for a while.',
    params: { retryAfterSeconds },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });

const tooMany = (retryAfterSeconds: number) =>
  new ProblemException(429, {
    code: 'auth.tooManyAttempts',
    detail: 'Too many sign-in attempts. Try again later.',
    params: { retryAfterSeconds },
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
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly jwt: JwtService,
    private readonly config: ApiConfig,
  ) {}

  /**
   * Checks a login and password. Errors never say whether the account exists: an unknown
   * login is locked after as many failures as a real one.
   */
  async verifyCredentials(login: string, password: string, ip: string): Promise<AccountEntity> {
    const byAddress = await this.limiter.hitAddress(ip);
    if (!byAddress.allowed) throw tooMany(byAddress.retryAfterSeconds);
    const byAccount = await this.limiter.hitAccount(login);
    if (!byAccount.allowed) throw tooMany(byAccount.retryAfterSeconds);

    const now = new Date();
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
      await this.dataSource.getRepository(AccountEntity).update(
        { id: account.id },
        {
          failedLoginCount: next.consecutiveFailures,
          lockedUntil: next.lockedUntil,
        },
      );
      if (isLocked(next, now)) throw locked(lockSeconds);
      throw invalidCredentials();
    }

    const reset = afterSuccessfulLogin();
    if (account.failedLoginCount !== 0 || account.lockedUntil) {
      await this.dataSource.getRepository(AccountEntity).update(
        { id: account.id },
        {
          failedLoginCount: reset.consecutiveFailures,
          lockedUntil: reset.lockedUntil,
        },
      );
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
    const now = new Date();
    const rotated = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stored || stored.revokedAt || stored.expiresAt <= now) return null;
      if (stored.rotatedAt) {
        await manager.update(RefreshTokenEntity, { familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: now });
        return null;
      }
      await manager.update(RefreshTokenEntity, { id: stored.id }, { rotatedAt: now });
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
    const stored = await this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: hashToken(refreshToken) });
    if (!stored) return;
    await this.dataSource.getRepository(RefreshTokenEntity).update({ familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
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
    const refreshExpiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000);
    await this.dataSource.getRepository(RefreshTokenEntity).insert({
      accountId: account.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshExpiresAt,
    });
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
