/** Notifications: channels, languages and the shapes the notification centre and its admin pages exchange. */
import { Locale, SUPPORTED_LOCALES, isSupportedLocale } from '@jumush/domain';

/** Where a notification can reach a person. The in-app notification centre is always on. */
export enum NotificationChannel {
  InApp = 'IN_APP',
  Email = 'EMAIL',
  Sms = 'SMS',
  Telegram = 'TELEGRAM',
}

export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = Object.values(NotificationChannel);

/**
 * Languages notifications are written in: the product's languages, one list for web, account and notifications.
 * An alias of Locale (same enum, same values), kept so notification code reads as what it is.
 */
export { Locale as NotificationLocale };

export const NOTIFICATION_LOCALES: readonly Locale[] = SUPPORTED_LOCALES;

export const isNotificationLocale: (value: unknown) => value is Locale = isSupportedLocale;

/** State of one message to one person on one channel. */
export enum DeliveryStatus {
  /** Claimed or waiting for (another) attempt. */
  Pending = 'PENDING',
  Delivered = 'DELIVERED',
  /** Every attempt failed, or the failure was permanent; the reason is kept. */
  Failed = 'FAILED',
  /** Nothing to send: the person has no address for the channel any more, or the channel is switched off. */
  Skipped = 'SKIPPED',
}

/** What a notification is about; each has a template in every notification language. */
export enum NotificationType {
  ApplicationReceived = 'applicationReceived',
  NewApplicant = 'newApplicant',
  Shortlisted = 'shortlisted',
  Declined = 'declined',
  InBatch = 'inBatch',
  Approved = 'approved',
  Refused = 'refused',
  Returned = 'returned',
  WithdrawalConfirmed = 'withdrawalConfirmed',
  CandidateWithdrew = 'candidateWithdrew',
  Closed = 'closed',
  VacancyChanged = 'vacancyChanged',
  DeadlineReminder = 'deadlineReminder',
  /** To the admins (the country's supervisors): a stage with an owner passed its deadline undone. */
  DeadlineOverdue = 'deadlineOverdue',
  DepartureReminder = 'departureReminder',
  /** To the attaché staff of the batch's country: a batch waits for their decision. */
  BatchSubmitted = 'batchSubmitted',
  /** To the employer's recruiters: the attaché decided a batch (counts approved and refused). */
  BatchDecided = 'batchDecided',
  /** To the employer's recruiters: the attaché sent a batch back with a comment. */
  BatchReturned = 'batchReturned',
  /** To the company's members: the attaché's decisions on the company. */
  CompanyVerified = 'companyVerified',
  CompanyRejected = 'companyRejected',
  CompanySuspended = 'companySuspended',
  CompanyReinstated = 'companyReinstated',
  /** To the company's members: the attaché's review of a vacancy, or its return to review after a material change. */
  VacancyPublished = 'vacancyPublished',
  VacancyRejected = 'vacancyRejected',
  VacancySentBack = 'vacancySentBack',
  /** To the migrant: the attaché revoked their approval letter (or it fell with the employer's suspension). */
  LetterRevoked = 'letterRevoked',
  /** Security, to the person only, by SMS: the code that resets a forgotten password (never in the app). */
  PasswordResetCode = 'passwordResetCode',
  /** Security, to the person only, by SMS: the code that proves a migrant's phone number (never in the app). */
  PhoneVerificationCode = 'phoneVerificationCode',
  /** Security, to the person only, by e-mail: the link that resets a forgotten password (never in the app). */
  PasswordResetLink = 'passwordResetLink',
  /** Security, to the person only, by SMS or e-mail: their password was changed or reset. */
  PasswordChanged = 'passwordChanged',
  /** Security, to the person only, by SMS or e-mail and in the app: someone tried to register their sign-in address. */
  RegistrationAttempted = 'registrationAttempted',
  /** By e-mail only, to the address being proven: the single-use verification link. Never in the in-app centre. */
  EmailVerification = 'emailVerification',
  /** By e-mail only, to the invited address (which may have no account yet): the invitation's own link. */
  CompanyInvitation = 'companyInvitation',
  /** By e-mail only, to a new staff account's address: the single-use link that sets its first password. */
  AccountSetup = 'accountSetup',
  /** To the claimant of a disputed INN: the attaché upheld their dispute (the company is theirs) or rejected it. */
  CompanyDisputeUpheld = 'companyDisputeUpheld',
  CompanyDisputeRejected = 'companyDisputeRejected',
  /** To the disputed company's side: its members lost it to the claimant, or the dispute against it was rejected. */
  CompanyOwnershipLost = 'companyOwnershipLost',
  CompanyDisputeDismissed = 'companyDisputeDismissed',
  /** To the migrant, after arrival: the day-N check-in waits for five one-tap answers. */
  CheckInDue = 'checkInDue',
  /** To the responsible attachés: a grievance was opened (by the migrant or by a check-in answer). */
  GrievanceOpened = 'grievanceOpened',
  /** To the migrant: the staff wrote in their grievance or moved it (taken up, referred, resolved). */
  GrievanceUpdated = 'grievanceUpdated',
  /** To the responsible attachés: the migrant wrote in their grievance. */
  GrievanceMessage = 'grievanceMessage',
  /** To the migrant: the employer recorded that they never came or never started, with the reason. */
  NoShowRecorded = 'noShowRecorded',
  /** To the responsible attachés: a migrant reported a recruitment fee demanded or paid, naming the intermediary. */
  FeeReported = 'feeReported',
  /** To the responsible attachés: a red-flag rule tripped and put the employer under review. */
  RedFlagRaised = 'redFlagRaised',
  /** To the company's members: a worker rated the company (only once its ratings are public: 5 or more). */
  CompanyRated = 'companyRated',
  /** To the company's owners: a webhook endpoint kept failing and was switched off. */
  WebhookDisabled = 'webhookDisabled',
}

export const NOTIFICATION_TYPES: readonly NotificationType[] = Object.values(NotificationType);

/**
 * Every topic an outbox row may carry: the only values OutboxService accepts, so a topic nobody catalogued does not
 * compile. Application topics are `application.<status>` of the moves' targets; reminders `reminder.<kind>`. What each
 * tells whom is in the topic catalogue of @jumush/server/notifications.
 */
export const OutboxTopic = {
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
  ApplicationWorking: 'application.working',
  ApplicationNoShow: 'application.no_show',
  CheckInReminder: 'reminder.check_in',
  GrievanceOpened: 'grievance.opened',
  GrievanceUpdated: 'grievance.updated',
  FeeReported: 'work_report.fee',
  RedFlagRaised: 'red_flag.raised',
  GrievanceMessage: 'grievance.message',
  CompanyRated: 'company.rated',
  BatchSubmitted: 'batch.submitted',
  BatchDecided: 'batch.decided',
  BatchReturned: 'batch.returned',
  CompanyVerified: 'company.verified',
  CompanyRejected: 'company.rejected',
  CompanySuspended: 'company.suspended',
  CompanyReinstated: 'company.reinstated',
  VacancyPublished: 'vacancy.published',
  VacancyRejected: 'vacancy.rejected',
  VacancySentBack: 'vacancy.sent_back',
  VacancyChanged: 'vacancy.changed',
  LetterRevoked: 'letter.revoked',
  DeadlineReminder: 'reminder.deadline',
  DeadlineOverdue: 'reminder.overdue',
  DepartureReminder: 'reminder.departure',
  PasswordResetRequested: 'account.password_reset_requested',
  PasswordChanged: 'account.password_changed',
  RegistrationAttempted: 'account.registration_attempted',
  EmailVerificationRequested: 'account.email_verification_requested',
  PhoneVerificationRequested: 'account.phone_verification_requested',
  CompanyMemberInvited: 'company.member_invited',
  AccountSetupRequested: 'account.setup_requested',
  CompanyDisputeDecided: 'company.dispute_decided',
  CompanyDisputeDecidedForCompany: 'company.dispute_decided_for_company',
  /** The owner's test event for one webhook endpoint (the worker's webhook fan-out sends it; nobody is notified). */
  WebhookTest: 'webhook.test',
  /** The owner's replay of one webhook delivery. */
  WebhookReplay: 'webhook.replay',
  /** A webhook endpoint was switched off after repeated failures (written by the worker). */
  WebhookDisabled: 'webhook.disabled',
} as const;
export type OutboxTopic = (typeof OutboxTopic)[keyof typeof OutboxTopic];

export const OUTBOX_TOPICS: readonly OutboxTopic[] = Object.values(OutboxTopic);

export function isOutboxTopic(value: unknown): value is OutboxTopic {
  return typeof value === 'string' && (OUTBOX_TOPICS as readonly string[]).includes(value);
}

/** One entry of the in-app notification centre, already written in the reader's language. */
export interface InAppNotificationView {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  /** Where the notification leads in the web app, if anywhere. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface UnreadCountView {
  unreadCount: number;
}

/** `POST /api/notifications/stream-ticket`: open the stream with `?ticket=` within `expiresInSeconds`, once. */
export interface StreamTicketView {
  ticket: string;
  expiresInSeconds: number;
}

/** What `GET /api/notifications/stream` pushes (event `notification`) when a notification arrives, and once on connecting. */
export interface NotificationStreamEvent {
  unreadCount: number;
  latest: InAppNotificationView | null;
}

export interface NotificationPreferencesView {
  /** Channels switched on; always contains IN_APP. */
  channels: NotificationChannel[];
  locale: Locale;
  /** Channels this account can switch on (an address is known and the channel is configured). */
  availableChannels: NotificationChannel[];
  telegramLinked: boolean;
  /** True while the account has never saved its own choice and gets its role's defaults. */
  isDefault: boolean;
}

/** A message the development/test capture adapters kept instead of sending (SMS, e-mail). */
export interface CapturedMessageView {
  id: string;
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
  accountId: string | null;
  outboxId: string | null;
  createdAt: string;
}

export interface FailedDeliveryView {
  id: string;
  outboxId: string;
  topic: string;
  accountId: string;
  channel: NotificationChannel;
  attempts: number;
  reason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Path of the short-lived cookie that admits an admin to the queue dashboard (`/admin/queues`). */
export const QUEUE_BOARD_PATH = '/admin/queues';
