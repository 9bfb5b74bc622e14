/**
 * `npm run admin:create`: an ADMIN account with an unusable password (the argon2 hash of a random secret nobody
 * keeps) and a one-time set-up link through which its owner sets the first password. The link is printed, never sent
 * or stored (only its hash is). Used by tools/admin-create.ts, and by its test against the test database.
 */
import { randomBytes } from 'node:crypto';
import { isEmail } from 'class-validator';
import type { DataSource } from 'typeorm';
import { Locale, OneTimeSecretPurpose, Role } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { webLink } from '@jumush/server/notifications';
import { AuditEventsRepository } from '../audit/audit-events.repository';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { OneTimeSecretsRepository } from '../one-time-secrets/one-time-secrets.repository';
import { OneTimeSecretsService } from '../one-time-secrets/one-time-secrets.service';
import { AccountsRepository } from './accounts.repository';

export interface FirstAdminRequest {
  email: string;
  fullName?: string | null;
  /** The public address of the web app (PUBLIC_WEB_URL), e.g. https://jumush.kg. */
  webUrl: string;
  locale?: Locale;
}

export interface FirstAdminResult {
  accountId: string;
  email: string;
  setupLink: string;
  expiresAt: Date;
}

/** A refusal the command prints as it is (one line, no stack trace). */
export class FirstAdminRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FirstAdminRefusal';
  }
}

export async function createAdminWithSetupLink(
  dataSource: DataSource,
  request: FirstAdminRequest,
  clock: Clock = new Clock(),
): Promise<FirstAdminResult> {
  const email = request.email.trim().toLowerCase();
  if (!isEmail(email) || email.length > 254) throw new FirstAdminRefusal(`"${request.email}" is not an e-mail address.`);
  const fullName = request.fullName?.trim() || null;
  if (fullName !== null && (fullName.length < 2 || fullName.length > 120)) throw new FirstAdminRefusal('The name must be 2 to 120 characters long.');
  const locale = request.locale ?? Locale.Russian;
  const accounts = new AccountsRepository(dataSource);
  const audit = new AuditService(new AuditEventsRepository(dataSource));
  const secrets = new OneTimeSecretsService(new OneTimeSecretsRepository(), clock);
  // Nobody knows this password: the account is unusable until the set-up link sets one.
  const passwordHash = await new PasswordHasher().hash(randomBytes(32).toString('base64url'));

  return dataSource.transaction(async (manager) => {
    // Two commands at once for one address: the second waits here and then finds the first's account.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`admin:create:${email}`]);
    if (await accounts.findByEmail(email, manager))
      throw new FirstAdminRefusal(
        `An account with the e-mail ${email} already exists; nothing was changed. Its owner can reset the password from the sign-in page.`,
      );
    const account = await accounts.insert(manager, {
      role: Role.Admin,
      phone: null,
      email,
      fullName,
      passwordHash,
      originCountry: null,
      citizenshipConfirmedAt: null,
      locale,
    });
    // By the system: no person acted (actor null), the command is named in the data.
    await audit.record(manager, null, {
      action: 'account.created',
      subjectType: 'account',
      subjectId: account.id,
      data: { role: Role.Admin, originCountry: null, by: 'admin:create' },
    });
    const { secret, expiresAt } = await secrets.issue(manager, {
      accountId: account.id,
      purpose: OneTimeSecretPurpose.AccountSetup,
      form: 'LINK',
      subject: email,
    });
    return { accountId: account.id, email, setupLink: webLink(request.webUrl, locale, `/account-setup/${secret}`), expiresAt };
  });
}
