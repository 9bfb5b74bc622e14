/** Reading batches: the employer's own, the attaché's queue, one batch with its candidates, and who may see which. */
import { Injectable } from '@nestjs/common';
import type { BatchDetailView, BatchQueueView, BatchSummaryView } from '@jumush/contracts';
import {
  BATCH_STATUSES_AWAITING_DECISION,
  BatchStatus,
  Role,
  batchStatusesVisibleTo,
  batchVisibility,
  candidateFlagsHiddenFrom,
  regionsCoveredBy,
  type Actor,
} from '@jumush/domain';
import { FieldCipher } from '@jumush/server/crypto';
import type { BatchEntity } from '@jumush/server/database';
import { PASSPORT_CONTEXT } from '../candidates/passport-cipher';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { ProblemException } from '../http/problem';
import { toBatchItemView, toBatchSummaryView } from './batch-views';
import { BatchesRepository, type BatchSummaryFilter } from './batches.repository';

export const noSuchBatch = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such batch.' });

@Injectable()
export class BatchQueriesService {
  constructor(
    private readonly batches: BatchesRepository,
    private readonly membership: CompanyMembershipService,
    private readonly cipher: FieldCipher,
  ) {}

  async mine(actor: Actor, vacancyId?: string): Promise<BatchSummaryView[]> {
    const company = await this.membership.requireCompanyOf(actor);
    return this.summaries({ companyId: company.id, vacancyId, hiddenFlags: candidateFlagsHiddenFrom(actor) });
  }

  /** Batches of the attaché's country (in its regions, when it is region-scoped): overdue first, then by deadline. */
  async queue(actor: Actor, options: { status?: BatchStatus; overdueOnly?: boolean; page: number; pageSize: number }): Promise<BatchQueueView> {
    const country = actor.role === Role.Admin ? undefined : (actor.originCountry ?? '—');
    // An attaché's queue never lists drafts, even when asked for them: a draft is the employer's alone.
    const listable = batchStatusesVisibleTo(actor);
    const statuses = options.status ? [options.status].filter((status) => listable.includes(status)) : [...BATCH_STATUSES_AWAITING_DECISION];
    const regionCodes = regionsCoveredBy(actor);
    const items = await this.summaries({
      originCountry: country,
      regionCodes,
      statuses,
      overdueOnly: options.overdueOnly,
      hiddenFlags: candidateFlagsHiddenFrom(actor),
      page: options.page,
      pageSize: options.pageSize,
    });
    const { total, overdue } = await this.batches.queueCounts(statuses, country ?? null, options.overdueOnly ?? false, regionCodes);
    return { items, total, overdue, page: options.page, pageSize: options.pageSize };
  }

  /** One batch with (a page of) its candidates, for its employer or the attaché of its country. */
  async detail(actor: Actor, batchId: string, options: { flaggedOnly?: boolean; page: number; pageSize: number }): Promise<BatchDetailView> {
    const batch = await this.visibleBatch(actor, batchId);
    const hiddenFlags = candidateFlagsHiddenFrom(actor);
    const [summary] = await this.summaries({ batchId: batch.id, hiddenFlags });
    const flaggedOnly = options.flaggedOnly ?? false;
    const [rows, itemsTotal] = await Promise.all([
      this.batches.itemsPage(batch.id, { flaggedOnly, page: options.page, pageSize: options.pageSize, hiddenFlags }),
      this.batches.itemsCount(batch.id, flaggedOnly, hiddenFlags),
    ]);
    const decrypt = (encrypted: string) => this.cipher.decrypt(encrypted, PASSPORT_CONTEXT);
    return { ...summary, items: rows.map((row) => toBatchItemView(actor, row, decrypt)), itemsTotal };
  }

  /**
   * The employer's own batch, or the batch of the attaché's own country (and region, for a region-scoped one); 404
   * otherwise (another country's or region's included).
   */
  async visibleBatch(actor: Actor, batchId: string): Promise<BatchEntity> {
    const found = await this.batches.batchWithRegion(batchId);
    if (!found) throw noSuchBatch();
    const { batch, regionCode } = found;
    const companyId = actor.role === Role.Employer ? ((await this.membership.companyOf(actor))?.id ?? null) : null;
    switch (batchVisibility({ ...actor, companyId }, { ...batch, regionCode })) {
      case 'visible':
        return batch;
      case 'notFound':
        throw noSuchBatch();
    }
  }

  private async summaries(filter: BatchSummaryFilter): Promise<BatchSummaryView[]> {
    return (await this.batches.summaries(filter)).map(toBatchSummaryView);
  }
}
