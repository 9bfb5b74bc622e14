/**
 * A fee report's receipt: the migrant who reported the fee adds one photo or PDF of it (a new one replaces the old,
 * whose file goes once the new row has committed); the migrant and their country's attaché download it.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PromisedVsActualView } from '@jumush/contracts';
import type { Actor } from '@jumush/domain';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import type { UploadedFile } from '../companies/company-documents.service';
import type { SendableDocument } from '../companies/send-document';
import { ProblemException } from '../http/problem';
import { DocumentFiles } from '../storage/document-files.service';
import { FileStorage } from '../storage/file-storage';
import { checkedEvidence, openEvidence } from './evidence-files';
import { GrievanceAttachmentsRepository } from './grievance-attachments.repository';
import { countryOf } from './red-flags.service';
import { WorkReportsRepository, type FeeReportRow } from './work-reports.repository';
import { WorkReportsService } from './work-reports.service';

const noSuchReport = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such fee report.' });
const noReceipt = () => new ProblemException(404, { code: 'http.notFound', detail: 'This fee report has no receipt.' });

@Injectable()
export class FeeReceiptsService {
  private readonly logger = new Logger(FeeReceiptsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: WorkReportsRepository,
    private readonly reportViews: WorkReportsService,
    private readonly storedFiles: GrievanceAttachmentsRepository,
    private readonly candidates: CandidatesService,
    private readonly files: DocumentFiles,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  /** Attaches (or replaces) the receipt of the migrant's own fee report; anyone else's report is a 404. */
  async attach(actor: Actor, reportId: string, file: UploadedFile | undefined): Promise<PromisedVsActualView> {
    const evidence = checkedEvidence(file);
    const profile = await this.candidates.mine(actor);
    const applicationId = await this.files.store(evidence.buffer, evidence.extension, (key) =>
      this.dataSource.transaction(async (manager) => {
        const report = await this.reports.feeReport(manager, reportId, true);
        if (!report || report.candidate_id !== profile.id) throw noSuchReport();
        const storedBytes = await this.storedFiles.storedBytesOfCandidate(manager, profile.id);
        const replacedBytes = report.receipt_key ? (report.receipt_size_bytes ?? 0) : 0;
        this.files.checkQuota({ storedBytes, replacedBytes, addedBytes: evidence.sizeBytes });
        await this.reports.setReceipt(manager, reportId, {
          key,
          fileName: evidence.fileName,
          contentType: evidence.contentType,
          sizeBytes: evidence.sizeBytes,
          sha256: evidence.sha256,
        });
        await this.audit.record(manager, actor, {
          action: 'workReport.receipt',
          subjectType: 'work_report',
          subjectId: reportId,
          data: { contentType: evidence.contentType, sizeBytes: evidence.sizeBytes, sha256: evidence.sha256, replaced: report.receipt_key !== null },
        });
        return { result: report.application_id, replacedKeys: report.receipt_key ? [report.receipt_key] : [] };
      }),
    );
    return this.reportViews.mine(actor, applicationId);
  }

  /** The reporting migrant's own receipt. */
  async mine(actor: Actor, reportId: string): Promise<SendableDocument> {
    const profile = await this.candidates.mine(actor);
    const report = await this.reports.feeReport(this.dataSource.manager, reportId);
    if (!report || report.candidate_id !== profile.id) throw noSuchReport();
    return this.open(report);
  }

  /** The attaché of the reporting migrant's country (an admin: any); another country's report is a 404. */
  async forStaff(actor: Actor, reportId: string): Promise<SendableDocument> {
    const country = countryOf(actor);
    const report = await this.reports.feeReport(this.dataSource.manager, reportId);
    if (!report || (country !== null && report.origin_country !== country)) throw noSuchReport();
    return this.open(report);
  }

  private open(report: FeeReportRow): Promise<SendableDocument> {
    const key = report.receipt_key;
    if (!key) throw noReceipt();
    const document = {
      fileName: report.receipt_file_name ?? 'receipt',
      contentType: report.receipt_content_type ?? 'application/octet-stream',
      sizeBytes: report.receipt_size_bytes ?? 0,
    };
    return openEvidence(this.storage, key, document, () =>
      this.logger.error(`Fee report ${report.id} names a receipt the storage does not hold: ${key}`),
    );
  }
}
