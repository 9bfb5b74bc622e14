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

/** Only a verified employer may put vacancies up for review. */
export function isVerifiedCompany(status: CompanyStatus): boolean {
  return status === CompanyStatus.Verified;
}
