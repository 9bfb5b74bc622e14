import {
  COMPANY_DECISIONS,
  CompanyStatus,
  allowedCompanyTransitions,
  companyDecisionNeedsReason,
  companyDecisionsFrom,
  companyTransition,
  isFinalCompanyStatus,
  isVerifiedCompany,
  type CompanyDecision,
} from './company-verification';
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

describe("the attaché's decisions on a company", () => {
  it('lead where the table leads, by the same names', () => {
    expect(COMPANY_DECISIONS).toEqual({ verify: 'VERIFIED', reject: 'REJECTED', suspend: 'SUSPENDED', reinstate: 'VERIFIED' });
  });

  it.each([
    [CompanyStatus.Pending, ['verify', 'reject']],
    [CompanyStatus.Verified, ['suspend']],
    [CompanyStatus.Suspended, ['reinstate']],
    [CompanyStatus.Rejected, []],
  ] as const)('from %s are %j', (status, decisions) => {
    expect(companyDecisionsFrom(status)).toEqual(decisions);
  });

  it.each([
    ['verify', false],
    ['reject', true],
    ['suspend', true],
    ['reinstate', true],
  ] as const)('%s needs a reason: %s', (decision: CompanyDecision, needed) => {
    expect(companyDecisionNeedsReason(decision)).toBe(needed);
  });
});
