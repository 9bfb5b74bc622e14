/**
 * Loads the demo accounts, a verified demo company and its published vacancies, and the demo journey (finished
 * profiles, applicants, a submitted batch: see DemoJourney); safe to run on every start.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CompanyStatus, Role, VacancyStatus, homeTimeZoneOf } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import {
  AccountEntity,
  CompanyCountryStatusEntity,
  CompanyEntity,
  CompanyMemberEntity,
  OriginCountryEntity,
  VacancyEntity,
  queryRows,
} from '@jumush/server/database';
import { FieldCipher } from '@jumush/server/crypto';
import { PasswordHasher } from '../auth/password-hasher';
import { totpSecretContext } from '../auth/two-factor/two-factor.service';
import { vacancySearchText } from '../vacancies/vacancy-search-text';
import { OccupationsService } from '../occupations/occupations.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRETS } from './demo-accounts';
import { DEMO_MIGRANTS, DemoJourney } from './demo-journey';
import { DEMO_HELP_CONTACTS } from './demo-help-contacts';
import { DEMO_COMPANY, DEMO_MEALS, DEMO_RUSSIAN_LEVEL, DEMO_SHIFT, DEMO_VACANCIES } from './demo-vacancies';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly journey: DemoJourney,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly occupations: OccupationsService,
  ) {}

  async seed(): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    let created = 0;
    for (const demo of DEMO_ACCOUNTS) {
      const result = await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(AccountEntity)
        // A migrant's citizenship is theirs, confirmed, as at registration: the profile does not ask for it again.
        // Demo e-mail addresses are taken as proven: the demo employer acts at once.
        .values({
          ...demo,
          coveredRegions: 'coveredRegions' in demo ? [...demo.coveredRegions] : null,
          passwordHash,
          citizenshipConfirmedAt: demo.role === Role.Migrant ? this.clock.now() : null,
          emailVerifiedAt: demo.email ? this.clock.now() : null,
          // Demo numbers are made up and receive nothing: asking them for a code would only stop the demo.
          phoneVerifiedAt: demo.phone ? this.clock.now() : null,
        })
        .orIgnore()
        .execute();
      created += result.identifiers.filter(Boolean).length;
    }
    await this.enableDemoTwoFactor();
    const vacancies = await this.seedCompany();
    await this.verifyDemoCompanyEverywhere();
    this.logger.log(`Demo data ready (${created} account(s), ${vacancies} vacancy(ies) created)`);
    // Each migrant's dates on their home calendar, which the checklist checks them against.
    await this.journey.seed((citizenship) => this.clock.today(homeTimeZoneOf(citizenship)));
    await this.confirmMigrantsCitizenship();
    await this.seedHelpContacts();
  }

  /** The help directory's demonstration entries, each once (by name), flagged demo. */
  private async seedHelpContacts(): Promise<void> {
    for (const contact of DEMO_HELP_CONTACTS)
      await this.dataSource.query(
        `INSERT INTO help_contacts (name, kind, regions, languages, phone, address, website, hours, origin_countries, demo)
         SELECT $1::varchar, $2::varchar, $3::text[], $4::text[], $5::varchar, $6::varchar, $7::varchar, $8::jsonb, $9::text[], true
         WHERE NOT EXISTS (SELECT 1 FROM help_contacts WHERE name = $1::varchar AND demo)`,
        [
          contact.name,
          contact.kind,
          [...contact.regions],
          [...contact.languages],
          contact.phone,
          contact.address,
          contact.website,
          JSON.stringify(contact.hours),
          [...contact.originCountries],
        ],
      );
  }

  /**
   * The demo staff sign in with two-factor (their role requires it), each with its fixed secret (DEMO_TOTP_SECRETS),
   * encrypted as any other; also on databases seeded before two-factor existed. An account whose two-factor an admin
   * reset gets its demo secret back at the next start.
   */
  private async enableDemoTwoFactor(): Promise<void> {
    for (const [email, secret] of Object.entries(DEMO_TOTP_SECRETS)) {
      const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM accounts WHERE email = $1 AND totp_enabled_at IS NULL`, [
        email,
      ]);
      for (const { id } of rows) {
        await this.dataSource.query(`UPDATE accounts SET totp_secret = $2, totp_enabled_at = $3, totp_last_step = NULL WHERE id = $1`, [
          id,
          this.cipher.encrypt(secret, totpSecretContext(id)),
          this.clock.now(),
        ]);
      }
    }
  }

  /**
   * Every demo migrant's citizenship confirmed, as a registration confirms it: also on databases seeded before the
   * question existed, where the profile would otherwise stop the demo migrant to ask.
   */
  private async confirmMigrantsCitizenship(): Promise<void> {
    await this.dataSource.query(
      `UPDATE accounts SET citizenship_confirmed_at = $2
        WHERE role = 'MIGRANT' AND phone = ANY($1::text[]) AND origin_country IS NOT NULL AND citizenship_confirmed_at IS NULL`,
      [DEMO_MIGRANTS.map((demo) => demo.phone), this.clock.now()],
    );
  }

  /**
   * On a database seeded before countries decided for themselves, the demo company was verified by Kyrgyzstan only
   * (the migration left the others PENDING): every country verifies it once, and its published vacancies open to
   * them, so each country's demo migrant can apply. A country that decided anything since is left as it is.
   */
  private async verifyDemoCompanyEverywhere(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // queryRows: an UPDATE … RETURNING answers [rows, count] through TypeORM, which read as rows gave open_to a NULL.
      const verified = await queryRows<{ country: string }>(
        manager,
        `UPDATE company_country_statuses s SET status = 'VERIFIED', status_changed_at = now()
           FROM companies c WHERE c.id = s.company_id AND c.inn = $1 AND s.status = 'PENDING' RETURNING s.country`,
        [DEMO_COMPANY.inn],
      );
      if (verified.length === 0) return;
      await manager.query(
        `UPDATE vacancies v SET open_to = (SELECT array_agg(DISTINCT country ORDER BY country) FROM unnest(v.open_to || $2::text[]) country)
           FROM companies c WHERE c.id = v.company_id AND c.inn = $1 AND v.status = 'PUBLISHED'`,
        [DEMO_COMPANY.inn, verified.map((row) => row.country)],
      );
    });
  }

  /** Once: the demo employer's company, verified, with published vacancies starting in two months. */
  private async seedCompany(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Several instances (or test files) may seed at once: one at a time.
      await manager.query(`SELECT pg_advisory_xact_lock(745120002)`);
      const employer = await manager.findOneBy(AccountEntity, {
        email: DEMO_COMPANY.email,
      });
      if (!employer || (await manager.existsBy(CompanyEntity, { inn: DEMO_COMPANY.inn }))) return 0;
      if (await manager.existsBy(CompanyMemberEntity, { accountId: employer.id })) return 0;
      const company = await manager.save(manager.create(CompanyEntity, { ...DEMO_COMPANY }));
      const countries = (await manager.find(OriginCountryEntity, { where: { active: true }, order: { code: 'ASC' } })).map((country) => country.code);
      // Verified by every country's attaché, so each country's demo migrant can apply.
      await manager.insert(
        CompanyCountryStatusEntity,
        countries.map((country) => ({ companyId: company.id, country, status: CompanyStatus.Verified })),
      );
      await manager.insert(CompanyMemberEntity, {
        companyId: company.id,
        accountId: employer.id,
        email: DEMO_COMPANY.email,
        owner: true,
        acceptedAt: new Date(),
      });
      for (const demo of DEMO_VACANCIES) {
        const terms = { ...demo, skills: [] as string[] };
        await manager.save(
          manager.create(VacancyEntity, {
            ...terms,
            companyId: company.id,
            openTo: countries,
            status: VacancyStatus.Published,
            weeklyHours: 40,
            shiftPattern: DEMO_SHIFT,
            meals: DEMO_MEALS,
            startDate: inDays(60),
            applicationDeadline: inDays(45),
            russianLevel: DEMO_RUSSIAN_LEVEL,
            experienceYears: 1,
            searchText: vacancySearchText(terms, await this.occupations.byCode(terms.occupationCode)),
            createdBy: employer.id,
            submittedAt: new Date(),
            publishedAt: new Date(),
          }),
        );
      }
      return DEMO_VACANCIES.length;
    });
  }
}
