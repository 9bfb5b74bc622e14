/**
 * The one-time link that lets a staff account an admin created set its first password (the same purpose and page as
 * `npm run admin:create`'s printed link), sent by e-mail in the transaction that created the account.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxTopic } from '@jumush/contracts';
import { OneTimeSecretPurpose } from '@jumush/domain';
import type { AccountEntity } from '@jumush/server/database';
import { OneTimeSecretsService } from '../one-time-secrets/one-time-secrets.service';
import { OutboxService } from '../outbox/outbox.service';

@Injectable()
export class AccountSetupLinks {
  constructor(
    private readonly secrets: OneTimeSecretsService,
    private readonly outbox: OutboxService,
  ) {}

  async send(manager: EntityManager, account: Pick<AccountEntity, 'id' | 'email' | 'locale'>): Promise<void> {
    if (!account.email) return;
    const { secret } = await this.secrets.issue(manager, {
      accountId: account.id,
      purpose: OneTimeSecretPurpose.AccountSetup,
      form: 'LINK',
      subject: account.email,
    });
    await this.outbox.enqueueSecret(manager, {
      topic: OutboxTopic.AccountSetupRequested,
      aggregateType: 'account',
      aggregateId: account.id,
      recipientId: account.id,
      to: { email: account.email, locale: account.locale },
      secret,
    });
  }
}
