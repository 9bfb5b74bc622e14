/** Sign-in, token rotation and sign-out. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionView, SignInSessionView, TwoFactorChallengeView } from '@jumush/contracts';
import { TWO_FACTOR_CHALLENGE_SECONDS, type Actor } from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import type { AccountEntity, RefreshTokenEntity } from '@jumush/server/database';
import { toAccountView } from '../accounts/account-view';
import { AccountsService } from '../accounts/accounts.service';
import { ProblemException } from '../http/problem';
import { retryAfterMinutes } from '../redis/rate-counters';
import { ACCESS_TOKEN_AUDIENCE, type AccessTokenClaims } from './jwt.strategy';
import { LoginRateLimiter, loginIdentity } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { TwoFactorService } from './two-factor/two-factor.service';

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

const DAY_MS = 24 * 3600 * 1000;

/** The audience of a two-factor challenge: it opens the second step only, never an API route. */
const TWO_FACTOR_CHALLENGE_AUDIENCE = 'jumush-two-factor';

interface TwoFactorChallengeClaims {
  sub: string;
}

/** A wrong or used code (or recovery code) at the second step; Retry-After when the next attempt must wait. */
const invalidTwoFactorCode = (retryAfterSeconds: number) =>
  new ProblemException(401, {
    code: 'auth.invalidTwoFactorCode',
    detail: 'The code is wrong or was already used.',
    ...(retryAfterSeconds > 0 ? { headers: { 'Retry-After': String(retryAfterSeconds) } } : {}),
  });

const challengeExpired = () =>
  new ProblemException(401, { code: 'auth.twoFactorChallengeExpired', detail: 'Sign in again: the second step took too long.' });

/** Second-step failures are counted per account, apart from the password's (a separate login identity). */
const twoFactorIdentity = (accountId: string) => `two-factor:${accountId}`;

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
    private readonly twoFactor: TwoFactorService,
  ) {}

  /**
   * After a correct password: a session, or, for an account with two-factor on, a short-lived challenge that only
   * the second step accepts (an account that must enrol gets a session the access guard limits to enrolment).
   */
  async afterPassword(account: AccountEntity, userAgent: string | null): Promise<IssuedSession | TwoFactorChallengeView> {
    if (!account.totpEnabledAt) return this.startSession(account, userAgent);
    const claims: TwoFactorChallengeClaims = { sub: account.id };
    const challenge = await this.jwt.signAsync(claims, {
      expiresIn: TWO_FACTOR_CHALLENGE_SECONDS,
      audience: TWO_FACTOR_CHALLENGE_AUDIENCE,
      algorithm: 'HS256',
    });
    return { twoFactorRequired: true, challenge, expiresIn: TWO_FACTOR_CHALLENGE_SECONDS };
  }

  /**
   * The second step: the challenge and a code from the app (or a recovery code) give the session. Failures slow the
   * next attempts as a wrong password does (login-lockout.ts), per account and per client address.
   */
  async completeTwoFactor(
    input: { challenge: string; code?: string; recoveryCode?: string },
    ip: string,
    userAgent: string | null,
  ): Promise<IssuedSession> {
    const accountId = await this.challengedAccount(input.challenge);
    const byAddress = await this.limiter.checkAddress(ip);
    if (!byAddress.allowed) throw tooMany(byAddress.retryAfterSeconds);
    const identity = twoFactorIdentity(accountId);
    const wait = await this.limiter.secondsToWait(identity, ip, this.clock.now());
    if (wait > 0) throw tooMany(wait);

    const account = await this.accounts.findById(accountId);
    if (!account || account.disabledAt || !account.totpEnabledAt) throw challengeExpired();
    const accepted =
      input.recoveryCode !== undefined
        ? await this.twoFactor.useRecoveryCode(account, input.recoveryCode)
        : await this.twoFactor.acceptCode(account, input.code ?? '');
    if (!accepted) {
      const [next] = await Promise.all([this.limiter.failed(identity, ip, this.clock.now()), this.limiter.failedFromAddress(ip)]);
      throw invalidTwoFactorCode(next);
    }
    await this.limiter.succeeded(identity, ip);
    return this.startSession(account, userAgent);
  }

  private async challengedAccount(challenge: string): Promise<string> {
    try {
      const claims = await this.jwt.verifyAsync<TwoFactorChallengeClaims>(challenge, {
        audience: TWO_FACTOR_CHALLENGE_AUDIENCE,
        algorithms: ['HS256'],
      });
      if (typeof claims.sub !== 'string') throw challengeExpired();
      return claims.sub;
    } catch {
      throw challengeExpired();
    }
  }

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
    // A disabled account is refused like a wrong password: the answer tells a stranger nothing about it.
    if (!account || !matches || account.disabledAt) {
      const [next] = await Promise.all([this.limiter.failed(identity, ip, this.clock.now()), this.limiter.failedFromAddress(ip)]);
      throw invalidCredentials(next);
    }
    await this.limiter.succeeded(identity, ip);
    return account;
  }

  /** Starts a new sign-in: a new token family, remembered with the device's user agent. */
  startSession(account: AccountEntity, userAgent: string | null = null): Promise<IssuedSession> {
    return this.issue(account, { familyId: randomUUID(), familyStartedAt: this.clock.now(), userAgent: userAgent?.slice(0, 256) ?? null });
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
      if (!stored || stored.revokedAt || stored.expiresAt <= now || this.pastAbsoluteLifetime(stored.familyStartedAt, now)) return null;
      if (stored.rotatedAt) {
        await this.refreshTokens.revokeFamily(stored.familyId, now, manager);
        return null;
      }
      await this.refreshTokens.markRotated(manager, stored.id, now);
      return stored;
    });
    if (!rotated) throw unauthenticated;
    const account = await this.accounts.findById(rotated.accountId);
    if (!account || account.disabledAt) throw unauthenticated;
    return this.issue(account, rotated);
  }

  /** The account's live sign-ins; the one `refreshToken` belongs to is marked current. */
  async sessions(actor: Actor, refreshToken: string | undefined): Promise<SignInSessionView[]> {
    const now = this.clock.now();
    const current = await this.familyOf(actor, refreshToken);
    const rows = await this.refreshTokens.liveSessions(actor.id, now);
    return rows
      .filter((row) => !this.pastAbsoluteLifetime(row.started_at, now))
      .map((row) => ({
        id: row.family_id,
        userAgent: row.user_agent,
        createdAt: row.started_at.toISOString(),
        lastUsedAt: row.last_used_at.toISOString(),
        expiresAt: this.sessionEnd(row.started_at, row.expires_at).toISOString(),
        current: row.family_id === current,
      }));
  }

  /** Ends one of the account's sign-ins; another account's session, or none, is not found. */
  async endSession(actor: Actor, sessionId: string): Promise<void> {
    const revoked = await this.refreshTokens.revokeAccountSessions(actor.id, this.clock.now(), { only: sessionId });
    if (revoked === 0) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such session.' });
  }

  /** Ends every sign-in of the account but the one `refreshToken` belongs to (all of them without one). */
  async endOtherSessions(actor: Actor, refreshToken: string | undefined): Promise<void> {
    await this.refreshTokens.revokeAccountSessions(actor.id, this.clock.now(), { keep: await this.familyOf(actor, refreshToken) });
  }

  /** The sign-in (token family) `refreshToken` belongs to, when it is the actor's. */
  async familyOf(actor: Actor, refreshToken: string | undefined): Promise<string | null> {
    if (!refreshToken) return null;
    const stored = await this.refreshTokens.findByHash(hashToken(refreshToken));
    return stored && stored.accountId === actor.id ? stored.familyId : null;
  }

  private pastAbsoluteLifetime(familyStartedAt: Date, now: Date): boolean {
    return this.absoluteEnd(familyStartedAt).getTime() <= now.getTime();
  }

  private absoluteEnd(familyStartedAt: Date): Date {
    return new Date(familyStartedAt.getTime() + this.config.REFRESH_SESSION_MAX_DAYS * DAY_MS);
  }

  /** A token's expiry: its own lifetime, never past the sign-in's absolute lifetime. */
  private sessionEnd(familyStartedAt: Date, tokenExpiry: Date): Date {
    const absolute = this.absoluteEnd(familyStartedAt);
    return tokenExpiry.getTime() < absolute.getTime() ? tokenExpiry : absolute;
  }

  /** Revokes the presented token's whole family. Unknown tokens are ignored: logout always succeeds. */
  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    const stored = await this.refreshTokens.findByHash(hashToken(refreshToken));
    if (!stored) return;
    await this.refreshTokens.revokeFamily(stored.familyId, this.clock.now());
  }

  private async issue(
    account: AccountEntity,
    family: Pick<RefreshTokenEntity, 'familyId' | 'familyStartedAt' | 'userAgent'>,
  ): Promise<IssuedSession> {
    const claims: AccessTokenClaims = {
      sub: account.id,
      role: account.role,
      country: account.originCountry,
      sid: family.familyId,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      audience: ACCESS_TOKEN_AUDIENCE,
      algorithm: 'HS256',
    });
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = this.sessionEnd(
      family.familyStartedAt,
      new Date(this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS),
    );
    await this.refreshTokens.insert({
      accountId: account.id,
      familyId: family.familyId,
      familyStartedAt: family.familyStartedAt,
      userAgent: family.userAgent,
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
