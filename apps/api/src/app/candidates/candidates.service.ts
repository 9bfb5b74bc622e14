/** A migrant's own profile: the wizard's steps, the checklist, consent, data export and account deletion. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ChecklistItemDto,
  ConsentDto,
  PassportStepDto,
  PersonalStepDto,
  PlannedDepartureDto,
  PreferencesStepDto,
  ResidenceStepDto,
  SkillsStepDto,
} from '@jumush/contracts';
import { RussianLevel } from '@jumush/contracts';
import {
  ChecklistItemStatus,
  EXTENSION_OF_DOCUMENT_TYPE,
  OPEN_APPLICATION_STATUSES,
  ApplicationStatus,
  departureDateProblem,
  departureReminderAt,
  detectDocumentType,
  isAdultOn,
  isDistrictInRegion,
  normalizePassportNumber,
  originRegionByCode,
  passportNumberProblem,
  type Actor,
  type ChecklistItemKind,
} from '@jumush/domain';
import { FieldCipher } from '@jumush/server/crypto';
import {
  AccountEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  CandidateProfileEntity,
  ChecklistItemEntity,
  RefreshTokenEntity,
  ReminderOutboxEntity,
  uniqueViolationOf,
} from '@jumush/server/database';
import { departureReminderData, departureReminderJobId } from '@jumush/server/queues';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { FileStorage } from '../storage/file-storage';
import type { UploadedFile } from '../companies/companies.service';
import { readinessFor, today } from './candidate-view';
import { PASSPORT_CONTEXT } from './passport-cipher';

const CHECKLIST_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
/** Withdrawing is possible at any point before departure. */
const WITHDRAWABLE_ON_DELETION = OPEN_APPLICATION_STATUSES.filter((status) => status !== ApplicationStatus.Departed);

const fieldProblem = (field: string, code: string, params?: Record<string, string | number>) =>
  new ProblemException(400, {
    code: 'validation.failed',
    errors: [{ field, code, message: code, ...(params ? { params } : {}) }],
  });

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  /** The migrant's profile, made empty on first use: the wizard fills it step by step. */
  async mine(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<CandidateProfileEntity> {
    const existing = await manager.findOneBy(CandidateProfileEntity, {
      accountId: actor.id,
    });
    if (existing) return existing;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CandidateProfileEntity)
      .values({
        accountId: actor.id,
        originCountry: actor.originCountry ?? 'KG',
      })
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(CandidateProfileEntity, {
      accountId: actor.id,
    });
  }

  checklist(profileId: string, manager: EntityManager = this.dataSource.manager): Promise<ChecklistItemEntity[]> {
    return manager.findBy(ChecklistItemEntity, { profileId });
  }

  async phoneOf(actor: Actor): Promise<string | null> {
    return (await this.dataSource.getRepository(AccountEntity).findOneBy({ id: actor.id }))?.phone ?? null;
  }

  updatePersonal(actor: Actor, dto: PersonalStepDto): Promise<CandidateProfileEntity> {
    if (!isAdultOn(dto.birthDate, today())) throw fieldProblem('birthDate', 'candidate.underage', { minAge: 18 });
    return this.save(actor, 'personal', {
      surname: dto.surname,
      givenNames: dto.givenNames,
      surnameLatin: dto.surnameLatin.toUpperCase(),
      givenNamesLatin: dto.givenNamesLatin.toUpperCase(),
      birthDate: dto.birthDate,
      sex: dto.sex,
    });
  }

  async updateResidence(actor: Actor, dto: ResidenceStepDto): Promise<CandidateProfileEntity> {
    if (!originRegionByCode(dto.residenceRegionCode)) throw fieldProblem('residenceRegionCode', 'region.unknown');
    if (!isDistrictInRegion(dto.residenceDistrictCode, dto.residenceRegionCode)) throw fieldProblem('residenceDistrictCode', 'district.notInRegion');
    return this.save(actor, 'residence', {
      residenceRegionCode: dto.residenceRegionCode,
      residenceDistrictCode: dto.residenceDistrictCode,
    });
  }

  updateSkills(actor: Actor, dto: SkillsStepDto): Promise<CandidateProfileEntity> {
    const russian = dto.languages.find((language) => language.language === 'ru');
    if (!russian) throw fieldProblem('languages', 'candidate.russianLevelRequired');
    const experienceYears = Math.max(0, ...dto.occupations.map((occupation) => occupation.years));
    return this.save(actor, 'skills', {
      languages: dto.languages.map(({ language, level }) => ({
        language,
        level,
      })),
      russianLevel: russian.level as RussianLevel,
      occupations: dto.occupations.map(({ occupationCode, years }) => ({
        occupationCode,
        years,
      })),
      experienceYears,
      education: dto.education,
    });
  }

  updatePreferences(actor: Actor, dto: PreferencesStepDto): Promise<CandidateProfileEntity> {
    return this.save(actor, 'preferences', {
      preferredRegionCodes: [...new Set(dto.preferredRegionCodes)],
    });
  }

  /** Encrypts the number; its keyed hash enforces one profile per passport and country. */
  async updatePassport(actor: Actor, dto: PassportStepDto): Promise<CandidateProfileEntity> {
    const profile = await this.mine(actor);
    const number = normalizePassportNumber(dto.passportNumber);
    const problem = passportNumberProblem(number, profile.originCountry);
    if (problem) throw fieldProblem('passportNumber', problem);
    if (dto.passportExpiresOn <= today()) throw fieldProblem('passportExpiresOn', 'passport.expired');
    try {
      return await this.save(actor, 'passport', {
        passportNumberEncrypted: this.cipher.encrypt(number, PASSPORT_CONTEXT),
        passportNumberIndex: this.cipher.blindIndex(number, profile.originCountry),
        passportExpiresOn: dto.passportExpiresOn,
      });
    } catch (error) {
      if (uniqueViolationOf(error)) {
        throw new ProblemException(409, {
          code: 'validation.failed',
          errors: [
            {
              field: 'passportNumber',
              code: 'passport.taken',
              message: 'This passport already belongs to another profile.',
            },
          ],
        });
      }
      throw error;
    }
  }

  giveConsent(actor: Actor, dto: ConsentDto): Promise<CandidateProfileEntity> {
    return this.save(actor, 'consent', {
      consentVersion: dto.version,
      consentGivenAt: new Date(),
    });
  }

  /**
   * Plans (or clears) the departure date. A new date writes a reminder-outbox row in the same transaction:
   * the worker schedules the reminder 3 days before, and nothing is lost while Redis is down. The job of an
   * earlier date stays queued and finds itself stale when it runs.
   */
  async planDeparture(actor: Actor, dto: PlannedDepartureDto, now = new Date()): Promise<CandidateProfileEntity> {
    const date = dto.plannedDepartureOn;
    const problem = date === null ? null : departureDateProblem(date, now);
    if (problem) throw fieldProblem('plannedDepartureOn', problem);
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.mine(actor, manager);
      if (profile.plannedDepartureOn === date) return profile;
      const saved = await manager.save(Object.assign(profile, { plannedDepartureOn: date }));
      const dueAt = date === null ? null : departureReminderAt(date, now);
      if (date !== null && dueAt !== null)
        await manager.insert(ReminderOutboxEntity, {
          jobId: departureReminderJobId(profile.id, date),
          data: { ...departureReminderData(profile.id, actor.id, date) },
          dueAt,
        });
      await this.audit.record(manager, actor, {
        action: 'candidate.departurePlanned',
        subjectType: 'candidate',
        subjectId: profile.id,
        data: { plannedDepartureOn: date },
      });
      return saved;
    });
  }

  async updateChecklistItem(actor: Actor, kind: ChecklistItemKind, dto: ChecklistItemDto): Promise<CandidateProfileEntity> {
    if (dto.status === ChecklistItemStatus.Done && !dto.completedOn) throw fieldProblem('completedOn', 'validation.isNotEmpty');
    if (dto.completedOn && dto.completedOn > today()) throw fieldProblem('completedOn', 'date.inFuture');
    if (dto.completedOn && dto.validUntil && dto.validUntil < dto.completedOn) throw fieldProblem('validUntil', 'date.beforeCompleted');
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.mine(actor, manager);
      await manager.upsert(
        ChecklistItemEntity,
        {
          profileId: profile.id,
          kind,
          status: dto.status,
          completedOn: dto.completedOn ?? null,
          validUntil: dto.validUntil ?? null,
        },
        ['profileId', 'kind'],
      );
      await this.audit.record(manager, actor, {
        action: 'candidate.checklistUpdated',
        subjectType: 'candidate',
        subjectId: profile.id,
        data: { kind, status: dto.status },
      });
      return this.refreshReadiness(manager, profile);
    });
  }

  async uploadChecklistDocument(actor: Actor, kind: ChecklistItemKind, file: UploadedFile | undefined): Promise<CandidateProfileEntity> {
    if (!file) throw fieldProblem('file', 'validation.isNotEmpty');
    if (file.size > CHECKLIST_DOCUMENT_MAX_BYTES)
      throw new ProblemException(413, {
        code: 'document.tooLarge',
        params: { maxMegabytes: 10 },
      });
    const type = detectDocumentType(file.buffer);
    if (!type) throw new ProblemException(415, { code: 'document.unsupportedType' });
    const key = await this.storage.put(file.buffer, EXTENSION_OF_DOCUMENT_TYPE[type]);
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.mine(actor, manager);
      await manager
        .createQueryBuilder()
        .insert()
        .into(ChecklistItemEntity)
        .values({
          profileId: profile.id,
          kind,
          status: ChecklistItemStatus.InProgress,
          documentKey: key,
          documentType: type,
        })
        .orUpdate(['document_key', 'document_type', 'updated_at'], ['profile_id', 'kind'])
        .execute();
      await this.audit.record(manager, actor, {
        action: 'candidate.documentUploaded',
        subjectType: 'candidate',
        subjectId: profile.id,
        data: { kind, contentType: type },
      });
      return this.refreshReadiness(manager, profile);
    });
  }

  /** Everything Jumush holds about the migrant, decrypted for them. */
  async exportData(actor: Actor): Promise<Record<string, unknown>> {
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: actor.id });
    const profile = await this.mine(actor);
    const [items, applications] = await Promise.all([
      this.checklist(profile.id),
      this.dataSource.getRepository(ApplicationEntity).find({
        where: { candidateId: profile.id },
        relations: { vacancy: true },
        order: { createdAt: 'ASC' },
      }),
    ]);
    const events = applications.length
      ? await this.dataSource.getRepository(ApplicationEventEntity).find({
          where: applications.map((application) => ({
            applicationId: application.id,
          })),
          order: { id: 'ASC' },
        })
      : [];
    const { passportNumberEncrypted, passportNumberIndex: _index, ...rest } = profile;
    return {
      exportedAt: new Date().toISOString(),
      account: {
        id: account.id,
        role: account.role,
        phone: account.phone,
        email: account.email,
        locale: account.locale,
        createdAt: account.createdAt,
      },
      profile: {
        ...rest,
        passportNumber: passportNumberEncrypted ? this.cipher.decrypt(passportNumberEncrypted, PASSPORT_CONTEXT) : null,
      },
      checklist: items.map(({ kind, status, completedOn, validUntil, documentType, updatedAt }) => ({
        kind,
        status,
        completedOn,
        validUntil,
        documentType,
        updatedAt,
      })),
      applications: applications.map((application) => ({
        id: application.id,
        vacancy: {
          id: application.vacancyId,
          title: application.vacancy?.title,
        },
        status: application.status,
        note: application.note,
        createdAt: application.createdAt,
        timeline: events
          .filter((event) => event.applicationId === application.id)
          .map(({ fromStatus, toStatus, actorRole, reason, createdAt }) => ({
            fromStatus,
            toStatus,
            actorRole,
            reason,
            createdAt,
          })),
      })),
    };
  }

  /**
   * Deletes the account. Open applications are withdrawn; the profile loses every personal field, and
   * is kept anonymised only when an application was approved (the recruitment record must stand).
   */
  async deleteAccount(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOneBy(CandidateProfileEntity, {
        accountId: actor.id,
      });
      if (profile) {
        // Open applications are withdrawn, each with its timeline entry.
        await manager.query(
          `WITH open AS (
             SELECT id, status FROM applications WHERE candidate_id = $1 AND status = ANY($2::application_status[]) FOR UPDATE
           ), withdrawn AS (
             UPDATE applications a SET status = 'WITHDRAWN', status_reason = 'accountDeleted', version = a.version + 1, updated_at = now()
               FROM open WHERE a.id = open.id RETURNING a.id, open.status AS previous
           )
           INSERT INTO application_events (application_id, from_status, to_status, actor_role, actor_id, reason)
           SELECT id, previous, 'WITHDRAWN', 'MIGRANT', $3, 'accountDeleted' FROM withdrawn`,
          [profile.id, WITHDRAWABLE_ON_DELETION, actor.id],
        );
        await manager.update(
          CandidateProfileEntity,
          { id: profile.id },
          {
            accountId: null,
            surname: null,
            givenNames: null,
            surnameLatin: null,
            givenNamesLatin: null,
            birthDate: null,
            residenceDistrictCode: null,
            languages: [],
            occupations: [],
            preferredRegionCodes: [],
            passportNumberEncrypted: null,
            passportNumberIndex: null,
            passportExpiresOn: null,
            plannedDepartureOn: null,
            anonymisedAt: new Date(),
          },
        );
        await manager.delete(ChecklistItemEntity, { profileId: profile.id });
        // A profile with applications stays, anonymised, so employers' and attachés' records remain whole.
        if (
          (await manager.count(ApplicationEntity, {
            where: { candidateId: profile.id },
          })) === 0
        )
          await manager.delete(CandidateProfileEntity, { id: profile.id });
      }
      await manager.delete(RefreshTokenEntity, { accountId: actor.id });
      await this.audit.record(manager, actor, {
        action: 'account.deleted',
        subjectType: 'account',
        subjectId: actor.id,
      });
      await manager.delete(AccountEntity, { id: actor.id });
    });
  }

  private async save(actor: Actor, step: string, changes: Partial<CandidateProfileEntity>): Promise<CandidateProfileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.mine(actor, manager);
      const saved = await manager.save(Object.assign(profile, changes));
      await this.audit.record(manager, actor, {
        action: `candidate.${step}Saved`,
        subjectType: 'candidate',
        subjectId: profile.id,
      });
      return step === 'passport' ? this.refreshReadiness(manager, saved) : saved;
    });
  }

  private async refreshReadiness(manager: EntityManager, profile: CandidateProfileEntity): Promise<CandidateProfileEntity> {
    const fresh = await manager.findOneByOrFail(CandidateProfileEntity, {
      id: profile.id,
    });
    const readiness = readinessFor(fresh, await this.checklist(profile.id, manager));
    await manager.update(CandidateProfileEntity, { id: profile.id }, { readinessPercent: readiness.percent });
    return manager.findOneByOrFail(CandidateProfileEntity, { id: profile.id });
  }
}
