/** The check-ins after arrival: one reminder job per check-in, scheduled through the reminder outbox with the arrival. */
import { ReminderJob, jobIdFor, type RemindJobData } from './queues';

/** `remind.check_in.<checkInId>`: a check-in is asked once, however often the arrival is replayed. */
export function checkInReminderJobId(checkInId: string): string {
  return jobIdFor(ReminderJob.Remind, 'check_in', checkInId);
}

/** What the reminder carries; it re-reads the check-in when it runs (answered already, or the job ended: nobody is asked). */
export function checkInReminderData(checkInId: string, accountId: string, applicationId: string, day: number): RemindJobData {
  return {
    kind: 'check_in',
    recipientIds: [accountId],
    aggregateType: 'check_in',
    aggregateId: checkInId,
    payload: { checkInId, applicationId, day },
  };
}
