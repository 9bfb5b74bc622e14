/**
 * Telling the owner of a phone number or e-mail address that someone tried to register it again. Registration answers
 * such an attempt as if it created an account (nobody learns which logins exist); only the owner hears of it, through
 * the outbox, on their sign-in address and in the app (a security notice: their preferences do not silence it). At most
 * once a day per account, so repeating the attempt neither floods the owner nor runs up the SMS bill.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxTopic } from '@jumush/contracts';
import { calendarToday, homeTimeZoneOf } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { OutboxService } from '../outbox/outbox.service';
import { RateCounters, type RateLimit } from '../redis/rate-counters';
import { AccountsRepository } from './accounts.repository';

/** One alert per account per day, however many attempts. */
export const REGISTRATION_ATTEMPT_ALERTS: RateLimit = { limit: 1, windowSeconds: 86_400 };

export const registrationAttemptAlertKey = (accountId: string) => `registration-attempt:alert:${accountId}`;

/** The login a registration asked for, as it would have been stored. */
export interface AttemptedLogin {
  phone?: string | null;
  email?: string | null;
}

@Injectable()
export class RegistrationAttemptAlerts {
  private readonly logger = new Logger(RegistrationAttemptAlerts.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly outbox: OutboxService,
    private readonly rates: RateCounters,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the notice to the account that holds the login, unless it was told today or is disabled. Never throws: a
   * failure here must not turn the registration's answer into one that says the login is taken.
   */
  async tellOwner(login: AttemptedLogin): Promise<void> {
    try {
      const account = login.phone ? await this.accounts.findByPhone(login.phone) : login.email ? await this.accounts.findByEmail(login.email) : null;
      // A disabled account cannot sign in or reset; it is told nothing, as a reset request for it sends nothing.
      if (!account || account.disabledAt) return;
      const allowance = await this.rates.hit(registrationAttemptAlertKey(account.id), REGISTRATION_ATTEMPT_ALERTS);
      if (!allowance.allowed) return;
      await this.dataSource.transaction((manager) =>
        this.outbox.enqueue(manager, {
          topic: OutboxTopic.RegistrationAttempted,
          aggregateType: 'account',
          aggregateId: account.id,
          recipientIds: [account.id],
          // The day on the owner's calendar (their home country's; Moscow's for an employer or an official).
          payload: { login: login.phone ? 'phone' : 'email', attemptedOn: calendarToday(homeTimeZoneOf(account.originCountry), this.clock.now()) },
        }),
      );
    } catch (error) {
      this.logger.error(`Could not tell the owner of a login about a registration attempt: ${(error as Error).message}`);
    }
  }
}
