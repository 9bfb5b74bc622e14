import { Role } from '../accounts/role';
import { WorkflowActor } from '../state-machine/workflow-actor';
import {
  COMPANY_DISPUTE,
  CompanyDisputeStatus,
  companyDisputeTransition,
  disputeFilingRefusal,
  statusAfterUpheldDispute,
  type DisputeClaimant,
} from './company-disputes';
import { CompanyStatus } from './company-verification';

const { Open, Upheld, Rejected } = CompanyDisputeStatus;

describe('the dispute table', () => {
  it('has exactly two moves, both from OPEN, both by officials, both with a reason', () => {
    expect(COMPANY_DISPUTE.transitions.map((rule) => [rule.name, rule.from, rule.to, rule.actors, rule.requiresReason])).toEqual([
      ['uphold', Open, Upheld, [WorkflowActor.Attache, WorkflowActor.Admin], true],
      ['reject', Open, Rejected, [WorkflowActor.Attache, WorkflowActor.Admin], true],
    ]);
  });

  it.each([
    [Open, 'uphold', WorkflowActor.Attache, 'papers', { ok: true, name: 'uphold' }],
    [Open, 'reject', WorkflowActor.Attache, 'no proof', { ok: true, name: 'reject' }],
    [Open, 'uphold', WorkflowActor.Admin, 'papers', { ok: true, name: 'uphold' }],
    [Open, 'uphold', WorkflowActor.Employer, 'mine', { ok: false, reason: 'transition.actorNotAllowed' }],
    [Open, 'uphold', WorkflowActor.System, 'x', { ok: false, reason: 'transition.actorNotAllowed' }],
    [Open, 'reject', WorkflowActor.Attache, '  ', { ok: false, reason: 'transition.reasonRequired' }],
    [Open, 'uphold', WorkflowActor.Attache, undefined, { ok: false, reason: 'transition.reasonRequired' }],
    [Upheld, 'reject', WorkflowActor.Attache, 'x', { ok: false, reason: 'transition.illegal' }],
    [Rejected, 'uphold', WorkflowActor.Attache, 'x', { ok: false, reason: 'transition.illegal' }],
    [Upheld, 'uphold', WorkflowActor.Attache, 'x', { ok: false, reason: 'transition.sameState' }],
    [Rejected, 'reject', WorkflowActor.Attache, 'x', { ok: false, reason: 'transition.sameState' }],
  ] as const)('%s, %s by %s (reason %p) → %p', (from, decision, actor, reason, result) => {
    expect(companyDisputeTransition(from, decision, actor, reason)).toEqual(result);
  });
});

describe('disputeFilingRefusal', () => {
  const claimant: DisputeClaimant = { role: Role.Employer, emailVerified: true, companyId: null, openDisputes: 0 };

  it('lets a verified employer without a company dispute a held INN', () => {
    expect(disputeFilingRefusal(claimant, 'company-1')).toBeNull();
  });

  it.each([
    ['a migrant', { role: Role.Migrant }, 'ROLE'],
    ['an attaché', { role: Role.Attache }, 'ROLE'],
    ['an unverified address', { emailVerified: false }, 'EMAIL_NOT_VERIFIED'],
    ['a member of a company (the holder too)', { companyId: 'company-1' }, 'ALREADY_MEMBER'],
    ['a second open dispute', { openDisputes: 1 }, 'ALREADY_OPEN'],
  ] as const)('refuses %s', (_what, change, refusal) => {
    expect(disputeFilingRefusal({ ...claimant, ...change }, 'company-1')).toBe(refusal);
  });

  it('sends an INN nobody holds to registration instead', () => {
    expect(disputeFilingRefusal(claimant, null)).toBe('NOT_TAKEN');
  });

  it('checks the account before the INN: a refused account learns nothing about who holds what', () => {
    expect(disputeFilingRefusal({ ...claimant, emailVerified: false }, null)).toBe('EMAIL_NOT_VERIFIED');
    expect(disputeFilingRefusal({ ...claimant, companyId: 'x' }, null)).toBe('ALREADY_MEMBER');
  });
});

describe('statusAfterUpheldDispute', () => {
  it.each([
    [CompanyStatus.Verified, CompanyStatus.Pending],
    [CompanyStatus.Rejected, CompanyStatus.Pending],
    [CompanyStatus.Pending, CompanyStatus.Pending],
    [CompanyStatus.Suspended, CompanyStatus.Suspended],
  ])('%s → %s', (from, to) => {
    expect(statusAfterUpheldDispute(from)).toBe(to);
  });
});
