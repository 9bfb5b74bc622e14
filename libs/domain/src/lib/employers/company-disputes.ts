/**
 * A claimed INN disputed through the attaché. Whoever registered an INN first holds the company on Jumush; the real
 * company, refused with `company.innTaken`, files a dispute with a statement and a document. An attaché upholds it
 * (the company passes to the claimant's account as its owner, everyone the first holder let in loses access, and the
 * verifications made on the first holder's word go back to review) or rejects it.
 */
import { Role } from '../accounts/role';
import { defineStateMachine, transition, type TransitionResult } from '../state-machine/state-machine';
import { WorkflowActor } from '../state-machine/workflow-actor';
import { CompanyStatus } from './company-verification';

export enum CompanyDisputeStatus {
  /** Filed, waiting for an attaché. */
  Open = 'OPEN',
  /** The claimant owns the company now. */
  Upheld = 'UPHELD',
  /** The company stays with its holder. */
  Rejected = 'REJECTED',
}

const { Open, Upheld, Rejected } = CompanyDisputeStatus;

/**
 * Any origin country's attaché decides (and an admin): ownership is one fact for every country, unlike verification,
 * which each country decides for its own citizens. Both moves need a reason: each side is told why.
 */
export const COMPANY_DISPUTE = defineStateMachine<CompanyDisputeStatus, WorkflowActor>(Object.values(CompanyDisputeStatus), [
  { from: Open, to: Upheld, actors: [WorkflowActor.Attache, WorkflowActor.Admin], requiresReason: true, name: 'uphold' },
  { from: Open, to: Rejected, actors: [WorkflowActor.Attache, WorkflowActor.Admin], requiresReason: true, name: 'reject' },
]);

export const COMPANY_DISPUTE_DECISIONS = { uphold: Upheld, reject: Rejected } as const satisfies Record<string, CompanyDisputeStatus>;
export type CompanyDisputeDecision = keyof typeof COMPANY_DISPUTE_DECISIONS;

for (const [name, to] of Object.entries(COMPANY_DISPUTE_DECISIONS)) {
  if (!COMPANY_DISPUTE.transitions.some((rule) => rule.name === name && rule.to === to)) throw new Error(`No dispute move ${name} to ${to}`);
}

export function companyDisputeTransition(
  from: CompanyDisputeStatus,
  decision: CompanyDisputeDecision,
  actor: WorkflowActor,
  reason?: string,
): TransitionResult {
  return transition(COMPANY_DISPUTE, from, COMPANY_DISPUTE_DECISIONS[decision], actor, reason);
}

/** The statement: long enough to say who the claimant is and why the company is theirs. */
export const DISPUTE_STATEMENT_MIN_LENGTH = 20;
export const DISPUTE_STATEMENT_MAX_LENGTH = 4000;

/** What the API knows of the account filing and of the INN. */
export interface DisputeClaimant {
  role: Role;
  emailVerified: boolean;
  /** The company the account recruits for, if any. */
  companyId: string | null;
  /** Disputes this account has open (any company). */
  openDisputes: number;
}

export type DisputeFilingRefusal =
  /** Only employer accounts claim a company. */
  | 'ROLE'
  /** An unverified address could be anyone's: the attaché must be able to write to the claimant. */
  | 'EMAIL_NOT_VERIFIED'
  /** An account recruits for one company; a member (the holder included) has nothing to claim. */
  | 'ALREADY_MEMBER'
  /** Nobody holds the INN: register the company instead. */
  | 'NOT_TAKEN'
  /** One open dispute at a time per account: a second waits for the first decision. */
  | 'ALREADY_OPEN';

/** Whether `claimant` may dispute the company holding an INN (`holderId`, null when no company has it); null when they may. */
export function disputeFilingRefusal(claimant: DisputeClaimant, holderId: string | null): DisputeFilingRefusal | null {
  if (claimant.role !== Role.Employer) return 'ROLE';
  if (!claimant.emailVerified) return 'EMAIL_NOT_VERIFIED';
  if (claimant.companyId !== null) return 'ALREADY_MEMBER';
  if (holderId === null) return 'NOT_TAKEN';
  if (claimant.openDisputes > 0) return 'ALREADY_OPEN';
  return null;
}

/**
 * The countries' statuses an upheld dispute sends back to review: a verification (or rejection) judged the holder's
 * word and documents, not the claimant's. A suspension stays: it is that country's sanction on the company and only
 * that country's attaché lifts it; the admin's block stays likewise.
 */
export const DISPUTE_REVIEW_FROM: readonly CompanyStatus[] = [CompanyStatus.Verified, CompanyStatus.Rejected];

export function statusAfterUpheldDispute(status: CompanyStatus): CompanyStatus {
  return DISPUTE_REVIEW_FROM.includes(status) ? CompanyStatus.Pending : status;
}
