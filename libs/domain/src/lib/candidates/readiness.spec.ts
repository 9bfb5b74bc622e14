import {
  ChecklistItemKind,
  ChecklistItemStatus,
  REQUIRED_CHECKLIST_ITEMS,
  candidateReadinessOf,
  readinessOf,
  type ChecklistItem,
  type StoredChecklistItem,
} from './readiness';

const { ForeignPassport, MedicalCertificate, MedicalInsurance, PreDepartureOrientation, RussianLanguageTest, PoliceClearance } = ChecklistItemKind;
const { NotStarted, InProgress, Done, Expired } = ChecklistItemStatus;

const today = '2026-03-01';
const done = (kind: ChecklistItemKind, validUntil?: string): ChecklistItem => ({ kind, status: Done, completedOn: '2026-02-01', validUntil });
const allDone: ChecklistItem[] = [
  done(ForeignPassport, '2031-01-01'),
  done(MedicalCertificate, '2026-08-01'),
  done(MedicalInsurance, '2027-03-01'),
  done(PreDepartureOrientation),
  done(RussianLanguageTest),
  done(PoliceClearance, '2026-06-01'),
];
const without = (kind: ChecklistItemKind) => allDone.filter((item) => item.kind !== kind);

describe('pre-departure readiness', () => {
  it('requires all six items, in checklist order', () => {
    expect(REQUIRED_CHECKLIST_ITEMS).toEqual([
      'FOREIGN_PASSPORT',
      'MEDICAL_CERTIFICATE',
      'MEDICAL_INSURANCE',
      'PRE_DEPARTURE_ORIENTATION',
      'RUSSIAN_LANGUAGE_TEST',
      'POLICE_CLEARANCE',
    ]);
  });

  it('is complete when everything is done and valid', () => {
    expect(readinessOf(allDone, { today })).toEqual({
      percent: 100,
      done: REQUIRED_CHECKLIST_ITEMS,
      missing: [],
      expired: [],
      passportProblem: null,
      ready: true,
    });
  });

  it('is at zero with nothing recorded', () => {
    expect(readinessOf([], { today })).toEqual({
      percent: 0,
      done: [],
      missing: REQUIRED_CHECKLIST_ITEMS,
      expired: [],
      passportProblem: null,
      ready: false,
    });
  });

  it('counts items not started or in progress as missing', () => {
    const items = [{ kind: MedicalCertificate, status: NotStarted }, { kind: MedicalInsurance, status: InProgress }, ...allDone.slice(3)];
    expect(readinessOf(items, { today })).toEqual({
      percent: 50,
      done: [PreDepartureOrientation, RussianLanguageTest, PoliceClearance],
      missing: [ForeignPassport, MedicalCertificate, MedicalInsurance],
      expired: [],
      passportProblem: null,
      ready: false,
    });
  });

  it.each(REQUIRED_CHECKLIST_ITEMS)('is not ready without %s', (kind) => {
    const readiness = readinessOf(without(kind), { today });
    expect([readiness.missing, readiness.ready, readiness.percent]).toEqual([[kind], false, 83]);
  });

  it('rounds down, so a migrant never sees 100 % with something left', () => {
    const percents = [0, 1, 2, 3, 4, 5, 6].map((n) => readinessOf(allDone.slice(0, n), { today }).percent);
    expect(percents).toEqual([0, 16, 33, 50, 66, 83, 100]);
    const threeRequired = { today, required: [ForeignPassport, MedicalCertificate, MedicalInsurance] };
    expect([1, 2].map((n) => readinessOf(allDone.slice(0, n), threeRequired).percent)).toEqual([33, 66]);
  });

  it('takes another list of required items and ignores the rest', () => {
    const context = { today, required: [ForeignPassport, MedicalCertificate] };
    expect(readinessOf([done(ForeignPassport, '2031-01-01'), done(MedicalCertificate)], context)).toMatchObject({ percent: 100, ready: true });
    expect(readinessOf([done(ForeignPassport, '2031-01-01'), done(PoliceClearance)], context)).toMatchObject({
      percent: 50,
      done: [ForeignPassport],
      missing: [MedicalCertificate],
      ready: false,
    });
    expect(readinessOf([], { today, required: [] })).toMatchObject({ percent: 100, ready: true });
  });

  describe('lapsed items', () => {
    it('counts a done item valid until today as done, and one that lapsed yesterday as expired', () => {
      const lastDay = [...without(MedicalCertificate), done(MedicalCertificate, '2026-03-01')];
      expect(readinessOf(lastDay, { today }).done).toContain(MedicalCertificate);
      const lapsed = [...without(MedicalCertificate), done(MedicalCertificate, '2026-02-28')];
      expect(readinessOf(lapsed, { today })).toMatchObject({ percent: 83, expired: [MedicalCertificate], missing: [], ready: false });
    });

    it('counts an item recorded as expired as expired, whatever its date says', () => {
      const items = [...without(PoliceClearance), { kind: PoliceClearance, status: Expired, validUntil: '2030-01-01' }];
      expect(readinessOf(items, { today })).toMatchObject({ expired: [PoliceClearance], passportProblem: null, ready: false });
    });

    it('lists missing and expired items separately, in checklist order', () => {
      const items = [done(PoliceClearance, '2020-01-01'), done(MedicalCertificate, '2020-01-01'), done(RussianLanguageTest)];
      expect(readinessOf(items, { today })).toEqual({
        percent: 16,
        done: [RussianLanguageTest],
        missing: [ForeignPassport, MedicalInsurance, PreDepartureOrientation],
        expired: [MedicalCertificate, PoliceClearance],
        passportProblem: null,
        ready: false,
      });
    });

    it('prefers the better of two records of one kind', () => {
      const renewed = [...without(MedicalInsurance), done(MedicalInsurance, '2025-01-01'), done(MedicalInsurance, '2027-01-01')];
      expect(readinessOf(renewed, { today }).ready).toBe(true);
      const renewing = [...without(MedicalInsurance), done(MedicalInsurance, '2025-01-01'), { kind: MedicalInsurance, status: InProgress }];
      expect(readinessOf(renewing, { today }).expired).toEqual([MedicalInsurance]);
    });
  });

  describe('the passport', () => {
    const withPassport = (passport: ChecklistItem) => [...without(ForeignPassport), passport];

    it('without a contract, needs only to be valid today', () => {
      expect(readinessOf(withPassport(done(ForeignPassport, '2026-03-01')), { today }).ready).toBe(true);
      expect(readinessOf(withPassport(done(ForeignPassport, '2026-02-28')), { today })).toMatchObject({
        expired: [ForeignPassport],
        passportProblem: 'passport.expired',
        ready: false,
      });
    });

    it('with a contract, must last its length plus six months from the planned start', () => {
      const contract = { today, plannedStart: '2026-04-01', contractMonths: 12 };
      expect(readinessOf(withPassport(done(ForeignPassport, '2027-10-01')), contract)).toMatchObject({ ready: true, passportProblem: null });
      expect(readinessOf(withPassport(done(ForeignPassport, '2027-09-30')), contract)).toMatchObject({
        percent: 83,
        expired: [ForeignPassport],
        passportProblem: 'passport.expiresBeforeContractEnd',
        ready: false,
      });
      expect(readinessOf(withPassport(done(ForeignPassport, '2026-02-28')), contract).passportProblem).toBe('passport.expired');
    });

    it('takes another margin, none included', () => {
      const contract = { today, plannedStart: '2026-04-01', contractMonths: 12, passportMarginMonths: 0 };
      expect(readinessOf(withPassport(done(ForeignPassport, '2027-04-01')), contract).ready).toBe(true);
      expect(readinessOf(withPassport(done(ForeignPassport, '2027-03-31')), contract).ready).toBe(false);
    });

    it('checks only against today when the start or the length is not known yet', () => {
      const passport = withPassport(done(ForeignPassport, '2026-06-01'));
      expect(readinessOf(passport, { today, plannedStart: '2026-04-01' }).ready).toBe(true);
      expect(readinessOf(passport, { today, contractMonths: 12 }).ready).toBe(true);
    });

    it('is not done without an expiry date, which every passport has', () => {
      expect(readinessOf(withPassport(done(ForeignPassport)), { today })).toMatchObject({
        missing: [ForeignPassport],
        passportProblem: null,
        ready: false,
      });
    });

    it('recorded as expired, says so', () => {
      expect(readinessOf(withPassport({ kind: ForeignPassport, status: Expired }), { today }).passportProblem).toBe('passport.expired');
    });
  });

  it('rejects dates that are not calendar dates', () => {
    expect(() => readinessOf(allDone, { today: '01.03.2026' })).toThrow(RangeError);
    expect(() => readinessOf([done(MedicalCertificate, '2026-02-30')], { today })).toThrow(RangeError);
    expect(() => readinessOf(allDone, { today, plannedStart: '2026-4-1', contractMonths: 12 })).toThrow(RangeError);
  });
});

describe("a candidate's readiness with the passport expiry from the profile", () => {
  const stored = (kind: ChecklistItemKind, validUntil: string | null): StoredChecklistItem => ({
    kind,
    status: Done,
    completedOn: '2026-02-01',
    validUntil,
  });
  const othersDone: StoredChecklistItem[] = allDone
    .filter((item) => item.kind !== ForeignPassport)
    .map((item) => stored(item.kind, item.validUntil ?? null));

  it.each([
    // [passport item's own date, profile's passport expiry, what the passport counts as]
    ['2031-01-01', null, 'done'],
    ['2031-01-01', '2020-01-01', 'done'],
    ['2026-02-28', '2031-01-01', 'expired'],
    [null, '2031-01-01', 'done'],
    [null, '2026-02-28', 'expired'],
    [null, null, 'missing'],
  ] as const)('passport item valid until %s, profile expiry %s: the passport is %s', (itemDate, profileDate, state) => {
    const readiness = candidateReadinessOf([stored(ForeignPassport, itemDate), ...othersDone], profileDate, { today });
    expect({ done: readiness.done.includes(ForeignPassport), expired: readiness.expired, missing: readiness.missing }).toEqual({
      done: state === 'done',
      expired: state === 'expired' ? [ForeignPassport] : [],
      missing: state === 'missing' ? [ForeignPassport] : [],
    });
    expect(readiness.ready).toBe(state === 'done');
  });

  it('lends the expiry to the passport only, and does not make a passport not done into a done one', () => {
    const notDone: StoredChecklistItem = { kind: ForeignPassport, status: InProgress, completedOn: null, validUntil: null };
    const certificate = stored(MedicalCertificate, null);
    const readiness = candidateReadinessOf([notDone, certificate], '2031-01-01', { today });
    expect(readiness.missing).toContain(ForeignPassport);
    expect(readiness.done).toContain(MedicalCertificate);
    expect(candidateReadinessOf([], '2031-01-01', { today }).missing).toEqual(REQUIRED_CHECKLIST_ITEMS);
  });

  it('gives what readinessOf gives for the same items with the dates filled in', () => {
    const items = [stored(ForeignPassport, null), ...othersDone];
    const context = { today, contractMonths: 12, plannedStart: '2026-04-01' };
    expect(candidateReadinessOf(items, '2026-10-01', context)).toEqual(
      readinessOf(
        allDone.map((item) => (item.kind === ForeignPassport ? { ...item, validUntil: '2026-10-01' } : item)),
        context,
      ),
    );
  });
});

describe('readiness by citizenship', () => {
  const programmeDone = [
    done(ForeignPassport, '2031-01-01'),
    done(MedicalCertificate, '2026-08-01'),
    done(PreDepartureOrientation),
    done(PoliceClearance),
  ];

  // [regime, items done, ready?, percent, missing]
  it.each([
    ['EAEU', programmeDone, true, 100, []],
    ['PATENT', programmeDone, false, 66, [MedicalInsurance, RussianLanguageTest]],
    ['PATENT', programmeDone, false, 66, [MedicalInsurance, RussianLanguageTest]],
    ['PATENT', allDone, true, 100, []],
    ['PATENT', allDone, true, 100, []],
    ['EAEU', allDone, true, 100, []],
    ['EAEU', programmeDone.slice(1), false, 75, [ForeignPassport]],
    [null, programmeDone, false, 66, [MedicalInsurance, RussianLanguageTest]],
  ] as const)('a citizen under regime %s with %# items done: ready %s, %s %%, missing %j', (regime, items, ready, percent, missing) => {
    expect(readinessOf(items, { today, regime })).toMatchObject({ ready, percent, missing });
  });

  it('never asks an EAEU (Kyrgyz) citizen for the language exam or an insurance policy, done or not', () => {
    const readiness = readinessOf(programmeDone, { today, regime: 'EAEU' });
    expect([...readiness.done, ...readiness.missing, ...readiness.expired]).not.toContain(RussianLanguageTest);
    expect([...readiness.done, ...readiness.missing, ...readiness.expired]).not.toContain(MedicalInsurance);
  });

  it('lets an explicit list override the regime', () => {
    expect(readinessOf([], { today, regime: 'EAEU', required: [MedicalInsurance] }).missing).toEqual([MedicalInsurance]);
  });

  it('passes the regime through candidateReadinessOf', () => {
    const stored = programmeDone.map((item) => ({ ...item, validUntil: item.validUntil ?? null }));
    expect(candidateReadinessOf(stored, null, { today, regime: 'EAEU' }).ready).toBe(true);
    expect(candidateReadinessOf(stored, null, { today, regime: 'PATENT' }).ready).toBe(false);
  });
});
