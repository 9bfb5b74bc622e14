/** Creating and reading accounts. */
import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AdminAccountsQueryDto, CreateAttacheDto, Page, RegisterEmployerDto, RegisterMigrantDto } from '@jumush/contracts';
import { Locale, RUSSIAN_REGIONS, Role, canActOnOwnedResource, type Actor } from '@jumush/domain';
import { mobilePhoneProblem, normalizeMobilePhone } from '@jumush/domain/phone';
import { Clock } from '@jumush/server/config';
import { AccountEntity, uniqueViolationOf } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { ProblemException } from '../http/problem';
import { AccountSetupLinks } from './account-setup-links';
import { OriginCountriesService } from '../origin-countries/origin-countries.service';
import { AccountsRepository } from './accounts.repository';
import { EmailVerificationService } from './email-verification.service';
import { PhoneVerificationService } from './phone-verification.service';
import { RegistrationAttemptAlerts } from './registration-attempt-alerts';

interface NewAccount {
  role: Role;
  phone?: string | null;
  email?: string | null;
  fullName?: string | null;
  /** Null: nobody knows the password until the owner sets one through the e-mailed set-up link. */
  password: string | null;
  originCountry?: string | null;
  /** Set when the migrant chose the citizenship themselves. */
  citizenshipConfirmedAt?: Date | null;
  locale: Locale;
  /** Set when the address needs no proof (an admin gave it); an employer's is proven through a link. */
  emailVerifiedAt?: Date | null;
  /** A region-scoped attaché's regions; null: all of Russia. */
  coveredRegions?: string[] | null;
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly emailVerification: EmailVerificationService,
    private readonly attemptAlerts: RegistrationAttemptAlerts,
    private readonly setupLinks: AccountSetupLinks,
    private readonly phoneVerification: PhoneVerificationService,
    private readonly countries: OriginCountriesService,
  ) {}

  /**
   * The citizenship must be an active origin country, the phone a mobile number of one of them or of Russia (a
   * national form is read as a number of the citizenship): both are data, so they are checked here, not in the DTO.
   */
  async registerMigrant(dto: RegisterMigrantDto): Promise<AccountEntity> {
    const [country, phoneCountries] = await Promise.all([this.countries.byCode(dto.citizenship), this.countries.phoneCountries()]);
    const phone = normalizeMobilePhone(dto.phone, dto.citizenship, phoneCountries);
    const phoneProblem = mobilePhoneProblem(phone, dto.citizenship, phoneCountries);
    const errors = [
      ...(phoneProblem ? [{ field: 'phone', code: phoneProblem, message: phoneProblem }] : []),
      ...(country?.active
        ? []
        : [{ field: 'citizenship', code: 'account.unknownCountry', message: `Not an origin country the exchange takes: ${dto.citizenship}` }]),
    ];
    if (errors.length > 0) throw new ProblemException(400, { code: 'validation.failed', errors });
    const account = await this.create(null, {
      role: Role.Migrant,
      phone,
      password: dto.password,
      locale: dto.locale ?? Locale.Kyrgyz,
      // Chosen by the migrant, never guessed from the phone number (a Kyrgyz citizen may use a Russian SIM).
      originCountry: dto.citizenship,
      citizenshipConfirmedAt: this.clock.now(),
    });
    // A stand-in for a taken number sent nothing; its id names no account, so starting its wait tells nobody anything.
    await this.phoneVerification.startCooldown(account.id);
    return account;
  }

  registerEmployer(dto: RegisterEmployerDto): Promise<AccountEntity> {
    return this.create(null, {
      role: Role.Employer,
      email: dto.email,
      fullName: dto.fullName,
      password: dto.password,
      locale: dto.locale ?? Locale.Russian,
    });
  }

  async createAttache(actor: Actor, dto: CreateAttacheDto): Promise<AccountEntity> {
    if (!(await this.countries.byCode(dto.originCountry))) {
      throw new ProblemException(400, {
        code: 'validation.failed',
        errors: [
          {
            field: 'originCountry',
            code: 'account.unknownCountry',
            message: `Unknown origin country ${dto.originCountry}`,
          },
        ],
      });
    }
    return this.create(actor, {
      role: Role.Attache,
      email: dto.email,
      fullName: dto.fullName,
      password: dto.password ?? null,
      originCountry: dto.originCountry,
      // Kept in the reference's order, so the account reads the same however the admin listed them.
      coveredRegions: dto.coveredRegions ? RUSSIAN_REGIONS.map((region) => region.code).filter((code) => dto.coveredRegions?.includes(code)) : null,
      locale: dto.locale ?? Locale.Russian,
      // The admin who creates the account gives the address; it is not asked to prove it.
      emailVerifiedAt: this.clock.now(),
    });
  }

  /** Finds the account a login identifier names: a phone number or an email address. */
  async findByLogin(login: string): Promise<AccountEntity | null> {
    if (login.includes('@')) return this.accounts.findByEmail(login.trim().toLowerCase());
    return this.accounts.findByPhone(normalizeMobilePhone(login, null, await this.countries.phoneCountries()));
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.accounts.findById(id);
  }

  /** The account itself or an admin may read it; anyone else is told it does not exist. */
  async getVisibleTo(actor: Actor, id: string): Promise<AccountEntity> {
    const account = canActOnOwnedResource(actor, id) ? await this.findById(id) : null;
    if (!account)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such account.',
      });
    return account;
  }

  async updateLocale(actor: Actor, locale: Locale): Promise<AccountEntity> {
    await this.accounts.updateLocale(actor.id, locale);
    return this.getVisibleTo(actor, actor.id);
  }

  /** An admin disables an account: it can no longer sign in, and its sessions and tokens end at once (audited). */
  async disable(actor: Actor, id: string): Promise<void> {
    // An admin who disabled their own account could lock the last admin out of the console.
    if (id === actor.id) throw new ProblemException(409, { code: 'account.cannotDisableSelf', detail: 'Another admin must disable this account.' });
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.accounts.disable(manager, id, this.clock.now()))) {
        throw new ProblemException(404, { code: 'http.notFound', detail: 'No such account.' });
      }
      await this.audit.record(manager, actor, { action: 'account.disabled', subjectType: 'account', subjectId: id });
    });
  }

  /** An admin lets a disabled account sign in again (audited); it starts with no session. */
  async enable(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.accounts.enable(manager, id))) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such account.' });
      await this.audit.record(manager, actor, { action: 'account.enabled', subjectType: 'account', subjectId: id });
    });
  }

  /**
   * An admin marks an admin account supervisor of origin countries (known ones, active or not): their overdue items
   * escalate to it. An empty list makes it supervise none in particular. Audited with the countries before and after.
   */
  async setSupervisedCountries(actor: Actor, id: string, countries: readonly string[]): Promise<AccountEntity> {
    const known = new Set((await this.countries.all()).map((country) => country.code));
    const unknown = countries.find((code) => !known.has(code));
    if (unknown)
      throw new ProblemException(422, {
        code: 'validation.failed',
        errors: [{ field: 'countries', code: 'account.unknownCountry', message: `No origin country ${unknown}.`, params: { country: unknown } }],
      });
    const to = [...countries].sort();
    await this.dataSource.transaction(async (manager) => {
      const account = await this.accounts.supervisionForUpdate(manager, id);
      if (!account) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such account.' });
      if (account.role !== Role.Admin)
        throw new ProblemException(409, { code: 'account.notAdmin', detail: 'Only an admin account supervises countries.' });
      const from = account.supervisedCountries ?? [];
      if (JSON.stringify(from) === JSON.stringify(to)) return;
      await this.accounts.setSupervisedCountries(manager, id, to.length > 0 ? to : null);
      await this.audit.record(manager, actor, { action: 'account.supervisionChanged', subjectType: 'account', subjectId: id, data: { from, to } });
    });
    return (await this.accounts.findById(id)) as AccountEntity;
  }

  async list(page: number, pageSize: number, role?: Role): Promise<Page<AccountEntity>> {
    const [items, total] = await this.accounts.findPage({ page, pageSize, role });
    return { items, total, page, pageSize };
  }

  /** The admin's search: by part of an e-mail, a phone number's digits or a name, narrowed by role and country. */
  async search(query: AdminAccountsQueryDto): Promise<Page<AccountEntity>> {
    const { items, total } = await this.accounts.search(query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** An admin ends every sign-in of an account (a lost phone, a leaked password); audited with how many ended. */
  async revokeSessions(actor: Actor, id: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const revoked = await this.accounts.revokeSessions(manager, id, this.clock.now());
      if (revoked === null) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such account.' });
      await this.audit.record(manager, actor, { action: 'account.sessionsRevoked', subjectType: 'account', subjectId: id, data: { revoked } });
      return revoked;
    });
  }

  /** What a successful registration would have answered, for a login that already has an account: nothing is stored. */
  private standIn(input: NewAccount): AccountEntity {
    return Object.assign(new AccountEntity(), {
      id: randomUUID(),
      role: input.role,
      phone: input.phone ?? null,
      email: input.email ?? null,
      fullName: input.fullName ?? null,
      originCountry: input.originCountry ?? null,
      citizenshipConfirmedAt: input.citizenshipConfirmedAt ?? null,
      locale: input.locale,
      emailVerifiedAt: null,
      phoneVerifiedAt: null,
      coveredRegions: input.coveredRegions ?? null,
      createdAt: this.clock.now(),
      updatedAt: this.clock.now(),
    });
  }

  private async create(actor: Actor | null, input: NewAccount): Promise<AccountEntity> {
    // Without a password nobody knows this one: the account is unusable until its set-up link sets one.
    const passwordHash = await this.hasher.hash(input.password ?? randomBytes(32).toString('base64url'));
    try {
      return await this.dataSource.transaction(async (manager) => {
        const account = await this.accounts.insert(manager, {
          role: input.role,
          phone: input.phone ?? null,
          email: input.email ?? null,
          fullName: input.fullName ?? null,
          passwordHash,
          originCountry: input.originCountry ?? null,
          citizenshipConfirmedAt: input.citizenshipConfirmedAt ?? null,
          locale: input.locale,
          emailVerifiedAt: input.emailVerifiedAt ?? null,
          coveredRegions: input.coveredRegions ?? null,
        });
        // An employer proves the address before acting for a company: the link goes out with the account.
        if (account.role === Role.Employer) await this.emailVerification.send(manager, account);
        // A staff account made without a password: its owner sets one through the e-mailed set-up link.
        if (input.password === null) await this.setupLinks.send(manager, account);
        if (account.role === Role.Migrant) await this.phoneVerification.send(manager, account);
        await this.audit.record(
          manager,
          actor ?? {
            id: account.id,
            role: account.role,
            originCountry: account.originCountry,
          },
          {
            action: actor ? 'account.created' : 'account.registered',
            subjectType: 'account',
            subjectId: account.id,
            data: {
              role: account.role,
              originCountry: account.originCountry,
              ...(account.coveredRegions ? { coveredRegions: account.coveredRegions } : {}),
              ...(input.password === null ? { setupLinkSent: true } : {}),
            },
          },
        );
        return account;
      });
    } catch (error) {
      // Someone registering themselves is answered as if the account were created: "this number is taken" told
      // anyone which phones and emails have accounts. Its owner signs in as before, and is told of the attempt (at most
      // once a day) on the sign-in address; anyone else fails to sign in.
      if (uniqueViolationOf(error) && actor === null) {
        await this.attemptAlerts.tellOwner(input);
        return this.standIn(input);
      }
      if (uniqueViolationOf(error)) {
        const field = input.phone ? 'phone' : 'email';
        throw new ProblemException(409, {
          code: 'validation.failed',
          detail: `An account with this ${field} already exists.`,
          errors: [
            {
              field,
              code: field === 'phone' ? 'account.phoneTaken' : 'account.emailTaken',
              message: `This ${field} is already registered.`,
            },
          ],
        });
      }
      throw error;
    }
  }
}
