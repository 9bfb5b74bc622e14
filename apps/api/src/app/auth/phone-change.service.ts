/**
 * A migrant changes the number they sign in with, proving the current password (a wrong one counts as a failed
 * sign-in, as a password change does). The new number is unproven: a code goes to it at once, the codes sent to the
 * old one stop working, and until the new code is typed the migrant gets no SMS but codes and cannot apply.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OneTimeSecretPurpose, type Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { uniqueViolationOf, type AccountEntity } from '@jumush/server/database';
import { AccountsRepository } from '../accounts/accounts.repository';
import { PhoneVerificationService } from '../accounts/phone-verification.service';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { OneTimeSecretsService } from '../one-time-secrets/one-time-secrets.service';
import { retryAfterMinutes } from '../redis/rate-counters';
import { LoginRateLimiter, loginIdentity } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';

@Injectable()
export class PhoneChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly phoneVerification: PhoneVerificationService,
    private readonly secrets: OneTimeSecretsService,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly loginLimiter: LoginRateLimiter,
    private readonly clock: Clock,
  ) {}

  async change(actor: Actor, phone: string, currentPassword: string, ip: string): Promise<AccountEntity> {
    const account = await this.accounts.findById(actor.id);
    if (!account?.phone) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such account.' });
    const identity = loginIdentity(account.phone);
    const wait = await this.loginLimiter.secondsToWait(identity, ip, this.clock.now());
    if (wait > 0)
      throw new ProblemException(429, {
        code: 'auth.tooManyAttempts',
        detail: `Too many attempts. Try again in ${retryAfterMinutes(wait)} min.`,
        params: { retryAfterSeconds: wait, retryAfterMinutes: retryAfterMinutes(wait) },
        headers: { 'Retry-After': String(wait) },
      });
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      await this.loginLimiter.failed(identity, ip, this.clock.now());
      throw new ProblemException(400, {
        code: 'validation.failed',
        detail: 'The current password is wrong.',
        errors: [{ field: 'currentPassword', code: 'password.currentWrong', message: 'The current password is wrong.' }],
      });
    }
    if (phone === account.phone) return account;
    try {
      await this.dataSource.transaction(async (manager) => {
        const now = this.clock.now();
        await this.accounts.changePhone(manager, account.id, phone, now);
        // Codes sent to the old number prove nothing about the new one.
        await this.secrets.revokeAll(manager, account.id, OneTimeSecretPurpose.PhoneVerification);
        await this.secrets.revokeAll(manager, account.id, OneTimeSecretPurpose.PasswordReset);
        await this.phoneVerification.send(manager, { id: account.id, phone });
        await this.audit.record(manager, actor, {
          action: 'account.phoneChanged',
          subjectType: 'account',
          subjectId: account.id,
          data: { from: account.phone, to: phone },
        });
      });
    } catch (error) {
      if (uniqueViolationOf(error))
        throw new ProblemException(409, {
          code: 'validation.failed',
          detail: 'An account with this phone already exists.',
          errors: [{ field: 'phone', code: 'account.phoneTaken', message: 'This phone is already registered.' }],
        });
      throw error;
    }
    await this.phoneVerification.startCooldown(account.id);
    return (await this.accounts.findById(account.id)) ?? account;
  }
}
