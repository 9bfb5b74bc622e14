/** English. SMS texts use plain quotes and hyphens, so a Latin-script text stays in GSM-7. */
import { NotificationType } from '@jumush/contracts/client';
import type { TemplateCatalogue } from './catalogue';

export const EN: TemplateCatalogue = {
  [NotificationType.ApplicationReceived]: {
    title: 'Application received',
    body: 'Your application for “{vacancyTitle}” has been received. The employer will review it and we will tell you the decision.{queueTotal, plural, =0 {} other { You are number {queuePosition} of # waiting for the employer{usualDays, plural, =0 {} one {; they usually answer within # day} other {; they usually answer within # days}}.}}',
    sms: 'Jumush: your application for "{vacancyTitle}" was received. We will tell you the decision.',
  },
  [NotificationType.NewApplicant]: {
    title: 'New application',
    body: 'A new application for “{vacancyTitle}” has arrived. See the candidate in the list of applicants.',
    sms: 'Jumush: new application for "{vacancyTitle}".',
  },
  [NotificationType.Shortlisted]: {
    title: 'You are on the shortlist',
    body: 'The employer has shortlisted you for “{vacancyTitle}”. Keep your documents ready.',
    sms: 'Jumush: you are shortlisted for "{vacancyTitle}". Get your documents ready.',
  },
  [NotificationType.Declined]: {
    title: 'Application declined',
    body: 'The employer declined your application for “{vacancyTitle}”. Reason: {reason}. Have a look at other vacancies.',
    sms: 'Jumush: your application for "{vacancyTitle}" was declined. Reason: {reason}',
  },
  [NotificationType.InBatch]: {
    title: 'You are in a recruitment batch',
    body: 'The employer put you in a recruitment batch for “{vacancyTitle}” and sent it to the labour attaché for approval.{queueTotal, plural, =0 {} other { You are number {queuePosition} of # waiting for the attaché{usualDays, plural, =0 {} one {; the attaché usually decides within # day} other {; the attaché usually decides within # days}}.}}',
    sms: 'Jumush: you are in the batch for "{vacancyTitle}". Waiting for the attaché to approve it.',
  },
  [NotificationType.Approved]: {
    title: 'Batch approved',
    body: 'The labour attaché approved your batch for “{vacancyTitle}”. Approval letter: {letterLink}',
    sms: 'Jumush: approved! "{vacancyTitle}". Letter: {letterLink}',
  },
  [NotificationType.Refused]: {
    title: 'Not approved by the attaché',
    body: 'The labour attaché did not approve your application for “{vacancyTitle}”. Reason: {reason}.',
    sms: 'Jumush: the attaché did not approve "{vacancyTitle}". Reason: {reason}',
  },
  [NotificationType.Returned]: {
    title: 'Back on the shortlist',
    body: 'The batch for “{vacancyTitle}” was returned to the employer. Your application is back on the shortlist and the employer can send it again.',
    sms: 'Jumush: the batch for "{vacancyTitle}" was returned; you are back on the shortlist.',
  },
  [NotificationType.WithdrawalConfirmed]: {
    title: 'Application withdrawn',
    body: 'You withdrew your application for “{vacancyTitle}”. You can apply to other vacancies.',
    sms: 'Jumush: you withdrew your application for "{vacancyTitle}".',
  },
  [NotificationType.CandidateWithdrew]: {
    title: 'A candidate withdrew',
    body: 'A candidate withdrew their application for “{vacancyTitle}”.',
    sms: 'Jumush: a candidate withdrew from "{vacancyTitle}".',
  },
  [NotificationType.Closed]: {
    title: 'Application closed',
    body: 'Your application for “{vacancyTitle}” was closed: {cause, select, vacancyClosed {recruitment for the vacancy has ended} employerSuspended {the employer may not recruit for now} other {the vacancy is no longer available}}. This is not a decision about you — apply to other vacancies.',
    sms: 'Jumush: your application for "{vacancyTitle}" was closed: {cause, select, vacancyClosed {recruitment ended} employerSuspended {employer suspended} other {vacancy unavailable}}.',
  },
  [NotificationType.DeadlineReminder]: {
    title: 'Deadline: {subject}',
    body: '{subject}: deadline {deadline, date, day}, {days, plural, =0 {today} one {# day left} other {# days left}}.',
    sms: 'Jumush: {subject} - deadline {deadline, date, day}, {days, plural, =0 {today} one {# day left} other {# days left}}.',
  },
  [NotificationType.DeadlineOverdue]: {
    title: 'Overdue: {subject}',
    body: '{subject} ({country}): the deadline passed on {deadline, date, day} and it is still undone. It is now at the top of its owner’s queue.',
    sms: 'Jumush: overdue — {subject} ({country}), due {deadline, date, day}.',
  },
  [NotificationType.DepartureReminder]: {
    title: 'Departure soon',
    body: 'Your departure is on {departureDate, date, day}, {days, plural, =0 {today} one {in # day} other {in # days}}. {openItems, plural, =0 {Everything on the checklist is done.} one {# checklist item is still open: {openItemList}.} other {# checklist items are still open: {openItemList}.}}',
    sms: 'Jumush: departure {departureDate, date, day}. {openItems, plural, =0 {Documents ready.} one {# checklist item open.} other {# checklist items open.}}',
  },
  [NotificationType.VacancyChanged]: {
    title: 'Vacancy terms changed',
    body: 'The employer changed the terms of “{vacancyTitle}”: {changes}. Check them before you travel.',
    sms: 'Jumush: the terms of "{vacancyTitle}" changed: {changes}',
  },
  [NotificationType.BatchSubmitted]: {
    title: 'New batch to approve',
    body: 'An employer sent the batch for “{vacancyTitle}” for approval (candidates: {size}). Please decide it before the deadline.',
    sms: 'Jumush: new batch "{vacancyTitle}", candidates: {size}. Waiting for your decision.',
  },
  [NotificationType.BatchDecided]: {
    title: 'The attaché decided a batch',
    body: 'The labour attaché decided the batch for “{vacancyTitle}”: approved {approved}, not approved {refused}. The batch page has the details and reasons.',
    sms: 'Jumush: batch "{vacancyTitle}" decided: approved {approved}, not approved {refused}.',
  },
  [NotificationType.BatchReturned]: {
    title: 'Batch returned',
    body: 'The labour attaché returned the batch for “{vacancyTitle}”. Comment: {comment}. Correct the batch and send it again.',
    sms: 'Jumush: the attaché returned the batch "{vacancyTitle}". Comment: {comment}',
  },
  [NotificationType.CompanyVerified]: {
    title: 'Company verified',
    body: 'The labour attaché verified “{companyName}”. You can now submit vacancies for review.',
    sms: 'Jumush: "{companyName}" is verified. You can publish vacancies.',
  },
  [NotificationType.CompanyRejected]: {
    title: 'Company not verified',
    body: 'The labour attaché did not verify “{companyName}”. Reason: {reason}.',
    sms: 'Jumush: "{companyName}" was not verified. Reason: {reason}',
  },
  [NotificationType.LetterRevoked]: {
    title: 'Approval letter revoked',
    body: 'The labour attaché revoked your approval letter for the vacancy “{vacancyTitle}”. Reason: {reason}. Do not travel on this letter; if you have questions, contact the attaché.',
    sms: 'Jumush: your approval letter for “{vacancyTitle}” was revoked. Reason: {reason}',
  },
  [NotificationType.CompanySuspended]: {
    title: 'Company suspended',
    body: 'The labour attaché suspended “{companyName}”. Reason: {reason}. While the suspension lasts you cannot recruit; open applications were closed.',
    sms: 'Jumush: "{companyName}" is suspended. Reason: {reason}',
  },
  [NotificationType.CompanyReinstated]: {
    title: 'Company reinstated',
    body: 'The labour attaché lifted the suspension of “{companyName}”. You can recruit again.',
    sms: 'Jumush: the suspension of "{companyName}" was lifted.',
  },
  [NotificationType.VacancyPublished]: {
    title: 'Vacancy published',
    body: 'The labour attaché approved “{vacancyTitle}”: it is published and candidates can see it.',
    sms: 'Jumush: vacancy "{vacancyTitle}" is published.',
  },
  [NotificationType.VacancyRejected]: {
    title: 'Vacancy rejected',
    body: 'The labour attaché rejected “{vacancyTitle}”. Reason: {reason}. Correct it and submit it again.',
    sms: 'Jumush: vacancy "{vacancyTitle}" was rejected. Reason: {reason}',
  },
  [NotificationType.VacancySentBack]: {
    title: 'Vacancy back in review',
    body: 'You changed essential terms of “{vacancyTitle}”, so it is back in review with the labour attaché and hidden from candidates until then.',
    sms: 'Jumush: "{vacancyTitle}" is back in review with the attaché after the change of terms.',
  },
  [NotificationType.PasswordResetCode]: {
    title: 'Password reset code',
    body: 'Your Jumush password reset code: {code}. It works for {minutes} min. Do not share it with anyone. If you did not ask for a reset, ignore this message.',
    sms: 'Jumush: password reset code {code}. Valid {minutes} min. Do not share it.',
  },
  [NotificationType.PhoneVerificationCode]: {
    title: 'Phone confirmation code',
    body: 'Your Jumush code to confirm this phone number: {code}. It works for {minutes} min. Do not share it with anyone. If you did not register on Jumush, ignore this message.',
    sms: 'Jumush: code {code} confirms your phone. Valid {minutes} min. Do not share it.',
  },
  [NotificationType.PasswordResetLink]: {
    title: 'Reset your Jumush password',
    body: 'To set a new password, open the link below within {minutes} min. If you did not ask for a reset, ignore this e-mail: your password stays as it is.',
    sms: 'Jumush: a password reset link was sent to your e-mail.',
  },
  [NotificationType.PasswordChanged]: {
    title: 'Your password was changed',
    body: 'The password of your Jumush account was changed and every other sign-in was ended. If it was not you, reset your password at once with the link below.',
    sms: 'Jumush: your password was changed. If it was not you, reset it at once.',
  },
  [NotificationType.RegistrationAttempted]: {
    title: 'Someone tried to register with your {login, select, email {address} other {number}}',
    body: 'On {attemptedOn, date, day} someone tried to create a Jumush account with your {login, select, email {e-mail address} other {phone number}}. If it was you, just sign in — or reset your password with the link below. If it was not you, you need not do anything: nothing changed in your account.',
    sms: 'Jumush: on {attemptedOn, date, day} someone tried to register your {login, select, email {address} other {number}}. If it was you, sign in or reset the password: {forgotPassword} If not, do nothing.',
  },
  [NotificationType.EmailVerification]: {
    title: 'Confirm your e-mail address',
    body: 'To work in Jumush for an employer, confirm this address: open the link below. It works once and for 24 hours. If you did not register on Jumush, just delete this e-mail.',
    sms: 'Jumush: confirm your e-mail address with the link in the e-mail.',
  },
  [NotificationType.CompanyInvitation]: {
    title: 'Invitation to “{companyName}”',
    body: '{inviterName} invites you to recruit for “{companyName}” on Jumush. Open the link below, sign in or register with this address and accept the invitation. The link works for 7 days. If you did not expect this invitation, just delete this e-mail.',
    sms: 'Jumush: {inviterName} invites you to “{companyName}”. The link is in the e-mail.',
  },
  [NotificationType.AccountSetup]: {
    title: 'Set up your Jumush account',
    body: 'An administrator created a labour attaché account for you on Jumush. To choose your password, open the link below. It works once and for 72 hours. If you did not expect this, just delete this e-mail.',
    sms: 'Jumush: set your password with the link in the e-mail.',
  },
  [NotificationType.CompanyDisputeUpheld]: {
    title: 'Your dispute was upheld',
    body: 'The labour attaché upheld your dispute for INN {inn}: the company is yours now, and you are its owner on Jumush. Each country verifies it again. Reason: {reason}.',
    sms: 'Jumush: your dispute for INN {inn} was upheld; the company is yours.',
  },
  [NotificationType.CompanyDisputeRejected]: {
    title: 'Your dispute was rejected',
    body: 'The labour attaché rejected your dispute for INN {inn}. Reason: {reason}.',
    sms: 'Jumush: your dispute for INN {inn} was rejected. Reason: {reason}',
  },
  [NotificationType.CompanyOwnershipLost]: {
    title: 'Company passed to its rightful owner',
    body: 'The labour attaché found that “{companyName}” belongs to another applicant, who owns it on Jumush now; your access to it has ended. Reason: {reason}.',
    sms: 'Jumush: "{companyName}" passed to another owner by the attaché\'s decision.',
  },
  [NotificationType.CompanyDisputeDismissed]: {
    title: 'Claim to your company rejected',
    body: 'Someone claimed “{companyName}” as theirs; the labour attaché examined the claim and rejected it. Nothing changes for you. Reason: {reason}.',
    sms: 'Jumush: a claim to "{companyName}" was rejected by the attaché.',
  },
  [NotificationType.CheckInDue]: {
    title: 'How is the job going? Day {day}',
    body: 'It is {day, plural, one {# day} other {# days}} since you arrived for «{vacancyTitle}». Answer five questions, one tap each: wage, housing, passport, payments, safety. The attaché of your country sees the answers.',
    sms: 'Jumush: how is the job going? 5 questions: {checkInShortLink}',
  },
  [NotificationType.GrievanceOpened]: {
    title: 'New grievance from a worker',
    body: 'A worker on «{vacancyTitle}» reported a problem{fromCheckIn, select, true { in a check-in after arrival} other {}}. Open the case and answer.',
    sms: 'Jumush: new grievance from a worker («{vacancyTitle}»). Open the case.',
  },
  [NotificationType.GrievanceUpdated]: {
    title: 'News about your grievance',
    body: 'Your grievance has news: {status, select, IN_PROGRESS {the attaché took it up} REFERRED {it was referred on} RESOLVED {there is an outcome} CLOSED {it was closed} other {the attaché answered}}. Open it to read.',
    sms: 'Jumush: news about your grievance: {grievanceLink}',
  },
  [NotificationType.FeeReported]: {
    title: 'A worker reported a recruitment fee',
    body: 'A worker of «{companyName}» reported a fee of {amount} ₽ demanded or paid to «{intermediary}». The employer pays recruitment, never the worker: open the employer and review.',
    sms: 'Jumush: fee of {amount} RUB reported against «{companyName}». Open the employer.',
  },
  [NotificationType.RedFlagRaised]: {
    title: 'Employer under review: red flag',
    body: '«{companyName}» is under review: {rule, select, passportHeld {a worker reported a held passport} fee {fee reports repeat} notAsPromised {workers report the job is not as promised} other {a red-flag rule tripped}} ({evidence, plural, one {# report} other {# reports}}). Open the evidence; you may suspend the employer.',
    sms: 'Jumush: red flag on «{companyName}». Open the evidence.',
  },
  [NotificationType.GrievanceMessage]: {
    title: 'New message in a grievance',
    body: 'A worker on «{vacancyTitle}» wrote in their grievance. Open the case and answer.',
    sms: 'Jumush: a worker wrote in a grievance: {grievanceLink}',
  },
  [NotificationType.NoShowRecorded]: {
    title: 'The employer recorded a no-show',
    body: 'The employer of «{vacancyTitle}» recorded that you did not arrive or did not start work. Reason: {reason}. If that is wrong, contact the attaché.',
    sms: 'Jumush: «{vacancyTitle}»: the employer recorded a no-show. If wrong, write to the attaché.',
  },
  [NotificationType.CompanyRated]: {
    title: 'A worker rated your company',
    body: 'A worker who worked at “{companyName}” rated it. Your company now has {count} ratings. You may answer each one publicly, once.',
    sms: 'Jumush: a worker rated "{companyName}". Read and answer it on your company page.',
  },
  [NotificationType.WebhookDisabled]: {
    title: 'A webhook endpoint was switched off',
    body: 'Jumush could not deliver events to {endpointHost}: {failures} attempts in a row failed, so the endpoint was switched off. Fix the receiver, switch the endpoint on again in the webhook settings and replay what it missed.',
    sms: 'Jumush: webhook {endpointHost} switched off after {failures} failed attempts. See the webhook settings.',
  },
};
