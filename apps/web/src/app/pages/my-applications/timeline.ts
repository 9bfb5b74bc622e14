import { APPLICATION_CLOSURE_CAUSES, ApplicationStatus, REFUSAL_REASONS, type MyApplicationView } from '@jumush/contracts/client';

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

/** "Usually takes N days" (observed over `sample` real applications, or the exchange's own target), or null. */
export interface ExpectedPhrase {
  key: string;
  days: number;
  /** How many applications the observation rests on; null for the target. */
  sample: number | null;
}

export function expectedPhrase(application: MyApplicationView): ExpectedPhrase | null {
  const expected = application.next.expected;
  if (!expected || application.next.party === null) return null;
  const days = Math.max(1, Math.round(expected.days));
  return expected.basis === 'observed' && expected.sampleSize > 0
    ? { key: 'myApplications.usuallyTakes', days, sample: expected.sampleSize }
    : { key: 'myApplications.usuallyTakesTarget', days, sample: null };
}

/**
 * A recorded reason as the reader should see it: the attaché's refusal code ("DOCUMENTS_INCOMPLETE: no medical
 * certificate") or the system's closure cause ("vacancyClosed") becomes a translated label, with the free text
 * (if any) kept as written; a reason without a code (an employer's decline) is free text only.
 */
export interface ReasonPhrase {
  /** Translation key of the coded part, or null. */
  key: string | null;
  /** The words a person typed, or null. */
  text: string | null;
}

export function reasonPhrase(reason: string | null | undefined): ReasonPhrase | null {
  const raw = reason?.trim();
  if (!raw) return null;
  const coded = /^([A-Z_]+)(?::\s*([\s\S]*))?$/.exec(raw);
  if (coded && (REFUSAL_REASONS as readonly string[]).includes(coded[1])) return { key: `refusal.${coded[1]}`, text: coded[2]?.trim() || null };
  if ((APPLICATION_CLOSURE_CAUSES as readonly string[]).includes(raw)) return { key: `myApplications.closedCause.${raw}`, text: null };
  return { key: null, text: raw };
}

/** Statuses in which the approval letter exists and is the migrant's to carry. */
export const LETTER_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.Approved,
  ApplicationStatus.Departed,
  ApplicationStatus.Arrived,
  ApplicationStatus.Working,
];

/** Whether the migrant has a valid letter to carry: approved (or on the way, or arrived) and not revoked since. */
export function hasLetter(application: MyApplicationView): boolean {
  return LETTER_STATUSES.includes(application.status) && !application.letterRevoked;
}
