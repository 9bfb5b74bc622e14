/** The departure reminder of a candidate: one job per (candidate, planned date), scheduled through the reminder outbox. */
import { ReminderJob, jobIdFor, type RemindJobData } from './queues';

/** `remind.departure.<profileId>.<departureOn>`: a new date is a new job; the same date planned again is the same job. */
export function departureReminderJobId(profileId: string, departureOn: string): string {
  return jobIdFor(ReminderJob.Remind, 'departure', profileId, departureOn);
}

/** What the reminder job carries; it re-reads the profile when it runs, so a changed date makes it stale. */
export function departureReminderData(profileId: string, accountId: string, departureOn: string): RemindJobData {
  return {
    kind: 'departure',
    recipientIds: [accountId],
    aggregateType: 'candidate',
    aggregateId: profileId,
    payload: { departureDate: departureOn },
  };
}
