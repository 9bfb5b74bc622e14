/** Walks the audit hash chain page by page and reports the first event whose hash or link does not match. */
import { Injectable } from '@nestjs/common';
import { AuditEventsRepository } from './audit-events.repository';
import { CHAIN_START, walkAuditChain, type AuditChainReport } from './audit-chain';

export type { AuditChainReport } from './audit-chain';

const PAGE = 5_000;

@Injectable()
export class AuditChainService {
  constructor(private readonly events: AuditEventsRepository) {}

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
}
