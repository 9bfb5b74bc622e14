/**
 * Check-ins after arrival: on set days the migrant answers five yes/no questions in one tap each. An alarming answer
 * on the passport, a fee or safety opens a grievance by itself (see grievanceCategoryOfAnswer).
 */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { ApplicationStatus } from '../applications/application-lifecycle';
import { addCalendarDays } from '../candidates/calendar-dates';
import { localDateIn, localHourAt } from '../candidates/departure';
import { MOSCOW_TIME_ZONE } from '../time/calendars';
import type { GrievanceCategory } from './grievance-lifecycle';

/** The questions, in the order they are asked. */
export const CHECK_IN_QUESTIONS = ['wage', 'housing', 'passport', 'fee', 'safety'] as const;
export type CheckInQuestion = (typeof CHECK_IN_QUESTIONS)[number];

export type CheckInAnswer = 'yes' | 'no';
export const CHECK_IN_ANSWERS: readonly CheckInAnswer[] = ['yes', 'no'];

/** Days after arrival when the migrant is asked (the default of the CHECK_IN_DAYS setting). */
export const DEFAULT_CHECK_IN_DAYS: readonly number[] = [3, 30, 90];

/** Check-ins come at 09:00 Moscow time: the migrant is in Russia by then. */
export const CHECK_IN_LOCAL_HOUR = 9;

/**
 * The answer that is bad news, per question: "Is your wage as promised?" no, "Is the housing as described?" no,
 * "Do you hold your own passport?" no, "Did anyone ask you to pay for this job?" YES, "Are you safe?" no.
 */
const ALARMING_ANSWER: Record<CheckInQuestion, CheckInAnswer> = { wage: 'no', housing: 'no', passport: 'no', fee: 'yes', safety: 'no' };

/** Whether the answer is the troubling one (shown to the attaché among the check-in's answers). */
export function isTroublingAnswer(question: CheckInQuestion, answer: CheckInAnswer): boolean {
  return ALARMING_ANSWER[question] === answer;
}

/**
 * The grievance an answer opens by itself, or null: a held passport, a fee demanded and feeling unsafe are
 * exploitation the attaché must hear of at once; wage and housing go to "promised versus actual" instead.
 */
export function grievanceCategoryOfAnswer(question: CheckInQuestion, answer: CheckInAnswer): GrievanceCategory | null {
  if (!isTroublingAnswer(question, answer)) return null;
  switch (question) {
    case 'passport':
      return 'passportHeld';
    case 'fee':
      return 'recruitmentFee';
    case 'safety':
      return 'safety';
    case 'wage':
    case 'housing':
      return null;
  }
}

export function isCheckInQuestion(value: unknown): value is CheckInQuestion {
  return typeof value === 'string' && (CHECK_IN_QUESTIONS as readonly string[]).includes(value);
}

/**
 * Parses the CHECK_IN_DAYS setting ("3,30,90"): whole days after arrival, 1 to 365, ascending, no repeats.
 * Returns null for anything else, so the configuration refuses to start with it.
 */
export function parseCheckInDays(value: string): number[] | null {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => !/^\d{1,3}$/.test(part))) return null;
  const days = parts.map(Number);
  if (days.some((day, index) => day < 1 || day > 365 || (index > 0 && day <= days[index - 1]))) return null;
  return days;
}

/** The Moscow date of the arrival: the day check-ins and the after-arrival checklist count from. */
export function arrivalDateOf(arrivedAt: Date): IsoDate {
  return localDateIn(arrivedAt, MOSCOW_TIME_ZONE);
}

/** When the check-in of `day` days after an arrival comes due: 09:00 Moscow time on that calendar day. */
export function checkInDueAt(arrivedAt: Date, day: number): Date {
  return localHourAt(addCalendarDays(arrivalDateOf(arrivedAt), day), CHECK_IN_LOCAL_HOUR, MOSCOW_TIME_ZONE);
}

/** The applications whose migrant is asked the check-ins: arrived, or working. A no-show is asked nothing. */
export const CHECKED_IN_APPLICATION_STATUSES: readonly ApplicationStatus[] = [ApplicationStatus.Arrived, ApplicationStatus.Working];
