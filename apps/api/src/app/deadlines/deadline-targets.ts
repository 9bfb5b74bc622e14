/** The service targets in force: the domain's defaults, with the day counts from configuration. */
import type { DeadlineTargets } from '@jumush/domain';
import type { ApiConfig } from '@jumush/server/config';

export function deadlineTargets(config: Pick<ApiConfig, 'BATCH_DECISION_WORKING_DAYS' | 'SHORTLIST_CALENDAR_DAYS'>): DeadlineTargets {
  return {
    batchDecision: {
      days: config.BATCH_DECISION_WORKING_DAYS,
      count: 'workingDays',
    },
    shortlisting: {
      days: config.SHORTLIST_CALENDAR_DAYS,
      count: 'calendarDays',
    },
  };
}
