/** SQL of a grievance's attachments, and of how many bytes of files a migrant keeps (for the account's quota). */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '@jumush/server/database';

export interface GrievanceAttachmentRow {
  id: string;
  grievance_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  storage_key: string;
  created_at: Date;
}

export interface NewGrievanceAttachment {
  grievanceId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
  sha256: string;
  uploadedBy: string;
}

const ATTACHMENT_COLUMNS = `id, grievance_id, file_name, content_type, size_bytes, storage_key, created_at`;

@Injectable()
export class GrievanceAttachmentsRepository {
  list(manager: EntityManager, grievanceId: string): Promise<GrievanceAttachmentRow[]> {
    return queryRows<GrievanceAttachmentRow>(
      manager,
      `SELECT ${ATTACHMENT_COLUMNS} FROM grievance_attachments WHERE grievance_id = $1 ORDER BY created_at, id`,
      [grievanceId],
    );
  }

  async one(manager: EntityManager, grievanceId: string, attachmentId: string): Promise<GrievanceAttachmentRow | null> {
    const [row] = await queryRows<GrievanceAttachmentRow>(
      manager,
      `SELECT ${ATTACHMENT_COLUMNS} FROM grievance_attachments WHERE grievance_id = $1 AND id = $2`,
      [grievanceId, attachmentId],
    );
    return row ?? null;
  }

  async insert(manager: EntityManager, attachment: NewGrievanceAttachment): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO grievance_attachments (grievance_id, file_name, content_type, size_bytes, storage_key, sha256, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        attachment.grievanceId,
        attachment.fileName,
        attachment.contentType,
        attachment.sizeBytes,
        attachment.storageKey,
        attachment.sha256,
        attachment.uploadedBy,
      ],
    );
    return row.id;
  }

  /**
   * Bytes of every file the migrant keeps: checklist documents, grievance attachments and fee receipts. Locks the
   * profile first, as the checklist upload does, so two uploads of one account cannot both pass the quota.
   */
  async storedBytesOfCandidate(manager: EntityManager, candidateId: string): Promise<number> {
    await manager.query(`SELECT 1 FROM candidate_profiles WHERE id = $1 FOR UPDATE`, [candidateId]);
    const [row] = await queryRows<{ bytes: string }>(
      manager,
      `SELECT (coalesce((SELECT sum(document_size_bytes) FROM checklist_items WHERE profile_id = $1 AND document_key IS NOT NULL), 0)
             + coalesce((SELECT sum(ga.size_bytes) FROM grievance_attachments ga JOIN grievances g ON g.id = ga.grievance_id
                          WHERE g.candidate_id = $1), 0)
             + coalesce((SELECT sum(receipt_size_bytes) FROM work_reports WHERE candidate_id = $1 AND receipt_key IS NOT NULL), 0))::text AS bytes`,
      [candidateId],
    );
    return Number(row?.bytes ?? 0);
  }
}
