/**
 * What Russian law (and, labelled apart, our recruitment programme) asks of a migrant by citizenship: before departure
 * and after arrival. A table of data, each row naming its source; the facts are those of docs/legal-facts.md.
 */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { assertIsoDate } from '../vacancies/wage-floor';
import { addCalendarDays } from '../candidates/calendar-dates';
import { addWorkingDays } from '../applications/expected-duration';
import { ChecklistItemKind } from '../candidates/checklist-kinds';

/** A country a migrant may be a citizen of (ISO 3166-1 alpha-2): one of the active rows of `origin_countries`. */
export type CitizenshipCode = string;

/** The shape of an ISO 3166-1 alpha-2 code; whether the exchange takes the country is data (origin_countries). */
export function isCountryCodeShape(value: unknown): value is CitizenshipCode {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value);
}

/** EAEU: free access to the labour market (EAEU Treaty art. 97). PATENT: a work patent under Federal Law 115-FZ. */
export const LEGAL_REGIMES = ['EAEU', 'PATENT'] as const;
export type LegalRegime = (typeof LEGAL_REGIMES)[number];

export function isLegalRegime(value: unknown): value is LegalRegime {
  return typeof value === 'string' && (LEGAL_REGIMES as readonly string[]).includes(value);
}

/**
 * The acts rows cite. `date` is the act's own date; `inForceFrom` where the rule cited started later. The web names
 * an act by its code in the reader's language ('legal.act.<CODE>').
 */
export const LEGAL_ACTS = {
  EAEU_TREATY: { title: 'Договор о Евразийском экономическом союзе', date: '2014-05-29' },
  // The date of 115-FZ is the law's own (25.07.2002); law.md names the law and article 15.1, not the date.
  FZ_115: { title: 'Федеральный закон № 115-ФЗ «О правовом положении иностранных граждан в Российской Федерации»', date: '2002-07-25' },
  FZ_274: { title: 'Федеральный закон от 01.07.2021 № 274-ФЗ (изменения в 115-ФЗ)', date: '2021-07-01' },
  // The date of 326-FZ is the law's own (29.11.2010); law.md names the law and article 10, not the date.
  FZ_326: { title: 'Федеральный закон № 326-ФЗ «Об обязательном медицинском страховании в Российской Федерации»', date: '2010-11-29' },
  PROGRAMME: { title: 'Правила программы оргнабора Jumush (требование программы, не закона)', date: null },
} as const satisfies Record<string, { title: string; date: IsoDate | null }>;
export type LegalActCode = keyof typeof LEGAL_ACTS;

/** Where a requirement comes from. A programme requirement is ours (the attaché's recruitment programme), not the law's. */
export interface RequirementSource {
  basis: 'law' | 'programme';
  act: LegalActCode;
  /** The article (and paragraph) where we checked it; null where our legal facts do not name one. */
  article: string | null;
  /** The act's date, so the line can be checked against the official text. */
  actDate: IsoDate | null;
  /** Where the rule started later than the act (an amendment's entry into force). */
  inForceFrom: IsoDate | null;
}

function law(act: Exclude<LegalActCode, 'PROGRAMME'>, article: string | null, inForceFrom: IsoDate | null = null): RequirementSource {
  return { basis: 'law', act, article, actDate: LEGAL_ACTS[act].date, inForceFrom };
}

const PROGRAMME: RequirementSource = { basis: 'programme', act: 'PROGRAMME', article: null, actDate: null, inForceFrom: null };

/** A pre-departure checklist item a country's citizens need, and why. */
export interface ChecklistRule {
  kind: ChecklistItemKind;
  source: RequirementSource;
}

/** An item the checklist leaves out for a country's citizens, and the source that says they need not. */
export interface WaivedRule {
  kind: ChecklistItemKind;
  source: RequirementSource;
}

export enum AfterArrivalItemKind {
  /** Registration at the place of stay (migration registration). */
  RegistrationAtPlaceOfStay = 'REGISTRATION_AT_PLACE_OF_STAY',
  /** Medical examination in an authorised Russian clinic, fingerprinting and a photograph. */
  MedicalExaminationAndFingerprinting = 'MEDICAL_EXAMINATION_AND_FINGERPRINTING',
  /** The patent for work, kept valid by monthly advance payments. */
  WorkPatent = 'WORK_PATENT',
  /** The employer's notice to the Ministry of Internal Affairs that the contract was concluded. */
  EmployerNoticeToMinistry = 'EMPLOYER_NOTICE_TO_MINISTRY',
}

/** How a deadline is counted: so many days from the day of entry, or from the day the contract is concluded. */
export interface DeadlineRule {
  days: number;
  count: 'calendarDays' | 'workingDays';
  from: 'arrival' | 'contract';
}

export interface AfterArrivalRule {
  kind: AfterArrivalItemKind;
  /** Who must do it. */
  party: 'migrant' | 'employer';
  /** Null where the law sets a period our legal facts do not state: the item is shown without a date. */
  deadline: DeadlineRule | null;
  source: RequirementSource;
}

/** One regime's rule set: a country picks one (origin_countries.legal_regime). */
export interface RegimeRules {
  regime: LegalRegime;
  /** In checklist order. */
  checklist: readonly ChecklistRule[];
  waived: readonly WaivedRule[];
  afterArrival: readonly AfterArrivalRule[];
}

const { ForeignPassport, MedicalCertificate, MedicalInsurance, PreDepartureOrientation, RussianLanguageTest, PoliceClearance } = ChecklistItemKind;

/** Asked by the programme of every migrant, whatever the citizenship: the law asks none of them before departure. */
const PROGRAMME_ITEMS: readonly ChecklistRule[] = [
  // The approval letter and the passport-validity check need a foreign passport; entry rules differ by country.
  { kind: ForeignPassport, source: PROGRAMME },
  // A certificate from home; the legal examination is done in Russia after arrival (see afterArrival).
  { kind: MedicalCertificate, source: PROGRAMME },
  { kind: PreDepartureOrientation, source: PROGRAMME },
  // A police clearance is the programme's requirement, not a legal one.
  { kind: PoliceClearance, source: PROGRAMME },
];

const MEDICAL_EXAMINATION: AfterArrivalRule = {
  kind: AfterArrivalItemKind.MedicalExaminationAndFingerprinting,
  party: 'migrant',
  // Within 30 days of entry: 115-FZ as amended by 274-FZ of 01.07.2021, in force 29.12.2021.
  deadline: { days: 30, count: 'calendarDays', from: 'arrival' },
  source: law('FZ_274', null, '2021-12-29'),
};

const EMPLOYER_NOTICE: AfterArrivalRule = {
  kind: AfterArrivalItemKind.EmployerNoticeToMinistry,
  party: 'employer',
  // Within 3 working days of concluding (or ending) the contract.
  deadline: { days: 3, count: 'workingDays', from: 'contract' },
  source: law('FZ_115', null),
};

/** The patent regime (Uzbekistan, Tajikistan). */
function patentRules(): RegimeRules {
  return {
    regime: 'PATENT',
    checklist: inChecklistOrder([
      ...PROGRAMME_ITEMS,
      // A voluntary medical insurance policy for the patent's term.
      { kind: MedicalInsurance, source: law('FZ_115', null) },
      // The Russian language, history and law exam: a condition of the patent.
      { kind: RussianLanguageTest, source: law('FZ_115', '15.1') },
    ]),
    waived: [],
    afterArrival: [
      // Within "the legal period"; our legal facts do not state it, so no date is shown.
      { kind: AfterArrivalItemKind.RegistrationAtPlaceOfStay, party: 'migrant', deadline: null, source: law('FZ_115', null) },
      MEDICAL_EXAMINATION,
      // Bought, then kept valid by monthly advance payments; the application deadline is not in our legal facts.
      { kind: AfterArrivalItemKind.WorkPatent, party: 'migrant', deadline: null, source: law('FZ_115', null) },
      EMPLOYER_NOTICE,
    ],
  };
}

const CHECKLIST_ORDER: readonly ChecklistItemKind[] = Object.values(ChecklistItemKind);

function inChecklistOrder(rules: readonly ChecklistRule[]): ChecklistRule[] {
  return [...rules].sort((a, b) => CHECKLIST_ORDER.indexOf(a.kind) - CHECKLIST_ORDER.indexOf(b.kind));
}

/** The table: one row per regime. */
export const REGIME_RULES: Readonly<Record<LegalRegime, RegimeRules>> = {
  // The EAEU regime (Kyrgyzstan, Armenia, Kazakhstan, Belarus).
  EAEU: {
    regime: 'EAEU',
    checklist: inChecklistOrder(PROGRAMME_ITEMS),
    waived: [
      // Compulsory medical insurance comes with the employment contract: a private policy is not a legal condition.
      { kind: MedicalInsurance, source: law('FZ_326', '10') },
      // No work permit or patent, so no language exam (that exam is a condition of a patent: 115-FZ art. 15.1).
      { kind: RussianLanguageTest, source: law('EAEU_TREATY', '97') },
    ],
    afterArrival: [
      // Not needed for the first 30 days after entry, needed after that.
      {
        kind: AfterArrivalItemKind.RegistrationAtPlaceOfStay,
        party: 'migrant',
        deadline: { days: 30, count: 'calendarDays', from: 'arrival' },
        source: law('EAEU_TREATY', '97'),
      },
      MEDICAL_EXAMINATION,
      EMPLOYER_NOTICE,
    ],
  },
  PATENT: patentRules(),
};

/** Checked when the module loads: a kind is either required or waived, never both, and none twice. */
for (const rules of Object.values(REGIME_RULES)) {
  const kinds = [...rules.checklist, ...rules.waived].map((rule) => rule.kind);
  if (new Set(kinds).size !== kinds.length) throw new Error(`Checklist rules of ${rules.regime} name a kind twice`);
  const lawRows = [...rules.checklist, ...rules.waived, ...rules.afterArrival].filter((row) => row.source.basis === 'law');
  if (lawRows.some((row) => row.source.act === 'PROGRAMME')) throw new Error(`A legal row of ${rules.regime} cites the programme`);
}

export function rulesOfRegime(regime: LegalRegime): RegimeRules {
  return REGIME_RULES[regime];
}

/** Every kind any country requires, in checklist order: the list for a country not on the exchange, the strictest. */
export const ALL_CHECKLIST_ITEMS: readonly ChecklistItemKind[] = CHECKLIST_ORDER;

/**
 * The pre-departure items a citizen of a country under `regime` must have done, in checklist order; without a regime
 * (a country not on the exchange) all of them.
 */
export function requiredChecklistItemsFor(regime: LegalRegime | null | undefined): readonly ChecklistItemKind[] {
  return regime ? REGIME_RULES[regime].checklist.map((rule) => rule.kind) : ALL_CHECKLIST_ITEMS;
}

export interface AfterArrivalItem extends AfterArrivalRule {
  /** The last day to do it; null when it counts from a day not known yet (the entry, the contract) or the law's period is not stated. */
  dueOn: IsoDate | null;
}

function dueOn(deadline: DeadlineRule | null, arrivalDate: IsoDate | null, contractSignedOn: IsoDate | null): IsoDate | null {
  if (deadline === null) return null;
  const start = deadline.from === 'arrival' ? arrivalDate : contractSignedOn;
  if (start === null) return null;
  // "Within N days of" counts from the day after: entry on 1 March, 30 days → 31 March is the last day.
  return deadline.count === 'calendarDays' ? addCalendarDays(start, deadline.days) : addWorkingDays(start, deadline.days);
}

/**
 * What the law asks on arrival, with the last day of each: days counted from the date of entry (and, for the
 * employer's notice, from the contract, when known). Before the entry (an approved migrant still at home) the items
 * come without dates: each deadline still says what it counts from. Working days skip Saturdays and Sundays only: Russia's public
 * holidays are not modelled, so a date may come a day or two early, never late.
 */
export function afterArrivalChecklist(
  regime: LegalRegime,
  arrivalDate: IsoDate | null,
  options: { contractSignedOn?: IsoDate | null } = {},
): AfterArrivalItem[] {
  if (arrivalDate !== null) assertIsoDate(arrivalDate);
  const contractSignedOn = options.contractSignedOn ?? null;
  if (contractSignedOn !== null) assertIsoDate(contractSignedOn);
  return REGIME_RULES[regime].afterArrival.map((rule) => ({ ...rule, dueOn: dueOn(rule.deadline, arrivalDate, contractSignedOn) }));
}
