/** A company's documents: the employer uploads them, the employer and the attaché's staff download them. */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { COMPANY_DOCUMENT_KINDS_HELD_ONCE, COMPANY_DOCUMENT_MAX_BYTES, type CompanyDocumentKind, type CompanyDocumentView } from '@jumush/contracts';
import { EXTENSION_OF_DOCUMENT_TYPE, detectDocumentType, maySeeCompanyDocument, type Actor, type Viewer } from '@jumush/domain';
import type { CompanyDocumentEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { DocumentFiles } from '../storage/document-files.service';
import { FileNotFoundError, FileStorage } from '../storage/file-storage';
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
  private readonly logger = new Logger(CompanyDocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesRepository,
    private readonly membership: CompanyMembershipService,
    private readonly storage: FileStorage,
    private readonly files: DocumentFiles,
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
    return this.files.store(file.buffer, EXTENSION_OF_DOCUMENT_TYPE[type], (storageKey) =>
      this.dataSource.transaction(async (manager) => {
        await this.companies.lockCompany(manager, company.id);
        const stored = await this.companies.documentsOf(company.id, manager);
        const replaced = COMPANY_DOCUMENT_KINDS_HELD_ONCE.includes(kind) ? stored.filter((document) => document.kind === kind) : [];
        this.files.checkQuota({ storedBytes: sizeOf(stored), replacedBytes: sizeOf(replaced), addedBytes: file.size });
        await this.companies.deleteDocuments(
          manager,
          replaced.map((document) => document.id),
        );
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
          data: { documentId: document.id, kind, contentType: type, replacedDocumentIds: replaced.map((old) => old.id) },
        });
        return { result: toCompanyDocumentView(document), replacedKeys: replaced.map((old) => old.storageKey) };
      }),
    );
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
    try {
      return { document, stream: await this.storage.open(document.storageKey) };
    } catch (error) {
      if (!(error instanceof FileNotFoundError)) throw error;
      this.logger.error(`Company document ${document.id} names a file the storage does not hold: ${document.storageKey}`);
      throw new ProblemException(404, { code: 'http.notFound', detail: 'The file of this document is missing.' });
    }
  }
}

const sizeOf = (documents: readonly CompanyDocumentEntity[]) => documents.reduce((sum, document) => sum + document.sizeBytes, 0);

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
