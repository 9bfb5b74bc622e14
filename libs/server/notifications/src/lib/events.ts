/**
 * From an outbox event to a notification: which template a recipient gets for a topic, and the
 * values and link that fill it. Pure: the worker passes in what it loaded.
 */
import { NotificationType, type NotificationLocale } from '@jumush/contracts/client';
import { ApplicationStatus, DEPARTURE_TIME_ZONE, Role, calendarDaysBetween, localDateIn } from '@jumush/domain';
import { checklistItemList, isChecklistItemKind } from './checklist-names';
import type { TemplateParams } from './render';

/** Topics of the outbox (written by the API) and of the reminders (written by the worker). */
export const NotificationTopic = {
  ApplicationSubmitted: 'application.submitted',
  ApplicationShortlisted: 'application.shortlisted',
  ApplicationDeclined: 'application.declined',
  ApplicationInBatch: 'application.in_batch',
  ApplicationApproved: 'application.approved',
  ApplicationRefused: 'application.refused',
  ApplicationWithdrawn: 'application.withdrawn',
  ApplicationClosed: 'application.closed',
  ApplicationDeparted: 'application.departed',
  ApplicationArrived: 'application.arrived',
  VacancyChanged: 'vacancy.changed',
  DeadlineReminder: 'reminder.deadline',
  DepartureReminder: 'reminder.departure',
} as const;
export type NotificationTopic = (typeof NotificationTopic)[keyof typeof NotificationTopic];

/** Topics that deliberately tell nobody: the people involved recorded the step themselves. */
export const SILENT_TOPICS: ReadonlySet<string> = new Set([NotificationTopic.ApplicationDeparted, NotificationTopic.ApplicationArrived]);

export interface OutboxEvent {
  topic: string;
  payload: Record<string, unknown>;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The template a recipient of this role gets for the event, or null when the event tells them nothing. */
export function notificationTypeFor(event: OutboxEvent, role: Role): NotificationType | null {
  const employerSide = role === Role.Employer;
  switch (event.topic) {
    case NotificationTopic.ApplicationSubmitted:
      return employerSide ? NotificationType.NewApplicant : NotificationType.ApplicationReceived;
    case NotificationTopic.ApplicationShortlisted:
      // Back from a batch (returned by the attaché, withdrawn or edited by the employer) reads differently from a first shortlisting.
      return event.payload['from'] === ApplicationStatus.InBatch ? NotificationType.Returned : NotificationType.Shortlisted;
    case NotificationTopic.ApplicationDeclined:
      return NotificationType.Declined;
    case NotificationTopic.ApplicationInBatch:
      return NotificationType.InBatch;
    case NotificationTopic.ApplicationApproved:
      return NotificationType.Approved;
    case NotificationTopic.ApplicationRefused:
      return NotificationType.Refused;
    case NotificationTopic.ApplicationWithdrawn:
      return employerSide ? NotificationType.CandidateWithdrew : NotificationType.WithdrawalConfirmed;
    case NotificationTopic.ApplicationClosed:
      return NotificationType.Closed;
    case NotificationTopic.VacancyChanged:
      return NotificationType.VacancyChanged;
    case NotificationTopic.DeadlineReminder:
      return NotificationType.DeadlineReminder;
    case NotificationTopic.DepartureReminder:
      return NotificationType.DepartureReminder;
    default:
      return null;
  }
}

export interface ContentContext {
  /** The public address of the web app, e.g. https://jumush.kg (no trailing slash needed). */
  webUrl: string;
  locale: NotificationLocale;
  now: Date;
  /** The vacancy's current title, for events whose payload does not carry it. */
  vacancyTitle?: string | null;
}

export interface NotificationContent {
  params: TemplateParams;
  /** Where the notification leads in the web app. */
  link: string | null;
}

/** A calendar date ("2026-03-05") or a timestamp as a Date; calendar dates are UTC midnight. */
function dateOf(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const DAY_MS = 86_400_000;

/** Whole days from today (UTC) to the date's day, never negative. */
function daysUntil(date: Date, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.max(0, Math.round((day - today) / DAY_MS));
}

export function webLink(webUrl: string, locale: NotificationLocale, path: string): string {
  return `${webUrl.replace(/\/+$/, '')}/${locale}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The values the template of `type` needs, taken from the event's payload, and the link to show with it. */
export function notificationContent(type: NotificationType, payload: Record<string, unknown>, context: ContentContext): NotificationContent {
  const link = (path: string) => webLink(context.webUrl, context.locale, path);
  const applicationId = text(payload['applicationId']);
  const vacancyId = text(payload['vacancyId']);
  const vacancyTitle = text(payload['vacancyTitle']) ?? text(context.vacancyTitle) ?? '—';
  const applicationLink = applicationId ? link(`/applications/${applicationId}`) : null;
  const applicantsLink = vacancyId ? link(`/employer/vacancies/${vacancyId}/applicants`) : null;
  switch (type) {
    case NotificationType.ApplicationReceived:
    case NotificationType.Shortlisted:
    case NotificationType.InBatch:
    case NotificationType.Returned:
    case NotificationType.WithdrawalConfirmed:
      return { params: { vacancyTitle }, link: applicationLink };
    case NotificationType.NewApplicant:
    case NotificationType.CandidateWithdrew:
      return { params: { vacancyTitle }, link: applicantsLink };
    case NotificationType.Declined:
    case NotificationType.Refused:
      return { params: { vacancyTitle, reason: text(payload['reason']) ?? '—' }, link: applicationLink };
    case NotificationType.Approved: {
      const letterLink = applicationId ? link(`/applications/${applicationId}/letter`) : link('/home');
      return { params: { vacancyTitle, letterLink }, link: letterLink };
    }
    case NotificationType.Closed:
      return { params: { vacancyTitle, cause: text(payload['reason']) ?? 'other' }, link: applicationLink };
    case NotificationType.VacancyChanged:
      return { params: { vacancyTitle }, link: vacancyId ? link(`/vacancies/${vacancyId}`) : null };
    case NotificationType.DeadlineReminder: {
      const deadline = dateOf(payload['deadline']) ?? context.now;
      const path = text(payload['path']);
      return {
        params: { subject: text(payload['subject']) ?? '—', deadline, days: daysUntil(deadline, context.now) },
        link: path?.startsWith('/') ? link(path) : null,
      };
    }
    case NotificationType.DepartureReminder: {
      const departureDate = dateOf(payload['departureDate']) ?? context.now;
      // The open items travel as checklist kinds and are named in the reader's language here.
      const openKinds = Array.isArray(payload['openItemKinds']) ? payload['openItemKinds'].filter(isChecklistItemKind) : [];
      const openItems = typeof payload['openItems'] === 'number' ? payload['openItems'] : openKinds.length;
      // Days are counted on the calendar of Bishkek, where the migrant plans the departure.
      const days = Math.max(0, calendarDaysBetween(localDateIn(context.now, DEPARTURE_TIME_ZONE), departureDate.toISOString().slice(0, 10)));
      return {
        params: { departureDate, days, openItems, openItemList: checklistItemList(openKinds, context.locale) || '—' },
        link: link('/profile'),
      };
    }
  }
}
