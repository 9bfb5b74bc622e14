/** A vacancy's way from draft to publication and closing, and what may send it back to the attaché. */
import {
  canMove,
  defineStateMachine,
  transition,
  allowedTransitions,
  isFinal,
  type TransitionResult,
  type TransitionRule,
} from '../state-machine/state-machine';
import { WorkflowActor } from '../state-machine/workflow-actor';
import { CompanyStatus, isVerifiedCompany } from '../employers/company-verification';
import type { WageProblem } from './wage-floor';

export enum VacancyStatus {
  Draft = 'DRAFT',
  PendingReview = 'PENDING_REVIEW',
  Published = 'PUBLISHED',
  Closed = 'CLOSED',
  Rejected = 'REJECTED',
}

const { Draft, PendingReview, Published, Closed, Rejected } = VacancyStatus;
const { Employer, Attache, Admin, System } = WorkflowActor;

export const VACANCY_LIFECYCLE = defineStateMachine<VacancyStatus, WorkflowActor>(Object.values(VacancyStatus), [
  { from: Draft, to: PendingReview, actors: [Employer], name: 'submit' },
  { from: Draft, to: Closed, actors: [Employer], name: 'withdraw' },
  { from: PendingReview, to: Published, actors: [Attache, Admin], name: 'publish' },
  { from: PendingReview, to: Rejected, actors: [Attache, Admin], requiresReason: true, name: 'reject' },
  { from: Rejected, to: PendingReview, actors: [Employer], name: 'resubmit' },
  // Migrants apply on the terms the attaché approved; changing them needs a new approval (see isMaterialChange).
  { from: Published, to: PendingReview, actors: [Employer], name: 'materialChange' },
  { from: Published, to: Closed, actors: [Employer], name: 'withdraw' },
  // The system says why in the reason: one of AUTOMATIC_CLOSURE_CAUSES (see closeVacancyAutomatically).
  { from: Published, to: Closed, actors: [System], requiresReason: true, name: 'closeAutomatically' },
  { from: Published, to: Closed, actors: [Attache, Admin], requiresReason: true, name: 'closeByOfficial' },
]);

export function vacancyTransition(from: VacancyStatus, to: VacancyStatus, actor: WorkflowActor, reason?: string): TransitionResult {
  return transition(VACANCY_LIFECYCLE, from, to, actor, reason);
}

export function allowedVacancyTransitions(from: VacancyStatus, actor: WorkflowActor): readonly TransitionRule<VacancyStatus, WorkflowActor>[] {
  return allowedTransitions(VACANCY_LIFECYCLE, from, actor);
}

/** Whether `actor` has the move at all (it may still need a reason). */
export function canMoveVacancy(from: VacancyStatus, to: VacancyStatus, actor: WorkflowActor): boolean {
  return canMove(VACANCY_LIFECYCLE, from, to, actor);
}

/** The employer may change the terms wherever a change leads (back) to the attaché: a draft, a rejected or a published vacancy. */
export const EMPLOYER_EDITABLE_VACANCY_STATUSES: readonly VacancyStatus[] = VACANCY_LIFECYCLE.states.filter((status) =>
  canMoveVacancy(status, PendingReview, Employer),
);

/** Sent for review by the employer's own "Submit"; a published vacancy goes back only through a material change. */
export const SUBMITTABLE_VACANCY_STATUSES: readonly VacancyStatus[] = VACANCY_LIFECYCLE.states.filter((status) =>
  allowedVacancyTransitions(status, Employer).some((rule) => rule.to === PendingReview && rule.name !== 'materialChange'),
);

/** The employer may take the vacancy down (close it) from these. */
export const WITHDRAWABLE_VACANCY_STATUSES: readonly VacancyStatus[] = VACANCY_LIFECYCLE.states.filter((status) =>
  canMoveVacancy(status, Closed, Employer),
);

export function isFinalVacancyStatus(status: VacancyStatus): boolean {
  return isFinal(VACANCY_LIFECYCLE, status);
}

export const AUTOMATIC_CLOSURE_CAUSES = ['filled', 'deadlinePassed'] as const;
export type AutomaticClosureCause = (typeof AUTOMATIC_CLOSURE_CAUSES)[number];

/** Closing by the system, with its cause as the recorded reason; typed so no other cause can slip in. */
export function closeVacancyAutomatically(from: VacancyStatus, cause: AutomaticClosureCause): TransitionResult {
  return vacancyTransition(from, VacancyStatus.Closed, WorkflowActor.System, cause);
}

export type VacancySubmissionProblem = 'employer.notVerified' | 'wage.belowFloor';

export interface VacancySubmission {
  employerStatus: CompanyStatus;
  /** The result of wageProblem() for the vacancy's wage, region and start date. */
  wageProblem: WageProblem | null;
}

/**
 * What must hold, besides the lifecycle, before a vacancy goes to the attaché: a verified employer and a wage at
 * or above the floor. Check it on every move into PENDING_REVIEW (submit, resubmit, material change).
 * Every problem is returned at once, so the employer can fix them together.
 */
export function canSubmitVacancy(submission: VacancySubmission): { ok: true } | { ok: false; reasons: readonly VacancySubmissionProblem[] } {
  const reasons: VacancySubmissionProblem[] = [];
  if (!isVerifiedCompany(submission.employerStatus)) reasons.push('employer.notVerified');
  if (submission.wageProblem !== null) reasons.push(submission.wageProblem.code);
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

/**
 * Terms a migrant decides on and the attaché checked: changing any of them on a published vacancy sends it back to
 * review (it leaves search until approved again; applicants keep their applications and are told what changed).
 */
export const MATERIAL_VACANCY_FIELDS = [
  'title',
  'occupationCode',
  'regionCode',
  'town',
  'monthlyWageRoubles',
  'weeklyHours',
  'shiftPattern',
  'housing',
  'housingCostRoubles',
  'meals',
  'travelPaid',
  'insurance',
  'contractMonths',
  'startDate',
  'russianLevel',
  'experienceYears',
  'skills',
  'description',
] as const;

/** What a published vacancy may change without a new review: more places, a later deadline; neither alters the promise. */
export const LIVE_VACANCY_FIELDS = ['positions', 'applicationDeadline'] as const;
export type MaterialVacancyField = (typeof MATERIAL_VACANCY_FIELDS)[number];
export type LiveVacancyField = (typeof LIVE_VACANCY_FIELDS)[number];
export type MaterialVacancyTerms = Readonly<Partial<Record<MaterialVacancyField, unknown>>>;

/**
 * Structural equality of plain data (what a form or a database row holds): primitives, arrays, dates and plain
 * objects. A missing key equals an undefined one; null is a value of its own.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || (a === 0 && b === 0)) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}

/** The material terms that differ between two versions of a vacancy, in the order of MATERIAL_VACANCY_FIELDS. */
export function materialChanges<T extends MaterialVacancyTerms>(before: T, after: T): MaterialVacancyField[] {
  return MATERIAL_VACANCY_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/**
 * Countries a save adds to a vacancy's audience. Their attaché never reviewed it, so on a published vacancy this is a
 * material change too; dropping a country needs no review.
 */
export function newlyOpenedCountries(before: readonly string[], after: readonly string[]): string[] {
  return after.filter((country) => !before.includes(country));
}

export function isMaterialChange<T extends MaterialVacancyTerms>(before: T, after: T): boolean {
  return materialChanges(before, after).length > 0;
}
