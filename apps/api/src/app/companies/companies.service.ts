/** An employer's own company: registration, documents, colleagues, and resubmission after a rejection. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { COMPANY_DOCUMENT_MAX_BYTES, type CompanyDocumentKind, type CompanyInvitationView, type CreateCompanyDto } from '@jumush/contracts';
import {
  CompanyStatus,
  EXTENSION_OF_DOCUMENT_TYPE,
  WorkflowActor,
  companyTransition,
  detectDocumentType,
  registrationProblem,
  type Actor,
} from '@jumush/domain';
import { AccountEntity, CompanyDocumentEntity, CompanyEntity, CompanyMemberEntity, uniqueViolationOf } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { FileStorage } from '../storage/file-storage';
import { CompanyMembershipService } from './company-membership.service';

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
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly membership: CompanyMembershipService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async register(actor: Actor, dto: CreateCompanyDto): Promise<CompanyEntity> {
    const problem = registrationProblem({ inn: dto.inn, ogrn: dto.ogrn });
    if (problem) {
      const field = problem.startsWith('inn.') ? 'inn' : 'ogrn';
      throw new ProblemException(400, {
        code: 'validation.failed',
        errors: [{ field, code: problem, message: problem }],
      });
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.membership.companyOf(actor, manager)) {
          throw new ProblemException(409, {
            code: 'company.alreadyMember',
            detail: 'Your account already recruits for a company.',
          });
        }
        const account = await manager.findOneByOrFail(AccountEntity, {
          id: actor.id,
        });
        const company = await manager.save(
          manager.create(CompanyEntity, {
            ...dto,
            status: CompanyStatus.Pending,
            statusReason: null,
          }),
        );
        await manager.insert(CompanyMemberEntity, {
          companyId: company.id,
          accountId: actor.id,
          email: account.email ?? dto.email,
          owner: true,
          acceptedAt: new Date(),
          invitedBy: null,
        });
        await this.audit.record(manager, actor, {
          action: 'company.registered',
          subjectType: 'company',
          subjectId: company.id,
          data: { inn: company.inn, ogrn: company.ogrn },
        });
        return company;
      });
    } catch (error) {
      const violation = uniqueViolationOf(error);
      if (violation) {
        const field = violation.constraint === 'companies_ogrn_unique' ? 'ogrn' : 'inn';
        throw new ProblemException(409, {
          code: 'validation.failed',
          detail: 'This company is already registered on Jumush.',
          errors: [
            {
              field,
              code: field === 'inn' ? 'company.innTaken' : 'company.ogrnTaken',
              message: `A company with this ${field.toUpperCase()} is already registered.`,
            },
          ],
        });
      }
      throw error;
    }
  }

  documentsOf(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyDocumentEntity[]> {
    return manager.find(CompanyDocumentEntity, {
      where: { companyId },
      order: { uploadedAt: 'ASC' },
    });
  }

  async uploadDocument(actor: Actor, kind: CompanyDocumentKind, file: UploadedFile | undefined): Promise<CompanyDocumentEntity> {
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
        const document = await manager.save(
          manager.create(CompanyDocumentEntity, {
            companyId: company.id,
            kind,
            fileName: sanitizeFileName(file.originalname, EXTENSION_OF_DOCUMENT_TYPE[type]),
            contentType: type,
            sizeBytes: file.size,
            storageKey,
            sha256: createHash('sha256').update(file.buffer).digest('hex'),
            uploadedBy: actor.id,
          }),
        );
        await this.audit.record(manager, actor, {
          action: 'company.documentUploaded',
          subjectType: 'company',
          subjectId: company.id,
          data: { documentId: document.id, kind, contentType: type },
        });
        return document;
      });
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  /** Members read their company's documents; attaché and admin staff read any (see VerificationService). */
  async openDocument(companyId: string, documentId: string): Promise<DocumentDownload> {
    const document = await this.dataSource.getRepository(CompanyDocumentEntity).findOneBy({ id: documentId, companyId });
    if (!document)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such document.',
      });
    return { document, stream: await this.storage.open(document.storageKey) };
  }

  async resubmit(actor: Actor): Promise<CompanyEntity> {
    const company = await this.membership.requireCompanyOf(actor);
    const result = companyTransition(company.status, CompanyStatus.Pending, WorkflowActor.Employer);
    if (!result.ok)
      throw new ProblemException(409, {
        code: result.reason,
        detail: `A ${company.status} company cannot be resubmitted.`,
      });
    return this.dataSource.transaction(async (manager) => {
      const updated = await manager.update(
        CompanyEntity,
        { id: company.id, status: company.status },
        {
          status: CompanyStatus.Pending,
          statusReason: null,
          statusChangedAt: new Date(),
        },
      );
      if (!updated.affected)
        throw new ProblemException(409, {
          code: 'transition.conflict',
          detail: 'The company changed meanwhile; reload and try again.',
        });
      await this.audit.record(manager, actor, {
        action: 'company.resubmitted',
        subjectType: 'company',
        subjectId: company.id,
        data: { from: company.status, to: CompanyStatus.Pending },
      });
      return manager.findOneByOrFail(CompanyEntity, { id: company.id });
    });
  }

  async members(actor: Actor): Promise<CompanyMemberEntity[]> {
    const company = await this.membership.requireCompanyOf(actor);
    return this.dataSource.getRepository(CompanyMemberEntity).find({
      where: { companyId: company.id },
      relations: { account: true },
      order: { owner: 'DESC', createdAt: 'ASC' },
    });
  }

  async invite(actor: Actor, email: string): Promise<CompanyMemberEntity> {
    const company = await this.membership.requireCompanyOf(actor);
    if (!(await this.membership.isOwner(actor, company.id)))
      throw new ProblemException(403, {
        code: 'company.ownerOnly',
        detail: 'Only the owner invites colleagues.',
      });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const invitation = await manager.save(
          manager.create(CompanyMemberEntity, {
            companyId: company.id,
            email,
            accountId: null,
            owner: false,
            invitedBy: actor.id,
            acceptedAt: null,
          }),
        );
        await this.audit.record(manager, actor, {
          action: 'company.recruiterInvited',
          subjectType: 'company',
          subjectId: company.id,
          data: { email },
        });
        return invitation;
      });
    } catch (error) {
      if (uniqueViolationOf(error)) {
        throw new ProblemException(409, {
          code: 'validation.failed',
          errors: [
            {
              field: 'email',
              code: 'company.alreadyInvited',
              message: 'This email is already invited.',
            },
          ],
        });
      }
      throw error;
    }
  }

  async invitationsFor(actor: Actor): Promise<CompanyInvitationView[]> {
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: actor.id });
    if (!account.email) return [];
    const invitations = await this.dataSource.getRepository(CompanyMemberEntity).find({
      where: { email: account.email, accountId: IsNull() },
      relations: { company: true },
      order: { createdAt: 'ASC' },
    });
    return invitations.map((invitation) => ({
      id: invitation.id,
      companyId: invitation.companyId,
      companyName: invitation.company?.legalName ?? '',
      email: invitation.email,
      createdAt: invitation.createdAt.toISOString(),
    }));
  }

  async acceptInvitation(actor: Actor, invitationId: string): Promise<CompanyEntity> {
    const account = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: actor.id });
    return this.dataSource.transaction(async (manager) => {
      if (await this.membership.companyOf(actor, manager))
        throw new ProblemException(409, {
          code: 'company.alreadyMember',
          detail: 'Your account already recruits for a company.',
        });
      const accepted = await manager.update(
        CompanyMemberEntity,
        { id: invitationId, email: account.email ?? '', accountId: IsNull() },
        { accountId: actor.id, acceptedAt: new Date() },
      );
      if (!accepted.affected)
        throw new ProblemException(404, {
          code: 'http.notFound',
          detail: 'No such invitation.',
        });
      const member = await manager.findOneByOrFail(CompanyMemberEntity, {
        id: invitationId,
      });
      await this.audit.record(manager, actor, {
        action: 'company.recruiterJoined',
        subjectType: 'company',
        subjectId: member.companyId,
        data: { email: member.email },
      });
      return manager.findOneByOrFail(CompanyEntity, { id: member.companyId });
    });
  }
}

/** Multipart parsers read file names as Latin-1; browsers send UTF-8. */
function utf8FileName(name: string): string {
  if ([...name].some((character) => character.charCodeAt(0) > 0xff)) return name;
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}

/** Keeps a readable name for downloads without path parts or control characters. */
function sanitizeFileName(name: string, extension: string): string {
  const base = (utf8FileName(name).split(/[\\/]/).pop() ?? '')
    .replace(/[\p{Cc}"<>|*?:]/gu, '')
    .trim()
    .slice(0, 200);
  if (!base) return `document.${extension}`;
  return base;
}
