import { ApplicationStatus, type MyApplicationView } from '@jumush/contracts/client';

/** A line of the migrant's timeline, in plain words: a translation key, its params, when. */
export interface TimelineLine {
  key: string;
  params: Record<string, string | number>;
  at: string;
  reason: string | null;
}

export interface Phrase {
  key: string;
  params: Record<string, string | number>;
}

/** "What happened", oldest first: one plain sentence per status the application reached. */
export function timelineLines(application: MyApplicationView): TimelineLine[] {
  return [...application.timeline]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((entry) => ({
      key:
        entry.from === ApplicationStatus.InBatch && entry.to === ApplicationStatus.Shortlisted
          ? 'myApplications.happened.RETURNED_TO_SHORTLIST'
          : `myApplications.happened.${entry.to}`,
      params: {},
      at: entry.at,
      reason: entry.reason,
    }));
}

/** "What happens next", or null once the application has ended. */
export function nextPhrase(application: MyApplicationView): Phrase | null {
  if (application.next.party === null) return null;
  return { key: application.next.key, params: {} };
}

/** "Usually takes N days" (observed over real applications, or the exchange's own target), or null. */
export function expectedPhrase(application: MyApplicationView): (Phrase & { days: number }) | null {
  const expected = application.next.expected;
  if (!expected || application.next.party === null) return null;
  const days = Math.max(1, Math.round(expected.days));
  return expected.basis === 'observed' && expected.sampleSize > 0
    ? { key: 'myApplications.usuallyTakes', params: { count: expected.sampleSize }, days }
    : { key: 'myApplications.usuallyTakesTarget', params: {}, days };
}
