import {
  hasReachedApplicationStatus,
  releasesApproval,
  ALL_APPLICATION_STATUSES,
  APPLICATION_CLOSURE_CAUSES,
  APPLICATION_MOVES,
  applicationMoveRequiresReason,
  applicationMoveSources,
  applicationMoveTarget,
  employerIsToldOf,
  leavesBatchUndecided,
  type ApplicationMove,
  APPLICATION_STATUSES_AWAITING_SHORTLISTING,
  ApplicationStatus,
  CONTACT_SHARING_APPLICATION_STATUSES,
  WITHDRAWABLE_APPLICATION_STATUSES,
  canMoveApplication,
  canWithdrawApplication,
  OPEN_APPLICATION_STATUSES,
  SYSTEM_CLOSABLE_APPLICATION_STATUSES,
  allowedApplicationTransitions,
  applicationTransition,
  closeOpenApplication,
  reopensOnReinstatement,
  isFinalApplicationStatus,
  isOpenApplication,
  nextStepOf,
  type NextParty,
} from './application-lifecycle';
import { ALL_APPLICATION_ACTORS, ApplicationActor } from './application-actor';

const STATES = Object.values(ApplicationStatus);

/**
 * The lifecycle as the product owner wrote it, restated independently of the implementation's table:
 * "FROM>TO" → actor → whether a reason is required, and the move's name.
 */
const EXPECTED: Record<string, Partial<Record<ApplicationActor, { reason: boolean; name: string }>>> = {
  'SUBMITTED>SHORTLISTED': { EMPLOYER: { reason: false, name: 'shortlist' } },
  'SUBMITTED>DECLINED': { EMPLOYER: { reason: true, name: 'decline' } },
  'SHORTLISTED>DECLINED': { EMPLOYER: { reason: true, name: 'decline' } },
  'SHORTLISTED>IN_BATCH': { EMPLOYER: { reason: false, name: 'addToBatch' } },
  'IN_BATCH>SHORTLISTED': { EMPLOYER: { reason: false, name: 'removeFromBatch' }, SYSTEM: { reason: false, name: 'batchReturned' } },
  'IN_BATCH>APPROVED': { ATTACHE: { reason: false, name: 'approve' }, ADMIN: { reason: false, name: 'approve' } },
  'IN_BATCH>REFUSED': { ATTACHE: { reason: true, name: 'refuse' }, ADMIN: { reason: true, name: 'refuse' } },
  'APPROVED>DEPARTED': {
    MIGRANT: { reason: false, name: 'depart' },
    EMPLOYER: { reason: false, name: 'depart' },
    SYSTEM: { reason: false, name: 'depart' },
  },
  'DEPARTED>ARRIVED': { EMPLOYER: { reason: false, name: 'arrive' }, MIGRANT: { reason: false, name: 'arrive' } },
  'ARRIVED>WORKING': { EMPLOYER: { reason: false, name: 'startWork' } },
  'DEPARTED>NO_SHOW': {
    EMPLOYER: { reason: true, name: 'noShow' },
    ATTACHE: { reason: true, name: 'noShow' },
    ADMIN: { reason: true, name: 'noShow' },
  },
  'ARRIVED>NO_SHOW': {
    EMPLOYER: { reason: true, name: 'noShow' },
    ATTACHE: { reason: true, name: 'noShow' },
    ADMIN: { reason: true, name: 'noShow' },
  },
  'SUBMITTED>WITHDRAWN': { MIGRANT: { reason: false, name: 'withdraw' } },
  'SHORTLISTED>WITHDRAWN': { MIGRANT: { reason: false, name: 'withdraw' } },
  'IN_BATCH>WITHDRAWN': { MIGRANT: { reason: false, name: 'withdraw' } },
  'APPROVED>WITHDRAWN': { MIGRANT: { reason: false, name: 'withdraw' } },
  'SUBMITTED>CLOSED': { SYSTEM: { reason: true, name: 'close' } },
  'SHORTLISTED>CLOSED': { SYSTEM: { reason: true, name: 'close' } },
  'IN_BATCH>CLOSED': { SYSTEM: { reason: true, name: 'close' } },
  'CLOSED>SUBMITTED': { SYSTEM: { reason: true, name: 'reopen' } },
};

const cases = STATES.flatMap((from) => STATES.flatMap((to) => ALL_APPLICATION_ACTORS.map((actor) => [from, to, actor] as const)));

describe('application lifecycle', () => {
  it('covers every pair of states for every actor', () => {
    expect(cases).toHaveLength(12 * 12 * 5);
  });

  it('lists its states in lifecycle order', () => {
    expect(ALL_APPLICATION_STATUSES).toEqual([
      'SUBMITTED',
      'SHORTLISTED',
      'DECLINED',
      'IN_BATCH',
      'APPROVED',
      'REFUSED',
      'DEPARTED',
      'ARRIVED',
      'WORKING',
      'NO_SHOW',
      'WITHDRAWN',
      'CLOSED',
    ]);
  });

  it.each(cases)('%s → %s by %s follows the table', (from, to, actor) => {
    const pair = EXPECTED[`${from}>${to}`];
    const rule = pair?.[actor];
    const withoutReason = applicationTransition(from, to, actor);
    const withReason = applicationTransition(from, to, actor, 'Причина указана');
    if (from === to) {
      expect([withoutReason, withReason]).toEqual([
        { ok: false, reason: 'transition.sameState' },
        { ok: false, reason: 'transition.sameState' },
      ]);
    } else if (pair === undefined) {
      expect([withoutReason, withReason]).toEqual([
        { ok: false, reason: 'transition.illegal' },
        { ok: false, reason: 'transition.illegal' },
      ]);
    } else if (rule === undefined) {
      expect([withoutReason, withReason]).toEqual([
        { ok: false, reason: 'transition.actorNotAllowed' },
        { ok: false, reason: 'transition.actorNotAllowed' },
      ]);
    } else {
      expect(withReason).toEqual({ ok: true, name: rule.name });
      expect(withoutReason).toEqual(rule.reason ? { ok: false, reason: 'transition.reasonRequired' } : { ok: true, name: rule.name });
    }
  });

  it.each(STATES.flatMap((from) => ALL_APPLICATION_ACTORS.map((actor) => [from, actor] as const)))(
    'offers from %s to %s exactly the moves of the table',
    (from, actor) => {
      const expected = STATES.filter((to) => EXPECTED[`${from}>${to}`]?.[actor] !== undefined);
      expect(allowedApplicationTransitions(from, actor).map((rule) => rule.to)).toEqual(expected);
    },
  );

  it('counts a blank reason as none where one is required', () => {
    expect(applicationTransition(ApplicationStatus.Submitted, ApplicationStatus.Declined, ApplicationActor.Employer, '  ')).toEqual({
      ok: false,
      reason: 'transition.reasonRequired',
    });
  });

  it('ends when declined, refused, working, never started, withdrawn or closed', () => {
    expect(STATES.filter(isFinalApplicationStatus)).toEqual(['DECLINED', 'REFUSED', 'WORKING', 'NO_SHOW', 'WITHDRAWN', 'CLOSED']);
  });

  it('is open until it ends, departure and arrival included', () => {
    expect(OPEN_APPLICATION_STATUSES).toEqual(['SUBMITTED', 'SHORTLISTED', 'IN_BATCH', 'APPROVED', 'DEPARTED', 'ARRIVED']);
    expect(STATES.filter(isOpenApplication)).toEqual(OPEN_APPLICATION_STATUSES);
  });

  it('lets the migrant withdraw at any open point before departure, and only then', () => {
    const withdrawable = STATES.filter((from) => applicationTransition(from, ApplicationStatus.Withdrawn, ApplicationActor.Migrant).ok);
    expect(withdrawable).toEqual(OPEN_APPLICATION_STATUSES.filter((s) => s !== ApplicationStatus.Departed && s !== ApplicationStatus.Arrived));
    expect(WITHDRAWABLE_APPLICATION_STATUSES).toEqual(['SUBMITTED', 'SHORTLISTED', 'IN_BATCH', 'APPROVED']);
    expect(STATES.filter(canWithdrawApplication)).toEqual(WITHDRAWABLE_APPLICATION_STATUSES);
  });

  it.each(cases)('%s → %s: %s has the move exactly where the table lists it, reason or not', (from, to, actor) => {
    expect(canMoveApplication(from, to, actor)).toBe(EXPECTED[`${from}>${to}`]?.[actor] !== undefined);
  });

  it('knows when a replayed departure or arrival has already happened, or been overtaken', () => {
    expect(STATES.filter((status) => hasReachedApplicationStatus(status, ApplicationStatus.Departed))).toEqual([
      'DEPARTED',
      'ARRIVED',
      'WORKING',
      'NO_SHOW',
    ]);
    expect(STATES.filter((status) => hasReachedApplicationStatus(status, ApplicationStatus.Arrived))).toEqual(['ARRIVED', 'WORKING', 'NO_SHOW']);
  });

  it("awaits the employer's first answer only while submitted", () => {
    expect(APPLICATION_STATUSES_AWAITING_SHORTLISTING).toEqual(['SUBMITTED']);
  });

  it('shares the contact from shortlisting on while the way leads to arrival and during the work, never after a refusal, withdrawal or no-show', () => {
    expect(CONTACT_SHARING_APPLICATION_STATUSES).toEqual(['SHORTLISTED', 'IN_BATCH', 'APPROVED', 'DEPARTED', 'ARRIVED', 'WORKING']);
  });
});

describe('closing applications when their vacancy closes or their employer is suspended', () => {
  it('knows exactly two causes', () => {
    expect(APPLICATION_CLOSURE_CAUSES).toEqual(['vacancyClosed', 'employerSuspended']);
  });

  it('closes what has not been approved yet, and leaves approved and departed migrants their places', () => {
    expect(SYSTEM_CLOSABLE_APPLICATION_STATUSES).toEqual(['SUBMITTED', 'SHORTLISTED', 'IN_BATCH']);
  });

  it.each(STATES.flatMap((from) => APPLICATION_CLOSURE_CAUSES.map((cause) => [from, cause] as const)))('from %s because %s', (from, cause) => {
    const expected =
      from === ApplicationStatus.Closed
        ? { ok: false, reason: 'transition.sameState' }
        : SYSTEM_CLOSABLE_APPLICATION_STATUSES.includes(from)
          ? { ok: true, name: 'close' }
          : { ok: false, reason: 'transition.illegal' };
    expect(closeOpenApplication(from, cause)).toEqual(expected);
  });
});

describe('reopening on reinstatement', () => {
  it.each([
    // status, reason, vacancy takes applicants → reopens
    ['CLOSED', 'employerSuspended', true, true],
    ['CLOSED', 'employerSuspended', false, false],
    ['CLOSED', 'vacancyClosed', true, false],
    ['CLOSED', null, true, false],
    ['WITHDRAWN', 'employerSuspended', true, false],
    ['DECLINED', 'employerSuspended', true, false],
    ['SUBMITTED', 'employerSuspended', true, false],
  ] as const)('%s because %s, vacancy open %s: %s', (status, statusReason, takesApplicants, expected) => {
    expect(reopensOnReinstatement({ status: status as ApplicationStatus, statusReason }, { takesApplicants })).toBe(expected);
  });

  it('is a move of the system alone, with a reason, from CLOSED to SUBMITTED', () => {
    expect(applicationMoveSources('reopen', ApplicationActor.System)).toEqual(['CLOSED']);
    expect(applicationMoveTarget('reopen')).toBe('SUBMITTED');
    expect(applicationMoveRequiresReason('reopen', ApplicationActor.System)).toBe(true);
    for (const actor of ALL_APPLICATION_ACTORS.filter((a) => a !== ApplicationActor.System))
      expect(applicationMoveSources('reopen', actor)).toEqual([]);
  });

  it('keeps CLOSED an end for everything read from the lifecycle (final, not open, not sharing contacts)', () => {
    expect(isFinalApplicationStatus(ApplicationStatus.Closed)).toBe(true);
    expect(isOpenApplication(ApplicationStatus.Closed)).toBe(false);
    expect(CONTACT_SHARING_APPLICATION_STATUSES).not.toContain('CLOSED');
  });
});

describe("the next step on the migrant's timeline", () => {
  const ACTOR_OF_PARTY: Record<NextParty, ApplicationActor> = {
    employer: ApplicationActor.Employer,
    attache: ApplicationActor.Attache,
    migrant: ApplicationActor.Migrant,
  };

  it('names who acts next in every status', () => {
    expect(STATES.map((status) => [status, nextStepOf(status).party])).toEqual([
      ['SUBMITTED', 'employer'],
      ['SHORTLISTED', 'employer'],
      ['DECLINED', null],
      ['IN_BATCH', 'attache'],
      ['APPROVED', 'migrant'],
      ['REFUSED', null],
      ['DEPARTED', 'migrant'],
      ['ARRIVED', 'employer'],
      ['WORKING', null],
      ['NO_SHOW', null],
      ['WITHDRAWN', null],
      ['CLOSED', null],
    ]);
  });

  it.each(STATES)('has a translation key of its own for %s', (status) => {
    expect(nextStepOf(status).key).toBe(`application.next.${status}`);
  });

  it.each(STATES)('for %s, names a party that can move the application forward, or nobody once it has ended', (status) => {
    const { party } = nextStepOf(status);
    if (party === null) {
      expect(isFinalApplicationStatus(status)).toBe(true);
    } else {
      // Withdrawing is always possible for the migrant; it is not the step the timeline means.
      const forward = allowedApplicationTransitions(status, ACTOR_OF_PARTY[party]).filter((rule) => rule.name !== 'withdraw');
      expect(forward.length).toBeGreaterThan(0);
    }
  });
});

describe('named moves, as set-based moves use them', () => {
  // Restated from EXPECTED: for each move, actor → the statuses it may be made from, and where it leads.
  const expectedMoves = new Map<string, { to: string; sources: Map<ApplicationActor, string[]> }>();
  for (const [pair, byActor] of Object.entries(EXPECTED)) {
    const [from, to] = pair.split('>');
    for (const [actor, rule] of Object.entries(byActor) as Array<[ApplicationActor, { name: string }]>) {
      const move = expectedMoves.get(rule.name) ?? { to, sources: new Map<ApplicationActor, string[]>() };
      move.sources.set(actor, [...(move.sources.get(actor) ?? []), from]);
      expectedMoves.set(rule.name, move);
    }
  }

  it('lists every move of the table, and nothing else', () => {
    expect([...APPLICATION_MOVES].sort()).toEqual([...expectedMoves.keys()].sort());
  });

  it.each([...expectedMoves.entries()])('%s leads to one state, from the statuses each actor may make it from', (name, expected) => {
    const move = name as ApplicationMove;
    expect(applicationMoveTarget(move)).toBe(expected.to);
    for (const actor of ALL_APPLICATION_ACTORS) {
      expect([...applicationMoveSources(move, actor)].sort()).toEqual([...(expected.sources.get(actor) ?? [])].sort());
    }
  });

  it('knows which moves need a reason, per actor', () => {
    expect(applicationMoveRequiresReason('decline', ApplicationActor.Employer)).toBe(true);
    expect(applicationMoveRequiresReason('refuse', ApplicationActor.Attache)).toBe(true);
    expect(applicationMoveRequiresReason('close', ApplicationActor.System)).toBe(true);
    expect(applicationMoveRequiresReason('withdraw', ApplicationActor.Migrant)).toBe(false);
    expect(applicationMoveRequiresReason('approve', ApplicationActor.Admin)).toBe(false);
  });

  it('gives up an approval (position and letter) on every move out of APPROVED but the departure', () => {
    const fromApproved = APPLICATION_MOVES.filter((move) =>
      ALL_APPLICATION_ACTORS.some((actor) => applicationMoveSources(move, actor).includes(ApplicationStatus.Approved)),
    );
    expect(fromApproved).toEqual(['depart', 'withdraw']);
    expect(fromApproved.filter(releasesApproval)).toEqual(['withdraw']);
  });

  it('closes the batch place of an application only when it leaves its batch without the batch deciding', () => {
    expect(APPLICATION_MOVES.filter((move) => leavesBatchUndecided(move))).toEqual([
      'shortlist',
      'decline',
      'depart',
      'arrive',
      'startWork',
      'noShow',
      'withdraw',
      'close',
      'reopen',
    ]);
    // Of those, only withdrawal and closure start from IN_BATCH: the rest never find an application in a batch.
    expect(
      APPLICATION_MOVES.filter(
        (move) =>
          leavesBatchUndecided(move) &&
          ALL_APPLICATION_ACTORS.some((actor) => applicationMoveSources(move, actor).includes(ApplicationStatus.InBatch)),
      ),
    ).toEqual(['withdraw', 'close']);
  });

  it('tells the employer of new applications, withdrawals and reopened applications only', () => {
    expect(APPLICATION_MOVES.filter((move) => employerIsToldOf(move))).toEqual(['withdraw', 'reopen']);
    expect(employerIsToldOf('submit')).toBe(true);
  });

  it('refuses a move name it does not have', () => {
    expect(() => applicationMoveTarget('teleport' as ApplicationMove)).toThrow('No move is called teleport');
    expect(applicationMoveSources('teleport' as ApplicationMove, ApplicationActor.System)).toEqual([]);
  });
});
