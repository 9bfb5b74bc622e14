import {
  AUTOMATIC_CLOSURE_CAUSES,
  EMPLOYER_EDITABLE_VACANCY_STATUSES,
  LIVE_VACANCY_FIELDS,
  MATERIAL_VACANCY_FIELDS,
  SUBMITTABLE_VACANCY_STATUSES,
  VacancyStatus,
  WITHDRAWABLE_VACANCY_STATUSES,
  allowedVacancyTransitions,
  canMoveVacancy,
  canSubmitVacancy,
  closeVacancyAutomatically,
  isFinalVacancyStatus,
  isMaterialChange,
  materialChanges,
  newlyOpenedCountries,
  vacancyTransition,
} from './vacancy-lifecycle';
import { ALL_WORKFLOW_ACTORS, WorkflowActor } from '../state-machine/workflow-actor';
import { CompanyStatus } from '../employers/company-verification';
import { wageProblem } from './wage-floor';

const STATES = Object.values(VacancyStatus);

/**
 * The lifecycle as the product owner wrote it, restated independently of the implementation's table:
 * "FROM>TO" → actor → whether a reason is required, and the move's name.
 */
const EXPECTED: Record<string, Partial<Record<WorkflowActor, { reason: boolean; name: string }>>> = {
  'DRAFT>PENDING_REVIEW': { EMPLOYER: { reason: false, name: 'submit' } },
  'DRAFT>CLOSED': { EMPLOYER: { reason: false, name: 'withdraw' } },
  'PENDING_REVIEW>PUBLISHED': { ATTACHE: { reason: false, name: 'publish' }, ADMIN: { reason: false, name: 'publish' } },
  'PENDING_REVIEW>REJECTED': { ATTACHE: { reason: true, name: 'reject' }, ADMIN: { reason: true, name: 'reject' } },
  'REJECTED>PENDING_REVIEW': { EMPLOYER: { reason: false, name: 'resubmit' } },
  'PUBLISHED>PENDING_REVIEW': { EMPLOYER: { reason: false, name: 'materialChange' } },
  'PUBLISHED>CLOSED': {
    EMPLOYER: { reason: false, name: 'withdraw' },
    SYSTEM: { reason: true, name: 'closeAutomatically' },
    ATTACHE: { reason: true, name: 'closeByOfficial' },
    ADMIN: { reason: true, name: 'closeByOfficial' },
  },
};

const cases = STATES.flatMap((from) => STATES.flatMap((to) => ALL_WORKFLOW_ACTORS.map((actor) => [from, to, actor] as const)));

describe('vacancy lifecycle', () => {
  it('covers every pair of states for every actor', () => {
    expect(cases).toHaveLength(5 * 5 * 4);
  });

  it.each(cases)('%s → %s by %s follows the table', (from, to, actor) => {
    const pair = EXPECTED[`${from}>${to}`];
    const rule = pair?.[actor];
    const withoutReason = vacancyTransition(from, to, actor);
    const withReason = vacancyTransition(from, to, actor, 'Причина указана');
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

  it.each(STATES.flatMap((from) => ALL_WORKFLOW_ACTORS.map((actor) => [from, actor] as const)))(
    'offers from %s to %s exactly the moves of the table',
    (from, actor) => {
      const expected = STATES.filter((to) => EXPECTED[`${from}>${to}`]?.[actor] !== undefined);
      expect(allowedVacancyTransitions(from, actor).map((rule) => rule.to)).toEqual(expected);
    },
  );

  it('ends only in CLOSED; a rejected vacancy can still be fixed', () => {
    expect(STATES.filter(isFinalVacancyStatus)).toEqual([VacancyStatus.Closed]);
  });

  it('lets the system close a published vacancy when it is filled or its deadline passed', () => {
    expect(AUTOMATIC_CLOSURE_CAUSES).toEqual(['filled', 'deadlinePassed']);
    for (const cause of AUTOMATIC_CLOSURE_CAUSES) {
      expect(closeVacancyAutomatically(VacancyStatus.Published, cause)).toEqual({ ok: true, name: 'closeAutomatically' });
      expect(closeVacancyAutomatically(VacancyStatus.Draft, cause)).toEqual({ ok: false, reason: 'transition.actorNotAllowed' });
      expect(closeVacancyAutomatically(VacancyStatus.PendingReview, cause)).toEqual({ ok: false, reason: 'transition.illegal' });
    }
  });
});

describe("what the employer's editor offers", () => {
  it.each(cases)('%s → %s: %s has the move exactly where the table lists it', (from, to, actor) => {
    expect(canMoveVacancy(from, to, actor)).toBe(EXPECTED[`${from}>${to}`]?.[actor] !== undefined);
  });

  it('edits drafts, rejected and published vacancies; submits drafts and rejected ones; withdraws drafts and published ones', () => {
    expect(EMPLOYER_EDITABLE_VACANCY_STATUSES).toEqual(['DRAFT', 'PUBLISHED', 'REJECTED']);
    expect(SUBMITTABLE_VACANCY_STATUSES).toEqual(['DRAFT', 'REJECTED']);
    expect(WITHDRAWABLE_VACANCY_STATUSES).toEqual(['DRAFT', 'PUBLISHED']);
  });
});

describe('submitting a vacancy', () => {
  const goodWage = wageProblem(40_000, '77', '2026-03-01');
  const lowWage = wageProblem(30_000, '77', '2026-03-01');

  it('is possible for a verified employer offering at least the floor', () => {
    expect(goodWage).toBeNull();
    expect(canSubmitVacancy({ employerStatus: CompanyStatus.Verified, wageProblem: goodWage })).toEqual({ ok: true });
  });

  it.each([CompanyStatus.Pending, CompanyStatus.Rejected, CompanyStatus.Suspended])('is refused to a %s employer', (employerStatus) => {
    expect(canSubmitVacancy({ employerStatus, wageProblem: goodWage })).toEqual({ ok: false, reasons: ['employer.notVerified'] });
  });

  it('is refused for a wage below the floor', () => {
    expect(canSubmitVacancy({ employerStatus: CompanyStatus.Verified, wageProblem: lowWage })).toEqual({ ok: false, reasons: ['wage.belowFloor'] });
  });

  it('reports both problems at once', () => {
    expect(canSubmitVacancy({ employerStatus: CompanyStatus.Suspended, wageProblem: lowWage })).toEqual({
      ok: false,
      reasons: ['employer.notVerified', 'wage.belowFloor'],
    });
  });
});

describe('material changes to a published vacancy', () => {
  const published = {
    title: 'Каменщик',
    description: 'Строительство жилого дома',
    monthlyWageRoubles: 60_000,
    housing: { provided: true, monthlyCostRoubles: 0, address: 'Москва' },
    insurance: { kind: 'ДМС', employerPays: true },
    weeklyHours: 40,
    contractMonths: 12,
    positions: 20,
    applicationDeadline: '2027-02-01',
    photos: ['site.jpg'],
  };

  it('are every term but the number of places and the deadline, which change live', () => {
    expect(MATERIAL_VACANCY_FIELDS).toEqual(
      expect.arrayContaining(['title', 'regionCode', 'town', 'housingCostRoubles', 'meals', 'travelPaid', 'startDate', 'description']),
    );
    expect(LIVE_VACANCY_FIELDS).toEqual(['positions', 'applicationDeadline']);
    expect(MATERIAL_VACANCY_FIELDS.filter((field) => (LIVE_VACANCY_FIELDS as readonly string[]).includes(field))).toEqual([]);
  });

  it.each([
    ['monthlyWageRoubles', { monthlyWageRoubles: 55_000 }],
    ['housing', { housing: { ...published.housing, monthlyCostRoubles: 5_000 } }],
    ['housing', { housing: null }],
    ['insurance', { insurance: { kind: 'ДМС', employerPays: false } }],
    ['weeklyHours', { weeklyHours: 48 }],
    ['contractMonths', { contractMonths: 6 }],
  ])('include a change of %s', (field, change) => {
    const edited = { ...published, ...change };
    expect(isMaterialChange(published, edited)).toBe(true);
    expect(materialChanges(published, edited)).toEqual([field]);
  });

  it.each([
    ['title', { title: 'Каменщик 4 разряда' }],
    ['description', { description: 'Другой текст' }],
  ])('include a change of the %s, which the attaché read', (field, change) => {
    expect(materialChanges(published, { ...published, ...change })).toEqual([field]);
  });

  it('do not include the places, the deadline or the photos', () => {
    expect(isMaterialChange(published, { ...published, positions: 30, applicationDeadline: '2027-03-01', photos: [] })).toBe(false);
  });

  it('compare values, not object identity', () => {
    const copy = JSON.parse(JSON.stringify(published)) as typeof published;
    expect(isMaterialChange(published, copy)).toBe(false);
    expect(isMaterialChange({ housing: { a: 1, b: undefined } }, { housing: { a: 1 } })).toBe(false);
    expect(isMaterialChange({ housing: { rooms: [1, 2] } }, { housing: { rooms: [2, 1] } })).toBe(true);
    expect(isMaterialChange({ contractMonths: new Date('2026-01-01') }, { contractMonths: new Date('2026-01-01') })).toBe(false);
    expect(isMaterialChange({ contractMonths: 12 }, { contractMonths: '12' })).toBe(true);
    expect(isMaterialChange({ insurance: undefined }, {})).toBe(false);
    expect(isMaterialChange({ insurance: null }, {})).toBe(true);
  });

  it('list every changed term, in a stable order', () => {
    expect(materialChanges(published, { ...published, contractMonths: 3, monthlyWageRoubles: 1 })).toEqual(['monthlyWageRoubles', 'contractMonths']);
  });

  it('send the vacancy back to review only through the employer', () => {
    expect(vacancyTransition(VacancyStatus.Published, VacancyStatus.PendingReview, WorkflowActor.Employer)).toEqual({
      ok: true,
      name: 'materialChange',
    });
  });
});

describe('newlyOpenedCountries', () => {
  it.each([
    [['KG'], ['KG'], []],
    [['KG'], ['KG', 'UZ'], ['UZ']],
    [['KG', 'UZ'], ['KG'], []],
    [['KG'], ['UZ', 'TJ'], ['UZ', 'TJ']],
    [[], ['KG'], ['KG']],
  ])('from %j to %j opens %j', (before, after, opened) => {
    expect(newlyOpenedCountries(before, after)).toEqual(opened);
  });
});
