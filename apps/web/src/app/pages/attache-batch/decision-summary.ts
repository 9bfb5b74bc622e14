import { REFUSAL_REASONS_NEEDING_TEXT, type BatchDecisionDto, type BatchDecisionKind, type RefusalReason } from '@jumush/contracts/client';

/** What the attaché chose for one excluded candidate. */
export interface ExclusionChoice {
  reasonCode: RefusalReason | '';
  text: string;
}

/** Everything the decision buttons and the dialog need. */
export interface DecisionDraft {
  kind: BatchDecisionKind;
  /** Candidates awaiting this decision. */
  total: number;
  exclusions: ReadonlyMap<string, ExclusionChoice>;
  reasonCode?: RefusalReason | '';
  text?: string;
  comment?: string;
}

export interface DecisionCounts {
  approve: number;
  refuse: number;
  /** Handed back to the employer, undecided. */
  returned: number;
}

/** Exactly what the decision will do, in numbers. */
export function decisionCounts(draft: Pick<DecisionDraft, 'kind' | 'total' | 'exclusions'>): DecisionCounts {
  switch (draft.kind) {
    case 'APPROVE_ALL':
      return { approve: draft.total, refuse: 0, returned: 0 };
    case 'APPROVE_ALL_EXCEPT': {
      const refuse = Math.min(draft.exclusions.size, draft.total);
      return { approve: draft.total - refuse, refuse, returned: 0 };
    }
    case 'REFUSE_ALL':
      return { approve: 0, refuse: draft.total, returned: 0 };
    case 'RETURN':
      return { approve: 0, refuse: 0, returned: draft.total };
  }
}

/** The sentence of the confirmation: "Approve 347, refuse 3". */
export function decisionSummary(draft: Pick<DecisionDraft, 'kind' | 'total' | 'exclusions'>): { key: string; params: DecisionCounts } {
  return { key: `attacheBatch.summary.${draft.kind}`, params: decisionCounts(draft) };
}

const needsText = (code: RefusalReason | '' | undefined) => !!code && REFUSAL_REASONS_NEEDING_TEXT.includes(code);

/** Translation keys of what is still missing before the decision can be sent (empty: ready). */
export function decisionProblems(draft: DecisionDraft): string[] {
  const problems = new Set<string>();
  switch (draft.kind) {
    case 'APPROVE_ALL':
      break;
    case 'APPROVE_ALL_EXCEPT':
      if (draft.exclusions.size === 0) problems.add('attacheBatch.problem.noExclusions');
      for (const choice of draft.exclusions.values()) {
        if (!choice.reasonCode) problems.add('attacheBatch.problem.reasonPerExclusion');
        else if (needsText(choice.reasonCode) && choice.text.trim().length < 3) problems.add('attacheBatch.problem.textForOther');
      }
      break;
    case 'REFUSE_ALL':
      if (!draft.reasonCode) problems.add('attacheBatch.problem.reason');
      if ((draft.text ?? '').trim().length < 3) problems.add('attacheBatch.problem.text');
      break;
    case 'RETURN':
      if ((draft.comment ?? '').trim().length < 3) problems.add('attacheBatch.problem.comment');
      break;
  }
  return [...problems];
}

/** The request body of the decision. */
export function decisionBody(draft: DecisionDraft): BatchDecisionDto {
  switch (draft.kind) {
    case 'APPROVE_ALL':
      return { kind: 'APPROVE_ALL' };
    case 'APPROVE_ALL_EXCEPT':
      return {
        kind: 'APPROVE_ALL_EXCEPT',
        exclusions: [...draft.exclusions.entries()].map(([applicationId, choice]) => ({
          applicationId,
          reasonCode: choice.reasonCode as RefusalReason,
          ...(choice.text.trim() ? { text: choice.text.trim() } : {}),
        })),
      };
    case 'REFUSE_ALL':
      return { kind: 'REFUSE_ALL', reasonCode: draft.reasonCode as RefusalReason, text: (draft.text ?? '').trim() };
    case 'RETURN':
      return { kind: 'RETURN', comment: (draft.comment ?? '').trim() };
  }
}
