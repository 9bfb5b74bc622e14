import type { DashboardChart } from '@jumush/contracts/client';

/** Every API path the web calls, in one place (same origin, prefix /api). */
export const API_PREFIX = '/api/';

export const ApiPaths = {
  registerMigrant: '/api/auth/register/migrant',
  registerEmployer: '/api/auth/register/employer',
  login: '/api/auth/login',
  loginTwoFactor: '/api/auth/login/two-factor',
  twoFactor: '/api/auth/two-factor',
  twoFactorEnrolment: '/api/auth/two-factor/enrolment',
  twoFactorEnrolmentConfirm: '/api/auth/two-factor/enrolment/confirm',
  recoveryCodes: '/api/auth/two-factor/recovery-codes',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  sessions: '/api/auth/sessions',
  session: (id: string) => `/api/auth/sessions/${encodeURIComponent(id)}`,
  otherSessions: '/api/auth/sessions/revoke-others',
  password: '/api/auth/password',
  passwordReset: '/api/auth/password-reset',
  passwordResetConfirm: '/api/auth/password-reset/confirm',
  emailVerification: '/api/auth/email-verification',
  emailVerificationConfirm: '/api/auth/email-verification/confirm',
  phoneVerification: '/api/auth/phone-verification',
  phoneVerificationConfirm: '/api/auth/phone-verification/confirm',
  invitation: (token: string) => `/api/invitations/${encodeURIComponent(token)}`,
  invitationAccept: (token: string) => `/api/invitations/${encodeURIComponent(token)}/accept`,
  myLocale: '/api/accounts/me/locale',
  originCountries: '/api/origin-countries',
  adminOriginCountries: '/api/admin/origin-countries',

  occupations: '/api/reference/occupations',
  wageFloor: '/api/reference/wage-floor',

  companies: '/api/companies',
  myCompany: '/api/companies/mine',
  myCompanyDocuments: '/api/companies/mine/documents',
  myCompanyDocumentFile: (documentId: string) => `/api/companies/mine/documents/${encodeURIComponent(documentId)}/file`,
  myCompanyResubmit: '/api/companies/mine/resubmit',
  myCompanyMembers: '/api/companies/mine/members',
  myCompanyInvitations: '/api/companies/mine/invitations',
  myCompanyMember: (id: string) => `/api/companies/mine/members/${encodeURIComponent(id)}`,
  myCompanyInvitation: (id: string) => `/api/companies/mine/invitations/${encodeURIComponent(id)}`,

  myVacancies: '/api/vacancies/mine',
  vacancies: '/api/vacancies',
  myVacancy: (id: string) => `/api/vacancies/mine/${encodeURIComponent(id)}`,
  myVacancyAction: (id: string, action: 'submit' | 'withdraw' | 'history') => `/api/vacancies/mine/${encodeURIComponent(id)}/${action}`,

  companyDisputes: '/api/company-disputes',
  myCompanyDisputes: '/api/company-disputes/mine',
  myCompanyDisputeEvidence: (id: string) => `/api/company-disputes/${encodeURIComponent(id)}/evidence`,
  disputeQueue: '/api/verification/disputes',
  disputeEvidence: (id: string) => `/api/verification/disputes/${encodeURIComponent(id)}/evidence`,
  disputeDecision: (id: string, decision: 'uphold' | 'reject') => `/api/verification/disputes/${encodeURIComponent(id)}/${decision}`,
  verificationQueue: '/api/verification/companies',
  verificationCompany: (id: string) => `/api/verification/companies/${encodeURIComponent(id)}`,
  verificationRely: (id: string) => `/api/verification/companies/${encodeURIComponent(id)}/rely`,
  verificationDocumentFile: (companyId: string, documentId: string) =>
    `/api/verification/companies/${encodeURIComponent(companyId)}/documents/${encodeURIComponent(documentId)}/file`,
  verificationDecision: (id: string, decision: 'verify' | 'reject' | 'suspend' | 'reinstate') =>
    `/api/verification/companies/${encodeURIComponent(id)}/${decision}`,

  vacancyReviews: '/api/vacancy-reviews',
  vacancyReview: (id: string) => `/api/vacancy-reviews/${encodeURIComponent(id)}`,
  vacancyReviewDecision: (id: string, decision: 'publish' | 'reject') => `/api/vacancy-reviews/${encodeURIComponent(id)}/${decision}`,

  publicVacancies: '/api/public/vacancies',
  publicVacancy: (id: string) => `/api/public/vacancies/${encodeURIComponent(id)}`,
  publicCompany: (id: string) => `/api/public/companies/${encodeURIComponent(id)}`,
  myRating: (applicationId: string) => `/api/ratings/mine/${encodeURIComponent(applicationId)}`,
  myCompanyRatings: '/api/companies/mine/ratings',
  myCompanyRatingAnswer: (id: string) => `/api/companies/mine/ratings/${encodeURIComponent(id)}/answer`,
  myProfile: '/api/candidates/me',
  myProfileStep: (step: string) => `/api/candidates/me/${encodeURIComponent(step)}`,
  myChecklistItem: (kind: string) => `/api/candidates/me/checklist/${encodeURIComponent(kind)}`,
  myChecklistDocument: (kind: string) => `/api/candidates/me/checklist/${encodeURIComponent(kind)}/document`,
  myProfileExport: '/api/candidates/me/export',
  myPassportNumber: '/api/candidates/me/passport-number',
  myDeparture: '/api/candidates/me/departure',
  myCitizenship: '/api/candidates/me/citizenship',
  myAfterArrival: '/api/candidates/me/after-arrival',

  applyTo: (vacancyId: string) => `/api/vacancies/${encodeURIComponent(vacancyId)}/applications`,
  myApplications: '/api/applications/mine',
  myApplication: (id: string) => `/api/applications/mine/${encodeURIComponent(id)}`,
  withdrawApplication: (id: string) => `/api/applications/mine/${encodeURIComponent(id)}/withdraw`,
  applicationJourney: (id: string, step: 'depart' | 'arrive') => `/api/applications/mine/${encodeURIComponent(id)}/${step}`,
  myCheckIns: '/api/check-ins/mine',
  checkIn: (id: string) => `/api/check-ins/${encodeURIComponent(id)}`,
  checkInAnswers: (id: string) => `/api/check-ins/${encodeURIComponent(id)}/answers`,
  grievances: '/api/grievances',
  myGrievances: '/api/grievances/mine',
  myGrievance: (id: string) => `/api/grievances/mine/${encodeURIComponent(id)}`,
  attacheGrievances: '/api/attache/grievances',
  attacheGrievance: (id: string) => `/api/attache/grievances/${encodeURIComponent(id)}`,
  myGrievanceAttachments: (id: string) => `/api/grievances/mine/${encodeURIComponent(id)}/attachments`,
  grievanceAttachment: (reader: 'migrant' | 'staff', id: string, attachmentId: string) =>
    reader === 'staff'
      ? `/api/attache/grievances/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`
      : `/api/grievances/mine/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`,
  workReports: (applicationId: string) => `/api/work-reports/applications/${encodeURIComponent(applicationId)}`,
  termsReports: '/api/work-reports/terms',
  feeReports: '/api/work-reports/fees',
  myFeeReceipt: (reportId: string) => `/api/work-reports/fees/${encodeURIComponent(reportId)}/receipt`,
  attacheFeeReceipt: (reportId: string) => `/api/attache/fee-reports/${encodeURIComponent(reportId)}/receipt`,
  companyAfterArrival: (companyId: string) => `/api/attache/companies/${encodeURIComponent(companyId)}/after-arrival`,
  attacheIntermediaries: '/api/attache/intermediaries',
  suspendFlagged: (flagId: string) => `/api/attache/red-flags/${encodeURIComponent(flagId)}/suspend`,
  myHelp: '/api/help/mine',
  helpContacts: '/api/help-contacts',
  helpContact: (id: string) => `/api/help-contacts/${encodeURIComponent(id)}`,
  expectedDurations: '/api/applications/expected-durations',
  letterPdf: (applicationId: string) => `/api/letters/${encodeURIComponent(applicationId)}.pdf`,

  applicants: (vacancyId: string) => `/api/vacancies/mine/${encodeURIComponent(vacancyId)}/applications`,
  applicantDecisions: (vacancyId: string) => `/api/vacancies/mine/${encodeURIComponent(vacancyId)}/applications/decisions`,
  applicationAction: (id: string, action: 'shortlist' | 'decline' | 'start-work' | 'no-show') =>
    `/api/applications/${encodeURIComponent(id)}/${action}`,

  batches: '/api/batches',
  myBatches: '/api/batches/mine',
  batch: (id: string) => `/api/batches/${encodeURIComponent(id)}`,
  batchItems: (id: string) => `/api/batches/${encodeURIComponent(id)}/items`,
  batchSubmit: (id: string) => `/api/batches/${encodeURIComponent(id)}/submit`,
  batchDocument: (id: string, file: BatchDocument) => `/api/batches/${encodeURIComponent(id)}/${file}`,
  attacheBatches: '/api/attache/batches',
  attacheBatchDecision: (id: string) => `/api/attache/batches/${encodeURIComponent(id)}/decision`,

  revokeLetter: (applicationId: string) => `/api/attache/letters/${encodeURIComponent(applicationId)}/revoke`,
  /** An open data set (JSON; `.csv` appended for CSV). */
  openData: (name: string) => `/api/open-data/${name}`,
  verifyLetter: (code: string) => `/api/public/verify/${encodeURIComponent(code)}`,

  notifications: '/api/notifications',
  unreadCount: '/api/notifications/unread-count',
  notificationRead: (id: string) => `/api/notifications/${encodeURIComponent(id)}/read`,
  notificationsReadAll: '/api/notifications/read-all',
  notificationStream: '/api/notifications/stream',
  notificationStreamTicket: '/api/notifications/stream-ticket',
  notificationPreferences: '/api/notifications/preferences',
  telegramLinkStatus: '/api/notifications/telegram',
  telegramLink: '/api/notifications/telegram/link',

  adminCapturedMessages: '/api/admin/captured-messages',
  adminFailedDeliveries: '/api/admin/notifications/failed',
  adminQueueBoardSession: '/api/admin/queues/session',
  adminAccounts: '/api/admin/accounts',
  adminAttaches: '/api/admin/accounts/attaches',
  adminAccountAction: (id: string, action: 'disable' | 'enable' | 'sessions/revoke' | 'two-factor/reset') =>
    `/api/admin/accounts/${encodeURIComponent(id)}/${action}`,
  adminAuditVerify: '/api/admin/audit/verify',
  adminMinimumWages: '/api/admin/reference/minimum-wages',
  adminMinimumWage: (id: string) => `/api/admin/reference/minimum-wages/${encodeURIComponent(id)}`,
  publishedAuditHeads: '/api/public/audit-heads',

  apiKeys: '/api/api-keys',
  apiKeyRevoke: (id: string) => `/api/api-keys/${encodeURIComponent(id)}/revoke`,
  /** The oversight dashboard: the attaché's (their country and regions) or the admin's (every country, or one). */
  dashboard: (scope: DashboardScopeKind) => `/api/${scope}/dashboard`,
  dashboardCsv: (scope: DashboardScopeKind, chart: DashboardChart) => `/api/${scope}/dashboard/${chart}.csv`,
  dashboardMonthlyReport: (scope: DashboardScopeKind) => `/api/${scope}/dashboard/monthly-report.pdf`,
  adminSupervisedCountries: (id: string) => `/api/admin/accounts/${encodeURIComponent(id)}/supervised-countries`,
  adminOccupations: '/api/admin/occupations',
  openDataSnapshots: '/api/public/open-data/snapshots',
  adminOccupation: (code: string) => `/api/admin/occupations/${encodeURIComponent(code)}`,
} as const;

/** Whose dashboard: the path segment of its API (and of its page). */
export type DashboardScopeKind = 'attache' | 'admin';

/** Documents of a batch the API renders. */
export type BatchDocument = 'decision-sheet.pdf' | 'approved.csv' | 'approved.xlsx';

/**
 * True for calls to our own API: `/api/...`, or an absolute URL of this very origin. Never another
 * host, whatever its path: the access token must not leak there.
 */
export function isApiUrl(url: string): boolean {
  if (url.startsWith(API_PREFIX)) return true;
  const origin = globalThis.location?.origin;
  if (!origin || !/^https?:\/\//i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.origin === origin && parsed.pathname.startsWith(API_PREFIX);
  } catch {
    return false;
  }
}

/** Session endpoints: never retried after a 401, they are how a session starts or ends. */
export function isSessionUrl(url: string): boolean {
  const path = url.startsWith('/') ? url : safePath(url);
  return (
    path === ApiPaths.login ||
    path === ApiPaths.refresh ||
    path === ApiPaths.logout ||
    path.startsWith('/api/auth/register/') ||
    path.startsWith(ApiPaths.passwordReset)
  );
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
