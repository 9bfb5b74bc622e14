/** Disputes of a claimed INN: what the claimant and the attachés see. */
import type { CompanyDisputeStatus } from '@jumush/domain';

/**
 * The claimant's own dispute. It names the INN they typed and their own statement and file, never the company as
 * its holder registered it (name, address, people): those are the holder's words, and possibly personal data.
 */
export interface MyCompanyDisputeView {
  id: string;
  inn: string;
  status: CompanyDisputeStatus;
  statement: string;
  evidenceFileName: string;
  filedAt: string;
  decidedAt: string | null;
  /** The attaché's reason, written for both sides. */
  decisionReason: string | null;
}

/** A dispute as the attachés' queue shows it: the company as registered, its current owners, and the claimant. */
export interface CompanyDisputeView extends MyCompanyDisputeView {
  companyId: string;
  companyName: string;
  claimant: { accountId: string; email: string; fullName: string | null };
  /** The company's owners now (the holder the claimant disputes, until upheld). */
  owners: Array<{ accountId: string; email: string; fullName: string | null }>;
  evidenceContentType: string;
  evidenceSizeBytes: number;
  decidedBy: string | null;
}
