/** The pre-departure checklist: an item's status and dates, and the document attached to it; each change moves the readiness. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ChecklistItemDto } from '@jumush/contracts';
import { ChecklistItemStatus, EXTENSION_OF_DOCUMENT_TYPE, detectDocumentType, type Actor, type ChecklistItemKind } from '@jumush/domain';
import type { CandidateProfileEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import type { UploadedFile } from '../companies/companies.service';
import { ProblemException } from '../http/problem';
import { DocumentFiles } from '../storage/document-files.service';
import { fieldProblem } from './candidate-problems';
import { checklistItemProblem } from './checklist-rules';
import { CandidateProfilesRepository, type StoredChecklistDocument } from './candidate-profiles.repository';
import { CandidatesService } from './candidates.service';

export const CHECKLIST_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

@Injectable()
export class ChecklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly profiles: CandidateProfilesRepository,
    private readonly files: DocumentFiles,
    private readonly audit: AuditService,
  ) {}

  /** The dates are checked against the candidate's home calendar, so the profile comes first; a refusal saves nothing. */
  async updateItem(actor: Actor, kind: ChecklistItemKind, dto: ChecklistItemDto): Promise<CandidateProfileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.candidates.mine(actor, manager);
      const problem = checklistItemProblem(dto, this.candidates.homeToday(profile));
      if (problem) throw fieldProblem(problem.field, problem.code);
      await this.profiles.upsertChecklistItem(manager, {
        profileId: profile.id,
        kind,
        status: dto.status,
        completedOn: dto.completedOn ?? null,
        validUntil: dto.validUntil ?? null,
      });
      await this.audit.record(manager, actor, {
        action: 'candidate.checklistUpdated',
        subjectType: 'candidate',
        subjectId: profile.id,
        data: { kind, status: dto.status },
      });
      return this.candidates.refreshReadiness(manager, profile.id);
    });
  }

  async uploadDocument(actor: Actor, kind: ChecklistItemKind, file: UploadedFile | undefined): Promise<CandidateProfileEntity> {
    if (!file) throw fieldProblem('file', 'validation.isNotEmpty');
    if (file.size > CHECKLIST_DOCUMENT_MAX_BYTES) throw new ProblemException(413, { code: 'document.tooLarge', params: { maxMegabytes: 10 } });
    const type = detectDocumentType(file.buffer);
    if (!type) throw new ProblemException(415, { code: 'document.unsupportedType' });
    return this.files.store(file.buffer, EXTENSION_OF_DOCUMENT_TYPE[type], (key) =>
      this.dataSource.transaction(async (manager) => {
        const profile = await this.candidates.mine(actor, manager);
        await this.profiles.lockProfile(manager, profile.id);
        const stored = await this.profiles.checklistDocumentsOf(manager, profile.id);
        const replaced = stored.filter((document) => document.kind === kind);
        const afterArrival = await this.profiles.afterArrivalFileBytes(manager, profile.id);
        this.files.checkQuota({ storedBytes: sizeOf(stored) + afterArrival, replacedBytes: sizeOf(replaced), addedBytes: file.size });
        await this.profiles.attachChecklistDocument(manager, {
          profileId: profile.id,
          kind,
          status: ChecklistItemStatus.InProgress,
          documentKey: key,
          documentType: type,
          documentSizeBytes: file.size,
        });
        await this.audit.record(manager, actor, {
          action: 'candidate.documentUploaded',
          subjectType: 'candidate',
          subjectId: profile.id,
          data: { kind, contentType: type, replaced: replaced.length > 0 },
        });
        return {
          result: await this.candidates.refreshReadiness(manager, profile.id),
          replacedKeys: replaced.map((document) => document.documentKey),
        };
      }),
    );
  }
}

const sizeOf = (documents: readonly StoredChecklistDocument[]) => documents.reduce((sum, document) => sum + (document.documentSizeBytes ?? 0), 0);
