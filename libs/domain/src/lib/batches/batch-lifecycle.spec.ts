import {
  ALL_BATCH_STATUSES,
  BATCH_STATUSES_AWAITING_DECISION,
  BatchStatus,
  EDITABLE_BATCH_STATUSES,
  OPEN_BATCH_STATUSES,
  SUBMITTED_BATCH_STATUSES,
  allowedBatchTransitions,
  batchTransition,
  canEditBatch,
  isAwaitingDecision,
  isFinalBatchStatus,
  isOpenBatch,
  isSubmittedBatch,
} from './batch-lifecycle';
import { ALL_WORKFLOW_ACTORS, WorkflowActor } from '../state-machine/workflow-actor';

const STATES = Object.values(BatchStatus);

/** The batch workflow as specified, restated independently of the implementation's table. */
const EXPECTED: Record<string, Partial<Record<WorkflowActor, { reason: boolean; name: string }>>> = {
  'DRAFT>SUBMITTED': { EMPLOYER: { reason: false, name: 'submit' } },
  'SUBMITTED>IN_REVIEW': { ATTACHE: { reason: false, name: 'startReview' }, ADMIN: { reason: false, name: 'startReview' } },
  'SUBMITTED>DECIDED': { ATTACHE: { reason: false, name: 'decide' }, ADMIN: { reason: false, name: 'decide' } },
  'IN_REVIEW>DECIDED': { ATTACHE: { reason: false, name: 'decide' }, ADMIN: { reason: false, name: 'decide' } },
  'SUBMITTED>RETURNED': { ATTACHE: { reason: true, name: 'return' }, ADMIN: { reason: true, name: 'return' } },
  'IN_REVIEW>RETURNED': { ATTACHE: { reason: true, name: 'return' }, ADMIN: { reason: true, name: 'return' } },
  'RETURNED>SUBMITTED': { EMPLOYER: { reason: false, name: 'resubmit' } },
};

const cases = STATES.flatMap((from) => STATES.flatMap((to) => ALL_WORKFLOW_ACTORS.map((actor) => [from, to, actor] as const)));

describe('batch lifecycle', () => {
  it('covers every pair of states for every actor', () => {
    expect(cases).toHaveLength(5 * 5 * 4);
  });

  it('lists its states in lifecycle order', () => {
    expect(ALL_BATCH_STATUSES).toEqual(['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED']);
  });

  it.each(cases)('%s → %s by %s follows the table', (from, to, actor) => {
    const pair = EXPECTED[`${from}>${to}`];
    const rule = pair?.[actor];
    const withoutReason = batchTransition(from, to, actor);
    const withReason = batchTransition(from, to, actor, 'Приложите медицинские справки');
    const refused = (reason: string) => [
      { ok: false, reason },
      { ok: false, reason },
    ];
    if (from === to) expect([withoutReason, withReason]).toEqual(refused('transition.sameState'));
    else if (pair === undefined) expect([withoutReason, withReason]).toEqual(refused('transition.illegal'));
    else if (rule === undefined) expect([withoutReason, withReason]).toEqual(refused('transition.actorNotAllowed'));
    else {
      expect(withReason).toEqual({ ok: true, name: rule.name });
      expect(withoutReason).toEqual(rule.reason ? { ok: false, reason: 'transition.reasonRequired' } : { ok: true, name: rule.name });
    }
  });

  it.each(STATES.flatMap((from) => ALL_WORKFLOW_ACTORS.map((actor) => [from, actor] as const)))(
    'offers from %s to %s exactly the moves of the table',
    (from, actor) => {
      const expected = STATES.filter((to) => EXPECTED[`${from}>${to}`]?.[actor] !== undefined);
      expect(allowedBatchTransitions(from, actor).map((rule) => rule.to)).toEqual(expected);
    },
  );

  it('counts a blank comment as none when returning', () => {
    expect(batchTransition(BatchStatus.InReview, BatchStatus.Returned, WorkflowActor.Attache, ' \n ')).toEqual({
      ok: false,
      reason: 'transition.reasonRequired',
    });
  });

  it('gives the system no move: closing a vacancy closes the applications, not the batch', () => {
    expect(STATES.flatMap((from) => allowedBatchTransitions(from, WorkflowActor.System))).toEqual([]);
  });

  it('ends only when decided', () => {
    expect(STATES.filter(isFinalBatchStatus)).toEqual(['DECIDED']);
  });

  it('is open until decided, drafts and returned batches included', () => {
    expect(OPEN_BATCH_STATUSES).toEqual(['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED']);
    expect(STATES.filter(isOpenBatch)).toEqual(OPEN_BATCH_STATUSES);
  });

  it('is editable by the employer as a draft and after a return, and only then', () => {
    expect(EDITABLE_BATCH_STATUSES).toEqual(['DRAFT', 'RETURNED']);
    expect(STATES.filter(canEditBatch)).toEqual(['DRAFT', 'RETURNED']);
  });

  it('is editable exactly where the employer can send it to the attaché', () => {
    const sendable = STATES.filter((from) => allowedBatchTransitions(from, WorkflowActor.Employer).some((rule) => rule.to === BatchStatus.Submitted));
    expect(sendable).toEqual(STATES.filter(canEditBatch));
  });

  it('awaits the decision once submitted, whether or not the attaché has opened it', () => {
    expect(BATCH_STATUSES_AWAITING_DECISION).toEqual(['SUBMITTED', 'IN_REVIEW']);
    expect(STATES.filter(isAwaitingDecision)).toEqual(['SUBMITTED', 'IN_REVIEW']);
  });

  it('never lets the employer both edit a batch and wait for its decision', () => {
    expect(STATES.filter((s) => canEditBatch(s) && isAwaitingDecision(s))).toEqual([]);
  });

  it('counts as submitted from the first submission on, whatever happened since: every status but the draft', () => {
    expect(SUBMITTED_BATCH_STATUSES).toEqual(['SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED']);
    expect(STATES.filter(isSubmittedBatch)).toEqual(SUBMITTED_BATCH_STATUSES);
  });
});
