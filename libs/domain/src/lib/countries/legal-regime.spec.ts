import { ChecklistItemKind } from '../candidates/checklist-kinds';
import {
  ALL_CHECKLIST_ITEMS,
  AfterArrivalItemKind,
  LEGAL_ACTS,
  LEGAL_REGIMES,
  REGIME_RULES,
  afterArrivalChecklist,
  isCountryCodeShape,
  isLegalRegime,
  requiredChecklistItemsFor,
  rulesOfRegime,
  type LegalRegime,
} from './legal-regime';

const { ForeignPassport, MedicalCertificate, MedicalInsurance, PreDepartureOrientation, RussianLanguageTest, PoliceClearance } = ChecklistItemKind;
const { RegistrationAtPlaceOfStay, MedicalExaminationAndFingerprinting, WorkPatent, EmployerNoticeToMinistry } = AfterArrivalItemKind;

describe('legal regimes', () => {
  it('are the EAEU and the patent regime', () => {
    expect(LEGAL_REGIMES).toEqual(['EAEU', 'PATENT']);
  });

  it.each([
    ['EAEU', true],
    ['PATENT', true],
    ['eaeu', false],
    ['KG', false],
    ['', false],
    [null, false],
    [42, false],
  ])('%p is a regime: %p', (value, expected) => {
    expect(isLegalRegime(value)).toBe(expected);
  });

  it.each([
    ['KG', true],
    ['AM', true],
    ['kg', false],
    ['KGZ', false],
    ['', false],
    [null, false],
  ])('%p has the shape of a country code: %p', (value, expected) => {
    expect(isCountryCodeShape(value)).toBe(expected);
  });
});

describe('pre-departure checklist by regime', () => {
  // [regime, required items in checklist order, items waived by law]
  it.each<[LegalRegime, ChecklistItemKind[], ChecklistItemKind[]]>([
    ['EAEU', [ForeignPassport, MedicalCertificate, PreDepartureOrientation, PoliceClearance], [MedicalInsurance, RussianLanguageTest]],
    ['PATENT', [ForeignPassport, MedicalCertificate, MedicalInsurance, PreDepartureOrientation, RussianLanguageTest, PoliceClearance], []],
  ])('the %s regime requires %j and waives %j', (regime, required, waived) => {
    expect(rulesOfRegime(regime).regime).toBe(regime);
    expect(requiredChecklistItemsFor(regime)).toEqual(required);
    expect(REGIME_RULES[regime].waived.map((rule) => rule.kind)).toEqual(waived);
  });

  it('gives EAEU citizens (Kyrgyzstan) neither the language exam nor a private insurance, citing the EAEU Treaty art. 97 and 326-FZ art. 10', () => {
    expect(REGIME_RULES.EAEU.waived).toEqual([
      { kind: MedicalInsurance, source: { basis: 'law', act: 'FZ_326', article: '10', actDate: '2010-11-29', inForceFrom: null } },
      { kind: RussianLanguageTest, source: { basis: 'law', act: 'EAEU_TREATY', article: '97', actDate: '2014-05-29', inForceFrom: null } },
    ]);
  });

  it.each(LEGAL_REGIMES)('labels the police clearance of the %s regime a programme requirement, not a legal one', (regime) => {
    const clearance = REGIME_RULES[regime].checklist.find((rule) => rule.kind === PoliceClearance);
    expect(clearance?.source).toEqual({ basis: 'programme', act: 'PROGRAMME', article: null, actDate: null, inForceFrom: null });
  });

  it('cites 115-FZ art. 15.1 for the language exam of the patent regime, and 115-FZ for the insurance policy', () => {
    const byKind = new Map(REGIME_RULES.PATENT.checklist.map((rule) => [rule.kind, rule.source]));
    expect(byKind.get(RussianLanguageTest)).toEqual({ basis: 'law', act: 'FZ_115', article: '15.1', actDate: '2002-07-25', inForceFrom: null });
    expect(byKind.get(MedicalInsurance)).toMatchObject({ basis: 'law', act: 'FZ_115' });
  });

  it('names a source for every row, and a known act with its date for every legal one', () => {
    for (const rules of Object.values(REGIME_RULES)) {
      for (const row of [...rules.checklist, ...rules.waived, ...rules.afterArrival]) {
        expect(Object.keys(LEGAL_ACTS)).toContain(row.source.act);
        if (row.source.basis === 'law') expect(row.source.actDate).toBe(LEGAL_ACTS[row.source.act].date);
        else expect(row.source.act).toBe('PROGRAMME');
      }
    }
  });

  it.each([null, undefined])('asks everything where no regime is known (%p: a country not on the exchange): the strictest list', (regime) => {
    expect(requiredChecklistItemsFor(regime)).toEqual(ALL_CHECKLIST_ITEMS);
  });
});

describe('after-arrival checklist', () => {
  const kindsAndDates = (items: ReturnType<typeof afterArrivalChecklist>) => items.map((item) => [item.kind, item.party, item.dueOn]);

  it('under the EAEU regime (Kyrgyzstan): registration and the medical examination within 30 days of entry; the employer’s notice once the contract is known', () => {
    expect(kindsAndDates(afterArrivalChecklist('EAEU', '2027-03-01'))).toEqual([
      [RegistrationAtPlaceOfStay, 'migrant', '2027-03-31'],
      [MedicalExaminationAndFingerprinting, 'migrant', '2027-03-31'],
      [EmployerNoticeToMinistry, 'employer', null],
    ]);
  });

  it('under the patent regime (Uzbekistan, Tajikistan): the patent too; dates our legal facts do not state are left empty', () => {
    expect(kindsAndDates(afterArrivalChecklist('PATENT', '2027-03-01'))).toEqual([
      [RegistrationAtPlaceOfStay, 'migrant', null],
      [MedicalExaminationAndFingerprinting, 'migrant', '2027-03-31'],
      [WorkPatent, 'migrant', null],
      [EmployerNoticeToMinistry, 'employer', null],
    ]);
  });

  it.each([
    // [contract concluded on, the employer's last day: 3 working days later, weekends skipped]
    ['2027-03-01', '2027-03-04'], // Monday → Thursday
    ['2027-03-04', '2027-03-09'], // Thursday → Tuesday
    ['2027-03-05', '2027-03-10'], // Friday → Wednesday
    ['2027-03-06', '2027-03-10'], // Saturday → Wednesday
  ])('counts the employer’s notice from a contract of %s: due %s', (contractSignedOn, due) => {
    const notice = afterArrivalChecklist('EAEU', '2027-03-01', { contractSignedOn }).find((item) => item.kind === EmployerNoticeToMinistry);
    expect(notice?.dueOn).toBe(due);
  });

  it.each([
    ['2027-01-31', '2027-03-02'],
    ['2028-02-01', '2028-03-02'],
    ['2027-12-15', '2028-01-14'],
  ])('counts 30 calendar days across months and years: entry %s → %s', (arrival, due) => {
    const exam = afterArrivalChecklist('PATENT', arrival).find((item) => item.kind === MedicalExaminationAndFingerprinting);
    expect(exam?.dueOn).toBe(due);
  });

  it('cites 274-FZ (in force 29.12.2021) for the medical examination and fingerprinting', () => {
    const exam = afterArrivalChecklist('EAEU', '2027-03-01').find((item) => item.kind === MedicalExaminationAndFingerprinting);
    expect(exam?.source).toEqual({ basis: 'law', act: 'FZ_274', article: null, actDate: '2021-07-01', inForceFrom: '2021-12-29' });
  });

  it('before the entry, lists the items without dates; each deadline still says what it counts from', () => {
    const items = afterArrivalChecklist('PATENT', null, { contractSignedOn: '2027-03-05' });
    expect(items.map((item) => [item.kind, item.dueOn, item.deadline?.from ?? null])).toEqual([
      [RegistrationAtPlaceOfStay, null, null],
      [MedicalExaminationAndFingerprinting, null, 'arrival'],
      [WorkPatent, null, null],
      [EmployerNoticeToMinistry, '2027-03-10', 'contract'],
    ]);
  });

  it('refuses dates that are not calendar dates', () => {
    expect(() => afterArrivalChecklist('EAEU', '01.03.2027')).toThrow(RangeError);
    expect(() => afterArrivalChecklist('EAEU', '2027-03-01', { contractSignedOn: '2027-02-30' })).toThrow(RangeError);
  });
});
