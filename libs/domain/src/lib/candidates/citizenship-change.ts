/** When a migrant may correct the citizenship they gave: while no employer or attaché has acted on it. */
import { ApplicationStatus } from '../applications/application-lifecycle';

/**
 * Statuses that leave the citizenship free to change: still waiting for the employer (SUBMITTED), or ended before
 * anyone vetted the candidate. Once an employer has shortlisted the migrant, a batch, an attaché's decision or a
 * letter names their country (and their passport, which belongs to it): from then on it stays as it is.
 * A DECLINED, WITHDRAWN or CLOSED application does not block, even after a shortlist: it carries nobody forward,
 * and a wrong country must be correctable before the next application.
 */
export const CITIZENSHIP_EDITABLE_WITH: readonly ApplicationStatus[] = [
  ApplicationStatus.Submitted,
  ApplicationStatus.Declined,
  ApplicationStatus.Withdrawn,
  ApplicationStatus.Closed,
];

export type CitizenshipChangeProblem = 'citizenship.locked';

/** Null when the citizenship may change, given the statuses of all the migrant's applications. */
export function citizenshipChangeProblem(applicationStatuses: readonly ApplicationStatus[]): CitizenshipChangeProblem | null {
  return applicationStatuses.every((status) => CITIZENSHIP_EDITABLE_WITH.includes(status)) ? null : 'citizenship.locked';
}
