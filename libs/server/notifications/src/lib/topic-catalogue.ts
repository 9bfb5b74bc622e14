/**
 * The topic catalogue: every topic the outbox may carry (OutboxTopic, the only values the API's OutboxService
 * accepts), who receives it (the writer puts their accounts in `recipient_ids`), and the notification each of them
 * gets — or why the topic deliberately tells nobody. The fan-out asks this table and nothing else; a topic missing
 * here does not compile, and a row whose topic is unknown at run time becomes a FAILED delivery the admins see.
 */
import { NotificationType, OutboxTopic, isOutboxTopic } from '@jumush/contracts/client';
import { ApplicationStatus, Role } from '@jumush/domain';
import type { SecurityMessageKind } from './security';

export interface OutboxEvent {
  topic: string;
  payload: Record<string, unknown>;
}

export interface NotifyingTopic {
  /** Whom the writer puts in `recipient_ids`, in words (it is the writer's query that decides). */
  recipients: string;
  /** Every notification type the topic may become, for the catalogue's tests. */
  types: readonly NotificationType[];
  /** The notification for a recipient of this role; null only for a role the rule above never names. */
  typeFor(event: OutboxEvent, role: Role): NotificationType | null;
  /**
   * A security message (security.ts): it goes to the person's sign-in address whatever their preferences; a
   * `secret` one (a code, a link) never to the in-app centre.
   */
  security?: SecurityMessageKind;
  /**
   * Sent by e-mail only, to the address in the payload (security.ts), whatever the recipient's preferences: the
   * address is the one being proven or invited, and may have no account. Only a `secret` topic is addressed.
   */
  addressedEmail?: true;
}

export interface SilentTopic {
  /** Why nobody is told: a catalogue entry without a reason is not silence, it is a bug. */
  silentBecause: string;
}

export type TopicRule = NotifyingTopic | SilentTopic;

const always = (type: NotificationType) => (): NotificationType => type;
const byRole =
  (migrant: NotificationType, employer: NotificationType) =>
  (_event: OutboxEvent, role: Role): NotificationType =>
    role === Role.Employer ? employer : migrant;
/** Migrants sign in with a phone, everyone else with an e-mail address. */
const byLogin =
  (phone: NotificationType, email: NotificationType) =>
  (_event: OutboxEvent, role: Role): NotificationType =>
    role === Role.Migrant ? phone : email;
const forRoles =
  (type: NotificationType, roles: readonly Role[]) =>
  (_event: OutboxEvent, role: Role): NotificationType | null =>
    roles.includes(role) ? type : null;

const CANDIDATE = 'the candidate';
const CANDIDATE_AND_RECRUITERS = "the candidate and the employer's recruiters";
const RECRUITERS = "the employer's recruiters (company_members of the company)";
const OFFICIALS = [Role.Attache, Role.Admin] as const;

const { Migrant, Employer } = Role;

export const TOPIC_CATALOGUE: { readonly [T in OutboxTopic]: TopicRule } = {
  [OutboxTopic.ApplicationSubmitted]: {
    recipients: CANDIDATE_AND_RECRUITERS,
    types: [NotificationType.ApplicationReceived, NotificationType.NewApplicant],
    typeFor: byRole(NotificationType.ApplicationReceived, NotificationType.NewApplicant),
  },
  [OutboxTopic.ApplicationShortlisted]: {
    recipients: CANDIDATE,
    types: [NotificationType.Shortlisted, NotificationType.Returned],
    // Back from a batch (returned by the attaché, withdrawn or edited by the employer) reads differently from a first shortlisting.
    typeFor: (event) => (event.payload['from'] === ApplicationStatus.InBatch ? NotificationType.Returned : NotificationType.Shortlisted),
  },
  [OutboxTopic.ApplicationDeclined]: { recipients: CANDIDATE, types: [NotificationType.Declined], typeFor: always(NotificationType.Declined) },
  [OutboxTopic.ApplicationInBatch]: { recipients: CANDIDATE, types: [NotificationType.InBatch], typeFor: always(NotificationType.InBatch) },
  [OutboxTopic.ApplicationApproved]: { recipients: CANDIDATE, types: [NotificationType.Approved], typeFor: always(NotificationType.Approved) },
  [OutboxTopic.ApplicationRefused]: { recipients: CANDIDATE, types: [NotificationType.Refused], typeFor: always(NotificationType.Refused) },
  [OutboxTopic.ApplicationWithdrawn]: {
    recipients: CANDIDATE_AND_RECRUITERS,
    types: [NotificationType.WithdrawalConfirmed, NotificationType.CandidateWithdrew],
    typeFor: byRole(NotificationType.WithdrawalConfirmed, NotificationType.CandidateWithdrew),
  },
  [OutboxTopic.ApplicationClosed]: { recipients: CANDIDATE, types: [NotificationType.Closed], typeFor: always(NotificationType.Closed) },
  [OutboxTopic.ApplicationDeparted]: {
    silentBecause: 'the migrant records the departure themselves; the reminders before it already went out',
  },
  [OutboxTopic.ApplicationArrived]: {
    silentBecause: 'the migrant or the employer records the arrival themselves; telling them what they just did helps nobody',
  },
  [OutboxTopic.ApplicationWorking]: {
    silentBecause: 'the employer records the start of work; the migrant is the one who started, and the check-ins ask them how it goes',
  },
  [OutboxTopic.ApplicationNoShow]: {
    recipients: CANDIDATE,
    types: [NotificationType.NoShowRecorded],
    typeFor: forRoles(NotificationType.NoShowRecorded, [Migrant]),
  },
  [OutboxTopic.CompanyRated]: {
    recipients: "the company's members, once its ratings are public (5 or more)",
    types: [NotificationType.CompanyRated],
    typeFor: forRoles(NotificationType.CompanyRated, [Employer]),
  },
  [OutboxTopic.CheckInReminder]: {
    recipients: 'the migrant who arrived (one row per check-in day)',
    types: [NotificationType.CheckInDue],
    typeFor: forRoles(NotificationType.CheckInDue, [Migrant]),
  },
  [OutboxTopic.GrievanceOpened]: {
    recipients: "the attachés of the migrant's country covering the work region, else the country-wide staff",
    types: [NotificationType.GrievanceOpened],
    typeFor: forRoles(NotificationType.GrievanceOpened, OFFICIALS),
  },
  [OutboxTopic.GrievanceUpdated]: {
    recipients: 'the migrant whose grievance the staff answered or moved',
    types: [NotificationType.GrievanceUpdated],
    typeFor: forRoles(NotificationType.GrievanceUpdated, [Migrant]),
  },
  [OutboxTopic.FeeReported]: {
    recipients: "the attachés of the migrant's country covering the work region, else the country-wide staff",
    types: [NotificationType.FeeReported],
    typeFor: forRoles(NotificationType.FeeReported, OFFICIALS),
  },
  [OutboxTopic.RedFlagRaised]: {
    recipients: "the attachés of the reporters' country covering the work region, else the country-wide staff",
    types: [NotificationType.RedFlagRaised],
    typeFor: forRoles(NotificationType.RedFlagRaised, OFFICIALS),
  },
  [OutboxTopic.GrievanceMessage]: {
    recipients: "the attachés of the migrant's country covering the work region, else the country-wide staff (as on opening)",
    types: [NotificationType.GrievanceMessage],
    typeFor: forRoles(NotificationType.GrievanceMessage, OFFICIALS),
  },
  [OutboxTopic.BatchSubmitted]: {
    recipients: "the attaché staff of the batch's origin country",
    types: [NotificationType.BatchSubmitted],
    typeFor: forRoles(NotificationType.BatchSubmitted, OFFICIALS),
  },
  [OutboxTopic.BatchDecided]: {
    recipients: RECRUITERS,
    types: [NotificationType.BatchDecided],
    typeFor: forRoles(NotificationType.BatchDecided, [Employer]),
  },
  [OutboxTopic.BatchReturned]: {
    recipients: RECRUITERS,
    types: [NotificationType.BatchReturned],
    typeFor: forRoles(NotificationType.BatchReturned, [Employer]),
  },
  [OutboxTopic.CompanyVerified]: {
    recipients: "the company's members",
    types: [NotificationType.CompanyVerified],
    typeFor: forRoles(NotificationType.CompanyVerified, [Employer]),
  },
  [OutboxTopic.CompanyRejected]: {
    recipients: "the company's members",
    types: [NotificationType.CompanyRejected],
    typeFor: forRoles(NotificationType.CompanyRejected, [Employer]),
  },
  [OutboxTopic.CompanySuspended]: {
    recipients: "the company's members (its candidates hear through application.closed)",
    types: [NotificationType.CompanySuspended],
    typeFor: forRoles(NotificationType.CompanySuspended, [Employer]),
  },
  [OutboxTopic.LetterRevoked]: {
    recipients: 'the migrant the letter names',
    types: [NotificationType.LetterRevoked],
    typeFor: forRoles(NotificationType.LetterRevoked, [Migrant]),
  },
  [OutboxTopic.CompanyReinstated]: {
    recipients: "the company's members",
    types: [NotificationType.CompanyReinstated],
    typeFor: forRoles(NotificationType.CompanyReinstated, [Employer]),
  },
  [OutboxTopic.VacancyPublished]: {
    recipients: "the members of the vacancy's company",
    types: [NotificationType.VacancyPublished],
    typeFor: forRoles(NotificationType.VacancyPublished, [Employer]),
  },
  [OutboxTopic.VacancyRejected]: {
    recipients: "the members of the vacancy's company",
    types: [NotificationType.VacancyRejected],
    typeFor: forRoles(NotificationType.VacancyRejected, [Employer]),
  },
  [OutboxTopic.VacancySentBack]: {
    recipients: "the members of the vacancy's company",
    types: [NotificationType.VacancySentBack],
    typeFor: forRoles(NotificationType.VacancySentBack, [Employer]),
  },
  [OutboxTopic.VacancyChanged]: {
    recipients: 'the candidate of one open application of the vacancy (one row per application)',
    types: [NotificationType.VacancyChanged],
    typeFor: forRoles(NotificationType.VacancyChanged, [Migrant]),
  },
  [OutboxTopic.DeadlineReminder]: {
    recipients: 'whoever the deadline waits for (the attaché staff for a batch decision, the recruiters for a shortlisting)',
    types: [NotificationType.DeadlineReminder],
    typeFor: always(NotificationType.DeadlineReminder),
  },
  [OutboxTopic.DeadlineOverdue]: {
    recipients: "the admins, supervisors of every country: an item passed its deadline undone (escalation; the owner's queue shows it first)",
    types: [NotificationType.DeadlineOverdue],
    typeFor: always(NotificationType.DeadlineOverdue),
  },
  [OutboxTopic.EmailVerificationRequested]: {
    recipients: 'the address being proven (the account that registered or changed it); e-mail only',
    types: [NotificationType.EmailVerification],
    typeFor: always(NotificationType.EmailVerification),
    security: 'secret',
    addressedEmail: true,
  },
  [OutboxTopic.AccountSetupRequested]: {
    recipients: 'the address of a staff account an admin created (an attaché); e-mail only',
    types: [NotificationType.AccountSetup],
    typeFor: always(NotificationType.AccountSetup),
    security: 'secret',
    addressedEmail: true,
  },
  [OutboxTopic.CompanyMemberInvited]: {
    recipients: 'the invited address, which may have no account yet; e-mail only',
    types: [NotificationType.CompanyInvitation],
    typeFor: always(NotificationType.CompanyInvitation),
    security: 'secret',
    addressedEmail: true,
  },
  [OutboxTopic.CompanyDisputeDecided]: {
    recipients: 'the claimant of the disputed INN',
    types: [NotificationType.CompanyDisputeUpheld, NotificationType.CompanyDisputeRejected],
    typeFor: (event, role) =>
      role !== Employer
        ? null
        : event.payload['decision'] === 'uphold'
          ? NotificationType.CompanyDisputeUpheld
          : NotificationType.CompanyDisputeRejected,
  },
  [OutboxTopic.CompanyDisputeDecidedForCompany]: {
    recipients: "the disputed company's members: those who lost it (upheld), or its members now (rejected)",
    types: [NotificationType.CompanyOwnershipLost, NotificationType.CompanyDisputeDismissed],
    typeFor: (event, role) =>
      role !== Employer
        ? null
        : event.payload['decision'] === 'uphold'
          ? NotificationType.CompanyOwnershipLost
          : NotificationType.CompanyDisputeDismissed,
  },
  [OutboxTopic.DepartureReminder]: {
    recipients: 'the migrant who planned the departure',
    types: [NotificationType.DepartureReminder],
    typeFor: always(NotificationType.DepartureReminder),
  },
  [OutboxTopic.PasswordResetRequested]: {
    recipients: 'the account whose password is reset (whoever asked: the secret goes to its sign-in address only)',
    types: [NotificationType.PasswordResetCode, NotificationType.PasswordResetLink],
    // As the sign-in address (security.ts): a migrant's phone gets a code to type, anyone's e-mail a link.
    typeFor: byLogin(NotificationType.PasswordResetCode, NotificationType.PasswordResetLink),
    security: 'secret',
  },
  [OutboxTopic.PhoneVerificationRequested]: {
    recipients: 'the migrant proving the number (at registration, on asking again, after changing it); SMS only',
    types: [NotificationType.PhoneVerificationCode],
    typeFor: forRoles(NotificationType.PhoneVerificationCode, [Role.Migrant]),
    security: 'secret',
  },
  [OutboxTopic.PasswordChanged]: {
    recipients: 'the account whose password was changed or reset',
    types: [NotificationType.PasswordChanged],
    typeFor: always(NotificationType.PasswordChanged),
    security: 'notice',
  },
  [OutboxTopic.RegistrationAttempted]: {
    recipients: 'the account whose phone or e-mail someone tried to register again (at most once a day)',
    types: [NotificationType.RegistrationAttempted],
    typeFor: always(NotificationType.RegistrationAttempted),
    security: 'notice',
  },
  [OutboxTopic.WebhookTest]: {
    silentBecause: "a machine is told, not a person: the worker's webhook fan-out sends it to the one endpoint it names",
  },
  [OutboxTopic.WebhookReplay]: {
    silentBecause: "a machine is told, not a person: the worker's webhook fan-out sends the delivery it names again",
  },
  [OutboxTopic.WebhookDisabled]: {
    recipients: "the company's owners (company_members with owner)",
    types: [NotificationType.WebhookDisabled],
    typeFor: forRoles(NotificationType.WebhookDisabled, [Employer]),
  },
};

/** The security kind of a topic's messages, or null for an ordinary topic (preferences decide its channels). */
export function securityKindOf(topic: string): SecurityMessageKind | null {
  const rule = topicRuleOf(topic);
  return rule && !isSilentRule(rule) ? (rule.security ?? null) : null;
}

export function isSilentRule(rule: TopicRule): rule is SilentTopic {
  return 'silentBecause' in rule;
}

/** The catalogue's rule for a topic, or undefined for a topic nobody catalogued (a bug: the admins must see it). */
export function topicRuleOf(topic: string): TopicRule | undefined {
  return isOutboxTopic(topic) ? TOPIC_CATALOGUE[topic] : undefined;
}

/** True for a topic that tells nobody on purpose. */
export function isSilentTopic(topic: string): boolean {
  const rule = topicRuleOf(topic);
  return rule !== undefined && isSilentRule(rule);
}

/** The template a recipient of this role gets for the event, or null when the catalogue tells them nothing. */
export function notificationTypeFor(event: OutboxEvent, role: Role): NotificationType | null {
  const rule = topicRuleOf(event.topic);
  return rule && !isSilentRule(rule) ? rule.typeFor(event, role) : null;
}

/** True for a topic sent by e-mail only, to the address its payload names (it carries a secret). */
export function isAddressedEmailTopic(topic: string): boolean {
  const rule = topicRuleOf(topic);
  return rule !== undefined && !isSilentRule(rule) && rule.addressedEmail === true;
}

/** Why a recipient of an outbox row gets nothing although the topic is not silent: unknown topic, or a role its rule does not name. */
export function unhandledReason(event: OutboxEvent, role: Role): string {
  return topicRuleOf(event.topic)
    ? `topic "${event.topic}" tells no ${role}: its catalogue rule does not name this recipient`
    : `topic "${event.topic}" is not in the notification catalogue: nobody handles it`;
}
