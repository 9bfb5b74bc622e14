/**
 * The demo journey, so each role can walk the whole of it at once: the demo migrant has a complete profile and can
 * apply; the demo employer has applicants to shortlist; the demo attaché has a submitted batch to decide. Made
 * through the product's own use cases (the wizard, apply, shortlist, batch), so every row is what a person would
 * have made: encrypted passports, timelines, audit events and notifications included.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, EducationLevel, RussianLevel, Sex, type ResidenceStepDto } from '@jumush/contracts';
import { ChecklistItemStatus, Locale, Role, requiredChecklistItemsFor, type Actor, type CitizenshipCode } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { EmployerApplicantsService } from '../applications/employer-applicants.service';
import { MyApplicationsService } from '../applications/my-applications.service';
import { BatchDraftsService } from '../batches/batch-drafts.service';
import { ChecklistService } from '../candidates/checklist.service';
import { ProfileWizardService } from '../candidates/profile-wizard.service';
import { OriginCountriesService } from '../origin-countries/origin-countries.service';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_COMPANY, DEMO_VACANCIES } from './demo-vacancies';

/** A demo person with a finished profile; `phone` is the login (password DEMO_PASSWORD). */
export interface DemoPerson {
  phone: string;
  surname: string;
  givenNames: string;
  surnameLatin: string;
  givenNamesLatin: string;
  birthDate: string;
  sex: Sex;
  /** A foreign passport number no real person has: the series AC99… (FA99…, TJ99…) is kept for the demo. */
  passport: string;
  citizenship: DemoCountry;
}

/** The countries the demo has people of: the three the migrations seed. */
type DemoCountry = 'KG' | 'UZ' | 'TJ';

const person = (
  phone: string,
  surname: string,
  givenNames: string,
  surnameLatin: string,
  givenNamesLatin: string,
  birthDate: string,
  sex: Sex,
  passport: string,
  citizenship: DemoCountry = 'KG',
): DemoPerson => ({
  phone,
  surname,
  givenNames,
  surnameLatin,
  givenNamesLatin,
  birthDate,
  sex,
  passport,
  citizenship,
});

/** The language a demo person speaks at home, by citizenship. */
const HOME_LANGUAGE: Readonly<Record<DemoCountry, string>> = { KG: 'ky', UZ: 'uz', TJ: 'tg' };

/** Where a demo person lives at home, by citizenship (Uzbek and Tajik regions have no districts listed). */
export const DEMO_HOME: Readonly<Record<DemoCountry, ResidenceStepDto>> = {
  KG: { residenceRegionCode: 'KG-C', residenceDistrictCode: 'KG-C-ALAMUDUN' },
  UZ: { residenceRegionCode: 'UZ-SA', residenceDistrictCode: null },
  TJ: { residenceRegionCode: 'TJ-SU', residenceDistrictCode: null },
};

/** The demo migrant of the README: a finished profile, no application yet — they apply themselves. */
export const DEMO_MIGRANT = person('+996555000001', 'Токтогулов', 'Айбек', 'Toktogulov', 'Aibek', '1996-04-12', Sex.Male, 'AC9900001');

/** Applicants waiting for the demo employer to shortlist them (to the first demo vacancy). */
export const DEMO_APPLICANTS: readonly DemoPerson[] = [
  person('+996555000011', 'Асанов', 'Бакыт', 'Asanov', 'Bakyt', '1993-02-20', Sex.Male, 'AC9900011'),
  person('+996555000012', 'Осмонова', 'Айгүл', 'Osmonova', 'Aigul', '1998-07-03', Sex.Female, 'AC9900012'),
  person('+996555000013', 'Жумабаев', 'Нурлан', 'Zhumabaev', 'Nurlan', '1990-11-15', Sex.Male, 'AC9900013'),
];

/** Candidates in a batch the demo employer submitted (to the second demo vacancy), waiting for the attaché. */
export const DEMO_BATCH_CANDIDATES: readonly DemoPerson[] = [
  person('+996555000021', 'Исаков', 'Эрлан', 'Isakov', 'Erlan', '1994-05-09', Sex.Male, 'AC9900021'),
  person('+996555000022', 'Мамытова', 'Жылдыз', 'Mamytova', 'Zhyldyz', '1997-09-30', Sex.Female, 'AC9900022'),
];

/** The README's Uzbek and Tajik migrants: finished profiles, no application yet (the site in Uzbek, in Tajik). */
export const DEMO_MIGRANT_UZ = person('+998901000001', 'Каримов', 'Дилшод', 'Karimov', 'Dilshod', '1995-02-20', Sex.Male, 'FA9900001', 'UZ');
export const DEMO_MIGRANT_TJ = person('+992901000001', 'Рахимов', 'Фаридун', 'Rakhimov', 'Faridun', '1994-10-05', Sex.Male, 'TJ9900001', 'TJ');

/** Every demo migrant account: the README's and the people of the journey. */
export const DEMO_MIGRANTS: readonly DemoPerson[] = [DEMO_MIGRANT, DEMO_MIGRANT_UZ, DEMO_MIGRANT_TJ, ...DEMO_APPLICANTS, ...DEMO_BATCH_CANDIDATES];

const asMigrant = (id: string, citizenship: CitizenshipCode = 'KG'): Actor => ({ id, role: Role.Migrant, originCountry: citizenship });
const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

@Injectable()
export class DemoJourney {
  private readonly logger = new Logger(DemoJourney.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wizard: ProfileWizardService,
    private readonly checklist: ChecklistService,
    private readonly applications: MyApplicationsService,
    private readonly applicants: EmployerApplicantsService,
    private readonly batches: BatchDraftsService,
    private readonly countries: OriginCountriesService,
  ) {}

  /**
   * Fills in what is missing, step by step, so a second run (or one after a crash half-way) does only the rest.
   * One instance at a time: a session advisory lock on its own connection (the use cases open their own transactions).
   */
  async seed(todayAt: (citizenship: string) => string): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(745120003)');
      await this.walk(todayAt);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(745120003)').catch(() => undefined);
      await runner.release();
    }
  }

  private async walk(todayAt: (citizenship: string) => string): Promise<void> {
    const [employer] = await queryRows<{ id: string }>(this.dataSource.manager, 'SELECT id FROM accounts WHERE email = $1', [DEMO_COMPANY.email]);
    const vacancies = await queryRows<{ id: string; title: string }>(
      this.dataSource.manager,
      `SELECT v.id, v.title FROM vacancies v JOIN companies c ON c.id = v.company_id WHERE c.inn = $1 AND v.status = 'PUBLISHED'`,
      [DEMO_COMPANY.inn],
    );
    const vacancyOf = (title: string) => vacancies.find((vacancy) => vacancy.title === title)?.id;
    const [toShortlist, toDecide] = [vacancyOf(DEMO_VACANCIES[0].title), vacancyOf(DEMO_VACANCIES[1].title)];
    if (!employer || !toShortlist || !toDecide) return;
    const employerActor: Actor = { id: employer.id, role: Role.Employer, originCountry: null };

    // Each person's dates on their own home calendar, which the checklist checks them against: between 18:00 and
    // 19:00 UTC it is already tomorrow in Bishkek and still today in Tashkent and Dushanbe.
    for (const demo of DEMO_MIGRANTS) await this.finishProfile(await this.accountOf(demo), demo, todayAt(demo.citizenship));
    for (const demo of DEMO_APPLICANTS) await this.applyOnce(await this.accountOf(demo), toShortlist);

    const inBatch = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT 1 AS id FROM batches WHERE vacancy_id = $1 AND status <> 'DRAFT' LIMIT 1`,
      [toDecide],
    );
    if (inBatch.length === 0) {
      const ids: string[] = [];
      for (const demo of DEMO_BATCH_CANDIDATES) ids.push(await this.applyOnce(await this.accountOf(demo), toDecide));
      await this.applicants.decideMany(employerActor, toDecide, 'shortlist', ids);
      const batch = await this.batches.create(employerActor, toDecide, ids);
      await this.batches.submit(employerActor, batch.id);
    }
    this.logger.log('Demo journey ready: the migrant can apply, the employer has applicants, the attaché a batch');
  }

  /** The account of a demo person, made if missing (the README's migrant is made with the other demo accounts). */
  private async accountOf(demo: DemoPerson): Promise<string> {
    const readme = DEMO_ACCOUNTS.find((account) => account.phone === demo.phone);
    const [existing] = await queryRows<{ id: string }>(this.dataSource.manager, 'SELECT id FROM accounts WHERE phone = $1', [demo.phone]);
    if (existing) return existing.id;
    // Same password hash as the README's migrant: every demo login shares DEMO_PASSWORD.
    const [made] = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `INSERT INTO accounts (role, phone, full_name, password_hash, origin_country, citizenship_confirmed_at, phone_verified_at, locale)
       SELECT 'MIGRANT', $1, $2, password_hash, $5, now(), now(), $3 FROM accounts WHERE phone = $4
       ON CONFLICT DO NOTHING RETURNING id`,
      [demo.phone, `${demo.givenNames} ${demo.surname}`, readme?.locale ?? Locale.Kyrgyz, DEMO_MIGRANT.phone, demo.citizenship],
    );
    if (made) return made.id;
    const [raced] = await queryRows<{ id: string }>(this.dataSource.manager, 'SELECT id FROM accounts WHERE phone = $1', [demo.phone]);
    return raced.id;
  }

  /**
   * Every wizard step, the consent and the whole checklist done, unless the profile already has its consent; then
   * only a missing home region is added (the Uzbek and Tajik demo migrants were seeded before their regions existed).
   */
  private async finishProfile(accountId: string, demo: DemoPerson, today: string): Promise<void> {
    const [done] = await queryRows<{ consent_version: string | null; residence_region_code: string | null }>(
      this.dataSource.manager,
      'SELECT consent_version, residence_region_code FROM candidate_profiles WHERE account_id = $1',
      [accountId],
    );
    const actor = asMigrant(accountId, demo.citizenship);
    if (done?.consent_version) {
      if (!done.residence_region_code) await this.wizard.updateResidence(actor, DEMO_HOME[demo.citizenship]);
      return;
    }
    await this.wizard.updatePersonal(actor, {
      surname: demo.surname,
      givenNames: demo.givenNames,
      surnameLatin: demo.surnameLatin,
      givenNamesLatin: demo.givenNamesLatin,
      birthDate: demo.birthDate,
      sex: demo.sex,
    });
    await this.wizard.updateResidence(actor, DEMO_HOME[demo.citizenship]);
    await this.wizard.updateSkills(actor, {
      languages: [
        { language: HOME_LANGUAGE[demo.citizenship], level: RussianLevel.Fluent },
        { language: 'ru', level: RussianLevel.Conversational },
      ],
      occupations: [{ occupationCode: '7212', years: 4 }],
      education: EducationLevel.Vocational,
    });
    await this.wizard.updatePassport(actor, { passportNumber: demo.passport, passportExpiresOn: addYears(today, 6) });
    for (const kind of requiredChecklistItemsFor((await this.countries.byCode(demo.citizenship))?.regime)) {
      await this.checklist.updateItem(actor, kind, { status: ChecklistItemStatus.Done, completedOn: today, validUntil: addYears(today, 2) });
    }
    await this.wizard.giveConsent(actor, { version: CURRENT_CONSENT_VERSION, accepted: true });
  }

  /** The person's application to the vacancy: the one they have, or a new one. */
  private async applyOnce(accountId: string, vacancyId: string): Promise<string> {
    const [existing] = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT a.id FROM applications a JOIN candidate_profiles p ON p.id = a.candidate_id WHERE p.account_id = $1 AND a.vacancy_id = $2`,
      [accountId, vacancyId],
    );
    if (existing) return existing.id;
    return (await this.applications.apply(asMigrant(accountId), vacancyId, undefined)).id;
  }
}
