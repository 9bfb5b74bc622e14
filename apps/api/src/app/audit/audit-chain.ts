/** The audit hash chain's rule, without the database: each link follows the previous one by seq, points at its hash, and hashes right. */
import type { AuditChainRow } from './audit-events.repository';

export type AuditChainProblem = 'hashMismatch' | 'brokenLink' | 'gap';

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  /** The first event that does not verify, when one does not. */
  firstBroken: {
    seq: string;
    eventId: string;
    problem: AuditChainProblem;
  } | null;
}

/** Where a walk stands after the links checked so far: the last good link. */
export interface AuditChainPosition {
  checked: number;
  previousSeq: bigint;
  previousHash: string | null;
}

export const CHAIN_START: AuditChainPosition = { checked: 0, previousSeq: 0n, previousHash: null };

/** Checks `rows` (in seq order) from `position`: the report of the first broken link, or the position after the last row. */
export function walkAuditChain(position: AuditChainPosition, rows: readonly AuditChainRow[]): AuditChainReport | AuditChainPosition {
  let { checked, previousSeq, previousHash } = position;
  for (const row of rows) {
    const seq = BigInt(row.seq);
    const broken = (problem: AuditChainProblem): AuditChainReport => ({
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
  return { checked, previousSeq, previousHash };
}
