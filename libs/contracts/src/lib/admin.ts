/** What the admin's console reads: accounts as the admin sees them, the audit chain's state and its published heads. */
import type { AccountView } from './accounts';

/** An account in the admin's list: the account's view and whether it may sign in. */
export interface AdminAccountView extends AccountView {
  /** When the account was disabled; null while it may sign in. */
  disabledAt: string | null;
  /** An admin's: the origin countries whose overdue items escalate to it (empty: none in particular). */
  supervisedCountries: string[];
}

/** The last link of the audit chain: anyone holding it can tell later whether the history before it was rewritten. */
export interface AuditChainHeadView {
  seq: string;
  hash: string;
}

export type AuditChainProblemCode = 'hashMismatch' | 'brokenLink' | 'gap';

/** `GET /api/admin/audit/verify`: the chain walked from its first link, and the head it reached. */
export interface AuditChainReportView {
  ok: boolean;
  checked: number;
  firstBroken: { seq: string; eventId: string; problem: AuditChainProblemCode } | null;
  /** The chain's last link when the walk started; null while no event was ever written. */
  head: AuditChainHeadView | null;
  verifiedAt: string;
}

/** One day's published head (`GET /api/public/audit-heads`): the hash of the last event of that day and how many there were. */
export interface PublishedAuditHeadView {
  /** The calendar day (UTC) the head was published for, YYYY-MM-DD. */
  date: string;
  seq: string;
  hash: string;
  /** Events in the chain up to and including the head. */
  count: string;
  publishedAt: string;
}

/** Sessions an admin ended for an account. */
export interface RevokedSessionsView {
  revoked: number;
}

/** A minimum wage as the admin edits it: the federal МРОТ (no region) or a region's, from a date, with its legal act. */
export interface MinimumWageView {
  id: string;
  /** Tax-service code of the Russian region; null for the federal МРОТ. */
  regionCode: string | null;
  monthlyRoubles: number;
  /** In force from this date (YYYY-MM-DD) until the next row of the same region. */
  effectiveFrom: string;
  /** The legal act that sets the figure, named so anyone can check it. */
  source: string;
  updatedAt: string;
}
