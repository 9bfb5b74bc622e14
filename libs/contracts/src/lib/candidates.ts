/** Shapes of candidate profiles, the pre-departure checklist and applications. */
import type {
  AfterArrivalItemKind,
  ApplicationStatus,
  ChecklistItemKind,
  ChecklistItemStatus,
  CitizenshipCode,
  DeadlineRule,
  LegalRegime,
  LetterRevocationCategory,
  RequirementSource,
} from '@jumush/domain';
import type { RussianLevel } from './vacancy-terms';

export enum Sex {
  Female = 'FEMALE',
  Male = 'MALE',
}

export enum EducationLevel {
  None = 'NONE',
  Primary = 'PRIMARY',
  Secondary = 'SECONDARY',
  Vocational = 'VOCATIONAL',
  Higher = 'HIGHER',
}

/** Version of the consent text the candidate agrees to; bump it when the text changes. */
export const CURRENT_CONSENT_VERSION = '2026-11';

export interface LanguageSkill {
  /** ISO 639-1: ky, ru, uz, tg, en… */
  language: string;
  level: RussianLevel;
}

export interface OccupationExperience {
  occupationCode: string;
  years: number;
}

/** Where a requirement comes from: a law (act, article, date) or our programme; the web shows it beside the item. */
export type RequirementSourceView = RequirementSource;

/** An item the law does not ask of the candidate's citizenship, with the source that says so. */
export interface WaivedChecklistItemView {
  kind: ChecklistItemKind;
  source: RequirementSourceView;
}

/** One item of the candidate's own checklist: only the items their citizenship requires are listed. */
export interface ChecklistItemView {
  kind: ChecklistItemKind;
  source: RequirementSourceView;
  status: ChecklistItemStatus;
  completedOn: string | null;
  validUntil: string | null;
  hasDocument: boolean;
  updatedAt: string | null;
}

export interface ReadinessView {
  percent: number;
  ready: boolean;
  done: ChecklistItemKind[];
  missing: ChecklistItemKind[];
  expired: ChecklistItemKind[];
}

/** The citizenship on the profile, and whether the migrant may still change it (see citizenshipChangeProblem). */
export interface CitizenshipView {
  code: CitizenshipCode;
  regime: LegalRegime;
  /** False for a citizenship guessed before it was asked (accounts older than the question): the profile asks to confirm it. */
  confirmed: boolean;
  /** False once an employer shortlisted the migrant (or later): a batch, a decision or a letter names the country. */
  editable: boolean;
}

export interface CandidateProfileView {
  id: string;
  /** The citizenship's code, as stored (kept for readers of the old shape; see `citizenship`). */
  originCountry: string;
  citizenship: CitizenshipView;
  surname: string | null;
  givenNames: string | null;
  surnameLatin: string | null;
  givenNamesLatin: string | null;
  birthDate: string | null;
  sex: Sex | null;
  phone: string | null;
  residenceRegionCode: string | null;
  residenceDistrictCode: string | null;
  languages: LanguageSkill[];
  russianLevel: RussianLevel | null;
  occupations: OccupationExperience[];
  education: EducationLevel | null;
  preferredRegionCodes: string[];
  /**
   * Full to attaché staff of the candidate's country; masked for everyone else, the owner included (the owner's
   * profile is kept in the phone's offline cache; the full number comes from `OwnPassportNumberView`).
   */
  passportNumber: string | null;
  passportExpiresOn: string | null;
  /**
   * 'contactConsulate' (to the profile's owner only) when another profile holds the same passport number: the
   * number is saved all the same and the attaché sees both profiles flagged; the migrant should settle it with the consulate.
   */
  passportCheck: 'contactConsulate' | null;
  consentVersion: string | null;
  consentGivenAt: string | null;
  /** The day the migrant plans to leave; 3 days before they are reminded of the checklist items still open. */
  plannedDepartureOn: string | null;
  /** Which wizard steps are complete, in order. */
  completedSteps: ProfileStep[];
  checklist: ChecklistItemView[];
  /** Items the law does not ask of this citizenship (Kyrgyzstan: no language exam, no private insurance). */
  notRequired: WaivedChecklistItemView[];
  readiness: ReadinessView;
  version: number;
}

/** One thing the law asks on arrival in Russia, with its last day counted from the date of entry. */
export interface AfterArrivalItemView {
  kind: AfterArrivalItemKind;
  party: 'migrant' | 'employer';
  deadline: DeadlineRule | null;
  /** Null where the day it counts from is not known yet (the entry, the contract), or the law's period is not in our legal facts. */
  dueOn: string | null;
  source: RequirementSourceView;
}

/** GET /api/candidates/me/after-arrival[?arrivedOn=…]: the migrant's after-arrival checklist for their citizenship. */
export interface AfterArrivalChecklistView {
  citizenship: CitizenshipCode;
  /** Null before the entry: the items then come without dates. */
  arrivedOn: string | null;
  contractSignedOn: string | null;
  items: AfterArrivalItemView[];
}

export type ProfileStep = 'personal' | 'residence' | 'skills' | 'preferences' | 'passport' | 'consent';
export const PROFILE_STEPS: readonly ProfileStep[] = ['personal', 'residence', 'skills', 'preferences', 'passport', 'consent'];

export interface TimelineEntryView {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actorRole: string;
  reason: string | null;
  at: string;
}

export interface ExpectedDurationView {
  days: number;
  basis: 'observed' | 'default';
  sampleSize: number;
}

export interface ApplicationVacancySummary {
  id: string;
  title: string;
  town: string;
  regionCode: string;
  monthlyWageRoubles: number;
  companyName: string;
}

/** An application as its candidate sees it: where it stands, what happens next, how long that usually takes. */
export interface MyApplicationView {
  id: string;
  status: ApplicationStatus;
  statusReason: string | null;
  note: string | null;
  vacancy: ApplicationVacancySummary;
  timeline: TimelineEntryView[];
  next: { key: string; party: 'employer' | 'attache' | 'migrant' | null; expected: ExpectedDurationView | null };
  /** While it waits for the employer (SUBMITTED) or the attaché (IN_BATCH): its place among those waiting for the same owner. */
  queue: QueuePositionView | null;
  /** Where to go and whom to call: only once the trip is approved (null before, after a refusal, and once its letter is revoked). */
  employer: ApplicationEmployerContact | null;
  /** Set when the approval letter was revoked: it is no longer valid to travel on (the day and the reason's category). */
  letterRevoked: { at: string; category: LetterRevocationCategory | null } | null;
  version: number;
  createdAt: string;
}

/**
 * "3rd of 41 waiting for the attaché": 1-based, in the order the owner takes them (the vacancy's SUBMITTED applications
 * by arrival; IN_BATCH applications of the country's batches awaiting a decision, by the batch's submission).
 */
export interface QueuePositionView {
  position: number;
  total: number;
  owner: 'employer' | 'attache';
}

/** The employer as its approved candidate needs it: the company's legal address and phone. */
export interface ApplicationEmployerContact {
  name: string;
  address: string;
  phone: string;
}

/** POST /api/employer/vacancies/:id/applicants/decisions: which applications moved, and which were not in a status to move. */
export interface BulkDecisionResultView {
  changed: string[];
  skipped: string[];
}

/** A candidate as an employer sees one applicant: no passport number; contact only once shortlisted. */
export interface ApplicantView {
  applicationId: string;
  status: ApplicationStatus;
  statusReason: string | null;
  note: string | null;
  version: number;
  appliedAt: string;
  /** Still unanswered past the employer's shortlisting deadline: the deadline (such applicants come first in the list). */
  overdueSince: string | null;
  candidate: {
    displayName: string;
    age: number | null;
    sex: Sex | null;
    residenceRegionCode: string | null;
    russianLevel: RussianLevel | null;
    experienceYears: number;
    occupations: OccupationExperience[];
    readinessPercent: number;
    phone: string | null;
  };
}

/** `GET /api/candidates/me/passport-number`: the migrant's own number in full, fetched when they edit it, never cached. */
export interface OwnPassportNumberView {
  passportNumber: string | null;
}
