import {
  ALL_CANDIDATE_FLAGS,
  CandidateFlag,
  flagsForCandidate,
  isEmployerSuspended,
  isReadinessIncomplete,
  isUnder18,
  isWageBelowFloor,
  passportExpiresBeforeContractEnd,
  passportInAnotherOpenBatch,
  type CandidateFlagInput,
} from './candidate-flags';
import { ChecklistItemKind, ChecklistItemStatus, REQUIRED_CHECKLIST_ITEMS, type ChecklistItem } from '../candidates/readiness';
import { CompanyStatus } from '../employers/company-verification';

const TODAY = '2026-03-02';
const PASSPORT_VALID_UNTIL = '2030-01-01';

/** Every required item done and valid for years. */
const READY: readonly ChecklistItem[] = REQUIRED_CHECKLIST_ITEMS.map((kind) => ({
  kind,
  status: ChecklistItemStatus.Done,
  completedOn: '2026-01-15',
  ...(kind === ChecklistItemKind.ForeignPassport ? { validUntil: PASSPORT_VALID_UNTIL } : {}),
}));

/** Moscow pays 39 730 from 2026; the vacancy pays more. 12 months from 1 April 2026 plus 6: passport to 2027-10-01. */
const VACANCY = { startDate: '2026-04-01', contractMonths: 12, monthlyWageRoubles: 60_000, regionCode: '77' };

const CLEAN: CandidateFlagInput = {
  today: TODAY,
  birthDate: '1995-06-10',
  checklist: READY,
  passportExpiresOn: PASSPORT_VALID_UNTIL,
  passportIndex: 'idx-own',
  otherOpenBatchPassportIndexes: new Set(['idx-other']),
  vacancy: VACANCY,
  employerStatus: CompanyStatus.Verified,
};

describe('candidate flags', () => {
  it('are shown in a fixed order', () => {
    expect(ALL_CANDIDATE_FLAGS).toEqual([
      'READINESS_INCOMPLETE',
      'PASSPORT_EXPIRES_BEFORE_CONTRACT_END',
      'PASSPORT_IN_ANOTHER_OPEN_BATCH',
      'DUPLICATE_PASSPORT',
      'UNDER_18',
      'EMPLOYER_SUSPENDED',
      'WAGE_BELOW_FLOOR',
    ]);
  });

  it('raises nothing for a ready adult with a long passport, a verified employer and a fair wage', () => {
    expect(flagsForCandidate(CLEAN)).toEqual([]);
  });

  it.each<[string, Partial<CandidateFlagInput>, CandidateFlag[]]>([
    ['a checklist item missing', { checklist: READY.slice(1) }, [CandidateFlag.ReadinessIncomplete]],
    ['a short passport', { passportExpiresOn: '2027-09-30' }, [CandidateFlag.PassportExpiresBeforeContractEnd]],
    ['the passport in another batch', { passportIndex: 'idx-other' }, [CandidateFlag.PassportInAnotherOpenBatch]],
    ['a passport another profile holds', { duplicatePassportIndexes: new Set(['idx-own']) }, [CandidateFlag.DuplicatePassport]],
    ['a duplicate of somebody else’s passport', { duplicatePassportIndexes: new Set(['idx-third']) }, []],
    ['a minor', { birthDate: '2008-03-03' }, [CandidateFlag.Under18]],
    ['a suspended employer', { employerStatus: CompanyStatus.Suspended }, [CandidateFlag.EmployerSuspended]],
    ['a low wage', { vacancy: { ...VACANCY, monthlyWageRoubles: 39_729 } }, [CandidateFlag.WageBelowFloor]],
    ['no birth date', { birthDate: null }, [CandidateFlag.ReadinessIncomplete]],
    ['no passport expiry', { passportExpiresOn: null }, [CandidateFlag.ReadinessIncomplete]],
    ['no passport number', { passportIndex: null }, [CandidateFlag.ReadinessIncomplete]],
  ])('raises exactly the flag of %s', (_, change, expected) => {
    expect(flagsForCandidate({ ...CLEAN, ...change })).toEqual(expected);
  });

  it('raises every flag at once, in the fixed order', () => {
    const input: CandidateFlagInput = {
      today: TODAY,
      birthDate: '2010-01-01',
      checklist: [],
      passportExpiresOn: '2026-06-01',
      passportIndex: 'idx-other',
      otherOpenBatchPassportIndexes: new Set(['idx-other']),
      duplicatePassportIndexes: new Set(['idx-other']),
      vacancy: { ...VACANCY, monthlyWageRoubles: 20_000 },
      employerStatus: CompanyStatus.Suspended,
    };
    expect(flagsForCandidate(input)).toEqual(ALL_CANDIDATE_FLAGS);
  });

  it('passes the passport margin on', () => {
    const input = { ...CLEAN, passportExpiresOn: '2027-04-01' };
    expect(flagsForCandidate(input)).toEqual([CandidateFlag.PassportExpiresBeforeContractEnd]);
    expect(flagsForCandidate({ ...input, passportMarginMonths: 0 })).toEqual([]);
  });
});

describe('readiness incomplete', () => {
  const base = { today: TODAY, checklist: READY, birthDate: '1995-06-10', passportExpiresOn: PASSPORT_VALID_UNTIL, passportIndex: 'idx' };

  it('is not raised for a complete, valid checklist and a complete profile', () => {
    expect(isReadinessIncomplete(base)).toBe(false);
  });

  it.each([ChecklistItemStatus.NotStarted, ChecklistItemStatus.InProgress, ChecklistItemStatus.Expired])('is raised for an item %s', (status) => {
    const checklist = READY.map((item) => (item.kind === ChecklistItemKind.MedicalCertificate ? { ...item, status } : item));
    expect(isReadinessIncomplete({ ...base, checklist })).toBe(true);
  });

  it('is raised for a certificate valid until yesterday, not for one valid until today', () => {
    const withCertificateUntil = (validUntil: string) =>
      READY.map((item) => (item.kind === ChecklistItemKind.MedicalCertificate ? { ...item, validUntil } : item));
    expect(isReadinessIncomplete({ ...base, checklist: withCertificateUntil('2026-03-01') })).toBe(true);
    expect(isReadinessIncomplete({ ...base, checklist: withCertificateUntil(TODAY) })).toBe(false);
  });

  it.each([
    // [the regime of the citizenship, raised without the language exam and the insurance policy]
    ['EAEU', false],
    ['PATENT', true],
    [null, true],
  ] as const)(
    "judges the checklist by the regime of the candidate's citizenship (%s): raised without the exam and the policy: %s",
    (regime, raised) => {
      const checklist = READY.filter(
        (item) => item.kind !== ChecklistItemKind.RussianLanguageTest && item.kind !== ChecklistItemKind.MedicalInsurance,
      );
      expect(isReadinessIncomplete({ ...base, checklist, regime })).toBe(raised);
    },
  );

  it('judges the checklist passport on today, leaving the contract to its own flag', () => {
    const checklist = READY.map((item) => (item.kind === ChecklistItemKind.ForeignPassport ? { ...item, validUntil: '2026-06-01' } : item));
    expect(isReadinessIncomplete({ ...base, checklist })).toBe(false);
  });

  it.each(['birthDate', 'passportExpiresOn', 'passportIndex'] as const)('is raised when %s is unknown', (field) => {
    expect(isReadinessIncomplete({ ...base, [field]: null })).toBe(true);
  });
});

describe('passport expiring before the contract ends', () => {
  // 1 April 2026 + 12 months + 6 months of margin.
  it.each([
    ['2027-10-01', false],
    ['2027-09-30', true],
    ['2035-01-01', false],
    // Expired already: certainly too short.
    ['2026-03-01', true],
    ['2026-03-02', true],
  ])('expiring on %s: %p', (expiresOn, flagged) => {
    expect(passportExpiresBeforeContractEnd(expiresOn, TODAY, VACANCY)).toBe(flagged);
  });

  it('takes another margin, none included', () => {
    expect(passportExpiresBeforeContractEnd('2027-04-01', TODAY, VACANCY, 0)).toBe(false);
    expect(passportExpiresBeforeContractEnd('2027-03-31', TODAY, VACANCY, 0)).toBe(true);
  });

  it('clamps a contract ending in a shorter month', () => {
    const vacancy = { startDate: '2026-08-31', contractMonths: 12 };
    expect(passportExpiresBeforeContractEnd('2028-02-29', TODAY, vacancy)).toBe(false);
    expect(passportExpiresBeforeContractEnd('2028-02-28', TODAY, vacancy)).toBe(true);
  });

  it('is not raised for an unknown expiry date', () => {
    expect(passportExpiresBeforeContractEnd(null, TODAY, VACANCY)).toBe(false);
  });

  it('rejects what is not a calendar date', () => {
    expect(() => passportExpiresBeforeContractEnd('01.10.2027', TODAY, VACANCY)).toThrow(RangeError);
  });
});

describe('passport in another open batch', () => {
  const others = new Set(['idx-1', 'idx-2']);

  it.each([
    ['idx-1', true],
    ['idx-2', true],
    ['idx-3', false],
    // Blind indexes are compared exactly; normalising the number is done before indexing it.
    ['IDX-1', false],
    [null, false],
  ])('%p: %p', (index, flagged) => {
    expect(passportInAnotherOpenBatch(index, others)).toBe(flagged);
  });

  it('is not raised when no other batch is open', () => {
    expect(passportInAnotherOpenBatch('idx-1', new Set())).toBe(false);
  });
});

describe('under 18', () => {
  it.each([
    ['2008-03-03', true],
    ['2008-03-02', false],
    ['2008-03-01', false],
    ['1960-01-01', false],
    ['2026-03-02', true],
    // Born on 29 February: 18 on 28 February of a common year.
    ['2008-02-29', false],
  ])('born %s, on 2 March 2026: %p', (birthDate, flagged) => {
    expect(isUnder18(birthDate, TODAY)).toBe(flagged);
  });

  it('turns 18 on 28 February for a 29 February child', () => {
    expect(isUnder18('2008-02-29', '2026-02-27')).toBe(true);
    expect(isUnder18('2008-02-29', '2026-02-28')).toBe(false);
  });

  it('is judged today, even when the migrant turns 18 before the start date', () => {
    expect(isUnder18('2008-03-20', TODAY)).toBe(true);
  });

  it('is raised for a birth date after today, which nobody can be shown to be an adult with', () => {
    expect(isUnder18('2026-03-03', TODAY)).toBe(true);
  });

  it('is not raised for an unknown birth date', () => {
    expect(isUnder18(null, TODAY)).toBe(false);
  });

  it('rejects what is not a calendar date', () => {
    expect(() => isUnder18('2008-02-30', TODAY)).toThrow(RangeError);
    expect(() => isUnder18('2008-03-01', '02.03.2026')).toThrow(RangeError);
  });
});

describe('employer suspended', () => {
  it.each([
    [CompanyStatus.Verified, false],
    [CompanyStatus.Suspended, true],
    [CompanyStatus.Pending, true],
    [CompanyStatus.Rejected, true],
  ])('%s: %p', (status, flagged) => {
    expect(isEmployerSuspended(status)).toBe(flagged);
  });
});

describe('wage below the floor', () => {
  it.each([
    // Moscow 2026: 39 730.
    [39_730, '77', false],
    [39_729, '77', true],
    // No regional minimum recorded for Sverdlovsk Oblast: the federal 27 093.
    [27_093, '66', false],
    [27_092, '66', true],
    [27_093, null, false],
    [Number.NaN, null, true],
    [0, null, true],
  ])('%p roubles in %p from 1 April 2026: %p', (monthlyWageRoubles, regionCode, flagged) => {
    expect(isWageBelowFloor({ startDate: '2026-04-01', monthlyWageRoubles, regionCode }, TODAY)).toBe(flagged);
  });

  it('uses the floor of the start date when it is still ahead', () => {
    // Decided in December 2025 for a January start: the 2026 floor applies.
    expect(isWageBelowFloor({ startDate: '2026-01-15', monthlyWageRoubles: 25_000, regionCode: '66' }, '2025-12-20')).toBe(true);
    expect(isWageBelowFloor({ startDate: '2025-12-31', monthlyWageRoubles: 25_000, regionCode: '66' }, '2025-12-20')).toBe(false);
  });

  it('uses the floor of today once the start date has passed, so a new year’s МРОТ catches an old vacancy', () => {
    const vacancy = { startDate: '2025-11-01', monthlyWageRoubles: 25_000, regionCode: '66' };
    expect(isWageBelowFloor(vacancy, '2025-12-31')).toBe(false);
    expect(isWageBelowFloor(vacancy, '2026-01-01')).toBe(true);
  });

  it('rejects a start date the minimum wage table does not reach, and what is not a date', () => {
    expect(() => isWageBelowFloor({ startDate: '2022-06-01', monthlyWageRoubles: 50_000, regionCode: null }, '2022-01-01')).toThrow(RangeError);
    expect(() => isWageBelowFloor({ startDate: '2026-04-01', monthlyWageRoubles: 50_000, regionCode: null }, '2026/03/02')).toThrow(RangeError);
  });
});
