import { ApplicationActor, ALL_APPLICATION_ACTORS } from '../applications/application-actor';
import {
  ALL_GRIEVANCE_STATUSES,
  GRIEVANCE_STATUSES_AWAITING_STAFF,
  grievanceDeadlineOnEntering,
  GRIEVANCE_MOVES,
  GrievanceStatus,
  allowedGrievanceTransitions,
  attacheSeesGrievance,
  grievanceMoveTarget,
  GRIEVANCE_ATTACHMENT_LIMIT,
  grievanceAttachmentRefusal,
  grievanceTakesMessages,
  grievanceTransition,
  isFinalGrievanceStatus,
  isGrievanceCategory,
  responsibleAttaches,
} from './grievance-lifecycle';

/** The table restated: `from>to` → actor → whether a reason is required and the move's name. */
const EXPECTED: Record<string, Partial<Record<ApplicationActor, { reason: boolean; name: string }>>> = {
  'RECEIVED>IN_PROGRESS': { ATTACHE: { reason: false, name: 'takeUp' }, ADMIN: { reason: false, name: 'takeUp' } },
  'IN_PROGRESS>REFERRED': { ATTACHE: { reason: true, name: 'refer' }, ADMIN: { reason: true, name: 'refer' } },
  'RECEIVED>RESOLVED': { ATTACHE: { reason: true, name: 'resolve' }, ADMIN: { reason: true, name: 'resolve' } },
  'IN_PROGRESS>RESOLVED': { ATTACHE: { reason: true, name: 'resolve' }, ADMIN: { reason: true, name: 'resolve' } },
  'REFERRED>RESOLVED': { ATTACHE: { reason: true, name: 'resolve' }, ADMIN: { reason: true, name: 'resolve' } },
  'RESOLVED>IN_PROGRESS': { MIGRANT: { reason: true, name: 'reopen' } },
  'RESOLVED>CLOSED': {
    MIGRANT: { reason: false, name: 'close' },
    ATTACHE: { reason: false, name: 'close' },
    ADMIN: { reason: false, name: 'close' },
    SYSTEM: { reason: false, name: 'close' },
  },
};

const STATES = ALL_GRIEVANCE_STATUSES;
const cases = STATES.flatMap((from) => STATES.flatMap((to) => ALL_APPLICATION_ACTORS.map((actor) => [from, to, actor] as const)));

describe('grievance lifecycle', () => {
  it('lists its states in order', () => {
    expect(STATES).toEqual(['RECEIVED', 'IN_PROGRESS', 'REFERRED', 'RESOLVED', 'CLOSED']);
    expect(cases).toHaveLength(5 * 5 * 5);
  });

  it.each(cases)('%s → %s by %s follows the table', (from, to, actor) => {
    const rule = EXPECTED[`${from}>${to}`]?.[actor];
    const withoutReason = grievanceTransition(from, to, actor);
    const withReason = grievanceTransition(from, to, actor, 'Передано в инспекцию труда');
    if (from === to) expect(withReason).toEqual({ ok: false, reason: 'transition.sameState' });
    else if (EXPECTED[`${from}>${to}`] === undefined) expect(withReason).toEqual({ ok: false, reason: 'transition.illegal' });
    else if (rule === undefined) expect(withReason).toEqual({ ok: false, reason: 'transition.actorNotAllowed' });
    else {
      expect(withReason).toEqual({ ok: true, name: rule.name });
      expect(withoutReason).toEqual(rule.reason ? { ok: false, reason: 'transition.reasonRequired' } : { ok: true, name: rule.name });
    }
  });

  it.each(STATES.flatMap((from) => ALL_APPLICATION_ACTORS.map((actor) => [from, actor] as const)))(
    'offers from %s to %s the moves of the table',
    (from, actor) => {
      const expected = STATES.filter((to) => EXPECTED[`${from}>${to}`]?.[actor] !== undefined);
      expect(allowedGrievanceTransitions(from, actor).map((rule) => rule.to)).toEqual(expected);
    },
  );

  it('names where each move leads', () => {
    expect(GRIEVANCE_MOVES.map((move) => [move, grievanceMoveTarget(move)])).toEqual([
      ['takeUp', 'IN_PROGRESS'],
      ['refer', 'REFERRED'],
      ['resolve', 'RESOLVED'],
      ['reopen', 'IN_PROGRESS'],
      ['close', 'CLOSED'],
    ]);
  });

  it('ends only when closed, and takes messages until then', () => {
    expect(STATES.filter(isFinalGrievanceStatus)).toEqual([GrievanceStatus.Closed]);
    expect(STATES.filter(grievanceTakesMessages)).toEqual(['RECEIVED', 'IN_PROGRESS', 'REFERRED', 'RESOLVED']);
  });

  it('takes files until closed, at most five', () => {
    expect(GRIEVANCE_ATTACHMENT_LIMIT).toBe(5);
    for (const status of STATES.filter(grievanceTakesMessages)) {
      expect(grievanceAttachmentRefusal(status, 0)).toBeNull();
      expect(grievanceAttachmentRefusal(status, 4)).toBeNull();
      expect(grievanceAttachmentRefusal(status, 5)).toBe('full');
    }
    expect(grievanceAttachmentRefusal(GrievanceStatus.Closed, 0)).toBe('closed');
    expect(grievanceAttachmentRefusal(GrievanceStatus.Closed, 5)).toBe('closed');
  });

  it('knows its categories', () => {
    expect(isGrievanceCategory('passportHeld')).toBe(true);
    expect(isGrievanceCategory('PASSPORT')).toBe(false);
    expect(isGrievanceCategory(undefined)).toBe(false);
  });
});

describe('who handles a grievance', () => {
  const countryWide = { id: 'a', coveredRegions: null };
  const moscowRep = { id: 'b', coveredRegions: ['77', '50'] };
  const stPetersburgRep = { id: 'c', coveredRegions: ['78'] };

  it('alerts the representatives covering the work region, else the country-wide staff, never another region’s', () => {
    expect(responsibleAttaches([countryWide, moscowRep, stPetersburgRep], '77')).toEqual([moscowRep]);
    expect(responsibleAttaches([countryWide, moscowRep, stPetersburgRep], '16')).toEqual([countryWide]);
    expect(responsibleAttaches([moscowRep], '16')).toEqual([]);
  });

  it('shows it to country-wide staff and to representatives of its region only', () => {
    expect(attacheSeesGrievance(null, '16')).toBe(true);
    expect(attacheSeesGrievance(undefined, '16')).toBe(true);
    expect(attacheSeesGrievance(['77'], '77')).toBe(true);
    expect(attacheSeesGrievance(['77'], '78')).toBe(false);
  });
});

describe('grievanceDeadlineOnEntering', () => {
  it.each([
    [GrievanceStatus.Received, { start: 'grievanceTakeUp' }],
    [GrievanceStatus.InProgress, { start: 'grievanceResolution' }],
    [GrievanceStatus.Referred, 'keep'],
    [GrievanceStatus.Resolved, 'stop'],
    [GrievanceStatus.Closed, 'stop'],
  ] as const)('entering %s: %j', (status, change) => {
    expect(grievanceDeadlineOnEntering(status)).toEqual(change);
  });

  it('runs a clock exactly while the grievance waits on the staff', () => {
    for (const status of ALL_GRIEVANCE_STATUSES)
      expect(GRIEVANCE_STATUSES_AWAITING_STAFF.includes(status)).toBe(grievanceDeadlineOnEntering(status) !== 'stop');
  });
});
