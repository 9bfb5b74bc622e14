import {
  BATCH_DECISION_KINDS,
  REFUSAL_REASONS,
  REFUSAL_REASONS_NEEDING_TEXT,
  batchStatusAfter,
  describeDecision,
  isRefusalReason,
  planBatchDecision,
  type BatchDecision,
  type BatchDecisionOutcome,
  type BatchDecisionPlan,
  type RefusalReason,
} from './batch-decision';
import { BatchStatus, batchTransition } from './batch-lifecycle';
import { ApplicationStatus, applicationTransition } from '../applications/application-lifecycle';
import { ApplicationActor } from '../applications/application-actor';
import { WorkflowActor } from '../state-machine/workflow-actor';

const IDS = ['a1', 'a2', 'a3', 'a4'];

function plan(decision: BatchDecision, applicationIds: readonly string[] = IDS, remainingPositions = 10): BatchDecisionOutcome {
  return planBatchDecision({ decision, applicationIds, remainingPositions });
}

function ok(outcome: BatchDecisionOutcome): BatchDecisionPlan {
  if (!outcome.ok) throw new Error(`Expected a plan, got ${outcome.problem}`);
  return outcome;
}

describe('refusal reasons', () => {
  it('are a fixed list, with free text required for OTHER only', () => {
    expect(REFUSAL_REASONS).toEqual(['DOCUMENTS_INCOMPLETE', 'PASSPORT_INVALID', 'DUPLICATE_CANDIDATE', 'UNDERAGE', 'MEDICAL', 'OTHER']);
    expect(REFUSAL_REASONS_NEEDING_TEXT).toEqual(['OTHER']);
  });

  it.each([
    ['MEDICAL', true],
    ['OTHER', true],
    ['medical', false],
    ['', false],
    [undefined, false],
    [3, false],
  ])('knows whether %p is a reason', (value, expected) => {
    expect(isRefusalReason(value)).toBe(expected);
  });

  it('knows four kinds of decision', () => {
    expect(BATCH_DECISION_KINDS).toEqual(['APPROVE_ALL', 'APPROVE_ALL_EXCEPT', 'REFUSE_ALL', 'RETURN']);
  });
});

describe('approving the whole batch', () => {
  it('approves every application in the batch order', () => {
    expect(plan({ kind: 'APPROVE_ALL' })).toEqual({ ok: true, approve: IDS, refuse: [], returnBatch: false, returnComment: null });
  });

  it('may fill the last place exactly, but not one place more', () => {
    expect(plan({ kind: 'APPROVE_ALL' }, IDS, 4).ok).toBe(true);
    expect(plan({ kind: 'APPROVE_ALL' }, IDS, 3)).toEqual({
      ok: false,
      problem: 'decision.exceedsPositions',
      params: { remaining: 3, requested: 4 },
    });
    expect(plan({ kind: 'APPROVE_ALL' }, IDS, 0)).toEqual({
      ok: false,
      problem: 'decision.exceedsPositions',
      params: { remaining: 0, requested: 4 },
    });
  });

  it('does not hand back the caller’s array', () => {
    expect(ok(plan({ kind: 'APPROVE_ALL' })).approve).not.toBe(IDS);
  });
});

describe('approving all but some', () => {
  it('refuses the excluded with their reasons and approves the rest, both in batch order', () => {
    const outcome = plan({
      kind: 'APPROVE_ALL_EXCEPT',
      exclusions: [
        { applicationId: 'a4', reasonCode: 'MEDICAL' },
        { applicationId: 'a2', reasonCode: 'OTHER', text: '  Не явился на собеседование  ' },
      ],
    });
    expect(outcome).toEqual({
      ok: true,
      approve: ['a1', 'a3'],
      refuse: [
        { id: 'a2', reasonCode: 'OTHER', text: 'Не явился на собеседование' },
        { id: 'a4', reasonCode: 'MEDICAL', text: null },
      ],
      returnBatch: false,
      returnComment: null,
    });
  });

  it.each(REFUSAL_REASONS.map((reason) => [reason, !REFUSAL_REASONS_NEEDING_TEXT.includes(reason)] as const))(
    'excluding for %s without text is accepted: %p',
    (reasonCode, accepted) => {
      for (const text of [undefined, null, '', '   ']) {
        const outcome = plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [{ applicationId: 'a3', reasonCode, text }] });
        expect(outcome).toEqual(
          accepted
            ? { ok: true, approve: ['a1', 'a2', 'a4'], refuse: [{ id: 'a3', reasonCode, text: null }], returnBatch: false, returnComment: null }
            : { ok: false, problem: 'decision.reasonRequired', params: { field: 'exclusions', applicationId: 'a3' } },
        );
      }
    },
  );

  it.each(REFUSAL_REASONS)('excluding for %s with text keeps the text', (reasonCode) => {
    const outcome = ok(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [{ applicationId: 'a1', reasonCode, text: 'Подробности' }] }));
    expect(outcome.refuse).toEqual([{ id: 'a1', reasonCode, text: 'Подробности' }]);
  });

  it('treats a code not on the list as no reason', () => {
    const reasonCode = 'LAZY' as RefusalReason;
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [{ applicationId: 'a1', reasonCode, text: 'Причина' }] })).toEqual({
      ok: false,
      problem: 'decision.reasonRequired',
      params: { field: 'exclusions', applicationId: 'a1' },
    });
  });

  it('refuses to exclude an application that is not in the batch, e.g. one withdrawn meanwhile', () => {
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [{ applicationId: 'zz', reasonCode: 'MEDICAL' }] })).toEqual({
      ok: false,
      problem: 'decision.unknownApplication',
      params: { applicationId: 'zz' },
    });
  });

  it('refuses an application excluded twice, even for the same reason', () => {
    const once = { applicationId: 'a2', reasonCode: 'MEDICAL' } as const;
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [once, { ...once }] })).toEqual({
      ok: false,
      problem: 'decision.duplicateExclusion',
      params: { applicationId: 'a2' },
    });
  });

  it('reports the first problem in the order the exclusions were given', () => {
    const missingText = { applicationId: 'a1', reasonCode: 'OTHER' } as const;
    const unknown = { applicationId: 'zz', reasonCode: 'MEDICAL' } as const;
    const duplicate = { applicationId: 'a2', reasonCode: 'MEDICAL' } as const;
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [missingText, unknown] })).toMatchObject({ problem: 'decision.reasonRequired' });
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [unknown, missingText] })).toMatchObject({ problem: 'decision.unknownApplication' });
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [duplicate, duplicate, unknown] })).toMatchObject({
      problem: 'decision.duplicateExclusion',
    });
    // An unknown application listed twice is unknown first: the second listing is never reached.
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [unknown, unknown] })).toMatchObject({ problem: 'decision.unknownApplication' });
  });

  it('checks the places against the approvals only, after the exclusions', () => {
    const exclusions = [{ applicationId: 'a1', reasonCode: 'UNDERAGE' }] as const;
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions }, IDS, 3).ok).toBe(true);
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions }, IDS, 2)).toEqual({
      ok: false,
      problem: 'decision.exceedsPositions',
      params: { remaining: 2, requested: 3 },
    });
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [{ applicationId: 'zz', reasonCode: 'MEDICAL' }] }, IDS, 0)).toMatchObject({
      problem: 'decision.unknownApplication',
    });
  });

  it('with no exclusions approves everyone, like APPROVE_ALL', () => {
    expect(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [] })).toEqual(plan({ kind: 'APPROVE_ALL' }));
  });

  it('may exclude everyone, each for their own reason, whatever the places left', () => {
    const exclusions = IDS.map((applicationId) => ({ applicationId, reasonCode: 'DOCUMENTS_INCOMPLETE' as const }));
    const outcome = ok(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions }, IDS, 0));
    expect(describeDecision(outcome)).toEqual({ approveCount: 0, refuseCount: 4 });
  });
});

describe('refusing the whole batch', () => {
  it('refuses everyone with the same code and text', () => {
    expect(plan({ kind: 'REFUSE_ALL', reasonCode: 'DUPLICATE_CANDIDATE', text: ' Все кандидаты уже в другой партии ' }, ['a1', 'a2'])).toEqual({
      ok: true,
      approve: [],
      refuse: [
        { id: 'a1', reasonCode: 'DUPLICATE_CANDIDATE', text: 'Все кандидаты уже в другой партии' },
        { id: 'a2', reasonCode: 'DUPLICATE_CANDIDATE', text: 'Все кандидаты уже в другой партии' },
      ],
      returnBatch: false,
      returnComment: null,
    });
  });

  it.each(REFUSAL_REASONS)('with %s needs a written explanation', (reasonCode) => {
    for (const text of ['', '  \t']) {
      expect(plan({ kind: 'REFUSE_ALL', reasonCode, text })).toEqual({ ok: false, problem: 'decision.reasonRequired', params: { field: 'text' } });
    }
  });

  it('needs a code on the list', () => {
    expect(plan({ kind: 'REFUSE_ALL', reasonCode: '' as RefusalReason, text: 'Причина' })).toEqual({
      ok: false,
      problem: 'decision.reasonRequired',
      params: { field: 'reasonCode' },
    });
  });

  it('takes no places, so it is fine when the vacancy is full', () => {
    expect(plan({ kind: 'REFUSE_ALL', reasonCode: 'MEDICAL', text: 'Справки недействительны' }, IDS, 0).ok).toBe(true);
  });
});

describe('returning the batch', () => {
  it('approves and refuses nobody and keeps the trimmed comment', () => {
    expect(plan({ kind: 'RETURN', comment: '  Приложите договоры  ' }, IDS, 0)).toEqual({
      ok: true,
      approve: [],
      refuse: [],
      returnBatch: true,
      returnComment: 'Приложите договоры',
    });
  });

  it.each(['', '   ', '\n'])('needs a comment, not %p', (comment) => {
    expect(plan({ kind: 'RETURN', comment })).toEqual({ ok: false, problem: 'decision.reasonRequired', params: { field: 'comment' } });
  });

  it('works on an empty batch, so one whose migrants all withdrew can go back to the employer', () => {
    expect(plan({ kind: 'RETURN', comment: 'Все кандидаты отозвали заявки' }, []).ok).toBe(true);
    expect(plan({ kind: 'RETURN', comment: '' }, [])).toMatchObject({ problem: 'decision.reasonRequired' });
  });
});

describe('an empty batch', () => {
  it.each<BatchDecision>([
    { kind: 'APPROVE_ALL' },
    { kind: 'APPROVE_ALL_EXCEPT', exclusions: [] },
    { kind: 'APPROVE_ALL_EXCEPT', exclusions: [{ applicationId: 'a1', reasonCode: 'MEDICAL' }] },
    { kind: 'REFUSE_ALL', reasonCode: 'OTHER', text: '' },
  ])('has nothing to decide with %p', (decision) => {
    expect(plan(decision, [])).toEqual({ ok: false, problem: 'decision.nothingToDecide', params: {} });
  });
});

describe('caller bugs', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws for %p remaining positions', (remaining) => {
    expect(() => plan({ kind: 'APPROVE_ALL' }, IDS, remaining)).toThrow(RangeError);
  });

  it('throws for a batch listing an application twice', () => {
    expect(() => plan({ kind: 'RETURN', comment: 'x' }, ['a1', 'a1'])).toThrow(RangeError);
  });

  it('throws for a decision of an unknown kind', () => {
    expect(() => plan({ kind: 'APPROVE_SOME' } as unknown as BatchDecision)).toThrow(RangeError);
  });
});

describe('what the decision amounts to', () => {
  it('counts approvals and refusals for the confirmation', () => {
    const ids = Array.from({ length: 350 }, (_, i) => `app-${i}`);
    const exclusions = ['app-7', 'app-100', 'app-349'].map((applicationId) => ({ applicationId, reasonCode: 'PASSPORT_INVALID' as const }));
    expect(describeDecision(ok(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions }, ids, 350)))).toEqual({ approveCount: 347, refuseCount: 3 });
    expect(describeDecision(ok(plan({ kind: 'RETURN', comment: 'Исправьте' }, ids, 0)))).toEqual({ approveCount: 0, refuseCount: 0 });
  });

  it('sends the batch where its lifecycle allows the attaché to take it', () => {
    const decided = ok(plan({ kind: 'APPROVE_ALL' }));
    const returned = ok(plan({ kind: 'RETURN', comment: 'Исправьте' }));
    expect([batchStatusAfter(decided), batchStatusAfter(returned)]).toEqual([BatchStatus.Decided, BatchStatus.Returned]);
    expect(batchTransition(BatchStatus.InReview, batchStatusAfter(returned), WorkflowActor.Attache, returned.returnComment ?? undefined).ok).toBe(
      true,
    );
    expect(batchTransition(BatchStatus.Submitted, batchStatusAfter(decided), WorkflowActor.Attache).ok).toBe(true);
  });

  it('gives each refusal a reason the application lifecycle accepts', () => {
    const outcome = ok(plan({ kind: 'APPROVE_ALL_EXCEPT', exclusions: [{ applicationId: 'a1', reasonCode: 'MEDICAL' }] }));
    for (const refusal of outcome.refuse) {
      expect(applicationTransition(ApplicationStatus.InBatch, ApplicationStatus.Refused, ApplicationActor.Attache, refusal.reasonCode).ok).toBe(true);
    }
  });
});
