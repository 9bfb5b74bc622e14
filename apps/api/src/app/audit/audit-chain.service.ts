/** Walks the audit hash chain page by page and reports the first event whose hash or link does not match. */
import { Injectable } from '@nestjs/common';
import type { AuditChainReportView, Page, PublishedAuditHeadView } from '@jumush/contracts';
import { Clock } from '@jumush/server/config';
import { AuditEventsRepository } from './audit-events.repository';
import { CHAIN_START, walkAuditChain, type AuditChainReport } from './audit-chain';

export type { AuditChainReport } from './audit-chain';

const PAGE = 5_000;

@Injectable()
export class AuditChainService {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly clock: Clock,
  ) {}

  /** The walk's report with the head it started from: events written meanwhile are checked too, the head named is where it began. */
  async verifyWithHead(): Promise<AuditChainReportView> {
    const verifiedAt = this.clock.now().toISOString();
    const head = await this.events.head();
    return { ...(await this.verify()), head, verifiedAt };
  }

  async verify(): Promise<AuditChainReport> {
    let position = CHAIN_START;
    for (;;) {
      const rows = await this.events.chainAfter(position.previousSeq, PAGE);
      const walked = walkAuditChain(position, rows);
      if ('ok' in walked) return walked;
      position = walked;
      if (rows.length < PAGE) return { ok: true, checked: position.checked, firstBroken: null };
    }
  }

  /** The heads published once a day (worker), newest first: anyone may keep them and compare later. */
  async publishedHeads(page: number, pageSize: number): Promise<Page<PublishedAuditHeadView>> {
    const [rows, total] = await this.events.publishedHeads(page, pageSize);
    return {
      items: rows.map((row) => ({
        date: row.publishedOn,
        seq: row.seq,
        hash: row.hash,
        count: row.seq,
        publishedAt: row.publishedAt.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }
}
