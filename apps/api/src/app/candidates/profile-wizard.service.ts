/** The profile wizard's steps: personal data, residence, skills, preferences, passport and consent, each saved and audited. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ConsentDto, PassportStepDto, PersonalStepDto, PreferencesStepDto, ResidenceStepDto, SkillsStepDto } from '@jumush/contracts';
import { RussianLevel } from '@jumush/contracts';
import { isAdultOn, normalizePassportNumber, occupationChoiceProblem, passportNumberProblem, residenceProblem, type Actor } from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { FieldCipher } from '@jumush/server/crypto';
import type { CandidateProfileEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { RateCounters, retryAfterMinutes } from '../redis/rate-counters';
import { fieldProblem } from './candidate-problems';
import { OccupationsService } from '../occupations/occupations.service';
import { OriginCountriesService } from '../origin-countries/origin-countries.service';
import { CandidateProfilesRepository } from './candidate-profiles.repository';
import { CandidatesService } from './candidates.service';
import { PASSPORT_CONTEXT } from './passport-cipher';

export type ProfileStepName = 'personal' | 'residence' | 'skills' | 'preferences' | 'passport' | 'consent';

const tooManyPassportSaves = (retryAfterSeconds: number) =>
  new ProblemException(429, {
    code: 'passport.tooManySaves',
    detail: 'The passport number was changed too often today. Try again later.',
    params: { retryAfterSeconds, retryAfterMinutes: retryAfterMinutes(retryAfterSeconds) },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });

const DAY_SECONDS = 24 * 3600;

@Injectable()
export class ProfileWizardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly profiles: CandidateProfilesRepository,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rates: RateCounters,
    private readonly config: ApiConfig,
    private readonly countries: OriginCountriesService,
    private readonly occupations: OccupationsService,
  ) {}

  updatePersonal(actor: Actor, dto: PersonalStepDto): Promise<CandidateProfileEntity> {
    return this.saveStep(actor, 'personal', (profile) => {
      if (!isAdultOn(dto.birthDate, this.candidates.homeToday(profile))) throw fieldProblem('birthDate', 'candidate.underage', { minAge: 18 });
      return {
        surname: dto.surname,
        givenNames: dto.givenNames,
        surnameLatin: dto.surnameLatin.toUpperCase(),
        givenNamesLatin: dto.givenNamesLatin.toUpperCase(),
        birthDate: dto.birthDate,
        sex: dto.sex,
      };
    });
  }

  /** A region of the migrant's own citizenship (its country decides the list), with a district where the region has them. */
  async updateResidence(actor: Actor, dto: ResidenceStepDto): Promise<CandidateProfileEntity> {
    const districtCode = dto.residenceDistrictCode || null;
    const geography = await this.countries.geography();
    return this.saveStep(actor, 'residence', (profile) => {
      const problem = residenceProblem(geography, profile.originCountry, dto.residenceRegionCode, districtCode);
      if (problem) throw fieldProblem(problem.field, problem.code);
      return { residenceRegionCode: dto.residenceRegionCode, residenceDistrictCode: districtCode };
    });
  }

  /** Occupations must be on the list and offered; one the profile already has stays, even deactivated since. */
  async updateSkills(actor: Actor, dto: SkillsStepDto): Promise<CandidateProfileEntity> {
    const russian = dto.languages.find((language) => language.language === 'ru');
    if (!russian) throw fieldProblem('languages', 'candidate.russianLevelRequired');
    const occupations = await this.occupations.all();
    return this.saveStep(actor, 'skills', (profile) => {
      dto.occupations.forEach(({ occupationCode }, index) => {
        const had = profile.occupations.some((occupation) => occupation.occupationCode === occupationCode);
        const problem = occupationChoiceProblem(occupations, occupationCode, had ? occupationCode : null);
        if (problem) throw fieldProblem(`occupations.${index}.occupationCode`, problem);
      });
      return {
        languages: dto.languages.map(({ language, level }) => ({ language, level })),
        russianLevel: russian.level as RussianLevel,
        occupations: dto.occupations.map(({ occupationCode, years }) => ({ occupationCode, years })),
        experienceYears: Math.max(0, ...dto.occupations.map((occupation) => occupation.years)),
        education: dto.education,
      };
    });
  }

  updatePreferences(actor: Actor, dto: PreferencesStepDto): Promise<CandidateProfileEntity> {
    return this.saveStep(actor, 'preferences', () => ({ preferredRegionCodes: [...new Set(dto.preferredRegionCodes)] }));
  }

  /**
   * Encrypts the number and keeps its keyed hash. A number another profile holds is saved all the same: refusing
   * it would tell anyone whether a number is held, and let a stranger squat someone's passport first. The attaché
   * sees both profiles flagged (DUPLICATE_PASSPORT) and the migrant is asked to contact the consulate (the
   * profile's `passportCheck`). Saves per account and day are limited, so numbers cannot be probed one by one.
   */
  async updatePassport(actor: Actor, dto: PassportStepDto): Promise<CandidateProfileEntity> {
    const number = normalizePassportNumber(dto.passportNumber);
    const allowance = await this.rates.hit(`passport:saves:${actor.id}`, { limit: this.config.PASSPORT_SAVES_PER_DAY, windowSeconds: DAY_SECONDS });
    if (!allowance.allowed) throw tooManyPassportSaves(allowance.retryAfterSeconds);
    const countries = await this.countries.all();
    return this.saveStep(actor, 'passport', (profile) => {
      // The country's own pattern (origin_countries.passport_pattern); a country not on the exchange, the generic shape.
      const problem = passportNumberProblem(number, countries.find((country) => country.code === profile.originCountry)?.passportPattern);
      if (problem) throw fieldProblem('passportNumber', problem);
      if (dto.passportExpiresOn <= this.candidates.homeToday(profile)) throw fieldProblem('passportExpiresOn', 'passport.expired');
      return {
        passportNumberEncrypted: this.cipher.encrypt(number, PASSPORT_CONTEXT),
        passportNumberIndex: this.cipher.blindIndex(number, profile.originCountry),
        passportExpiresOn: dto.passportExpiresOn,
      };
    });
  }

  giveConsent(actor: Actor, dto: ConsentDto): Promise<CandidateProfileEntity> {
    return this.saveStep(actor, 'consent', () => ({ consentVersion: dto.version, consentGivenAt: this.clock.now() }));
  }

  /**
   * Saves one step in a transaction with its audit event. `changesOf` sees the profile (its country decides the
   * passport format and the home calendar) and throws a field problem to refuse the step, which saves nothing.
   */
  private saveStep(
    actor: Actor,
    step: ProfileStepName,
    changesOf: (profile: CandidateProfileEntity) => Partial<CandidateProfileEntity>,
  ): Promise<CandidateProfileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.candidates.mine(actor, manager);
      const saved = await this.profiles.save(manager, Object.assign(profile, changesOf(profile)));
      await this.audit.record(manager, actor, { action: `candidate.${step}Saved`, subjectType: 'candidate', subjectId: profile.id });
      // The passport's expiry is the FOREIGN_PASSPORT item's validity, so it moves the readiness.
      return step === 'passport' ? this.candidates.refreshReadiness(manager, saved.id) : saved;
    });
  }
}
