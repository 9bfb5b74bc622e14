import 'reflect-metadata';
import { HousingOption, MealsOption, RussianLevel, ShiftPattern, type FieldError, type VacancyTermsDto } from '@jumush/contracts';
import { CompanyStatus, MINIMUM_WAGE_TABLE, wageFloorFor } from '@jumush/domain';
import { ProblemException } from '../http/problem';
import { assertSubmittable, nulCharacterErrors, termsErrors, throwIfInvalid, type SubmissionInput } from './vacancy-rules';

const TODAY = '2026-03-10';
const FLOOR = wageFloorFor('77', '2026-04-01')?.monthlyRoubles ?? Number.NaN;

const terms = (changes: Partial<VacancyTermsDto> = {}): VacancyTermsDto => ({
  title: 'Сварщик',
  occupationCode: '7212',
  regionCode: '77',
  town: 'Москва',
  monthlyWageRoubles: 120_000,
  weeklyHours: 40,
  shiftPattern: ShiftPattern.Day,
  housing: HousingOption.Free,
  meals: MealsOption.None,
  travelPaid: true,
  insurance: true,
  contractMonths: 12,
  startDate: '2026-04-01',
  positions: 5,
  russianLevel: RussianLevel.Basic,
  experienceYears: 1,
  skills: ['MIG'],
  description: 'Сварка металлоконструкций.',
  applicationDeadline: '2026-03-25',
  ...changes,
});

const codes = (errors: FieldError[]) => errors.map((error) => `${error.field}:${error.code}`);

/** The problem a call throws, or null when it throws nothing. */
function problemOf(call: () => void): { status: number; body: Record<string, unknown> } | null {
  try {
    call();
    return null;
  } catch (error) {
    if (!(error instanceof ProblemException)) throw error;
    return { status: error.getStatus(), body: error.init as unknown as Record<string, unknown> };
  }
}

describe('NUL characters', () => {
  it.each([
    ['a plain text', { q: 'сварщик' }, []],
    ['a NUL in a text', { q: 'сва\u0000рщик' }, ['q:validation.nulCharacter']],
    ['a NUL in one item of a list', { skills: ['MIG', 'T\u0000IG'] }, ['skills:validation.nulCharacter']],
    ['no value', { q: undefined }, []],
    ['a number', { q: 5 }, []],
    ['two fields, one error each', { a: '\u0000', b: ['\u0000', '\u0000'] }, ['a:validation.nulCharacter', 'b:validation.nulCharacter']],
  ])('%s', (_name, values, expected) => {
    expect(codes(nulCharacterErrors(values))).toEqual(expected);
  });
});

describe('terms of a create or an update', () => {
  it.each<[string, Partial<VacancyTermsDto>, { previousStartDate?: string; filledPositions?: number }, string[]]>([
    ['sound terms', {}, {}, []],
    ['a NUL in the title', { title: 'Сва\u0000рщик' }, {}, ['title:validation.nulCharacter']],
    ['a NUL in the town', { town: 'Мос\u0000ква' }, {}, ['town:validation.nulCharacter']],
    ['a NUL in the description', { description: '\u0000' }, {}, ['description:validation.nulCharacter']],
    ['a NUL in a skill', { skills: ['MIG', '\u0000'] }, {}, ['skills:validation.nulCharacter']],
    ['the deadline after the start', { applicationDeadline: '2026-04-02' }, {}, ['applicationDeadline:vacancy.deadlineAfterStart']],
    ['the deadline on the start day', { applicationDeadline: '2026-04-01' }, {}, []],
    ['a housing cost with free housing', { housingCostRoubles: 5_000 }, {}, ['housingCostRoubles:vacancy.housingCostWithoutPaidHousing']],
    [
      'a housing cost with no housing',
      { housing: HousingOption.None, housingCostRoubles: 0 },
      {},
      ['housingCostRoubles:vacancy.housingCostWithoutPaidHousing'],
    ],
    ['a null housing cost with free housing', { housingCostRoubles: null }, {}, []],
    ['a housing cost with paid housing', { housing: HousingOption.Paid, housingCostRoubles: 5_000 }, {}, []],
    ['a start yesterday', { startDate: '2026-03-09', applicationDeadline: '2026-03-01' }, {}, ['startDate:vacancy.startInPast']],
    ['a start today', { startDate: TODAY, applicationDeadline: TODAY }, {}, []],
    ['an unchanged past start', { startDate: '2026-03-01', applicationDeadline: '2026-02-20' }, { previousStartDate: '2026-03-01' }, []],
    [
      'a past start moved to another past day',
      { startDate: '2026-03-02', applicationDeadline: '2026-02-20' },
      { previousStartDate: '2026-03-01' },
      ['startDate:vacancy.startInPast'],
    ],
    ['fewer positions than filled', { positions: 2 }, { filledPositions: 3 }, ['positions:vacancy.positionsBelowFilled']],
    ['as many positions as filled', { positions: 3 }, { filledPositions: 3 }, []],
    [
      'every problem at once',
      { title: '\u0000', applicationDeadline: '2026-04-05', housingCostRoubles: 1, startDate: '2026-04-01', positions: 1 },
      { filledPositions: 2 },
      [
        'title:validation.nulCharacter',
        'applicationDeadline:vacancy.deadlineAfterStart',
        'housingCostRoubles:vacancy.housingCostWithoutPaidHousing',
        'positions:vacancy.positionsBelowFilled',
      ],
    ],
  ])('%s', (_name, changes, context, expected) => {
    expect(codes(termsErrors(terms(changes), { ...context, today: TODAY }))).toEqual(expected);
  });

  it('counts on the day it is given, not on the machine clock', () => {
    const start = { startDate: '2026-03-10', applicationDeadline: '2026-03-10' };
    expect(codes(termsErrors(terms(start), { today: '2026-03-10' }))).toEqual([]);
    expect(codes(termsErrors(terms(start), { today: '2026-03-11' }))).toEqual(['startDate:vacancy.startInPast']);
  });

  it('says how many positions are filled', () => {
    expect(termsErrors(terms({ positions: 1 }), { filledPositions: 4, today: TODAY })).toEqual([
      { field: 'positions', code: 'vacancy.positionsBelowFilled', message: '4 positions are already filled.', params: { filled: 4 } },
    ]);
  });
});

describe('throwIfInvalid', () => {
  it('passes no errors', () => {
    expect(problemOf(() => throwIfInvalid([]))).toBeNull();
  });

  it('answers field errors with 400 validation.failed carrying them all', () => {
    const errors = termsErrors(terms({ title: '\u0000', applicationDeadline: '2026-05-01' }), { today: TODAY });
    expect(problemOf(() => throwIfInvalid(errors))).toEqual({
      status: 400,
      body: expect.objectContaining({ code: 'validation.failed', errors }),
    });
  });
});

describe('submission for review', () => {
  const submission = (changes: Partial<SubmissionInput> = {}): SubmissionInput => ({
    companyStatus: CompanyStatus.Verified,
    monthlyWageRoubles: 120_000,
    regionCode: '77',
    startDate: '2026-04-01',
    applicationDeadline: '2026-03-25',
    ...changes,
  });

  it('knows the Moscow floor the cases below test against', () => {
    expect(FLOOR).toBeGreaterThan(10_000);
    expect(FLOOR).toBeLessThan(120_000);
  });

  it.each<[string, Partial<SubmissionInput>, { code: string; fields: string[]; floor?: boolean } | null]>([
    ['a verified employer, dates ahead, a wage above the floor', {}, null],
    ['a wage exactly at the floor', { monthlyWageRoubles: FLOOR }, null],
    ['dates today', { startDate: TODAY, applicationDeadline: TODAY }, null],
    [
      'a start in the past',
      { startDate: '2026-03-09', applicationDeadline: '2026-03-01' },
      { code: 'validation.failed', fields: ['startDate', 'applicationDeadline'] },
    ],
    ['a deadline in the past', { applicationDeadline: '2026-03-09' }, { code: 'validation.failed', fields: ['applicationDeadline'] }],
    ['a wage below the floor', { monthlyWageRoubles: FLOOR - 1 }, { code: 'wage.belowFloor', fields: ['monthlyWageRoubles'], floor: true }],
    ['a pending employer', { companyStatus: CompanyStatus.Pending }, { code: 'employer.notVerified', fields: [] }],
    ['a suspended employer', { companyStatus: CompanyStatus.Suspended }, { code: 'employer.notVerified', fields: [] }],
    [
      'a suspended employer and a low wage',
      { companyStatus: CompanyStatus.Suspended, monthlyWageRoubles: 1 },
      { code: 'employer.notVerified', fields: ['monthlyWageRoubles'], floor: true },
    ],
    // Before 2023 no floor is known; the start in the past is the only complaint.
    [
      'a start before any known floor',
      { startDate: '2020-01-01', applicationDeadline: '2019-12-01', monthlyWageRoubles: 1 },
      { code: 'validation.failed', fields: ['startDate', 'applicationDeadline'] },
    ],
  ])('%s', (_name, changes, expected) => {
    const problem = problemOf(() => assertSubmittable(submission(changes), TODAY, MINIMUM_WAGE_TABLE));
    if (expected === null) {
      expect(problem).toBeNull();
      return;
    }
    expect(problem?.status).toBe(422);
    expect(problem?.body['code']).toBe(expected.code);
    expect(((problem?.body['errors'] as FieldError[] | undefined) ?? []).map((error) => error.field)).toEqual(expected.fields);
    expect(problem?.body['params']).toEqual(expected.floor ? { floor: FLOOR } : undefined);
  });

  it('tells an unverified employer to get verified first', () => {
    expect(problemOf(() => assertSubmittable(submission({ companyStatus: CompanyStatus.Rejected }), TODAY, MINIMUM_WAGE_TABLE))?.body['detail']).toBe(
      'Your company must be verified by the attaché first.',
    );
  });

  it('names the floor in the wage error', () => {
    const errors = problemOf(() => assertSubmittable(submission({ monthlyWageRoubles: 1_000 }), TODAY, MINIMUM_WAGE_TABLE))?.body[
      'errors'
    ] as FieldError[];
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'monthlyWageRoubles',
        code: 'wage.belowFloor',
        message: `The wage is below the minimum of ${FLOOR} roubles.`,
        params: expect.objectContaining({ floor: FLOOR }),
      }),
    ]);
  });
});
