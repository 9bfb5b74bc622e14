/**
 * Proving a migrant's phone number: a six-digit code (one-time secrets, purpose PhoneVerification) sent by SMS in
 * the transaction that issued it, the same way a password reset code travels. The code proves the number it was
 * sent to, and only while the account still has it. Until it is proven the number gets no other SMS (the worker's
 * channel choice) and the migrant cannot apply (MyApplicationsService). A new number is unproven again.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxTopic, type PhoneVerificationSentView } from '@jumush/contracts';
import {
  OneTimeSecretPurpose,
  PHONE_VERIFICATION_LIFETIME_MINUTES,
  PHONE_VERIFICATION_RESEND_SECONDS,
  codeProvesPhone,
  phoneNeedsVerification,
  type Actor,
  type OneTimeSecretRefusal,
} from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import type { AccountEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { OneTimeSecretsService, type OneTimeSecretCheck } from '../one-time-secrets/one-time-secrets.service';
import { OutboxService } from '../outbox/outbox.service';
import { RateCounters, retryAfterMinutes } from '../redis/rate-counters';
import { AccountsRepository } from './accounts.repository';

const REFUSED: Record<OneTimeSecretRefusal | 'NUMBER_CHANGED', { code: string; detail: string }> = {
  INVALID: { code: 'phoneVerification.invalid', detail: 'This code is not right.' },
  EXPIRED: { code: 'phoneVerification.expired', detail: 'This code has expired: ask for a new one.' },
  USED: { code: 'phoneVerification.used', detail: 'This code was already used, replaced or tried too often: ask for a new one.' },
  NUMBER_CHANGED: { code: 'phoneVerification.numberChanged', detail: 'The account’s phone number changed since this code was sent.' },
};

/** A code that did not prove the number, on the `code` field, with the tries it has left when it was wrong. */
function refused(refusal: keyof typeof REFUSED, attemptsLeft?: number): ProblemException {
  const { code, detail } = REFUSED[refusal];
  const params = attemptsLeft === undefined ? undefined : { attemptsLeft };
  return new ProblemException(400, {
    code,
    detail,
    ...(params ? { params } : {}),
    errors: [{ field: 'code', code, message: detail, ...(params ? { params } : {}) }],
  });
}

const tooSoon = (retryAfterSeconds: number) =>
  new ProblemException(429, {
    code: 'phoneVerification.tooManyRequests',
    detail: `A new code can be sent in ${retryAfterSeconds} s.`,
    params: { retryAfterSeconds, retryAfterMinutes: retryAfterMinutes(retryAfterSeconds) },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });

export const phoneVerificationCooldownKey = (accountId: string) => `phone-verification:cooldown:${accountId}`;
const resendKey = (accountId: string) => `phone-verification:resend:${accountId}`;

@Injectable()
export class PhoneVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly secrets: OneTimeSecretsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly rates: RateCounters,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  /** Issues a code for the account's current number and writes the SMS carrying it, in the caller's transaction. */
  async send(manager: EntityManager, account: Pick<AccountEntity, 'id' | 'phone'>): Promise<PhoneVerificationSentView> {
    if (!account.phone) return this.sentView();
    const { secret } = await this.secrets.issue(manager, {
      accountId: account.id,
      purpose: OneTimeSecretPurpose.PhoneVerification,
      form: 'CODE',
      subject: account.phone,
    });
    await this.outbox.enqueueSecret(manager, {
      topic: OutboxTopic.PhoneVerificationRequested,
      aggregateType: 'account',
      aggregateId: account.id,
      recipientId: account.id,
      secret,
      payload: { expiresInMinutes: PHONE_VERIFICATION_LIFETIME_MINUTES },
    });
    return this.sentView();
  }

  /** Starts the wait before another code: called once the transaction that sent one committed. */
  async startCooldown(accountId: string): Promise<void> {
    await this.rates.hit(phoneVerificationCooldownKey(accountId), { limit: 1, windowSeconds: PHONE_VERIFICATION_RESEND_SECONDS });
  }

  /**
   * A new code (the old one stops working). At least PHONE_VERIFICATION_RESEND_SECONDS apart, and at most
   * PHONE_VERIFICATION_RESENDS_PER_HOUR an hour per account: each is an SMS, which costs money and annoys the owner.
   * 409 when the number is proven already.
   */
  async resend(actor: Actor): Promise<PhoneVerificationSentView> {
    const account = await this.accounts.findById(actor.id);
    if (!account || !phoneNeedsVerification(account))
      throw new ProblemException(409, { code: 'phoneVerification.alreadyVerified', detail: 'This phone number is confirmed already.' });
    const cooldown = await this.rates.peek(phoneVerificationCooldownKey(account.id), { limit: 1, windowSeconds: PHONE_VERIFICATION_RESEND_SECONDS });
    if (!cooldown.allowed) throw tooSoon(cooldown.retryAfterSeconds);
    const hourly = await this.rates.hit(resendKey(account.id), { limit: this.config.PHONE_VERIFICATION_RESENDS_PER_HOUR, windowSeconds: 3600 });
    if (!hourly.allowed) throw tooSoon(hourly.retryAfterSeconds);
    const sent = await this.dataSource.transaction((manager) => this.send(manager, account));
    await this.startCooldown(account.id);
    return sent;
  }

  /**
   * Uses the account's code: the number it was sent to is proven, if the account still has it. A wrong code counts
   * against the code (the count commits even though the answer is an error); audited on success.
   */
  async confirm(actor: Actor, typed: string): Promise<AccountEntity> {
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ refusal: keyof typeof REFUSED; attemptsLeft?: number } | AccountEntity> => {
        const account = await this.accounts.findForUpdate(manager, actor.id);
        if (!account) return { refusal: 'INVALID' };
        if (account.phoneVerifiedAt && !phoneNeedsVerification(account)) return account;
        const check: OneTimeSecretCheck = await this.secrets.useCode(manager, OneTimeSecretPurpose.PhoneVerification, account.id, typed);
        if (!check.ok) return { refusal: check.refusal, attemptsLeft: check.attemptsLeft };
        if (!codeProvesPhone(check.subject, account.phone)) return { refusal: 'NUMBER_CHANGED' };
        const now = this.clock.now();
        await this.accounts.markPhoneVerified(manager, account.id, now);
        await this.audit.record(
          manager,
          { id: account.id, role: account.role, originCountry: account.originCountry },
          { action: 'account.phoneVerified', subjectType: 'account', subjectId: account.id, data: { phone: account.phone } },
        );
        return Object.assign(account, { phoneVerifiedAt: now });
      },
    );
    if ('refusal' in outcome) throw refused(outcome.refusal, outcome.attemptsLeft);
    return outcome;
  }

  private sentView(): PhoneVerificationSentView {
    return { expiresInMinutes: PHONE_VERIFICATION_LIFETIME_MINUTES, resendInSeconds: PHONE_VERIFICATION_RESEND_SECONDS };
  }
}
