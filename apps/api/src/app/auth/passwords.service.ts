/**
 * Password change and reset. A change needs the current password; a reset needs a one-time secret sent to the
 * sign-in address (a code by SMS for a phone, a link by e-mail otherwise), issued in the transaction that writes the
 * outbox row sending it, sealed in that row. Both end the account's other sign-ins, are audited, and tell the person.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxTopic, type PasswordResetRequestedView } from '@jumush/contracts';
import {
  OneTimeSecretPurpose,
  PASSWORD_RESET_LIFETIME_MINUTES,
  Role,
  codeProvesPhone,
  oneTimeSecretFormOf,
  phoneNeedsVerification,
  passwordResetDeliveryFor,
  type Actor,
  type OneTimeSecretRefusal,
} from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { AccountEntity } from '@jumush/server/database';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AccountsService } from '../accounts/accounts.service';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { OneTimeSecretsService, type OneTimeSecretCheck } from '../one-time-secrets/one-time-secrets.service';
import { OutboxService } from '../outbox/outbox.service';
import { retryAfterMinutes } from '../redis/rate-counters';
import { LoginRateLimiter, loginIdentity } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { PasswordResetLimiter } from './password-reset-limiter';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/**
 * A reset request is answered no sooner than this: with an account it issues a secret and writes the outbox row,
 * without one it does nothing, and the difference must not show in the answer's timing.
 */
export const PASSWORD_RESET_ANSWER_MS = 400;

export type ResetConfirmation = { newPassword: string; ip: string } & ({ token: string } | { login: string; code: string });

const tooMany = (retryAfterSeconds: number) =>
  new ProblemException(429, {
    code: 'auth.tooManyAttempts',
    detail: `Too many attempts. Try again in ${retryAfterMinutes(retryAfterSeconds)} min.`,
    params: { retryAfterSeconds, retryAfterMinutes: retryAfterMinutes(retryAfterSeconds) },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });

/** A code or link that did not work: why (expired, used, wrong), on the field that carried it. */
function refused(field: 'code' | 'token', refusal: OneTimeSecretRefusal, attemptsLeft?: number): ProblemException {
  const code = `passwordReset.${refusal === 'INVALID' ? 'invalid' : refusal === 'EXPIRED' ? 'expired' : 'used'}`;
  const params = attemptsLeft === undefined ? undefined : { attemptsLeft };
  return new ProblemException(400, {
    code,
    detail:
      refusal === 'EXPIRED'
        ? 'This code or link has expired: ask for a new one.'
        : refusal === 'USED'
          ? 'This code or link was already used or replaced: ask for a new one.'
          : 'This code or link is not valid.',
    ...(params ? { params } : {}),
    errors: [{ field, code, message: 'Not accepted', ...(params ? { params } : {}) }],
  });
}

@Injectable()
export class PasswordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly accountRows: AccountsRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly secrets: OneTimeSecretsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly loginLimiter: LoginRateLimiter,
    private readonly resetLimiter: PasswordResetLimiter,
    private readonly clock: Clock,
  ) {}

  /**
   * The signed-in person sets a new password, proving the current one. A wrong current password counts as a failed
   * sign-in of the login (a stolen session cannot guess it faster than the sign-in page). Every other sign-in ends.
   */
  async change(actor: Actor, currentPassword: string, newPassword: string, keepSessionId: string | null, ip: string): Promise<void> {
    const account = await this.accounts.findById(actor.id);
    if (!account) throw new ProblemException(401, { code: 'auth.unauthenticated', detail: 'Sign in to continue.' });
    const identity = this.identityOf(account);
    const wait = await this.loginLimiter.secondsToWait(identity, ip, this.clock.now());
    if (wait > 0) throw tooMany(wait);
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      await this.loginLimiter.failed(identity, ip, this.clock.now());
      throw new ProblemException(400, {
        code: 'validation.failed',
        detail: 'The current password is wrong.',
        errors: [{ field: 'currentPassword', code: 'password.currentWrong', message: 'The current password is wrong.' }],
      });
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.setPassword(manager, account, passwordHash, { keepSessionId, secrets: 'recovery' });
      await this.audit.record(manager, actor, { action: 'account.passwordChanged', subjectType: 'account', subjectId: account.id });
    });
  }

  /**
   * Sends a reset code or link to the login's account, if there is one. The answer is the same either way, and comes
   * no sooner than PASSWORD_RESET_ANSWER_MS; only the rate limits (counted by the login whether or not it has an
   * account) refuse.
   */
  async requestReset(login: string, ip: string): Promise<PasswordResetRequestedView> {
    const started = Date.now();
    const delivery = passwordResetDeliveryFor(login);
    const answer: PasswordResetRequestedView = { delivery, expiresInMinutes: PASSWORD_RESET_LIFETIME_MINUTES };
    const decision = await this.resetLimiter.request(loginIdentity(login), ip);
    if (!decision.allowed) throw tooMany(decision.retryAfterSeconds);
    const account = await this.accounts.findByLogin(login);
    if (account && !account.disabledAt) {
      await this.dataSource.transaction(async (manager) => {
        const { secret } = await this.secrets.issue(manager, {
          accountId: account.id,
          purpose: OneTimeSecretPurpose.PasswordReset,
          form: oneTimeSecretFormOf(account.role === Role.Migrant ? 'SMS_CODE' : 'EMAIL_LINK'),
          subject: account.phone ?? account.email,
        });
        await this.outbox.enqueueSecret(manager, {
          topic: OutboxTopic.PasswordResetRequested,
          aggregateType: 'account',
          aggregateId: account.id,
          recipientId: account.id,
          secret,
          payload: { expiresInMinutes: PASSWORD_RESET_LIFETIME_MINUTES },
        });
      });
    }
    const left = PASSWORD_RESET_ANSWER_MS - (Date.now() - started);
    if (left > 0) await sleep(left);
    return answer;
  }

  /**
   * Sets the new password with a reset code (with its login) or a reset or set-up link's token. On success every
   * session and every other live secret of the account ends, and the login's sign-in slow-down is forgotten: a
   * stranger failing to sign in never keeps the owner out once they reset.
   */
  async confirmReset(confirmation: ResetConfirmation): Promise<void> {
    const byAddress = await this.resetLimiter.checkAddress(confirmation.ip);
    if (!byAddress.allowed) throw tooMany(byAddress.retryAfterSeconds);
    const passwordHash = await this.hasher.hash(confirmation.newPassword);
    const field = 'token' in confirmation ? 'token' : 'code';
    // The check commits even when it fails: a wrong code must count against the code.
    const outcome = await this.dataSource.transaction(async (manager) => {
      const check = await this.checkSecret(manager, confirmation);
      if (!check.ok) return { check, account: null };
      const account = await this.accounts.findById(check.accountId);
      if (!account || account.disabledAt) return { check: { ok: false, refusal: 'INVALID' } as const, account: null };
      await this.setPassword(manager, account, passwordHash, { keepSessionId: null, secrets: 'all' });
      await this.audit.record(
        manager,
        { id: account.id, role: account.role, originCountry: account.originCountry },
        { action: 'account.passwordReset', subjectType: 'account', subjectId: account.id, data: { by: field === 'code' ? 'SMS_CODE' : 'LINK' } },
      );
      // A reset code typed back proves the number it was sent to, as a verification code would.
      if (field === 'code' && phoneNeedsVerification(account) && codeProvesPhone(check.subject, account.phone)) {
        await this.accountRows.markPhoneVerified(manager, account.id, this.clock.now());
        await this.audit.record(
          manager,
          { id: account.id, role: account.role, originCountry: account.originCountry },
          {
            action: 'account.phoneVerified',
            subjectType: 'account',
            subjectId: account.id,
            data: { phone: account.phone, by: 'PASSWORD_RESET_CODE' },
          },
        );
      }
      return { check, account };
    });
    if (!outcome.check.ok || !outcome.account) {
      await this.resetLimiter.failedConfirmation(confirmation.ip);
      const check = outcome.check as Extract<OneTimeSecretCheck, { ok: false }>;
      throw refused(field, check.refusal, check.attemptsLeft);
    }
    await this.loginLimiter.succeeded(this.identityOf(outcome.account), confirmation.ip);
  }

  private async checkSecret(manager: EntityManager, confirmation: ResetConfirmation): Promise<OneTimeSecretCheck> {
    if ('token' in confirmation) {
      const reset = await this.secrets.useLink(manager, OneTimeSecretPurpose.PasswordReset, confirmation.token);
      if (reset.ok || reset.refusal !== 'INVALID') return reset;
      // The first admin's (or anyone's) set-up link sets the first password on the same page.
      return this.secrets.useLink(manager, OneTimeSecretPurpose.AccountSetup, confirmation.token);
    }
    const account = await this.accounts.findByLogin(confirmation.login);
    if (!account) return { ok: false, refusal: 'INVALID' };
    return this.secrets.useCode(manager, OneTimeSecretPurpose.PasswordReset, account.id, confirmation.code);
  }

  /**
   * The new password, in the caller's transaction: the other sessions end (all of them for a reset), the live
   * one-time secrets stop working (after a reset every one of them; after a change the reset and set-up ones, a
   * pending address verification stays), and the person is told on their sign-in address.
   */
  private async setPassword(
    manager: EntityManager,
    account: AccountEntity,
    passwordHash: string,
    options: { keepSessionId: string | null; secrets: 'all' | 'recovery' },
  ) {
    const now = this.clock.now();
    await this.accountRows.updatePasswordHash(manager, account.id, passwordHash, now);
    await this.refreshTokens.revokeAccountSessions(account.id, now, { keep: options.keepSessionId }, manager);
    if (options.secrets === 'all') await this.secrets.revokeAll(manager, account.id);
    else {
      await this.secrets.revokeAll(manager, account.id, OneTimeSecretPurpose.PasswordReset);
      await this.secrets.revokeAll(manager, account.id, OneTimeSecretPurpose.AccountSetup);
    }
    await this.outbox.enqueue(manager, {
      topic: OutboxTopic.PasswordChanged,
      aggregateType: 'account',
      aggregateId: account.id,
      recipientIds: [account.id],
      payload: {},
    });
  }

  private identityOf(account: AccountEntity): string {
    return loginIdentity(account.email ?? account.phone ?? '');
  }
}
