/** The after-arrival checklist on an application's page: from which day its deadlines count, and each one in words. */
import { ApplicationStatus, MOSCOW_TIME_ZONE, calendarToday, type AfterArrivalItemView, type MyApplicationView } from '@jumush/contracts/client';

/**
 * The day the migrant entered Russia, as far as the exchange knows: the calendar day (Moscow's, where they arrive)
 * the application reached ARRIVED; null before, when the deadlines cannot be dated yet.
 */
export function arrivalDateOf(application: MyApplicationView): string | null {
  const arrived = application.timeline.find((entry) => entry.to === ApplicationStatus.Arrived);
  return arrived ? calendarToday(MOSCOW_TIME_ZONE, new Date(arrived.at)) : null;
}

/** A deadline in words: a translation key, its params, and the plural key of its period (days or working days). */
export interface DeadlinePhrase {
  /** 'applicationPage.afterArrival.period.arrival' ("30 days from entry") and the like, or the law's unstated period. */
  key: string;
  /** The count and the plural key of the period, when there is one. */
  period: { count: number; pluralBase: 'days' | 'workingDays' } | null;
  /** The last day, when the day it counts from is known. */
  dueOn: string | null;
}

export function deadlinePhrase(item: AfterArrivalItemView): DeadlinePhrase {
  if (item.deadline === null) return { key: 'applicationPage.afterArrival.period.unstated', period: null, dueOn: null };
  return {
    key: item.deadline.from === 'arrival' ? 'applicationPage.afterArrival.period.arrival' : 'applicationPage.afterArrival.period.contract',
    period: { count: item.deadline.days, pluralBase: item.deadline.count === 'calendarDays' ? 'days' : 'workingDays' },
    dueOn: item.dueOn,
  };
}
