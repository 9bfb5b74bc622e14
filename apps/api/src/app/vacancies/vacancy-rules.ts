/**
 * Rules on a vacancy's terms that one field's validator cannot see, and what must hold before it goes to the
 * attaché. Each returns every problem at once as field errors, so the employer can fix them together.
 * "Today" is an argument: vacancy dates count on the Moscow calendar (the work is in Russia), and the service
 * passes `clock.today(MOSCOW_TIME_ZONE)`.
 */
import type { FieldError, VacancyTermsDto } from '@jumush/contracts';
import { HousingOption } from '@jumush/contracts';
import { CompanyStatus, canSubmitVacancy, wageProblem, type MinimumWageEntry, type WageProblem } from '@jumush/domain';
import { ProblemException } from '../http/problem';

const fieldError = (field: string, code: string, message: string, params?: Record<string, string | number>): FieldError => ({
  field,
  code,
  message,
  ...(params ? { params } : {}),
});

/** PostgreSQL refuses NUL in text; it is never meant, so it is a field error rather than a failed query. */
export function nulCharacterErrors(values: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(values)) {
    const strings = Array.isArray(value) ? value : [value];
    if (strings.some((item) => typeof item === 'string' && item.includes('\u0000'))) {
      errors.push(fieldError(field, 'validation.nulCharacter', 'The text contains a NUL character.'));
    }
  }
  return errors;
}

export interface TermsContext {
  /** The start date the vacancy had before this edit; an unchanged past start date is not re-checked. */
  previousStartDate?: string;
  /** Positions already filled: the vacancy cannot offer fewer. */
  filledPositions?: number;
  /** The Moscow calendar day the edit is made on. */
  today: string;
}

/** Cross-field rules of create and update. */
export function termsErrors(terms: VacancyTermsDto, context: TermsContext): FieldError[] {
  const { today } = context;
  const errors = nulCharacterErrors({
    title: terms.title,
    town: terms.town,
    description: terms.description,
    skills: terms.skills,
  });
  if (terms.applicationDeadline > terms.startDate) {
    errors.push(fieldError('applicationDeadline', 'vacancy.deadlineAfterStart', 'The application deadline must be on or before the start date.'));
  }
  if (terms.housing !== HousingOption.Paid && terms.housingCostRoubles !== undefined && terms.housingCostRoubles !== null) {
    errors.push(fieldError('housingCostRoubles', 'vacancy.housingCostWithoutPaidHousing', 'A housing cost is only stated for paid housing.'));
  }
  if (terms.startDate < today && terms.startDate !== context.previousStartDate) {
    errors.push(fieldError('startDate', 'vacancy.startInPast', 'The start date is in the past.'));
  }
  if (context.filledPositions !== undefined && terms.positions < context.filledPositions) {
    errors.push(
      fieldError('positions', 'vacancy.positionsBelowFilled', `${context.filledPositions} positions are already filled.`, {
        filled: context.filledPositions,
      }),
    );
  }
  return errors;
}

export function throwIfInvalid(errors: FieldError[]): void {
  if (errors.length > 0)
    throw new ProblemException(400, {
      code: 'validation.failed',
      detail: 'The request has invalid fields.',
      errors,
    });
}

export interface SubmissionInput {
  companyStatus: CompanyStatus;
  monthlyWageRoubles: number;
  regionCode: string;
  startDate: string;
  applicationDeadline: string;
}

/**
 * Before every move into PENDING_REVIEW (submit, resubmit, material change): a verified employer, dates still
 * ahead, and a wage at or above the floor of the region on the start date. 422: the request was well formed.
 */
export function assertSubmittable(input: SubmissionInput, today: string, minimumWages: readonly MinimumWageEntry[]): void {
  const errors: FieldError[] = [];
  let wage: WageProblem | null = null;
  if (input.startDate < today) errors.push(fieldError('startDate', 'vacancy.startInPast', 'The start date is in the past.'));
  else wage = safeWageProblem(input, minimumWages);
  if (input.applicationDeadline < today)
    errors.push(fieldError('applicationDeadline', 'vacancy.deadlinePassed', 'The application deadline has passed.'));
  if (wage) errors.push(fieldError('monthlyWageRoubles', wage.code, `The wage is below the minimum of ${wage.params.floor} roubles.`, wage.params));
  const verdict = canSubmitVacancy({
    employerStatus: input.companyStatus,
    wageProblem: wage,
  });
  if (verdict.ok && errors.length === 0) return;
  const code = verdict.ok ? 'validation.failed' : verdict.reasons[0];
  throw new ProblemException(422, {
    code,
    detail: code === 'employer.notVerified' ? 'Your company must be verified by the attaché first.' : 'The vacancy cannot go to review yet.',
    ...(wage ? { params: { floor: wage.params.floor } } : {}),
    ...(errors.length ? { errors } : {}),
  });
}

/** No floor is known before 2023; a vacancy cannot start then (checked first), so this only guards. */
function safeWageProblem(input: SubmissionInput, minimumWages: readonly MinimumWageEntry[]): WageProblem | null {
  try {
    return wageProblem(input.monthlyWageRoubles, input.regionCode, input.startDate, minimumWages);
  } catch {
    return null;
  }
}
