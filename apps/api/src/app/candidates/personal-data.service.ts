/** The migrant's rights over their personal data: a full export, and deleting the account. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { FieldCipher } from '@jumush/server/crypto';
import { ApplicationMovesRepository } from '../applications/application-moves.repository';
import { AuditService } from '../audit/audit.service';
import { DocumentFiles } from '../storage/document-files.service';
import { CandidateProfilesRepository } from './candidate-profiles.repository';
import { CandidatesService } from './candidates.service';
import { PASSPORT_CONTEXT } from './passport-cipher';
import { personalDataExport } from './personal-data-export';
import { PersonalDataRepository } from './personal-data.repository';

@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly profiles: CandidateProfilesRepository,
    private readonly personalData: PersonalDataRepository,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    private readonly moves: ApplicationMovesRepository,
    private readonly clock: Clock,
    private readonly files: DocumentFiles,
  ) {}

  /** Everything Jumush holds about the migrant, decrypted for them. */
  async exportData(actor: Actor): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const account = await this.personalData.account(manager, actor.id);
    const profile = await this.candidates.mine(actor);
    const [checklist, { applications, events }] = await Promise.all([
      this.profiles.checklistOf(manager, profile.id),
      this.personalData.applicationsWithTimeline(manager, profile.id),
    ]);
    const passportNumber = profile.passportNumberEncrypted ? this.cipher.decrypt(profile.passportNumberEncrypted, PASSPORT_CONTEXT) : null;
    return personalDataExport({ account, profile, passportNumber, checklist, applications, events, exportedAt: this.clock.now() });
  }

  /**
   * Deletes the account. Open applications are withdrawn; the profile loses every personal field, and
   * is kept anonymised only when an application was approved (the recruitment record must stand). The scans
   * of its documents are removed once the rows naming them are gone (a crash in between leaves orphan files,
   * never a row pointing at a missing file); the captured copies of its messages go with the account.
   */
  async deleteAccount(actor: Actor): Promise<void> {
    const documentKeys = await this.dataSource.transaction(async (manager) => {
      const profile = await this.profiles.findByAccount(manager, actor.id);
      let keys: string[] = [];
      if (profile) {
        // Anonymised first, so the withdrawal below tells the employers but not the account that is going away.
        await this.personalData.anonymiseProfile(manager, profile.id, this.clock.now());
        await this.withdrawOpenApplications(manager, actor, profile.id);
        keys = await this.personalData.checklistDocumentKeys(manager, profile.id);
        await this.personalData.deleteChecklist(manager, profile.id);
        // A profile with applications stays, anonymised, so employers' and attachés' records remain whole.
        if (!(await this.personalData.hasApplications(manager, profile.id))) await this.personalData.deleteProfile(manager, profile.id);
      }
      await this.personalData.deleteSessions(manager, actor.id);
      await this.personalData.deleteCapturedMessages(manager, actor.id);
      await this.audit.record(manager, actor, { action: 'account.deleted', subjectType: 'account', subjectId: actor.id });
      await this.personalData.deleteAccount(manager, actor.id);
      return keys;
    });
    await this.files.removeCommitted(documentKeys);
  }

  /**
   * Every application the migrant may still withdraw (any before departure) is withdrawn for 'accountDeleted',
   * through the one application move: timeline, audit event, the employer told, an approved place freed.
   */
  private async withdrawOpenApplications(manager: EntityManager, actor: Actor, profileId: string): Promise<void> {
    await this.moves.move(manager, { move: 'withdraw', actor, select: { candidateId: profileId }, reason: 'accountDeleted' });
  }
}
