import { CompanyStatus, allowedCompanyTransitions, companyTransition, isFinalCompanyStatus, isVerifiedCompany } from './company-verification';
import { ALL_WORKFLOW_ACTORS, WorkflowActor } from '../state-machine/workflow-actor';

const STATES = Object.values(CompanyStatus);

/** The verification workflow as specified, restated independently of the implementation's table. */
const EXPECTED: Record<string, Partial<Record<WorkflowActor, { reason: boolean; name: string }>>> = {
  'PENDING>VERIFIED': { ATTACHE: { reason: false, name: 'verify' }, ADMIN: { reason: false, name: 'verify' } },
  'PENDING>REJECTED': { ATTACHE: { reason: true, name: 'reject' }, ADMIN: { reason: true, name: 'reject' } },
  'REJECTED>PENDING': { EMPLOYER: { reason: false, name: 'resubmit' } },
  'VERIFIED>SUSPENDED': { ATTACHE: { reason: true, name: 'suspend' }, ADMIN: { reason: true, name: 'suspend' } },
  'SUSPENDED>VERIFIED': { ATTACHE: { reason: true, name: 'reinstate' }, ADMIN: { reason: true, name: 'reinstate' } },
};

const cases = STATES.flatMap((from) => STATES.flatMap((to) => ALL_WORKFLOW_ACTORS.map((actor) => [from, to, actor] as const)));

describe('company verification', () => {
  it('covers every pair of states for every actor', () => {
    expect(cases).toHaveLength(4 * 4 * 4);
  });

  it.each(cases)('%s → %s by %s follows the table', (from, to, actor) => {
    const pair = EXPECTED[`${from}>${to}`];
    const rule = pair?.[actor];
    const withoutReason = companyTransition(from, to, actor);
    const withReason = companyTransition(from, to, actor, 'Документы не читаются');
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
      expect(allowedCompanyTransitions(from, actor).map((rule) => rule.to)).toEqual(expected);
    },
  );

  it('never ends: every status has a way out', () => {
    expect(STATES.filter(isFinalCompanyStatus)).toEqual([]);
  });

  it('lets only a verified company recruit', () => {
    expect(STATES.filter(isVerifiedCompany)).toEqual([CompanyStatus.Verified]);
  });
});
