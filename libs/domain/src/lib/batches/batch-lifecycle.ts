/** A batch of shortlisted migrants for one vacancy, from the employer's draft to the attaché's decision on all of them. */
import {
  allowedTransitions,
  defineStateMachine,
  isFinal,
  reachableFrom,
  transition,
  type TransitionResult,
  type TransitionRule,
} from '../state-machine/state-machine';
import { WorkflowActor } from '../state-machine/workflow-actor';

export enum BatchStatus {
  /** Being put together by the employer; nobody else sees it. Deleting a draft is removing a row, not a state. */
  Draft = 'DRAFT',
  /** Sent to the attaché; the decision deadline runs from here. */
  Submitted = 'SUBMITTED',
  /** Opened by the attaché, so the employer sees that someone is on it. */
  InReview = 'IN_REVIEW',
  /** Every application in it approved or refused, in one decision. */
  Decided = 'DECIDED',
  /** Sent back for correction with a comment; the employer edits it and submits again. */
  Returned = 'RETURNED',
}

const { Draft, Submitted, InReview, Decided, Returned } = BatchStatus;
const { Employer, Attache, Admin } = WorkflowActor;
// Migrants move no batch, so the actors are WorkflowActor's. The system moves none either: when a vacancy closes or
// its employer is suspended, the applications in the batch are closed (see closeOpenApplication), not the batch.
const OFFICIALS = [Attache, Admin] as const;

export const BATCH_LIFECYCLE = defineStateMachine<BatchStatus, WorkflowActor>(Object.values(BatchStatus), [
  { from: Draft, to: Submitted, actors: [Employer], name: 'submit' },
  { from: Submitted, to: InReview, actors: OFFICIALS, name: 'startReview' },
  // Opening the batch first is a courtesy, not a step the attaché must take before deciding.
  { from: Submitted, to: Decided, actors: OFFICIALS, name: 'decide' },
  { from: InReview, to: Decided, actors: OFFICIALS, name: 'decide' },
  // The employer must be told what to correct; the comment is the reason.
  { from: Submitted, to: Returned, actors: OFFICIALS, requiresReason: true, name: 'return' },
  { from: InReview, to: Returned, actors: OFFICIALS, requiresReason: true, name: 'return' },
  { from: Returned, to: Submitted, actors: [Employer], name: 'resubmit' },
]);

export const ALL_BATCH_STATUSES: readonly BatchStatus[] = BATCH_LIFECYCLE.states;

export function batchTransition(from: BatchStatus, to: BatchStatus, actor: WorkflowActor, reason?: string): TransitionResult {
  return transition(BATCH_LIFECYCLE, from, to, actor, reason);
}

export function allowedBatchTransitions(from: BatchStatus, actor: WorkflowActor): readonly TransitionRule<BatchStatus, WorkflowActor>[] {
  return allowedTransitions(BATCH_LIFECYCLE, from, actor);
}

export function isFinalBatchStatus(status: BatchStatus): boolean {
  return isFinal(BATCH_LIFECYCLE, status);
}

/**
 * Not decided yet. A draft and a returned batch are open too: their migrants are spoken for until a decision, which
 * is what PASSPORT_IN_ANOTHER_OPEN_BATCH warns about.
 */
export function isOpenBatch(status: BatchStatus): boolean {
  return !isFinalBatchStatus(status);
}

/** In lifecycle order; derived from the table, so a new state lands on the right side by itself. */
export const OPEN_BATCH_STATUSES: readonly BatchStatus[] = ALL_BATCH_STATUSES.filter(isOpenBatch);

/** The employer may add and remove migrants only while the batch is theirs: before submitting and after a return. */
export const EDITABLE_BATCH_STATUSES: readonly BatchStatus[] = [Draft, Returned];

export function canEditBatch(status: BatchStatus): boolean {
  return EDITABLE_BATCH_STATUSES.includes(status);
}

/** Waiting for the attaché's decision, i.e. the decision deadline runs: whatever the attaché may decide from. */
export const BATCH_STATUSES_AWAITING_DECISION: readonly BatchStatus[] = ALL_BATCH_STATUSES.filter((status) =>
  allowedBatchTransitions(status, Attache).some((rule) => rule.to === Decided),
);

export function isAwaitingDecision(status: BatchStatus): boolean {
  return BATCH_STATUSES_AWAITING_DECISION.includes(status);
}

/**
 * A batch once the employer has sent it: what the attaché sees (a draft is the employer's alone), in lifecycle order.
 * Derived from the table: SUBMITTED and everything reachable from it.
 */
export const SUBMITTED_BATCH_STATUSES: readonly BatchStatus[] = ALL_BATCH_STATUSES.filter(
  (status) => status === Submitted || reachableFrom(BATCH_LIFECYCLE, Submitted).includes(status),
);

export function isSubmittedBatch(status: BatchStatus): boolean {
  return SUBMITTED_BATCH_STATUSES.includes(status);
}
