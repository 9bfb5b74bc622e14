import {
  CHECK_IN_QUESTIONS,
  DEFAULT_CHECK_IN_DAYS,
  arrivalDateOf,
  checkInDueAt,
  grievanceCategoryOfAnswer,
  isCheckInQuestion,
  isTroublingAnswer,
  parseCheckInDays,
} from './check-ins';

describe('check-ins after arrival', () => {
  it('asks five questions, on days 3, 30 and 90 by default', () => {
    expect(CHECK_IN_QUESTIONS).toEqual(['wage', 'housing', 'passport', 'fee', 'safety']);
    expect(DEFAULT_CHECK_IN_DAYS).toEqual([3, 30, 90]);
    expect(isCheckInQuestion('fee')).toBe(true);
    expect(isCheckInQuestion('salary')).toBe(false);
  });

  it('finds the troubling answer of each question: "yes" to a fee, "no" to the rest', () => {
    expect(CHECK_IN_QUESTIONS.map((q) => [q, isTroublingAnswer(q, 'yes'), isTroublingAnswer(q, 'no')])).toEqual([
      ['wage', false, true],
      ['housing', false, true],
      ['passport', false, true],
      ['fee', true, false],
      ['safety', false, true],
    ]);
  });

  it('opens a grievance by itself for a held passport, a fee asked and feeling unsafe only', () => {
    expect(CHECK_IN_QUESTIONS.map((q) => [q, grievanceCategoryOfAnswer(q, 'yes'), grievanceCategoryOfAnswer(q, 'no')])).toEqual([
      ['wage', null, null],
      ['housing', null, null],
      ['passport', null, 'passportHeld'],
      ['fee', 'recruitmentFee', null],
      ['safety', null, 'safety'],
    ]);
  });

  it('reads the days setting strictly', () => {
    expect(parseCheckInDays('3,30,90')).toEqual([3, 30, 90]);
    expect(parseCheckInDays(' 1, 7 ')).toEqual([1, 7]);
    for (const bad of ['', '3,,30', '30,3', '3,3', '0,3', '366', '3;30', 'three', '-1', '2.5'])
      expect([bad, parseCheckInDays(bad)]).toEqual([bad, null]);
  });

  it('counts from the Moscow date of arrival, due at 09:00 Moscow time', () => {
    // 22:30 UTC is already the next day in Moscow (UTC+3).
    const lateArrival = new Date('2026-05-01T22:30:00Z');
    expect(arrivalDateOf(lateArrival)).toBe('2026-05-02');
    expect(checkInDueAt(lateArrival, 3).toISOString()).toBe('2026-05-05T06:00:00.000Z');
    expect(checkInDueAt(new Date('2026-05-01T08:00:00Z'), 30).toISOString()).toBe('2026-05-31T06:00:00.000Z');
  });
});
