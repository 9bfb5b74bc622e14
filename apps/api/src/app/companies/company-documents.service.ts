/** A company's documents: the employer uploads them, the employer and the attaché's staff download them. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { COMPANY_DOCUMENT_MAX_BYTES, type CompanyDocumentKind, type CompanyDocumentView } from '@jumush/contracts';
import { EXTENSION_OF_DOCUMENT_TYPE, detectDocumentType, maySeeCompanyDocument, type Actor, type Viewer } from '@jumush/domain';
import type { CompanyDocumentEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { FileStorage } from '../storage/file-storage';
import { CompaniesRepository } from './companies.repository';
import { CompanyMembershipService } from './company-membership.service';
import { toCompanyDocumentView } from './company-views';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export interface DocumentDownload {
  document: CompanyDocumentEntity;
  stream: Readable;
}

@Injectable()
export class CompanyDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesRepository,
    private readonly membership: CompanyMembershipService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, kind: CompanyDocumentKind, file: UploadedFile | undefined): Promise<CompanyDocumentView> {
    if (!file)
      throw new ProblemException(400, {
        code: 'validation.failed',
        errors: [
          {
            field: 'file',
            code: 'validation.isNotEmpty',
            message: 'Choose a file to upload.',
          },
        ],
      });
    if (file.size > COMPANY_DOCUMENT_MAX_BYTES)
      throw new ProblemException(413, {
        code: 'document.tooLarge',
        params: { maxMegabytes: COMPANY_DOCUMENT_MAX_BYTES / 1024 / 1024 },
      });
    const type = detectDocumentType(file.buffer);
    if (!type)
      throw new ProblemException(415, {
        code: 'document.unsupportedType',
        detail: 'Upload a PDF, JPEG or PNG file.',
      });
    const company = await this.membership.requireCompanyOf(actor);
    const storageKey = await this.storage.put(file.buffer, EXTENSION_OF_DOCUMENT_TYPE[type]);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const document = await this.companies.insertDocument(manager, {
          companyId: company.id,
          kind,
          fileName: sanitizeFileName(file.originalname, EXTENSION_OF_DOCUMENT_TYPE[type]),
          contentType: type,
          sizeBytes: file.size,
          storageKey,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          uploadedBy: actor.id,
        });
        await this.audit.record(manager, actor, {
          action: 'company.documentUploaded',
          subjectType: 'company',
          subjectId: company.id,
          data: { documentId: document.id, kind, contentType: type },
        });
        return toCompanyDocumentView(document);
      });
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  /** One of the employer's own company's documents. */
  async openMine(actor: Actor, documentId: string): Promise<DocumentDownload> {
    const company = await this.membership.requireCompanyOf(actor);
    return this.open({ ...actor, companyId: company.id }, company.id, documentId);
  }

  /** A company's document, for whoever the domain lets see it (its employers, verifying officials). */
  async open(viewer: Viewer, companyId: string, documentId: string): Promise<DocumentDownload> {
    const document = maySeeCompanyDocument(viewer, { companyId }) ? await this.companies.findDocument(companyId, documentId) : null;
    if (!document)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such document.',
      });
    return { document, stream: await this.storage.open(document.storageKey) };
  }
}

/** Multipart parsers read file names as Latin-1; browsers send UTF-8. */
function utf8FileName(name: string): string {
  if ([...name].some((character) => character.charCodeAt(0) > 0xff)) return name;
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}

/** Keeps a readable name for downloads without path parts or control characters. */
export function sanitizeFileName(name: string, extension: string): string {
  const base = (utf8FileName(name).split(/[\\/]/).pop() ?? '')
    .replace(/[\p{Cc}"<>|*?:]/gu, '')
    .trim()
    .slice(0, 200);
  if (!base) return `document.${extension}`;
  return base;
}
