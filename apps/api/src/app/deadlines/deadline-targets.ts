/** The service targets in force: the domain's defaults, with the day counts from configuration (settings with defaults). */
import type { DeadlineTargets } from '@jumush/domain';
import type { ApiConfig } from '@jumush/server/config';

export type DeadlineConfig = Pick<
  ApiConfig,
  | 'BATCH_DECISION_WORKING_DAYS'
  | 'SHORTLIST_CALENDAR_DAYS'
  | 'COMPANY_VERIFICATION_WORKING_DAYS'
  | 'VACANCY_REVIEW_WORKING_DAYS'
  | 'GRIEVANCE_TAKE_UP_WORKING_DAYS'
  | 'GRIEVANCE_RESOLUTION_WORKING_DAYS'
>;

export function deadlineTargets(config: DeadlineConfig): DeadlineTargets {
  return {
    batchDecision: { days: config.BATCH_DECISION_WORKING_DAYS, count: 'workingDays' },
    shortlisting: { days: config.SHORTLIST_CALENDAR_DAYS, count: 'calendarDays' },
    companyVerification: { days: config.COMPANY_VERIFICATION_WORKING_DAYS, count: 'workingDays' },
    vacancyReview: { days: config.VACANCY_REVIEW_WORKING_DAYS, count: 'workingDays' },
    grievanceTakeUp: { days: config.GRIEVANCE_TAKE_UP_WORKING_DAYS, count: 'workingDays' },
    grievanceResolution: { days: config.GRIEVANCE_RESOLUTION_WORKING_DAYS, count: 'workingDays' },
  };
}
