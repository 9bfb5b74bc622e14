/**
 * Proving an account's e-mail address: a single-use, expiring link (one-time secrets, purpose EmailVerification) sent
 * by e-mail in the transaction that issued it. The link proves the address it was sent to, and only while the account
 * still has that address. Until it is proven an employer may sign in but not act for a company (AccessGuard).
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxTopic } from '@jumush/contracts';
import { OneTimeSecretPurpose, type Actor, type OneTimeSecretRefusal } from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import type { AccountEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { OneTimeSecretsService } from '../one-time-secrets/one-time-secrets.service';
import { OutboxService } from '../outbox/outbox.service';
import { RateCounters, retryAfterMinutes } from '../redis/rate-counters';
import { AccountsRepository } from './accounts.repository';

const REFUSED: Record<OneTimeSecretRefusal | 'ADDRESS_CHANGED', { code: string; detail: string }> = {
  INVALID: { code: 'emailVerification.invalid', detail: 'This confirmation link is not valid.' },
  EXPIRED: { code: 'emailVerification.expired', detail: 'This confirmation link has expired; ask for a new one.' },
  USED: { code: 'emailVerification.used', detail: 'This confirmation link was used already.' },
  ADDRESS_CHANGED: { code: 'emailVerification.addressChanged', detail: 'The account’s e-mail changed since this link was sent.' },
};

const refused = (refusal: keyof typeof REFUSED) => new ProblemException(400, REFUSED[refusal]);

@Injectable()
export class EmailVerificationService {
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

  /** Issues a link for the account's current address and writes the e-mail carrying it, in the caller's transaction. */
  async send(manager: EntityManager, account: Pick<AccountEntity, 'id' | 'email' | 'locale'>): Promise<void> {
    if (!account.email) return;
    const { secret } = await this.secrets.issue(manager, {
      accountId: account.id,
      purpose: OneTimeSecretPurpose.EmailVerification,
      form: 'LINK',
      subject: account.email,
    });
    await this.outbox.enqueueSecret(manager, {
      topic: OutboxTopic.EmailVerificationRequested,
      aggregateType: 'account',
      aggregateId: account.id,
      recipientId: account.id,
      to: { email: account.email, locale: account.locale },
      secret,
    });
  }

  /** A new link (the old one stops working); nothing when the address is proven already. Rate-limited per account. */
  async resend(actor: Actor): Promise<void> {
    const account = await this.accounts.findById(actor.id);
    if (!account?.email || account.emailVerifiedAt) return;
    const allowance = await this.rates.hit(`email-verification:resend:${actor.id}`, {
      limit: this.config.EMAIL_VERIFICATION_RESENDS_PER_HOUR,
      windowSeconds: 3600,
    });
    if (!allowance.allowed)
      throw new ProblemException(429, {
        code: 'emailVerification.tooManyRequests',
        detail: 'Too many confirmation e-mails were asked for. Try again later.',
        params: { retryAfterSeconds: allowance.retryAfterSeconds, retryAfterMinutes: retryAfterMinutes(allowance.retryAfterSeconds) },
        headers: { 'Retry-After': String(allowance.retryAfterSeconds) },
      });
    await this.dataSource.transaction((manager) => this.send(manager, account));
  }

  /** Uses a link: the address it was sent to is proven, if the account still has it. Audited. */
  async confirm(token: string): Promise<{ accountId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const check = await this.secrets.useLink(manager, OneTimeSecretPurpose.EmailVerification, token);
      if (!check.ok) throw refused(check.refusal);
      const account = await this.accounts.findForUpdate(manager, check.accountId);
      if (!account) throw refused('INVALID');
      if (!account.email || account.email !== check.subject) throw refused('ADDRESS_CHANGED');
      if (await this.accounts.markEmailVerified(manager, account.id, this.clock.now())) {
        await this.audit.record(
          manager,
          { id: account.id, role: account.role, originCountry: account.originCountry },
          { action: 'account.emailVerified', subjectType: 'account', subjectId: account.id, data: { email: account.email } },
        );
      }
      return { accountId: account.id };
    });
  }
}
