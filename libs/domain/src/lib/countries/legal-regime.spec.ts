import { ChecklistItemKind } from '../candidates/checklist-kinds';
import {
  ALL_CHECKLIST_ITEMS,
  AfterArrivalItemKind,
  CITIZENSHIPS,
  COUNTRY_RULES,
  LEGAL_ACTS,
  afterArrivalChecklist,
  isCitizenshipCode,
  legalRegimeOf,
  requiredChecklistItemsFor,
  type CitizenshipCode,
} from './legal-regime';

const { ForeignPassport, MedicalCertificate, MedicalInsurance, PreDepartureOrientation, RussianLanguageTest, PoliceClearance } = ChecklistItemKind;
const { RegistrationAtPlaceOfStay, MedicalExaminationAndFingerprinting, WorkPatent, EmployerNoticeToMinistry } = AfterArrivalItemKind;

describe('citizenships', () => {
  it('are Kyrgyzstan, Uzbekistan and Tajikistan, in that order', () => {
    expect(CITIZENSHIPS).toEqual(['KG', 'UZ', 'TJ']);
  });

  it.each([
    ['KG', true],
    ['UZ', true],
    ['TJ', true],
    ['kg', false],
    ['KZ', false],
    ['RU', false],
    ['', false],
    [null, false],
    [42, false],
  ])('%p is a citizenship: %p', (value, expected) => {
    expect(isCitizenshipCode(value)).toBe(expected);
  });
});

describe('pre-departure checklist by citizenship', () => {
  // [country, regime, required items in checklist order, items waived by law]
  it.each<[CitizenshipCode, string, ChecklistItemKind[], ChecklistItemKind[]]>([
    ['KG', 'EAEU', [ForeignPassport, MedicalCertificate, PreDepartureOrientation, PoliceClearance], [MedicalInsurance, RussianLanguageTest]],
    ['UZ', 'PATENT', [ForeignPassport, MedicalCertificate, MedicalInsurance, PreDepartureOrientation, RussianLanguageTest, PoliceClearance], []],
    ['TJ', 'PATENT', [ForeignPassport, MedicalCertificate, MedicalInsurance, PreDepartureOrientation, RussianLanguageTest, PoliceClearance], []],
  ])('%s (%s regime) requires %j and waives %j', (country, regime, required, waived) => {
    expect(legalRegimeOf(country)).toBe(regime);
    expect(requiredChecklistItemsFor(country)).toEqual(required);
    expect(COUNTRY_RULES[country].waived.map((rule) => rule.kind)).toEqual(waived);
  });

  it('gives Kyrgyz citizens neither the language exam nor a private insurance, citing the EAEU Treaty art. 97 and 326-FZ art. 10', () => {
    expect(COUNTRY_RULES.KG.waived).toEqual([
      { kind: MedicalInsurance, source: { basis: 'law', act: 'FZ_326', article: '10', actDate: '2010-11-29', inForceFrom: null } },
      { kind: RussianLanguageTest, source: { basis: 'law', act: 'EAEU_TREATY', article: '97', actDate: '2014-05-29', inForceFrom: null } },
    ]);
  });

  it.each(CITIZENSHIPS)('labels the police clearance of %s a programme requirement, not a legal one', (country) => {
    const clearance = COUNTRY_RULES[country].checklist.find((rule) => rule.kind === PoliceClearance);
    expect(clearance?.source).toEqual({ basis: 'programme', act: 'PROGRAMME', article: null, actDate: null, inForceFrom: null });
  });

  it.each(['UZ', 'TJ'] as const)('cites 115-FZ art. 15.1 for the language exam of %s, and 115-FZ for the insurance policy', (country) => {
    const byKind = new Map(COUNTRY_RULES[country].checklist.map((rule) => [rule.kind, rule.source]));
    expect(byKind.get(RussianLanguageTest)).toEqual({ basis: 'law', act: 'FZ_115', article: '15.1', actDate: '2002-07-25', inForceFrom: null });
    expect(byKind.get(MedicalInsurance)).toMatchObject({ basis: 'law', act: 'FZ_115' });
  });

  it('names a source for every row, and a known act with its date for every legal one', () => {
    for (const rules of Object.values(COUNTRY_RULES)) {
      for (const row of [...rules.checklist, ...rules.waived, ...rules.afterArrival]) {
        expect(Object.keys(LEGAL_ACTS)).toContain(row.source.act);
        if (row.source.basis === 'law') expect(row.source.actDate).toBe(LEGAL_ACTS[row.source.act].date);
        else expect(row.source.act).toBe('PROGRAMME');
      }
    }
  });

  it.each([null, undefined, 'KZ', 'ZZ'])('asks everything of a country not on the exchange (%p): the strictest list', (country) => {
    expect(requiredChecklistItemsFor(country)).toEqual(ALL_CHECKLIST_ITEMS);
  });

  it('reads a lower-case code as the country', () => {
    expect(requiredChecklistItemsFor('kg')).toEqual(requiredChecklistItemsFor('KG'));
  });
});

describe('after-arrival checklist', () => {
  const kindsAndDates = (items: ReturnType<typeof afterArrivalChecklist>) => items.map((item) => [item.kind, item.party, item.dueOn]);

  it('for a Kyrgyz citizen: registration and the medical examination within 30 days of entry; the employer’s notice once the contract is known', () => {
    expect(kindsAndDates(afterArrivalChecklist('KG', '2027-03-01'))).toEqual([
      [RegistrationAtPlaceOfStay, 'migrant', '2027-03-31'],
      [MedicalExaminationAndFingerprinting, 'migrant', '2027-03-31'],
      [EmployerNoticeToMinistry, 'employer', null],
    ]);
  });

  it.each(['UZ', 'TJ'] as const)('for a citizen of %s: the patent too; dates our legal facts do not state are left empty', (country) => {
    expect(kindsAndDates(afterArrivalChecklist(country, '2027-03-01'))).toEqual([
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
    const notice = afterArrivalChecklist('KG', '2027-03-01', { contractSignedOn }).find((item) => item.kind === EmployerNoticeToMinistry);
    expect(notice?.dueOn).toBe(due);
  });

  it.each([
    ['2027-01-31', '2027-03-02'],
    ['2028-02-01', '2028-03-02'],
    ['2027-12-15', '2028-01-14'],
  ])('counts 30 calendar days across months and years: entry %s → %s', (arrival, due) => {
    const exam = afterArrivalChecklist('UZ', arrival).find((item) => item.kind === MedicalExaminationAndFingerprinting);
    expect(exam?.dueOn).toBe(due);
  });

  it('cites 274-FZ (in force 29.12.2021) for the medical examination and fingerprinting', () => {
    const exam = afterArrivalChecklist('KG', '2027-03-01').find((item) => item.kind === MedicalExaminationAndFingerprinting);
    expect(exam?.source).toEqual({ basis: 'law', act: 'FZ_274', article: null, actDate: '2021-07-01', inForceFrom: '2021-12-29' });
  });

  it('before the entry, lists the items without dates; each deadline still says what it counts from', () => {
    const items = afterArrivalChecklist('TJ', null, { contractSignedOn: '2027-03-05' });
    expect(items.map((item) => [item.kind, item.dueOn, item.deadline?.from ?? null])).toEqual([
      [RegistrationAtPlaceOfStay, null, null],
      [MedicalExaminationAndFingerprinting, null, 'arrival'],
      [WorkPatent, null, null],
      [EmployerNoticeToMinistry, '2027-03-10', 'contract'],
    ]);
  });

  it('refuses dates that are not calendar dates', () => {
    expect(() => afterArrivalChecklist('KG', '01.03.2027')).toThrow(RangeError);
    expect(() => afterArrivalChecklist('KG', '2027-03-01', { contractSignedOn: '2027-02-30' })).toThrow(RangeError);
  });
});
