import { SuspensionCategory } from '../employers/suspension-category';
import {
  RED_FLAG_SIGNALS,
  evidenceInWindow,
  isRedFlagSignal,
  isUsableRule,
  suspensionCategoryOfSignal,
  trippedRules,
  type RedFlagEvidence,
  type RedFlagRule,
} from './red-flags';

const now = new Date('2026-12-02T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const evidence = (id: string, signal: RedFlagEvidence['signal'], ageDays: number): RedFlagEvidence => ({
  kind: 'report',
  id,
  signal,
  at: daysAgo(ageDays),
});

/** The rules the migration seeds. */
const passport: RedFlagRule = { code: 'passportHeld', signal: 'passportHeld', threshold: 1, windowDays: null };
const fees: RedFlagRule = { code: 'fees90', signal: 'fee', threshold: 2, windowDays: 90 };
const terms: RedFlagRule = { code: 'notAsPromised90', signal: 'notAsPromised', threshold: 3, windowDays: 90 };
const seeded = [passport, fees, terms];

describe('trippedRules', () => {
  it('nothing trips without evidence', () => {
    expect(trippedRules(seeded, [], now)).toEqual([]);
  });

  it('one held passport trips its rule at once, however old', () => {
    const held = evidence('g1', 'passportHeld', 400);
    expect(trippedRules(seeded, [held], now)).toEqual([{ rule: passport, evidence: [held] }]);
  });

  it('one fee report is below the threshold; the second trips it (exactly the threshold)', () => {
    const first = evidence('f1', 'fee', 10);
    expect(trippedRules(seeded, [first], now)).toEqual([]);
    const second = evidence('f2', 'fee', 1);
    expect(trippedRules(seeded, [second, first], now)).toEqual([{ rule: fees, evidence: [first, second] }]);
  });

  it('two "not as promised" reports do not trip; three do; four still do with all four as evidence', () => {
    const reports = [evidence('t1', 'notAsPromised', 80), evidence('t2', 'notAsPromised', 40), evidence('t3', 'notAsPromised', 0)];
    expect(trippedRules(seeded, reports.slice(0, 2), now)).toEqual([]);
    expect(trippedRules(seeded, reports, now)).toEqual([{ rule: terms, evidence: reports }]);
    const fourth = evidence('t4', 'notAsPromised', 0);
    expect(trippedRules(seeded, [...reports, fourth], now)[0]?.evidence).toHaveLength(4);
  });

  it('reports older than the window do not count: 90 days ago is out, just under is in', () => {
    const old = { ...evidence('f1', 'fee', 90) };
    const recent = evidence('f2', 'fee', 2);
    expect(trippedRules(seeded, [old, recent], now)).toEqual([]);
    const inside = { ...old, at: new Date(daysAgo(90).getTime() + 1000) };
    expect(trippedRules(seeded, [inside, recent], now)).toEqual([{ rule: fees, evidence: [inside, recent] }]);
  });

  it('evidence of another signal never counts towards a rule', () => {
    const mixed = [evidence('f1', 'fee', 1), evidence('t1', 'notAsPromised', 1), evidence('t2', 'notAsPromised', 1)];
    expect(trippedRules([fees, terms], mixed, now)).toEqual([]);
  });

  it('evidence dated after now is not counted', () => {
    const future = { ...evidence('f1', 'fee', 0), at: new Date(now.getTime() + 60_000) };
    expect(trippedRules([fees], [future, evidence('f2', 'fee', 1)], now)).toEqual([]);
  });

  it('several rules trip together, in the order of the rules', () => {
    const all = [evidence('g1', 'passportHeld', 1), evidence('f1', 'fee', 1), evidence('f2', 'fee', 2)];
    expect(trippedRules([fees, passport], all, now).map((tripped) => tripped.rule.code)).toEqual(['fees90', 'passportHeld']);
  });

  it('a rule the table gets wrong (unknown signal, threshold under one, window under a day) never trips', () => {
    const broken = [
      { code: 'x', signal: 'gossip', threshold: 1, windowDays: null },
      { code: 'y', signal: 'fee', threshold: 0, windowDays: 90 },
      { code: 'z', signal: 'fee', threshold: 1, windowDays: 0 },
    ] as unknown as RedFlagRule[];
    expect(trippedRules(broken, [evidence('f1', 'fee', 1)], now)).toEqual([]);
  });
});

describe('isUsableRule', () => {
  it.each([
    [{ signal: 'fee', threshold: 2, windowDays: 90 }, true],
    [{ signal: 'passportHeld', threshold: 1, windowDays: null }, true],
    [{ signal: 'fee', threshold: 1.5, windowDays: 90 }, false],
    [{ signal: 'fee', threshold: 2, windowDays: -1 }, false],
    [{ signal: 'other', threshold: 2, windowDays: 90 }, false],
  ])('%j → %s', (rule, usable) => {
    expect(isUsableRule(rule)).toBe(usable);
  });
});

describe('evidenceInWindow', () => {
  it('sorts the counted evidence oldest first, ties by id', () => {
    const a = evidence('b', 'fee', 1);
    const b = evidence('a', 'fee', 1);
    const c = evidence('c', 'fee', 5);
    expect(evidenceInWindow(fees, [a, b, c], now).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('isRedFlagSignal', () => {
  it.each(RED_FLAG_SIGNALS)('%s is a signal', (signal) => expect(isRedFlagSignal(signal)).toBe(true));
  it('anything else is not', () => {
    expect(isRedFlagSignal('passport')).toBe(false);
    expect(isRedFlagSignal(2)).toBe(false);
  });
});

describe('suspensionCategoryOfSignal', () => {
  it.each([
    ['passportHeld', SuspensionCategory.PassportRetention],
    ['fee', SuspensionCategory.RecruitmentFees],
    ['notAsPromised', SuspensionCategory.WageViolation],
  ] as const)('publishes a suspension on %s as %s', (signal, category) => {
    expect(suspensionCategoryOfSignal(signal)).toBe(category);
  });
});
