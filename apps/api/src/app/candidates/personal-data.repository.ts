/**
 * What the candidate's personal-data rights read and erase: the export (account, applications with their vacancy
 * and timeline) and the account deletion (profile anonymised or removed, checklist documents, captured messages,
 * sessions and account deleted). Each method runs on the caller's EntityManager, so deletion is one transaction.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AccountEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  CandidateProfileEntity,
  ChecklistItemEntity,
  RefreshTokenEntity,
} from '@jumush/server/database';

/** The profile's personal fields, all emptied; what stays is what employers' and attachés' records need. */
export function anonymisedProfileFields(anonymisedAt: Date): Partial<CandidateProfileEntity> {
  return {
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
    anonymisedAt,
  };
}

export interface ApplicationsWithTimeline {
  applications: ApplicationEntity[];
  events: ApplicationEventEntity[];
}

@Injectable()
export class PersonalDataRepository {
  account(manager: EntityManager, id: string): Promise<AccountEntity> {
    return manager.findOneByOrFail(AccountEntity, { id });
  }

  /** The candidate's applications, oldest first, with their vacancy, and every timeline event of them in order. */
  async applicationsWithTimeline(manager: EntityManager, profileId: string): Promise<ApplicationsWithTimeline> {
    const applications = await manager.find(ApplicationEntity, {
      where: { candidateId: profileId },
      relations: { vacancy: true },
      order: { createdAt: 'ASC' },
    });
    const events = applications.length
      ? await manager.find(ApplicationEventEntity, {
          where: applications.map((application) => ({ applicationId: application.id })),
          order: { id: 'ASC' },
        })
      : [];
    return { applications, events };
  }

  async anonymiseProfile(manager: EntityManager, profileId: string, at: Date): Promise<void> {
    await manager.update(CandidateProfileEntity, { id: profileId }, anonymisedProfileFields(at));
  }

  /** The keys of the files the profile's checklist documents are kept in. */
  async checklistDocumentKeys(manager: EntityManager, profileId: string): Promise<string[]> {
    const rows = await manager.query<Array<{ document_key: string }>>(
      `SELECT document_key FROM checklist_items WHERE profile_id = $1 AND document_key IS NOT NULL`,
      [profileId],
    );
    return rows.map((row) => row.document_key);
  }

  /**
   * The copies of the account's SMS and e-mail that development and test deployments capture instead of sending:
   * those linked to the account, and those sent to its phone or address before it had one (e.g. a registration code).
   */
  async deleteCapturedMessages(manager: EntityManager, accountId: string): Promise<void> {
    await manager.query(
      `DELETE FROM captured_messages c USING accounts a
        WHERE a.id = $1 AND (c.account_id = a.id OR c.recipient = a.phone OR lower(c.recipient) = lower(a.email))`,
      [accountId],
    );
  }

  async deleteChecklist(manager: EntityManager, profileId: string): Promise<void> {
    await manager.delete(ChecklistItemEntity, { profileId });
  }

  async hasApplications(manager: EntityManager, profileId: string): Promise<boolean> {
    return (await manager.count(ApplicationEntity, { where: { candidateId: profileId } })) > 0;
  }

  async deleteProfile(manager: EntityManager, profileId: string): Promise<void> {
    await manager.delete(CandidateProfileEntity, { id: profileId });
  }

  async deleteSessions(manager: EntityManager, accountId: string): Promise<void> {
    await manager.delete(RefreshTokenEntity, { accountId });
  }

  async deleteAccount(manager: EntityManager, accountId: string): Promise<void> {
    await manager.delete(AccountEntity, { id: accountId });
  }
}
