/** Walks the audit hash chain and reports the first event whose hash or link does not match. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  /** The first event that does not verify, when one does not. */
  firstBroken: {
    seq: string;
    eventId: string;
    problem: 'hashMismatch' | 'brokenLink' | 'gap';
  } | null;
}

const PAGE = 5_000;

@Injectable()
export class AuditChainService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verify(): Promise<AuditChainReport> {
    let checked = 0;
    let previousHash: string | null = null;
    let previousSeq = 0n;
    for (;;) {
      // The database recomputes each hash with the same function the insert trigger used.
      const rows: Array<{
        id: string;
        seq: string;
        prev_hash: string | null;
        hash: string;
        expected: string;
      }> = await this.dataSource.query(
        `SELECT id, seq, prev_hash, hash,
                audit_event_hash(prev_hash, seq, actor_id, actor_role, action, subject_type, subject_id, reason, data, created_at) AS expected
           FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [previousSeq.toString(), PAGE],
      );
      for (const row of rows) {
        const seq = BigInt(row.seq);
        const broken = (problem: 'hashMismatch' | 'brokenLink' | 'gap'): AuditChainReport => ({
          ok: false,
          checked,
          firstBroken: { seq: row.seq, eventId: row.id, problem },
        });
        if (seq !== previousSeq + 1n) return broken('gap');
        if ((row.prev_hash ?? null) !== previousHash) return broken('brokenLink');
        if (row.hash !== row.expected) return broken('hashMismatch');
        checked++;
        previousHash = row.hash;
        previousSeq = seq;
      }
      if (rows.length < PAGE) return { ok: true, checked, firstBroken: null };
    }
  }
}
