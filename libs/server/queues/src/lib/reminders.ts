/** How producers (the batches workflow, the API) schedule reminders: a delayed job on the reminders queue. */
import type { JobsOptions } from 'bullmq';
import { ReminderJob, remindJobId, type RemindJobData } from './queues';

const DAY_MS = 86_400_000;
/** 09:00 in Bishkek (UTC+6): reminders arrive in the morning, not at night. */
const MORNING_UTC_HOUR = 3;

/** Morning of the day `daysBefore` days before `date` ("2026-04-21" or a Date). */
export function reminderDueAt(date: string | Date, daysBefore: number): Date {
  const day = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  const due = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - daysBefore * DAY_MS);
  due.setUTCHours(MORNING_UTC_HOUR);
  return due;
}

/** Days before the planned departure when the candidate is reminded, with the checklist items still open. */
export const DEPARTURE_REMINDER_DAYS_BEFORE = 3;

/** The job to add to the reminders queue: `queue.add(job.name, job.data, job.opts)`. Adding it twice is a no-op. */
export function reminderJob(
  data: RemindJobData,
  dueAt: Date,
  now = new Date(),
): { name: typeof ReminderJob.Remind; data: RemindJobData; opts: JobsOptions } {
  return { name: ReminderJob.Remind, data, opts: { jobId: remindJobId(data, dueAt), delay: Math.max(0, dueAt.getTime() - now.getTime()) } };
}
