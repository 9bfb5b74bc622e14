/**
 * From an outbox event to a notification: the values and link that fill the template a recipient gets (which
 * template, the topic catalogue decides). Pure: the worker passes in what it loaded.
 */
import { CHECK_IN_SHORT_PATH, NotificationType, checkInShortCode, type NotificationLocale } from '@jumush/contracts/client';
import { calendarDaysBetween, homeTimeZoneOf, localDateIn } from '@jumush/domain';
import { checklistItemList, isChecklistItemKind } from './checklist-names';
import { readableReason } from './refusal-reasons';
import type { TemplateParams } from './render';
import { OPENED_SECRET_FIELD } from './security';
import { vacancyChangeList } from './vacancy-changes';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

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
  const vacancyEditLink = vacancyId ? link(`/employer/vacancies/${vacancyId}/edit`) : link('/employer/vacancies');
  const batchId = text(payload['batchId']);
  const employerBatchLink = batchId ? link(`/employer/batches/${batchId}`) : link('/employer/vacancies');
  const companyName = text(payload['companyName']) ?? '—';
  switch (type) {
    case NotificationType.ApplicationReceived:
    case NotificationType.InBatch:
      // Its place among those waiting for the employer (received) or the attaché (in a batch), and the usual wait
      // (0: not known, not said).
      return {
        params: {
          vacancyTitle,
          queuePosition: count(payload['queuePosition']),
          queueTotal: count(payload['queueTotal']),
          usualDays: count(payload['usualDays']),
        },
        link: applicationLink,
      };
    case NotificationType.Shortlisted:
    case NotificationType.Returned:
    case NotificationType.WithdrawalConfirmed:
      return { params: { vacancyTitle }, link: applicationLink };
    case NotificationType.NewApplicant:
    case NotificationType.CandidateWithdrew:
      return { params: { vacancyTitle }, link: applicantsLink };
    case NotificationType.Declined:
    case NotificationType.Refused:
      return { params: { vacancyTitle, reason: readableReason(text(payload['reason']) ?? '—', context.locale) }, link: applicationLink };
    case NotificationType.Approved: {
      const letterLink = applicationId ? link(`/applications/${applicationId}/letter`) : link('/home');
      return { params: { vacancyTitle, letterLink }, link: letterLink };
    }
    case NotificationType.Closed:
      return { params: { vacancyTitle, cause: text(payload['reason']) ?? 'other' }, link: applicationLink };
    case NotificationType.VacancyChanged:
      return {
        params: { vacancyTitle, changes: vacancyChangeList(payload['changes'], context.locale) || '—' },
        // The applicant's own application page: a change of material terms sends the vacancy back to review, and its
        // public page is not shown meanwhile; the application page is always theirs.
        link: applicationLink ?? (vacancyId ? link(`/vacancies/${vacancyId}`) : null),
      };
    case NotificationType.BatchSubmitted:
      return {
        params: { vacancyTitle, size: count(payload['size']) },
        link: batchId ? link(`/attache/batches/${batchId}`) : link('/attache/batches'),
      };
    case NotificationType.BatchDecided:
      return {
        params: { vacancyTitle, approved: count(payload['approved']), refused: count(payload['refused']) },
        link: employerBatchLink,
      };
    case NotificationType.BatchReturned:
      return { params: { vacancyTitle, comment: text(payload['comment']) ?? '—' }, link: employerBatchLink };
    case NotificationType.CompanyVerified:
    case NotificationType.CompanyReinstated:
      return { params: { companyName }, link: link('/employer/company') };
    case NotificationType.CompanyRejected:
    case NotificationType.CompanySuspended:
      return { params: { companyName, reason: text(payload['reason']) ?? '—' }, link: link('/employer/company') };
    case NotificationType.LetterRevoked:
      return { params: { vacancyTitle, reason: text(payload['reason']) ?? '—' }, link: applicationLink };
    case NotificationType.VacancyPublished:
    case NotificationType.VacancySentBack:
      return { params: { vacancyTitle }, link: vacancyEditLink };
    case NotificationType.VacancyRejected:
      return { params: { vacancyTitle, reason: text(payload['reason']) ?? '—' }, link: vacancyEditLink };
    case NotificationType.DeadlineReminder: {
      const deadline = dateOf(payload['deadline']) ?? context.now;
      const path = text(payload['path']);
      return {
        params: { subject: text(payload['subject']) ?? '—', deadline, days: daysUntil(deadline, context.now) },
        link: path?.startsWith('/') ? link(path) : null,
      };
    }
    case NotificationType.DeadlineOverdue: {
      const deadline = dateOf(payload['deadline']) ?? context.now;
      const path = text(payload['path']);
      return {
        params: { subject: text(payload['subject']) ?? '—', deadline, country: text(payload['country']) ?? '—' },
        link: path?.startsWith('/') ? link(path) : null,
      };
    }
    case NotificationType.PasswordResetCode:
    case NotificationType.PhoneVerificationCode:
      // The opened secret (security.ts): the worker puts it in the payload it renders from, never in a stored one.
      return { params: { code: text(payload[OPENED_SECRET_FIELD]) ?? '—', minutes: count(payload['expiresInMinutes']) }, link: null };
    case NotificationType.PasswordResetLink: {
      const secret = text(payload[OPENED_SECRET_FIELD]);
      return {
        params: { minutes: count(payload['expiresInMinutes']) },
        link: secret ? link(`/reset-password/${encodeURIComponent(secret)}`) : link('/forgot-password'),
      };
    }
    case NotificationType.PasswordChanged:
      return { params: {}, link: link('/forgot-password') };
    case NotificationType.RegistrationAttempted: {
      // The SMS carries the link in its text (an SMS has no link of its own); the date is the owner's calendar day.
      const forgotPassword = link('/forgot-password');
      return {
        params: {
          login: payload['login'] === 'email' ? 'email' : 'phone',
          attemptedOn: dateOf(payload['attemptedOn']) ?? context.now,
          forgotPassword,
        },
        link: forgotPassword,
      };
    }
    case NotificationType.EmailVerification: {
      const secret = text(payload[OPENED_SECRET_FIELD]);
      return { params: {}, link: secret ? link(`/verify-email/${encodeURIComponent(secret)}`) : null };
    }
    case NotificationType.AccountSetup: {
      const secret = text(payload[OPENED_SECRET_FIELD]);
      return { params: {}, link: secret ? link(`/account-setup/${encodeURIComponent(secret)}`) : null };
    }
    case NotificationType.CompanyDisputeUpheld:
    case NotificationType.CompanyDisputeRejected:
      // The claimant's words: the INN they typed, never the company as its holder registered it.
      return { params: { inn: text(payload['inn']) ?? '—', reason: text(payload['reason']) ?? '—' }, link: link('/employer/company') };
    case NotificationType.CompanyOwnershipLost:
    case NotificationType.CompanyDisputeDismissed:
      return { params: { companyName, reason: text(payload['reason']) ?? '—' }, link: link('/employer/company') };
    case NotificationType.CompanyInvitation: {
      const secret = text(payload[OPENED_SECRET_FIELD]);
      return {
        params: { companyName, inviterName: text(payload['inviterName']) ?? '—' },
        link: secret ? link(`/invitations/${encodeURIComponent(secret)}`) : null,
      };
    }
    case NotificationType.CheckInDue: {
      const checkInId = text(payload['checkInId']);
      const checkInLink = checkInId ? link(`/check-ins/${checkInId}`) : link('/applications');
      // The SMS carries the short form of the same page (`/<lang>/c/<code>`, the web redirects it).
      const shortCode = checkInId ? checkInShortCode(checkInId) : null;
      const checkInShortLink = shortCode ? link(`/${CHECK_IN_SHORT_PATH}/${shortCode}`) : checkInLink;
      return { params: { day: count(payload['day']), vacancyTitle, checkInLink, checkInShortLink }, link: checkInLink };
    }
    case NotificationType.GrievanceOpened: {
      const grievanceId = text(payload['grievanceId']);
      return {
        params: { vacancyTitle, fromCheckIn: payload['fromCheckIn'] === true ? 'true' : 'false' },
        link: grievanceId ? link(`/attache/grievances/${grievanceId}`) : link('/attache/grievances'),
      };
    }
    case NotificationType.GrievanceMessage: {
      const grievanceId = text(payload['grievanceId']);
      const grievanceLink = grievanceId ? link(`/attache/grievances/${grievanceId}`) : link('/attache/grievances');
      return { params: { vacancyTitle, grievanceLink }, link: grievanceLink };
    }
    case NotificationType.GrievanceUpdated: {
      const grievanceId = text(payload['grievanceId']);
      const grievanceLink = grievanceId ? link(`/grievances/${grievanceId}`) : link('/grievances');
      return { params: { status: text(payload['status']) ?? 'other', grievanceLink }, link: grievanceLink };
    }
    case NotificationType.FeeReported: {
      const companyId = text(payload['companyId']);
      return {
        params: { companyName, amount: count(payload['amountRoubles']), intermediary: text(payload['intermediaryName']) ?? '—' },
        link: companyId ? link(`/attache/companies/${companyId}`) : link('/attache/companies'),
      };
    }
    case NotificationType.RedFlagRaised: {
      const companyId = text(payload['companyId']);
      return {
        params: { companyName, rule: text(payload['signal']) ?? 'other', evidence: count(payload['evidenceCount']) },
        link: companyId ? link(`/attache/companies/${companyId}`) : link('/attache/companies'),
      };
    }
    case NotificationType.CompanyRated:
      return { params: { companyName, count: count(payload['count']) }, link: link('/employer/company') };
    case NotificationType.WebhookDisabled:
      return {
        params: { endpointHost: text(payload['endpointHost']) ?? '—', failures: count(payload['failures']) },
        link: link('/employer/webhooks'),
      };
    case NotificationType.NoShowRecorded:
      return { params: { vacancyTitle, reason: text(payload['reason']) ?? '—' }, link: applicationLink };
    case NotificationType.DepartureReminder: {
      const departureDate = dateOf(payload['departureDate']) ?? context.now;
      // The open items travel as checklist kinds and are named in the reader's language here.
      const openKinds = Array.isArray(payload['openItemKinds']) ? payload['openItemKinds'].filter(isChecklistItemKind) : [];
      const openItems = typeof payload['openItems'] === 'number' ? payload['openItems'] : openKinds.length;
      // Days are counted on the calendar of the migrant's home country, whose citizenship the reminder carries.
      const homeTimeZone = homeTimeZoneOf(text(payload['citizenship']));
      const days = Math.max(0, calendarDaysBetween(localDateIn(context.now, homeTimeZone), departureDate.toISOString().slice(0, 10)));
      return {
        params: { departureDate, days, openItems, openItemList: checklistItemList(openKinds, context.locale) || '—' },
        link: link('/profile'),
      };
    }
  }
}
