/** How the labour attaché verifies an employer before it may recruit, and may later suspend it. */
import {
  defineStateMachine,
  transition,
  allowedTransitions,
  isFinal,
  type TransitionResult,
  type TransitionRule,
} from '../state-machine/state-machine';
import { WorkflowActor } from '../state-machine/workflow-actor';

export enum CompanyStatus {
  /** Registered, documents waiting for the attaché. */
  Pending = 'PENDING',
  Verified = 'VERIFIED',
  /** Documents refused; the employer may correct them and submit again. */
  Rejected = 'REJECTED',
  /** Was verified, stopped for a reason (complaints, an expired permit); may be reinstated. */
  Suspended = 'SUSPENDED',
}

const { Pending, Verified, Rejected, Suspended } = CompanyStatus;
const OFFICIALS = [WorkflowActor.Attache, WorkflowActor.Admin] as const;

export const COMPANY_VERIFICATION = defineStateMachine<CompanyStatus, WorkflowActor>(Object.values(CompanyStatus), [
  { from: Pending, to: Verified, actors: OFFICIALS, name: 'verify' },
  { from: Pending, to: Rejected, actors: OFFICIALS, requiresReason: true, name: 'reject' },
  { from: Rejected, to: Pending, actors: [WorkflowActor.Employer], name: 'resubmit' },
  { from: Verified, to: Suspended, actors: OFFICIALS, requiresReason: true, name: 'suspend' },
  // Reinstating needs a reason too: the record should say what changed since the suspension.
  { from: Suspended, to: Verified, actors: OFFICIALS, requiresReason: true, name: 'reinstate' },
]);

export function companyTransition(from: CompanyStatus, to: CompanyStatus, actor: WorkflowActor, reason?: string): TransitionResult {
  return transition(COMPANY_VERIFICATION, from, to, actor, reason);
}

export function allowedCompanyTransitions(from: CompanyStatus, actor: WorkflowActor): readonly TransitionRule<CompanyStatus, WorkflowActor>[] {
  return allowedTransitions(COMPANY_VERIFICATION, from, actor);
}

export function isFinalCompanyStatus(status: CompanyStatus): boolean {
  return isFinal(COMPANY_VERIFICATION, status);
}

/**
 * The attaché's decisions on an employer, by name, and the status each leads to. The names are those of the officials'
 * moves in COMPANY_VERIFICATION (checked when the module loads), so the API's routes and the web's buttons match the table.
 */
export const COMPANY_DECISIONS = {
  verify: Verified,
  reject: Rejected,
  suspend: Suspended,
  reinstate: Verified,
} as const satisfies Record<string, CompanyStatus>;
export type CompanyDecision = keyof typeof COMPANY_DECISIONS;

const OFFICIAL_MOVES = COMPANY_VERIFICATION.transitions.filter((rule) => rule.actors.includes(WorkflowActor.Attache));
for (const [decision, to] of Object.entries(COMPANY_DECISIONS)) {
  if (!OFFICIAL_MOVES.some((rule) => rule.name === decision && rule.to === to)) throw new Error(`No official move ${decision} to ${to}`);
}
if (OFFICIAL_MOVES.some((rule) => !(rule.name in COMPANY_DECISIONS))) throw new Error('An official move on a company has no decision');

function isCompanyDecision(name: string): name is CompanyDecision {
  return name in COMPANY_DECISIONS;
}

/** The decisions an attaché may take on a company in `status`, in the order of the table (e.g. verify before reject). */
export function companyDecisionsFrom(status: CompanyStatus): CompanyDecision[] {
  return allowedCompanyTransitions(status, WorkflowActor.Attache)
    .map((rule) => rule.name)
    .filter(isCompanyDecision);
}

/** Whether taking `decision` needs a reason (every decision against the employer, and a reinstatement). */
export function companyDecisionNeedsReason(decision: CompanyDecision): boolean {
  return OFFICIAL_MOVES.some((rule) => rule.name === decision && rule.requiresReason === true);
}

/** Only a verified employer may put vacancies up for review. */
export function isVerifiedCompany(status: CompanyStatus): boolean {
  return status === CompanyStatus.Verified;
}
