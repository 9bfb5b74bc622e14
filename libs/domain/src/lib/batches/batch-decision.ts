/** The attaché's one decision on a whole batch, checked and turned into what happens to each application in it. */
import { BatchStatus } from './batch-lifecycle';

/** Why an application was not approved; each has a translated text for the migrant and the employer. */
export const REFUSAL_REASONS = ['DOCUMENTS_INCOMPLETE', 'PASSPORT_INVALID', 'DUPLICATE_CANDIDATE', 'UNDERAGE', 'MEDICAL', 'OTHER'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Codes that say too little on their own: the attaché must write what the reason was. */
export const REFUSAL_REASONS_NEEDING_TEXT: readonly RefusalReason[] = ['OTHER'];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && (REFUSAL_REASONS as readonly string[]).includes(value);
}

export const BATCH_DECISION_KINDS = ['APPROVE_ALL', 'APPROVE_ALL_EXCEPT', 'REFUSE_ALL', 'RETURN'] as const;
export type BatchDecisionKind = (typeof BATCH_DECISION_KINDS)[number];

export interface BatchExclusion {
  applicationId: string;
  reasonCode: RefusalReason;
  /** Optional, except for the codes of REFUSAL_REASONS_NEEDING_TEXT. */
  text?: string | null;
}

export type BatchDecision =
  | { kind: 'APPROVE_ALL' }
  /** Approve everyone but the excluded, who are refused, each for their own reason. */
  | { kind: 'APPROVE_ALL_EXCEPT'; exclusions: readonly BatchExclusion[] }
  /** Refusing a whole batch always needs a written explanation, whatever the code: it ends every application in it. */
  | { kind: 'REFUSE_ALL'; reasonCode: RefusalReason; text: string }
  /** Back to the employer for correction; nobody is approved or refused. */
  | { kind: 'RETURN'; comment: string };

export interface PlannedRefusal {
  id: string;
  reasonCode: RefusalReason;
  /** Trimmed; null when none was written. */
  text: string | null;
}

export interface BatchDecisionPlan {
  ok: true;
  /** In the order of the batch's applicationIds. */
  approve: string[];
  /** In the order of the batch's applicationIds, not of the exclusions. */
  refuse: PlannedRefusal[];
  returnBatch: boolean;
  /** The trimmed comment of a return, to record as the reason of the batch's 'return' move; null otherwise. */
  returnComment: string | null;
}

export type BatchDecisionProblem =
  | { ok: false; problem: 'decision.nothingToDecide'; params: Record<string, never> }
  | { ok: false; problem: 'decision.duplicateExclusion' | 'decision.unknownApplication'; params: { applicationId: string } }
  | {
      ok: false;
      problem: 'decision.reasonRequired';
      /** What lacks the reason: an exclusion (named by its application), a refusal's code or text, or a return's comment. */
      params: { field: 'exclusions'; applicationId: string } | { field: 'reasonCode' | 'text' | 'comment' };
    }
  | { ok: false; problem: 'decision.exceedsPositions'; params: { remaining: number; requested: number } };

export type BatchDecisionOutcome = BatchDecisionPlan | BatchDecisionProblem;

export interface BatchDecisionInput {
  decision: BatchDecision;
  /** Every application in the batch at the moment of the decision. */
  applicationIds: readonly string[];
  /** Places the vacancy still has (see remainingPositions). */
  remainingPositions: number;
}

/** Trimmed text, or null when nothing but blanks was written. */
function cleanText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function hasEnoughReason(reasonCode: unknown, text: string | null): boolean {
  return isRefusalReason(reasonCode) && (text !== null || !REFUSAL_REASONS_NEEDING_TEXT.includes(reasonCode));
}

function planned(approve: string[], refuse: PlannedRefusal[], remaining: number): BatchDecisionOutcome {
  // Approvals take places; refusals take none, so refusing a batch larger than the places left is fine.
  if (approve.length > remaining) return { ok: false, problem: 'decision.exceedsPositions', params: { remaining, requested: approve.length } };
  return { ok: true, approve, refuse, returnBatch: false, returnComment: null };
}

function planExclusions(exclusions: readonly BatchExclusion[], applicationIds: readonly string[], remaining: number): BatchDecisionOutcome {
  const inBatch = new Set(applicationIds);
  const excluded = new Map<string, PlannedRefusal>();
  for (const { applicationId, reasonCode, text } of exclusions) {
    if (excluded.has(applicationId)) return { ok: false, problem: 'decision.duplicateExclusion', params: { applicationId } };
    // Most likely an application withdrawn by the migrant while the attaché was looking at the batch.
    if (!inBatch.has(applicationId)) return { ok: false, problem: 'decision.unknownApplication', params: { applicationId } };
    const cleaned = cleanText(text);
    if (!hasEnoughReason(reasonCode, cleaned))
      return { ok: false, problem: 'decision.reasonRequired', params: { field: 'exclusions', applicationId } };
    excluded.set(applicationId, { id: applicationId, reasonCode, text: cleaned });
  }
  const approve = applicationIds.filter((id) => !excluded.has(id));
  const refuse = applicationIds.flatMap((id) => excluded.get(id) ?? []);
  return planned(approve, refuse, remaining);
}

/**
 * What the decision does to each application of the batch, or the first thing wrong with it. Checked in this
 * order: a return's comment; an empty batch (nothing to approve or refuse; returning one is fine, so that a batch
 * whose migrants all withdrew can go back to the employer); then each exclusion in the order given (listed twice,
 * not in the batch, reason missing); then the places left. An unknown reason code counts as a missing reason.
 * Approving everyone but all of them is allowed: it is a refusal of each, for their own reasons.
 * The API checks the places again in SQL, since another batch may be approved at the same moment.
 * Throws when the batch lists an application twice or the places are not a whole number of at least 0: the
 * caller has a bug.
 */
export function planBatchDecision(input: BatchDecisionInput): BatchDecisionOutcome {
  const { decision, applicationIds, remainingPositions } = input;
  if (!Number.isInteger(remainingPositions) || remainingPositions < 0) {
    throw new RangeError(`Remaining positions must be a whole number of at least 0: ${remainingPositions}`);
  }
  if (new Set(applicationIds).size !== applicationIds.length) throw new RangeError('A batch lists an application twice');

  if (decision.kind === 'RETURN') {
    const comment = cleanText(decision.comment);
    if (comment === null) return { ok: false, problem: 'decision.reasonRequired', params: { field: 'comment' } };
    return { ok: true, approve: [], refuse: [], returnBatch: true, returnComment: comment };
  }
  if (applicationIds.length === 0) return { ok: false, problem: 'decision.nothingToDecide', params: {} };

  switch (decision.kind) {
    case 'APPROVE_ALL':
      return planned([...applicationIds], [], remainingPositions);
    case 'APPROVE_ALL_EXCEPT':
      return planExclusions(decision.exclusions, applicationIds, remainingPositions);
    case 'REFUSE_ALL': {
      const { reasonCode } = decision;
      const text = cleanText(decision.text);
      if (!isRefusalReason(reasonCode)) return { ok: false, problem: 'decision.reasonRequired', params: { field: 'reasonCode' } };
      if (text === null) return { ok: false, problem: 'decision.reasonRequired', params: { field: 'text' } };
      return planned(
        [],
        applicationIds.map((id) => ({ id, reasonCode, text })),
        remainingPositions,
      );
    }
  }
  // Only reachable from untyped input (JSON the API did not validate).
  const unknown: never = decision;
  throw new RangeError(`Unknown batch decision: ${JSON.stringify(unknown)}`);
}

/** For the confirmation the attaché sees before deciding: "approve 347, refuse 3". */
export function describeDecision(plan: BatchDecisionPlan): { approveCount: number; refuseCount: number } {
  return { approveCount: plan.approve.length, refuseCount: plan.refuse.length };
}

/** Where the batch goes with this plan. */
export function batchStatusAfter(plan: BatchDecisionPlan): BatchStatus.Decided | BatchStatus.Returned {
  return plan.returnBatch ? BatchStatus.Returned : BatchStatus.Decided;
}
