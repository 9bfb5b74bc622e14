/**
 * Disputes of a claimed INN. Whoever registered an INN first holds the company; the real company, refused with
 * `company.innTaken`, files a dispute (statement + document) and an attaché decides it. Rules (who may file, the
 * moves, what goes back to review): `company-disputes.ts` in @jumush/domain.
 *
 * Who decides: any origin country's attaché (and an admin). Verification is per country because each country admits
 * employers for its own citizens; who owns the company is one fact for every country, so there is no country whose
 * attaché alone could decide it, and making every country agree would let one absent attaché block the real
 * company forever. To keep per-country verification per country, upholding does not verify or reject anything for
 * anyone: every country's verification and rejection (made on the holder's word) goes back to PENDING, and each
 * country's attaché decides it again for their own country. A country's suspension and the admin's block stay: they
 * are sanctions only their authors lift.
 *
 * What each side sees: the claimant sees their own statement, file and the decision, never the company as the holder
 * registered it nor the holder's people; the holder's side hears the decision and the company's name, never the
 * claimant's. Attachés see both.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  COMPANY_DOCUMENT_MAX_BYTES,
  OutboxTopic,
  type CompanyDisputeView,
  type FileCompanyDisputeDto,
  type MyCompanyDisputeView,
  type Page,
} from '@jumush/contracts';
import {
  COMPANY_DISPUTE_DECISIONS,
  DISPUTE_REVIEW_FROM,
  EXTENSION_OF_DOCUMENT_TYPE,
  companyDisputeTransition,
  detectDocumentType,
  disputeFilingRefusal,
  workflowActorOf,
  type Actor,
  type CompanyDisputeDecision,
  type CompanyDisputeStatus,
  type DisputeFilingRefusal,
} from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { OutboxService } from '../outbox/outbox.service';
import { DocumentFiles } from '../storage/document-files.service';
import { FileNotFoundError, FileStorage } from '../storage/file-storage';
import { CompaniesRepository } from './companies.repository';
import { ALREADY_MEMBER } from './companies.service';
import { sanitizeFileName, type UploadedFile } from './company-documents.service';
import { CompanyDisputesRepository, type CompanyDisputeRow, type PersonRow } from './company-disputes.repository';

const NO_SUCH_DISPUTE = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such dispute.' });
const DECIDED_MEANWHILE = () =>
  new ProblemException(409, { code: 'transition.conflict', detail: 'Someone decided this dispute meanwhile; reload it.' });

const FILING_REFUSALS: Record<DisputeFilingRefusal, () => ProblemException> = {
  ROLE: () => new ProblemException(403, { code: 'auth.forbidden', detail: 'Only an employer account disputes a company.' }),
  EMAIL_NOT_VERIFIED: () => new ProblemException(403, { code: 'account.emailNotVerified', detail: 'Confirm your e-mail address first.' }),
  ALREADY_MEMBER,
  NOT_TAKEN: () =>
    new ProblemException(422, {
      code: 'validation.failed',
      errors: [{ field: 'inn', code: 'dispute.innNotTaken', message: 'No company holds this INN on Jumush: register it instead.' }],
    }),
  ALREADY_OPEN: () =>
    new ProblemException(409, {
      code: 'dispute.alreadyOpen',
      detail: 'Your earlier dispute waits for the attaché; file another after its decision.',
    }),
};

/** A downloadable evidence file, in the shape sendDocument streams. */
export interface EvidenceDownload {
  document: { fileName: string; contentType: string; sizeBytes: number };
  stream: Readable;
}

@Injectable()
export class CompanyDisputesService {
  private readonly logger = new Logger(CompanyDisputesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly disputes: CompanyDisputesRepository,
    private readonly companies: CompaniesRepository,
    private readonly files: DocumentFiles,
    private readonly storage: FileStorage,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Files a dispute: the evidence is stored first, then the dispute row, its audit event, in one transaction. */
  async file(actor: Actor, dto: FileCompanyDisputeDto, file: UploadedFile | undefined): Promise<MyCompanyDisputeView> {
    const { buffer, type } = checkedEvidence(file);
    const id = await this.files.store(buffer, EXTENSION_OF_DOCUMENT_TYPE[type], (evidenceKey) =>
      this.dataSource.transaction(async (manager) => {
        const claimant = await this.disputes.claimantForUpdate(manager, actor.id);
        const companyId = await this.disputes.holderOfInn(manager, dto.inn);
        const refusal = disputeFilingRefusal(
          { role: actor.role, emailVerified: claimant.email_verified, companyId: claimant.company_id, openDisputes: claimant.open_disputes },
          companyId,
        );
        if (refusal || !companyId) throw FILING_REFUSALS[refusal ?? 'NOT_TAKEN']();
        const disputeId = await this.disputes.insert(manager, {
          companyId,
          inn: dto.inn,
          claimantId: actor.id,
          statement: dto.statement,
          evidenceFileName: sanitizeFileName((file as UploadedFile).originalname, EXTENSION_OF_DOCUMENT_TYPE[type]),
          evidenceContentType: type,
          evidenceSizeBytes: buffer.length,
          evidenceKey,
          evidenceSha256: createHash('sha256').update(buffer).digest('hex'),
        });
        await this.audit.record(manager, actor, {
          action: 'company.disputeFiled',
          subjectType: 'company',
          subjectId: companyId,
          data: { disputeId, inn: dto.inn, claimantId: actor.id, contentType: type },
        });
        return { result: disputeId, replacedKeys: [] };
      }),
    );
    return this.myDispute(actor, id);
  }

  /** The claimant's own disputes, newest first. */
  async mine(actor: Actor): Promise<MyCompanyDisputeView[]> {
    return (await this.disputes.mine(actor.id)).map(toMyDisputeView);
  }

  /** One of the claimant's own disputes; anyone else's is 404. */
  async myDispute(actor: Actor, id: string): Promise<MyCompanyDisputeView> {
    return toMyDisputeView(await this.ownDispute(actor, id));
  }

  async myEvidence(actor: Actor, id: string): Promise<EvidenceDownload> {
    return this.openEvidence(await this.ownDispute(actor, id));
  }

  /** The attachés' queue: disputes in a status, longest waiting first. */
  async queue(status: CompanyDisputeStatus, page: number, pageSize: number): Promise<Page<CompanyDisputeView>> {
    const [rows, total] = await Promise.all([this.disputes.queue(status, pageSize, (page - 1) * pageSize), this.disputes.countByStatus(status)]);
    const items = await Promise.all(rows.map(async (row) => toDisputeView(row, await this.disputes.owners(row.company_id))));
    return { items, total, page, pageSize };
  }

  async detail(id: string): Promise<CompanyDisputeView> {
    const row = await this.disputes.find(id);
    if (!row) throw NO_SUCH_DISPUTE();
    return toDisputeView(row, await this.disputes.owners(row.company_id));
  }

  async evidence(id: string): Promise<EvidenceDownload> {
    const row = await this.disputes.find(id);
    if (!row) throw NO_SUCH_DISPUTE();
    return this.openEvidence(row);
  }

  /** Upholds or rejects an open dispute; the dispute row is locked, so two attachés deciding at once cannot both win. */
  async decide(actor: Actor, id: string, decision: CompanyDisputeDecision, reason: string): Promise<CompanyDisputeView> {
    await this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputes.find(id, manager, true);
      if (!dispute) throw NO_SUCH_DISPUTE();
      const workflowActor = workflowActorOf(actor.role);
      const result = workflowActor
        ? companyDisputeTransition(dispute.status, decision, workflowActor, reason)
        : ({ ok: false, reason: 'transition.actorNotAllowed' } as const);
      if (!result.ok) throw refusedTransitionProblem(result.reason, `Cannot ${decision} a dispute that is ${dispute.status}.`);
      const now = this.clock.now();
      const moved = await this.disputes.decide(manager, id, { status: COMPANY_DISPUTE_DECISIONS[decision], by: actor.id, at: now, reason });
      if (!moved) throw DECIDED_MEANWHILE();
      const companySide =
        decision === 'uphold'
          ? await this.transferOwnership(manager, actor, dispute, reason, now)
          : await this.companies.memberAccountIds(manager, dispute.company_id);
      if (decision === 'reject')
        await this.audit.record(manager, actor, {
          action: 'company.disputeRejected',
          subjectType: 'company',
          subjectId: dispute.company_id,
          reason,
          data: { disputeId: dispute.id, claimantId: dispute.claimant_id },
        });
      await this.notify(manager, dispute, decision, reason, companySide);
    });
    return this.detail(id);
  }

  /**
   * The company passes to the claimant as its one owner: every membership the holder granted ends (theirs and the
   * recruiters they let in), their sessions end, open invitations stop working, and each country's verification or
   * rejection goes back to review. Returns the accounts that lost the company.
   */
  private async transferOwnership(manager: EntityManager, actor: Actor, dispute: CompanyDisputeRow, reason: string, now: Date): Promise<string[]> {
    // The claimant may have joined or registered another company while waiting: an account recruits for one.
    if (await this.companies.companyOfAccount(dispute.claimant_id, manager))
      throw new ProblemException(409, {
        code: 'dispute.claimantHasCompany',
        detail: 'The claimant recruits for another company now; they must leave it before this dispute can be upheld.',
      });
    await this.companies.lockCompany(manager, dispute.company_id);
    const removed = await this.disputes.removeMembers(manager, dispute.company_id);
    const revokedInvitations = await this.disputes.revokeOpenInvitations(manager, dispute.company_id, now);
    await this.disputes.deleteRowForEmail(manager, dispute.company_id, dispute.claimant_email);
    await this.companies.insertMember(manager, {
      companyId: dispute.company_id,
      accountId: dispute.claimant_id,
      email: dispute.claimant_email,
      owner: true,
      acceptedAt: now,
      invitedBy: null,
    });
    await this.disputes.revokeSessions(manager, removed, now);
    const countriesBackToReview = await this.companies.resubmitCountries(manager, dispute.company_id, DISPUTE_REVIEW_FROM, now);
    await this.audit.record(manager, actor, {
      action: 'company.disputeUpheld',
      subjectType: 'company',
      subjectId: dispute.company_id,
      reason,
      data: { disputeId: dispute.id, claimantId: dispute.claimant_id, removedAccountIds: removed, revokedInvitations, countriesBackToReview },
    });
    return removed;
  }

  /** Both sides, each in their own words: the claimant by the INN they typed, the company's side by the company's name. */
  private async notify(manager: EntityManager, dispute: CompanyDisputeRow, decision: CompanyDisputeDecision, reason: string, companySide: string[]) {
    await this.outbox.enqueue(manager, {
      topic: OutboxTopic.CompanyDisputeDecided,
      aggregateType: 'companyDispute',
      aggregateId: dispute.id,
      recipientIds: [dispute.claimant_id],
      payload: { disputeId: dispute.id, inn: dispute.inn, decision, reason },
    });
    await this.outbox.enqueue(manager, {
      topic: OutboxTopic.CompanyDisputeDecidedForCompany,
      aggregateType: 'company',
      aggregateId: dispute.company_id,
      recipientIds: companySide,
      payload: { companyId: dispute.company_id, companyName: dispute.company_name, decision, reason },
    });
  }

  private async ownDispute(actor: Actor, id: string): Promise<CompanyDisputeRow> {
    const row = await this.disputes.find(id);
    if (!row || row.claimant_id !== actor.id) throw NO_SUCH_DISPUTE();
    return row;
  }

  private async openEvidence(row: CompanyDisputeRow): Promise<EvidenceDownload> {
    const document = { fileName: row.evidence_file_name, contentType: row.evidence_content_type, sizeBytes: row.evidence_size_bytes };
    try {
      return { document, stream: await this.storage.open(row.evidence_key) };
    } catch (error) {
      if (!(error instanceof FileNotFoundError)) throw error;
      this.logger.error(`Dispute ${row.id} names a file the storage does not hold: ${row.evidence_key}`);
      throw new ProblemException(404, { code: 'http.notFound', detail: 'The file of this dispute is missing.' });
    }
  }
}

/** The same limits as every other upload: 10 MB, a PDF, JPEG or PNG told from its first bytes. */
function checkedEvidence(file: UploadedFile | undefined) {
  if (!file)
    throw new ProblemException(400, {
      code: 'validation.failed',
      errors: [{ field: 'file', code: 'validation.isNotEmpty', message: 'Attach a document that shows the company is yours.' }],
    });
  if (file.size > COMPANY_DOCUMENT_MAX_BYTES)
    throw new ProblemException(413, { code: 'document.tooLarge', params: { maxMegabytes: COMPANY_DOCUMENT_MAX_BYTES / 1024 / 1024 } });
  const type = detectDocumentType(file.buffer);
  if (!type) throw new ProblemException(415, { code: 'document.unsupportedType', detail: 'Upload a PDF, JPEG or PNG file.' });
  return { buffer: file.buffer, type };
}

function toMyDisputeView(row: CompanyDisputeRow): MyCompanyDisputeView {
  return {
    id: row.id,
    inn: row.inn,
    status: row.status,
    statement: row.statement,
    evidenceFileName: row.evidence_file_name,
    filedAt: row.filed_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionReason: row.decision_reason,
  };
}

const toPerson = (row: PersonRow) => ({ accountId: row.account_id, email: row.email, fullName: row.full_name });

function toDisputeView(row: CompanyDisputeRow, owners: PersonRow[]): CompanyDisputeView {
  return {
    ...toMyDisputeView(row),
    companyId: row.company_id,
    companyName: row.company_name,
    claimant: { accountId: row.claimant_id, email: row.claimant_email, fullName: row.claimant_name },
    owners: owners.map(toPerson),
    evidenceContentType: row.evidence_content_type,
    evidenceSizeBytes: row.evidence_size_bytes,
    decidedBy: row.decided_by,
  };
}
