/**
 * Files on a grievance: the migrant adds up to five (PDF, JPEG, PNG) to an open grievance of theirs as evidence; the
 * migrant and the staff who see the grievance download them; anyone else gets a 404 (the employer has no route).
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GrievanceView } from '@jumush/contracts';
import { GRIEVANCE_ATTACHMENT_LIMIT, grievanceAttachmentRefusal, type Actor } from '@jumush/domain';
import { AuditService } from '../audit/audit.service';
import type { UploadedFile } from '../companies/company-documents.service';
import type { SendableDocument } from '../companies/send-document';
import { ProblemException } from '../http/problem';
import { DocumentFiles } from '../storage/document-files.service';
import { FileStorage } from '../storage/file-storage';
import { checkedEvidence, openEvidence } from './evidence-files';
import { GrievanceAttachmentsRepository } from './grievance-attachments.repository';
import { GrievancesRepository } from './grievances.repository';
import { GrievancesService } from './grievances.service';

const noSuchFile = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such file.' });
const REFUSALS = {
  closed: () => new ProblemException(409, { code: 'grievance.closed', detail: 'A closed grievance takes no more files.' }),
  full: () => {
    const message = `A grievance keeps at most ${GRIEVANCE_ATTACHMENT_LIMIT} files.`;
    const params = { max: GRIEVANCE_ATTACHMENT_LIMIT };
    return new ProblemException(409, {
      code: 'grievance.attachmentsFull',
      detail: message,
      params,
      errors: [{ field: 'file', code: 'grievance.attachmentsFull', message, params }],
    });
  },
};

@Injectable()
export class GrievanceAttachmentsService {
  private readonly logger = new Logger(GrievanceAttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: GrievanceAttachmentsRepository,
    private readonly grievances: GrievancesRepository,
    private readonly grievanceViews: GrievancesService,
    private readonly files: DocumentFiles,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  /** Stores the file, then in one transaction: the grievance locked and checked, the quota, the row and its audit. */
  async add(actor: Actor, grievanceId: string, file: UploadedFile | undefined): Promise<GrievanceView> {
    const evidence = checkedEvidence(file);
    const scope = await this.grievanceViews.scopeOf(actor);
    await this.files.store(evidence.buffer, evidence.extension, (storageKey) =>
      this.dataSource.transaction(async (manager) => {
        const grievance = await this.grievances.one(manager, grievanceId, scope, true);
        if (!grievance) throw this.grievanceViews.notFound();
        const stored = await this.attachments.list(manager, grievanceId);
        const refusal = grievanceAttachmentRefusal(grievance.status, stored.length);
        if (refusal) throw REFUSALS[refusal]();
        const storedBytes = await this.attachments.storedBytesOfCandidate(manager, grievance.candidate_id);
        this.files.checkQuota({ storedBytes, replacedBytes: 0, addedBytes: evidence.sizeBytes });
        const id = await this.attachments.insert(manager, {
          grievanceId,
          fileName: evidence.fileName,
          contentType: evidence.contentType,
          sizeBytes: evidence.sizeBytes,
          storageKey,
          sha256: evidence.sha256,
          uploadedBy: actor.id,
        });
        await this.audit.record(manager, actor, {
          action: 'grievance.attachmentAdded',
          subjectType: 'grievance',
          subjectId: grievanceId,
          data: { attachmentId: id, contentType: evidence.contentType, sizeBytes: evidence.sizeBytes, sha256: evidence.sha256 },
        });
        return { result: id, replacedKeys: [] };
      }),
    );
    return this.grievanceViews.mineOne(actor, grievanceId);
  }

  /** A file of a grievance the reader sees (their own, or their country's and regions'); anything else is a 404. */
  async download(actor: Actor, grievanceId: string, attachmentId: string): Promise<SendableDocument> {
    const scope = await this.grievanceViews.scopeOf(actor);
    const grievance = await this.grievances.one(this.dataSource.manager, grievanceId, scope);
    if (!grievance) throw this.grievanceViews.notFound();
    const row = await this.attachments.one(this.dataSource.manager, grievanceId, attachmentId);
    if (!row) throw noSuchFile();
    return openEvidence(this.storage, row.storage_key, { fileName: row.file_name, contentType: row.content_type, sizeBytes: row.size_bytes }, () =>
      this.logger.error(`Grievance attachment ${row.id} names a file the storage does not hold: ${row.storage_key}`),
    );
  }
}
