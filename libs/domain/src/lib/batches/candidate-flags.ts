/** Warnings shown to the attaché beside each migrant of a batch: what to look at twice, never what blocks a decision. */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { assertIsoDate, wageProblem } from '../vacancies/wage-floor';
import { CompanyStatus, isVerifiedCompany } from '../employers/company-verification';
import { readinessOf, type ChecklistItem } from '../candidates/readiness';
import { PASSPORT_MARGIN_MONTHS, passportValidityProblem } from '../candidates/passport-validity';
import { ADULT_AGE, isAdultOn } from '../candidates/age';
import type { LegalRegime } from '../countries/legal-regime';

/**
 * In the order they are shown. A flag states a fact we know. Where a datum is missing, the specific flag is not
 * raised (an unknown birth date does not make someone a minor); the missing datum raises READINESS_INCOMPLETE.
 */
export enum CandidateFlag {
  /** The pre-departure checklist is not complete and valid today, or the profile lacks a birth date or passport. */
  ReadinessIncomplete = 'READINESS_INCOMPLETE',
  /** Expired already, or not valid for the contract plus the margin (see passportValidityProblem). */
  PassportExpiresBeforeContractEnd = 'PASSPORT_EXPIRES_BEFORE_CONTRACT_END',
  /** The same passport is in another batch that has not been decided: approving both would promise one person twice. */
  PassportInAnotherOpenBatch = 'PASSPORT_IN_ANOTHER_OPEN_BATCH',
  /**
   * Another profile of the same country holds the same passport number: one of them typed it wrong, or used
   * someone else's. The profile wizard saves both rather than tell anyone that a number is held (an oracle).
   */
  DuplicatePassport = 'DUPLICATE_PASSPORT',
  Under18 = 'UNDER_18',
  /** The employer may not recruit now. */
  EmployerSuspended = 'EMPLOYER_SUSPENDED',
  /** The vacancy's wage is below the floor the migrant would be paid under. */
  WageBelowFloor = 'WAGE_BELOW_FLOOR',
}

export const ALL_CANDIDATE_FLAGS: readonly CandidateFlag[] = Object.values(CandidateFlag);

/**
 * Flags the attaché alone sees (see candidateFlagsShownTo): each tells something about the migrant outside this
 * employer's business (they applied to another company; their passport number is held by another profile).
 */
export const ATTACHE_ONLY_CANDIDATE_FLAGS: readonly CandidateFlag[] = [CandidateFlag.PassportInAnotherOpenBatch, CandidateFlag.DuplicatePassport];

export interface FlaggedVacancy {
  startDate: IsoDate;
  contractMonths: number;
  monthlyWageRoubles: number;
  regionCode: string | null;
}

export interface CandidateFlagInput {
  today: IsoDate;
  birthDate: IsoDate | null;
  /** The migrant's pre-departure checklist (see readinessOf). */
  checklist: readonly ChecklistItem[];
  /** The legal regime of the migrant's citizenship: its rule set decides which checklist items count (see requiredChecklistItemsFor). */
  regime?: LegalRegime | null;
  /** The last day the foreign passport of the profile is valid. */
  passportExpiresOn: IsoDate | null;
  /** Blind index of the passport number, as stored; compared as is. */
  passportIndex: string | null;
  /** Blind indexes of the passports in every other open batch (see isOpenBatch); this batch's own must be left out. */
  otherOpenBatchPassportIndexes: ReadonlySet<string>;
  /** Blind indexes held by more than one profile of the batch's country. Defaults to none. */
  duplicatePassportIndexes?: ReadonlySet<string>;
  vacancy: FlaggedVacancy;
  employerStatus: CompanyStatus;
  /** Defaults to PASSPORT_MARGIN_MONTHS. */
  passportMarginMonths?: number;
}

/**
 * Whether the checklist is not complete today, or the profile lacks what the other flags need. Readiness is judged
 * on today alone, not against the contract: a passport too short for the contract has its own flag, and the
 * attaché should not read one problem as two.
 */
export function isReadinessIncomplete(
  input: Pick<CandidateFlagInput, 'today' | 'checklist' | 'birthDate' | 'passportExpiresOn' | 'passportIndex' | 'regime'>,
): boolean {
  const missingData = input.birthDate === null || input.passportExpiresOn === null || input.passportIndex === null;
  return missingData || !readinessOf(input.checklist, { today: input.today, regime: input.regime ?? null }).ready;
}

/**
 * Whether the passport lapses before the contract's end plus the margin, or has lapsed already. A passport valid
 * exactly until the required day is long enough. Unknown expiry: not raised here (see isReadinessIncomplete).
 */
export function passportExpiresBeforeContractEnd(
  passportExpiresOn: IsoDate | null,
  today: IsoDate,
  vacancy: Pick<FlaggedVacancy, 'startDate' | 'contractMonths'>,
  marginMonths: number = PASSPORT_MARGIN_MONTHS,
): boolean {
  if (passportExpiresOn === null) return false;
  return (
    passportValidityProblem({
      expiresOn: passportExpiresOn,
      today,
      contractMonths: vacancy.contractMonths,
      startDate: vacancy.startDate,
      marginMonths,
    }) !== null
  );
}

export function passportInAnotherOpenBatch(passportIndex: string | null, otherOpenBatchPassportIndexes: ReadonlySet<string>): boolean {
  return passportIndex !== null && otherOpenBatchPassportIndexes.has(passportIndex);
}

/** Whether another profile holds the same passport number (its blind index is among the duplicated ones). */
export function isDuplicatePassport(passportIndex: string | null, duplicatePassportIndexes: ReadonlySet<string>): boolean {
  return passportIndex !== null && duplicatePassportIndexes.has(passportIndex);
}

/**
 * Under 18 today, the day of the decision, even if 18 by the start date: the attaché decides about the person as
 * they are. 18 on the birthday itself. A birth date after today is impossible data and is flagged: nobody can be
 * shown to be an adult with it. Unknown birth date: not raised here (see isReadinessIncomplete).
 */
export function isUnder18(birthDate: IsoDate | null, today: IsoDate): boolean {
  if (birthDate === null) return false;
  assertIsoDate(birthDate);
  assertIsoDate(today);
  return birthDate > today || !isAdultOn(birthDate, today, ADULT_AGE);
}

/**
 * Any status but verified, though a recruiting employer can only stop being verified by a suspension (the company
 * workflow has no other way out of VERIFIED).
 */
export function isEmployerSuspended(employerStatus: CompanyStatus): boolean {
  return !isVerifiedCompany(employerStatus);
}

/**
 * Whether the wage is below the floor in force when the migrant starts work: on the vacancy's start date, or today
 * if that has passed. So a vacancy approved in December at the old МРОТ is flagged for a batch decided after a new
 * one came into force on 1 January. A wage exactly at the floor is fine, as when the vacancy was approved
 * (see wageProblem).
 */
export function isWageBelowFloor(vacancy: Pick<FlaggedVacancy, 'startDate' | 'monthlyWageRoubles' | 'regionCode'>, today: IsoDate): boolean {
  assertIsoDate(vacancy.startDate);
  assertIsoDate(today);
  const firstWorkingDay = vacancy.startDate > today ? vacancy.startDate : today;
  return wageProblem(vacancy.monthlyWageRoubles, vacancy.regionCode, firstWorkingDay) !== null;
}

/** Every flag that applies to the migrant, in the order of CandidateFlag. */
export function flagsForCandidate(input: CandidateFlagInput): CandidateFlag[] {
  const { today, vacancy } = input;
  const raised: Record<CandidateFlag, boolean> = {
    [CandidateFlag.ReadinessIncomplete]: isReadinessIncomplete(input),
    [CandidateFlag.PassportExpiresBeforeContractEnd]: passportExpiresBeforeContractEnd(
      input.passportExpiresOn,
      today,
      vacancy,
      input.passportMarginMonths,
    ),
    [CandidateFlag.PassportInAnotherOpenBatch]: passportInAnotherOpenBatch(input.passportIndex, input.otherOpenBatchPassportIndexes),
    [CandidateFlag.DuplicatePassport]: isDuplicatePassport(input.passportIndex, input.duplicatePassportIndexes ?? new Set()),
    [CandidateFlag.Under18]: isUnder18(input.birthDate, today),
    [CandidateFlag.EmployerSuspended]: isEmployerSuspended(input.employerStatus),
    [CandidateFlag.WageBelowFloor]: isWageBelowFloor(vacancy, today),
  };
  return ALL_CANDIDATE_FLAGS.filter((flag) => raised[flag]);
}
