/* Generated from docs/openapi.json by `npm run openapi:export`: do not edit by hand. */

export type AccountView = {
  /** The Russian regions (RUSSIAN_REGIONS codes) a region-scoped attaché covers; null: all of Russia (and any other role). */
  coveredRegions: string[] | null;
  createdAt: string;
  email: string | null;
  /** When the e-mail address was proven (a verification link); null while it is not. An employer acts only once it is set. */
  emailVerifiedAt: string | null;
  fullName: string | null;
  id: string;
  locale: Locale;
  originCountry: string | null;
  phone: string | null;
  /** When a migrant proved the phone number (an SMS code); null while not: no SMS but the code, and no application. */
  phoneVerifiedAt: string | null;
  role: Role;
  /** When two-factor sign-in was switched on; null while it is off (an attaché or admin may then only enrol). */
  twoFactorEnabledAt: string | null;
};

/** An account in the admin's list: the account's view and whether it may sign in. */
export type AdminAccountView = {
  /** The Russian regions (RUSSIAN_REGIONS codes) a region-scoped attaché covers; null: all of Russia (and any other role). */
  coveredRegions: string[] | null;
  createdAt: string;
  /** When the account was disabled; null while it may sign in. */
  disabledAt: string | null;
  email: string | null;
  /** When the e-mail address was proven (a verification link); null while it is not. An employer acts only once it is set. */
  emailVerifiedAt: string | null;
  fullName: string | null;
  id: string;
  locale: Locale;
  originCountry: string | null;
  phone: string | null;
  /** When a migrant proved the phone number (an SMS code); null while not: no SMS but the code, and no application. */
  phoneVerifiedAt: string | null;
  role: Role;
  /** An admin's: the origin countries whose overdue items escalate to it (empty: none in particular). */
  supervisedCountries: string[];
  /** When two-factor sign-in was switched on; null while it is off (an attaché or admin may then only enrol). */
  twoFactorEnabledAt: string | null;
};

/** `GET /api/admin/accounts`: a page of accounts, narrowed by a search, a role and a country. */
export type AdminAccountsQueryDto = {
  /** ISO 3166-1 alpha-2 code of an origin country (the migrant's citizenship, the attaché's country). */
  country?: string;
  page?: number;
  pageSize?: number;
  /** Part of an e-mail, a phone number (any form: only its digits count) or a name. */
  q?: string;
  role?: "ADMIN" | "ATTACHE" | "EMPLOYER" | "MIGRANT";
};

export type AdminOccupationView = {
  /** A deactivated occupation stays on the vacancies and profiles that have it; no new one may choose it. */
  active: boolean;
  code: string;
  /** The name in each of the five languages. */
  names: {
    [key: string]: string;
  };
  sector: string;
  /** Other words people use for it, per language. */
  synonyms: {
    [key: string]: string[];
  };
  /** Vacancies (any status) and candidate profiles naming it: a used occupation is never deleted, only deactivated. */
  uses: number;
};

/** GET /api/admin/origin-countries: every country, active or not, with its signing office. */
export type AdminOriginCountryView = {
  active: boolean;
  /** Without '+', e.g. '996'. */
  callingCode: string;
  code: string;
  defaultLocale: string;
  /** Construct a type with a set of properties K of type T */
  names: {
    [key: string]: string;
  };
  office: SigningOfficeView;
  /** The regular expression a normalised passport number of the country matches. */
  passportPattern: string;
  regime: "EAEU" | "PATENT";
  regions: OriginRegionView[];
};

/** GET /api/candidates/me/after-arrival[?arrivedOn=…]: the migrant's after-arrival checklist for their citizenship. */
export type AfterArrivalChecklistView = {
  /** Null before the entry: the items then come without dates. */
  arrivedOn: string | null;
  citizenship: string;
  contractSignedOn: string | null;
  items: AfterArrivalItemView[];
};

export type AfterArrivalItemKind = "EMPLOYER_NOTICE_TO_MINISTRY" | "MEDICAL_EXAMINATION_AND_FINGERPRINTING" | "REGISTRATION_AT_PLACE_OF_STAY" | "WORK_PATENT";

/** One thing the law asks on arrival in Russia, with its last day counted from the date of entry. */
export type AfterArrivalItemView = {
  deadline: DeadlineRule | null;
  /** Null where the day it counts from is not known yet (the entry, the contract), or the law's period is not in our legal facts. */
  dueOn: string | null;
  kind: AfterArrivalItemKind;
  party: "employer" | "migrant";
  source: RequirementSource;
};

/** GET /api/candidates/me/after-arrival: the date of entry into Russia and the contract's date, each when known. */
export type AfterArrivalQuery = {
  arrivedOn?: string;
  contractSignedOn?: string;
};

export type AnswerRatingDto = {
  answer: string;
};

export type ApiKeyStanding = "ACTIVE" | "EXPIRED" | "REVOKED";

export type ApiKeyView = {
  createdAt: string;
  /** Null: until revoked. */
  expiresAt: string | null;
  /** The visible start of the key (`jmk_` and the start of its id): how to tell keys apart, never the secret. */
  hint: string;
  id: string;
  lastUsedAt: string | null;
  name: string;
  revokedAt: string | null;
  scopes: ("applicants:read" | "vacancies:read" | "vacancies:write")[];
  standing: ApiKeyStanding;
};

/** GET /api/api-keys: the company's keys, newest first; only the owner may create and revoke them. */
export type ApiKeysView = {
  canManage: boolean;
  keys: ApiKeyView[];
};

/** A candidate as an employer sees one applicant: no passport number; contact only once shortlisted. */
export type ApplicantView = {
  applicationId: string;
  appliedAt: string;
  candidate: {
    age: number | null;
    displayName: string;
    experienceYears: number;
    occupations: OccupationExperience[];
    phone: string | null;
    readinessPercent: number;
    residenceRegionCode: string | null;
    russianLevel: "BASIC" | "CONVERSATIONAL" | "FLUENT" | "NONE" | null;
    sex: "FEMALE" | "MALE" | null;
  };
  note: string | null;
  /** Still unanswered past the employer's shortlisting deadline: the deadline (such applicants come first in the list). */
  overdueSince: string | null;
  status: ApplicationStatus;
  statusReason: string | null;
  version: number;
};

export type ApplicantsQuery = {
  minExperience?: number;
  minReadiness?: number;
  page?: number;
  pageSize?: number;
  residenceRegion?: string;
  russianLevel?: "BASIC" | "CONVERSATIONAL" | "FLUENT" | "NONE";
  status?: "APPROVED" | "ARRIVED" | "CLOSED" | "DECLINED" | "DEPARTED" | "IN_BATCH" | "NO_SHOW" | "REFUSED" | "SHORTLISTED" | "SUBMITTED" | "WITHDRAWN" | "WORKING";
};

export type ApplicationDecisionDto = {
  applicationIds: string[];
  decision: "decline" | "shortlist";
  /** Required when declining. */
  reason?: string;
};

/** The employer as its approved candidate needs it: the company's legal address and phone. */
export type ApplicationEmployerContact = {
  address: string;
  name: string;
  phone: string;
};

export type ApplicationStatus = "APPROVED" | "ARRIVED" | "CLOSED" | "DECLINED" | "DEPARTED" | "IN_BATCH" | "NO_SHOW" | "REFUSED" | "SHORTLISTED" | "SUBMITTED" | "WITHDRAWN" | "WORKING";

export type ApplicationVacancySummary = {
  companyName: string;
  id: string;
  monthlyWageRoubles: number;
  regionCode: string;
  title: string;
  town: string;
};

/** The version of the application the caller saw (optimistic locking). */
export type ApplicationVersionDto = {
  version: number;
};

export type ApplyDto = {
  note?: string;
};

export type AttacheTimeRow = {
  decided: number;
  medianDays: number | null;
  p90Days: number | null;
  staffId: string;
  staffName: string;
  stage: "batchDecision" | "companyVerification" | "grievanceResolution" | "grievanceTakeUp" | "shortlisting" | "vacancyReview";
  /** Share (0..1) of `decided` that left the stage by its deadline; null when none did. */
  withinDeadlineShare: number | null;
};

/** The last link of the audit chain: anyone holding it can tell later whether the history before it was rewritten. */
export type AuditChainHeadView = {
  hash: string;
  seq: string;
};

export type AuditChainProblemCode = "brokenLink" | "gap" | "hashMismatch";

/** `GET /api/admin/audit/verify`: the chain walked from its first link, and the head it reached. */
export type AuditChainReportView = {
  checked: number;
  firstBroken: {
    eventId: string;
    problem: AuditChainProblemCode;
    seq: string;
  } | null;
  /** The chain's last link when the walk started; null while no event was ever written. */
  head: AuditChainHeadView | null;
  ok: boolean;
  verifiedAt: string;
};

export type AuditEventView = {
  action: string;
  actorRole: string | null;
  createdAt: string;
  /** Construct a type with a set of properties K of type T */
  data: {
    [key: string]: unknown;
  };
  reason: string | null;
};

export type BatchDecisionDto = {
  comment?: string;
  exclusions?: BatchExclusionDto[];
  kind: "APPROVE_ALL" | "APPROVE_ALL_EXCEPT" | "REFUSE_ALL" | "RETURN";
  reasonCode?: "DOCUMENTS_INCOMPLETE" | "DUPLICATE_CANDIDATE" | "MEDICAL" | "OTHER" | "PASSPORT_INVALID" | "UNDERAGE";
  text?: string;
};

export type BatchDecisionResultView = {
  approved: number;
  batchId: string;
  kind: "APPROVE_ALL" | "APPROVE_ALL_EXCEPT" | "REFUSE_ALL" | "RETURN";
  refused: number;
  /** True when this answer repeats the first decision made with the same idempotency key. */
  replayed: boolean;
  status: BatchStatus;
};

export type BatchDetailView = {
  approvedCount: number;
  candidateCount: number;
  company: {
    id: string;
    inn: string;
    legalName: string;
    status: CompanyStatus;
  };
  deadlineAt: string | null;
  decidedAt: string | null;
  flaggedCount: number;
  id: string;
  items: BatchItemView[];
  itemsTotal: number;
  originCountry: string;
  overdue: boolean;
  refusedCount: number;
  returnComment: string | null;
  status: BatchStatus;
  submittedAt: string | null;
  vacancy: {
    filledPositions: number;
    id: string;
    positions: number;
    regionCode: string;
    title: string;
    town: string;
  };
  version: number;
};

export type BatchExclusionDto = {
  applicationId: string;
  reasonCode: "DOCUMENTS_INCOMPLETE" | "DUPLICATE_CANDIDATE" | "MEDICAL" | "OTHER" | "PASSPORT_INVALID" | "UNDERAGE";
  text?: string;
};

export type BatchItemView = {
  applicationId: string;
  applicationStatus: ApplicationStatus;
  candidate: {
    birthDate: string | null;
    fullName: string;
    fullNameLatin: string;
    passportExpiresOn: string | null;
    /** In full for attaché staff of the candidate's country; masked for the employer. */
    passportNumber: string | null;
    readinessPercent: number;
  };
  decision: "APPROVED" | "REFUSED" | null;
  flags: CandidateFlag[];
  /** Present once approved: the letter and its public verification code. */
  letterCode: string | null;
  refusalReason: "DOCUMENTS_INCOMPLETE" | "DUPLICATE_CANDIDATE" | "MEDICAL" | "OTHER" | "PASSPORT_INVALID" | "UNDERAGE" | null;
  refusalText: string | null;
};

export type BatchItemsDto = {
  applicationIds: string[];
};

/** A batch's candidates: pages as large as a batch, so the attaché can decide from one screen. */
export type BatchItemsQuery = {
  flaggedOnly?: boolean;
  page?: number;
  pageSize?: number;
};

export type BatchQueueQuery = {
  overdueOnly?: boolean;
  page?: number;
  pageSize?: number;
  status?: "DECIDED" | "DRAFT" | "IN_REVIEW" | "RETURNED" | "SUBMITTED";
};

export type BatchQueueView = {
  items: BatchSummaryView[];
  overdue: number;
  page: number;
  pageSize: number;
  total: number;
};

export type BatchStatus = "DECIDED" | "DRAFT" | "IN_REVIEW" | "RETURNED" | "SUBMITTED";

export type BatchSummaryView = {
  approvedCount: number;
  candidateCount: number;
  company: {
    id: string;
    inn: string;
    legalName: string;
    status: CompanyStatus;
  };
  deadlineAt: string | null;
  decidedAt: string | null;
  flaggedCount: number;
  id: string;
  originCountry: string;
  overdue: boolean;
  refusedCount: number;
  returnComment: string | null;
  status: BatchStatus;
  submittedAt: string | null;
  vacancy: {
    filledPositions: number;
    id: string;
    positions: number;
    regionCode: string;
    title: string;
    town: string;
  };
  version: number;
};

/** POST /api/employer/vacancies/:id/applicants/decisions: which applications moved, and which were not in a status to move. */
export type BulkDecisionResultView = {
  changed: string[];
  skipped: string[];
};

export type CandidateFlag = "DUPLICATE_PASSPORT" | "EMPLOYER_SUSPENDED" | "PASSPORT_EXPIRES_BEFORE_CONTRACT_END" | "PASSPORT_IN_ANOTHER_OPEN_BATCH" | "READINESS_INCOMPLETE" | "UNDER_18" | "WAGE_BELOW_FLOOR";

export type CandidateProfileView = {
  birthDate: string | null;
  checklist: ChecklistItemView[];
  citizenship: CitizenshipView;
  /** Which wizard steps are complete, in order. */
  completedSteps: ProfileStep[];
  consentGivenAt: string | null;
  consentVersion: string | null;
  education: "HIGHER" | "NONE" | "PRIMARY" | "SECONDARY" | "VOCATIONAL" | null;
  givenNames: string | null;
  givenNamesLatin: string | null;
  id: string;
  languages: LanguageSkill[];
  /** Items the law does not ask of this citizenship (Kyrgyzstan: no language exam, no private insurance). */
  notRequired: WaivedChecklistItemView[];
  occupations: OccupationExperience[];
  /** The citizenship's code, as stored (kept for readers of the old shape; see `citizenship`). */
  originCountry: string;
  /** 'contactConsulate' (to the profile's owner only) when another profile holds the same passport number: the number is saved all the same and the attaché sees both profiles flagged; the migrant should settle it with the consulate. */
  passportCheck: "contactConsulate" | null;
  passportExpiresOn: string | null;
  /** Full to attaché staff of the candidate's country; masked for everyone else, the owner included (the owner's profile is kept in the phone's offline cache; the full number comes from `OwnPassportNumberView`). */
  passportNumber: string | null;
  phone: string | null;
  /** The day the migrant plans to leave; 3 days before they are reminded of the checklist items still open. */
  plannedDepartureOn: string | null;
  preferredRegionCodes: string[];
  readiness: ReadinessView;
  residenceDistrictCode: string | null;
  residenceRegionCode: string | null;
  russianLevel: "BASIC" | "CONVERSATIONAL" | "FLUENT" | "NONE" | null;
  sex: "FEMALE" | "MALE" | null;
  surname: string | null;
  surnameLatin: string | null;
  version: number;
};

/** A message the development/test capture adapters kept instead of sending (SMS, e-mail). */
export type CapturedMessageView = {
  accountId: string | null;
  body: string;
  channel: NotificationChannel;
  createdAt: string;
  id: string;
  outboxId: string | null;
  recipient: string;
  subject: string | null;
};

export type CapturedMessagesQuery = {
  channel?: "EMAIL" | "IN_APP" | "SMS" | "TELEGRAM";
  page?: number;
  pageSize?: number;
  /** Part of the recipient: an e-mail, or a phone number typed any way. */
  search?: string;
};

/** `POST /api/auth/password`: the signed-in person changes their own password. */
export type ChangePasswordDto = {
  currentPassword: string;
  newPassword: string;
};

/** `PUT /api/accounts/me/phone`: a migrant's new number (international form), proven by the current password. */
export type ChangePhoneDto = {
  currentPassword: string;
  phone: string;
};

export type CheckInAnswer = "no" | "yes";

export type CheckInAnswerDto = {
  answer: CheckInAnswer;
  question: "fee" | "housing" | "passport" | "safety" | "wage";
};

export type CheckInView = {
  answeredAt: string | null;
  /** What the migrant answered so far; a question not in it is still open. */
  answers: {
    fee?: "no" | "yes";
    housing?: "no" | "yes";
    passport?: "no" | "yes";
    safety?: "no" | "yes";
    wage?: "no" | "yes";
  };
  applicationId: string;
  /** Days after arrival. */
  day: number;
  dueAt: string;
  /** Grievances the answers opened by themselves. */
  grievanceIds: string[];
  id: string;
  vacancyTitle: string;
};

export type ChecklistItemDto = {
  completedOn?: string | null;
  status: ChecklistItemStatus;
  validUntil?: string | null;
};

export type ChecklistItemKind = "FOREIGN_PASSPORT" | "MEDICAL_CERTIFICATE" | "MEDICAL_INSURANCE" | "POLICE_CLEARANCE" | "PRE_DEPARTURE_ORIENTATION" | "RUSSIAN_LANGUAGE_TEST";

export type ChecklistItemStatus = "DONE" | "EXPIRED" | "IN_PROGRESS" | "NOT_STARTED";

/** One item of the candidate's own checklist: only the items their citizenship requires are listed. */
export type ChecklistItemView = {
  completedOn: string | null;
  hasDocument: boolean;
  kind: ChecklistItemKind;
  source: RequirementSource;
  status: ChecklistItemStatus;
  updatedAt: string | null;
  validUntil: string | null;
};

/** PUT /api/candidates/me/citizenship: allowed while no application went past the employer's first look. */
export type CitizenshipDto = {
  citizenship: string;
};

/** The citizenship on the profile, and whether the migrant may still change it (see citizenshipChangeProblem). */
export type CitizenshipView = {
  code: string;
  /** False for a citizenship guessed before it was asked (accounts older than the question): the profile asks to confirm it. */
  confirmed: boolean;
  /** False once an employer shortlisted the migrant (or later): a batch, a decision or a letter names the country. */
  editable: boolean;
  regime: "EAEU" | "PATENT";
};

/** An employer after arrival, for the attaché of one country: differences counted over their migrants' reports, the fees reported with the intermediaries named (never who reported), and the red flags. */
export type CompanyAfterArrivalView = {
  companyId: string;
  /** Construct a type with a set of properties K of type T */
  differences: {
    contractNone: number;
    contractSubstituted: number;
    hoursAbove: number;
    housingNone: number;
    housingWorse: number;
    wageBelow: number;
  };
  feeReports: FeeReportView[];
  redFlags: RedFlagView[];
  termsReports: number;
};

/** GET /api/verification/companies/:id/countries/:country: one country's decision, to that country's attaché and admins. */
export type CompanyCountryDetailView = {
  companyId: string;
  country: string;
  history: AuditEventView[];
  /** When this country's attaché verified by relying on another country's verification: that country. */
  reliedOnCountry: string | null;
  status: CompanyStatus;
  statusChangedAt: string;
  /** Why it was rejected or suspended, or what changed at reinstatement. */
  statusReason: string | null;
};

/** One origin country's decision on a company. */
export type CompanyCountryStatusView = {
  country: string;
  /** When this country's attaché verified by relying on another country's verification: that country. */
  reliedOnCountry: string | null;
  status: CompanyStatus;
  statusChangedAt: string;
  /** Why it was rejected or suspended, or what changed at reinstatement. */
  statusReason: string | null;
};

/** GET /api/verification/companies/:id: the company with its documents and its decision history, oldest first. */
export type CompanyDetailView = {
  /** The admin's block, which stops the company in every country; null when not blocked. */
  blocked: {
    at: string;
    reason: string | null;
  } | null;
  contactPerson: string;
  /** Each origin country's decision on the company, in country-code order (see company-countries in libs/domain). */
  countries: CompanyCountryStatusView[];
  createdAt: string;
  documents: CompanyDocumentView[];
  email: string;
  history: AuditEventView[];
  id: string;
  inn: string;
  legalAddress: string;
  legalName: string;
  ogrn: string;
  /** The country the viewing attaché decides for (null for an admin, whose decision is the global block). */
  ownCountry: string | null;
  phone: string;
  regionCode: string;
  /** Countries whose verification the viewing attaché may rely on in one click (verified there, not their own). */
  reliableCountries: string[];
  /** The countries whose migrants the company may recruit now: verified there, and not blocked. */
  verifiedCountries: string[];
};

export type CompanyDisputeQueueQuery = {
  page?: number;
  pageSize?: number;
  status?: "OPEN" | "REJECTED" | "UPHELD";
};

export type CompanyDisputeStatus = "OPEN" | "REJECTED" | "UPHELD";

/** A dispute as the attachés' queue shows it: the company as registered, its current owners, and the claimant. */
export type CompanyDisputeView = {
  claimant: {
    accountId: string;
    email: string;
    fullName: string | null;
  };
  companyId: string;
  companyName: string;
  decidedAt: string | null;
  decidedBy: string | null;
  /** The attaché's reason, written for both sides. */
  decisionReason: string | null;
  evidenceContentType: string;
  evidenceFileName: string;
  evidenceSizeBytes: number;
  filedAt: string;
  id: string;
  inn: string;
  /** The company's owners now (the holder the claimant disputes, until upheld). */
  owners: {
    accountId: string;
    email: string;
    fullName: string | null;
  }[];
  statement: string;
  status: CompanyDisputeStatus;
};

export type CompanyDocumentKind = "LICENCE" | "OTHER" | "REGISTRATION_EXTRACT";

export type CompanyDocumentView = {
  contentType: string;
  fileName: string;
  id: string;
  kind: CompanyDocumentKind;
  sizeBytes: number;
  uploadedAt: string;
};

export type CompanyInvitationStatus = "ACCEPTED" | "EXPIRED" | "PENDING" | "REVOKED";

/** An invitation the company sent, for its owners (the token is never shown again after the e-mail). */
export type CompanyInvitationView = {
  createdAt: string;
  email: string;
  expiresAt: string | null;
  id: string;
  invitedBy: string | null;
  status: CompanyInvitationStatus;
};

/** A recruiter of the company (an accepted membership). */
export type CompanyMemberView = {
  accountId: string;
  email: string;
  fullName: string | null;
  /** The membership's id: what an owner removes. */
  id: string;
  owner: boolean;
  /** When they joined (registered the company or accepted the invitation). */
  since: string;
};

/** The company's recruiters and the invitations still open or expired. */
export type CompanyMembersView = {
  /** The signed-in account owns the company (may invite, remove and revoke). */
  canManage: boolean;
  invitations: CompanyInvitationView[];
  members: CompanyMemberView[];
};

export type CompanyStatus = "PENDING" | "REJECTED" | "SUSPENDED" | "VERIFIED";

export type CompanyView = {
  /** The admin's block, which stops the company in every country; null when not blocked. */
  blocked: {
    at: string;
    reason: string | null;
  } | null;
  contactPerson: string;
  /** Each origin country's decision on the company, in country-code order (see company-countries in libs/domain). */
  countries: CompanyCountryStatusView[];
  createdAt: string;
  documents: CompanyDocumentView[];
  email: string;
  id: string;
  inn: string;
  legalAddress: string;
  legalName: string;
  ogrn: string;
  phone: string;
  regionCode: string;
  /** The countries whose migrants the company may recruit now: verified there, and not blocked. */
  verifiedCountries: string[];
};

export type ConsentDto = {
  accepted: boolean;
  /** The version of the text the candidate read; an outdated version is refused. */
  version: string;
};

export type CreateApiKeyDto = {
  /** Days until the key stops working; absent: until revoked. */
  expiresInDays?: number;
  name: string;
  scopes: ("applicants:read" | "vacancies:read" | "vacancies:write")[];
};

export type CreateAttacheDto = {
  /** The Russian regions the attaché's regional representatives cover (codes of RUSSIAN_REGIONS, e.g. ["78", "47"]): it then sees vacancies, batches and letters in those regions only. Absent or null: all of Russia. */
  coveredRegions?: string[] | null;
  email: string;
  fullName: string;
  /** The language of the set-up e-mail and of the account; Russian when absent. */
  locale?: "en" | "ky" | "ru" | "tg" | "uz";
  /** ISO 3166-1 alpha-2 code of the origin country the attaché serves, e.g. KG. */
  originCountry: string;
  /** Absent (the admin's console): the account has no usable password and its owner gets a one-time set-up link by e-mail to set one. Given (scripts and tests): the account signs in with it at once. */
  password?: string;
};

export type CreateBatchDto = {
  applicationIds: string[];
  vacancyId: string;
};

export type CreateCompanyDto = {
  contactPerson: string;
  email: string;
  /** 10 digits for a company, 12 for an individual entrepreneur. */
  inn: string;
  legalAddress: string;
  legalName: string;
  /** OGRN (13 digits) for a company, OGRNIP (15) for an individual entrepreneur. */
  ogrn: string;
  phone: string;
  regionCode: string;
};

/** Names and synonyms are checked by the service (occupationEditProblems in libs/domain), field by field. */
export type CreateOccupationDto = {
  /** The ISCO-08 unit group (4 digits), e.g. 7112. */
  code: string;
  /** Construct a type with a set of properties K of type T */
  names: {
    [key: string]: string;
  };
  sector: string;
  /** Construct a type with a set of properties K of type T */
  synonyms?: {
    [key: string]: string[];
  };
};

/** POST /api/admin/origin-countries: a new country, inactive until the admin activates it. */
export type CreateOriginCountryDto = {
  /** Without '+': must be the one libphonenumber-js knows for the ISO code. */
  callingCode: string;
  code: string;
  defaultLocale: Locale;
  /** Construct a type with a set of properties K of type T */
  names: {
    [key: string]: string;
  };
  office: SigningOfficeDto;
  passportPattern: string;
  regime: "EAEU" | "PATENT";
  regions: OriginRegionDto[];
};

export type CreateWebhookEndpointDto = {
  description?: string;
  events: WebhookEventType[];
  /** HTTPS to a public address (checked by the API, with its DNS answer). */
  url: string;
};

/** POST /api/api-keys: the new key with its secret, shown this once (only its hash is kept). */
export type CreatedApiKeyView = {
  key: ApiKeyView;
  secret: string;
};

/** The answer to creating an endpoint: the only time its signing secret is shown. */
export type CreatedWebhookEndpointView = {
  /** Failed attempts since the last delivered one. */
  consecutiveFailures: number;
  createdAt: string;
  description: string | null;
  disabledAt: string | null;
  /** Why it was switched off: `failures` (repeated failures) or `owner`. */
  disabledReason: string | null;
  events: WebhookEventType[];
  id: string;
  secret: string;
  status: WebhookEndpointStatus;
  url: string;
};

/** `GET …/dashboard` and its CSVs: the period (Moscow calendar dates, inclusive) and, for the admin, one country. */
export type DashboardQueryDto = {
  /** Admin only: one origin country (ISO 3166-1 alpha-2, e.g. 'KG'). An attaché's own country always applies. */
  country?: string;
  from?: string;
  to?: string;
};

export type DashboardResponse = {
  attacheTimes: AttacheTimeRow[];
  /** Ranked by approvals, then fewest withdrawals; at most 50 rows. */
  byEmployer: EmployerRankRow[];
  byOccupation: OccupationVolumesRow[];
  byRegion: RegionVolumesRow[];
  /** Monday of the period's first week. */
  from: string;
  /** When the rollups were last brought up to date (ISO instant). */
  generatedAt: string;
  scope: DashboardScope;
  stageTimes: StageTimeRow[];
  /** Sunday of the period's last week (it may be after today). */
  to: string;
  /** Make all properties in T readonly */
  totals: {
    applied: number;
    approved: number;
    arrived: number;
    departed: number;
    refused: number;
    shortlisted: number;
  };
  volumesByWeek: WeeklyVolumesRow[];
};

export type DashboardScope = {
  /** Countries the figures cover: the attaché's own, or the admin's filter, or every country. */
  countries: string[];
  /** The attaché's regions within their country, when their account is limited to some. */
  regions: string[] | null;
};

/** How a deadline is counted: so many days from the day of entry, or from the day the contract is concluded. */
export type DeadlineRule = {
  count: "calendarDays" | "workingDays";
  days: number;
  from: "arrival" | "contract";
};

export type DeclineApplicationDto = {
  reason: string;
  version: number;
};

export type EducationLevel = "HIGHER" | "NONE" | "PRIMARY" | "SECONDARY" | "VOCATIONAL";

export type EmployerRankRow = {
  approvals: number;
  companyId: string;
  companyName: string;
  /** Grievances about this employer opened in the period. */
  complaints: number;
  withdrawals: number;
};

/** One rating as the employer reads it (to answer it): no author, no job. */
export type EmployerRatingView = {
  answer: string | null;
  answeredAt: string | null;
  comment: string | null;
  createdAt: string;
  housing: number;
  id: string;
  treatment: number;
  wageOnTime: number;
  wouldRecommend: boolean;
};

/** GET /companies/mine/ratings: the employer's ratings, under the threshold nothing but the count. */
export type EmployerRatingsView = {
  aggregate: RatingsAggregate | null;
  count: number;
  ratings: EmployerRatingView[];
  shownFrom: number;
};

export type EmployerRegistryDataSet = {
  dataset: "employers" | "open-vacancies" | "processing-times";
  description: string;
  /** Field name → what it means, for people importing the CSV. */
  fields: {
    [key: string]: string;
  };
  generatedAt: string;
  licence: {
    attribution: "Jumush — organised recruitment of labour migrants";
    name: "CC BY 4.0";
    url: "https://creativecommons.org/licenses/by/4.0/";
  };
  rows: EmployerRegistryRow[];
  title: string;
};

/** An employer in the registry: verified for a country's migrants, or suspended by it. */
export type EmployerRegistryRow = {
  country: string;
  inn: string;
  legalName: string;
  ogrn: string;
  regionCode: string;
  /** Verified by relying on this country's verification. */
  reliedOnCountry: string | null;
  /** Verified, suspended or blocked since (YYYY-MM-DD). */
  since: string;
  status: "BLOCKED" | "SUSPENDED" | "VERIFIED";
  /** Why it was suspended or blocked (never the free-text reason); null when verified. */
  suspensionCategory: "documentsInvalid" | "other" | "passportRetention" | "recruitmentFees" | "unsafeConditions" | "wageViolation" | null;
};

export type ExpectedDurationView = {
  basis: "default" | "observed";
  days: number;
  sampleSize: number;
};

export type FacetCount = {
  count: number;
  value: string;
};

export type FailedDeliveryView = {
  accountId: string;
  attempts: number;
  channel: NotificationChannel;
  createdAt: string;
  id: string;
  outboxId: string;
  reason: string | null;
  topic: string;
  updatedAt: string;
};

export type FeeReceiptView = {
  contentType: string;
  fileName: string;
  sizeBytes: number;
  uploadedAt: string;
};

export type FeeReportDto = {
  amountRoubles: number;
  applicationId: string;
  /** The day it was demanded or paid (YYYY-MM-DD). */
  happenedOn: string;
  intermediaryName: string;
  intermediaryPhone?: string;
  state: "demanded" | "paid";
};

export type FeeReportView = {
  amountRoubles: number;
  createdAt: string;
  /** The day the fee was demanded or paid. */
  happenedOn: string;
  id: string;
  intermediaryName: string;
  intermediaryPhone: string | null;
  /** The receipt the migrant added (a photo or PDF); null when none. */
  receipt: FeeReceiptView | null;
  state: "demanded" | "paid";
};

/** One open vacancy as an aggregator imports it: its terms, where, who offers it, and its page in every language. */
export type FeedVacancy = {
  /** The last day applications are taken (Moscow calendar). */
  applicationDeadline: string;
  company: {
    id: string;
    inn: string;
    legalName: string;
  };
  contractMonths: number;
  description: string;
  /** schema.org employment types: FULL_TIME or PART_TIME, and TEMPORARY (every contract has a fixed term). */
  employmentType: string[];
  housing: string;
  housingCostRoubles: number | null;
  id: string;
  insurance: boolean;
  monthlyWageRoubles: number;
  occupationCode: string;
  positionsOpen: number;
  publishedAt: string;
  region: {
    code: string;
    name: string;
  };
  startDate: string;
  title: string;
  town: string;
  travelPaid: boolean;
  updatedAt: string;
  /** The vacancy's page per language (ky, ru, uz, tg, en). */
  urls: {
    [key: string]: string;
  };
  weeklyHours: number;
};

/** One invalid field: `code` is a translation key, `params` fill its placeholders. */
export type FieldError = {
  code: string;
  field: string;
  message: string;
  /** Construct a type with a set of properties K of type T */
  params?: {
    [key: string]: string | number;
  };
};

/** A dispute of a claimed INN, sent as multipart form fields beside its `file` (the evidence). */
export type FileCompanyDisputeDto = {
  inn: string;
  /** Who the claimant is and why the company is theirs; the attaché reads it beside the document. */
  statement: string;
};

export type GrievanceAttachmentView = {
  contentType: string;
  createdAt: string;
  fileName: string;
  id: string;
  sizeBytes: number;
};

export type GrievanceMessageDto = {
  body: string;
};

export type GrievanceMessageView = {
  authorRole: string;
  body: string;
  createdAt: string;
  id: string;
  /** Whether the reader wrote it. */
  mine: boolean;
  /** The status move the message came with (takeUp, refer, resolve…), if any. */
  move: "close" | "refer" | "reopen" | "resolve" | "takeUp" | null;
};

export type GrievanceMove = "close" | "refer" | "reopen" | "resolve" | "takeUp";

export type GrievanceMoveDto = {
  move: GrievanceMove;
  /** Where it is referred, the outcome, or why the migrant reopens it. */
  reason?: string;
  version: number;
};

export type GrievanceStatus = "CLOSED" | "IN_PROGRESS" | "RECEIVED" | "REFERRED" | "RESOLVED";

export type GrievanceSummaryView = {
  anonymous: boolean;
  applicationId: string | null;
  category: "contract" | "housing" | "other" | "passportHeld" | "recruitmentFee" | "safety" | "wage";
  companyName: string | null;
  createdAt: string;
  /** When the stage waiting on the staff is due (taken up; resolved or referred); null when nothing is owed. */
  dueAt: string | null;
  /** Opened by a check-in answer rather than by the migrant writing it. */
  fromCheckIn: boolean;
  id: string;
  /** The migrant's name; shown to staff only. */
  migrantName: string | null;
  /** Moves the reader may make now. */
  moves: GrievanceMove[];
  originCountry: string;
  outcome: string | null;
  /** The deadline passed with the grievance still waiting on the staff: first in their queue. */
  overdue: boolean;
  referredTo: string | null;
  regionCode: string;
  status: GrievanceStatus;
  updatedAt: string;
  vacancyTitle: string | null;
  version: number;
};

export type GrievanceView = {
  anonymous: boolean;
  applicationId: string | null;
  /** Files the migrant added as evidence (PDF, JPEG, PNG), oldest first. */
  attachments: GrievanceAttachmentView[];
  category: "contract" | "housing" | "other" | "passportHeld" | "recruitmentFee" | "safety" | "wage";
  companyName: string | null;
  createdAt: string;
  description: string;
  /** When the stage waiting on the staff is due (taken up; resolved or referred); null when nothing is owed. */
  dueAt: string | null;
  /** Opened by a check-in answer rather than by the migrant writing it. */
  fromCheckIn: boolean;
  id: string;
  messages: GrievanceMessageView[];
  /** The migrant's name; shown to staff only. */
  migrantName: string | null;
  /** Moves the reader may make now. */
  moves: GrievanceMove[];
  originCountry: string;
  outcome: string | null;
  /** The deadline passed with the grievance still waiting on the staff: first in their queue. */
  overdue: boolean;
  referredTo: string | null;
  regionCode: string;
  status: GrievanceStatus;
  updatedAt: string;
  vacancyTitle: string | null;
  version: number;
};

export type HelpContactDto = {
  address?: string | null;
  hours?: HelpHoursDto;
  kind: "CONSULATE" | "HOTLINE" | "NGO";
  languages: ("en" | "ky" | "ru" | "tg" | "uz")[];
  name: string;
  /** Origin countries served; empty: every country (the admin's to set). An attaché's entry serves their country. */
  originCountries?: string[];
  phone?: string | null;
  /** Russian region codes; empty: all of Russia. */
  regions: string[];
  website?: string | null;
};

export type HelpContactView = {
  address: string | null;
  /** A demonstration entry, not a real service. */
  demo: boolean;
  /** Whether the reader may change or delete it. */
  editable: boolean;
  /** Opening hours as text per day; a day left out is closed or unknown. */
  hours: {
    fri?: string;
    mon?: string;
    sat?: string;
    sun?: string;
    thu?: string;
    tue?: string;
    wed?: string;
  };
  id: string;
  kind: "CONSULATE" | "HOTLINE" | "NGO";
  languages: ("en" | "ky" | "ru" | "tg" | "uz")[];
  name: string;
  /** Origin countries it serves; empty: every country. */
  originCountries: string[];
  phone: string | null;
  /** Russian region codes it helps in; empty: all of Russia. */
  regions: string[];
  updatedAt: string;
  website: string | null;
};

/** Text per day; a day left out is closed or unknown. */
export type HelpHoursDto = {
  fri?: string;
  mon?: string;
  sat?: string;
  sun?: string;
  thu?: string;
  tue?: string;
  wed?: string;
};

export type HousingOption = "FREE" | "NONE" | "PAID";

/** One entry of the in-app notification centre, already written in the reader's language. */
export type InAppNotificationView = {
  body: string;
  createdAt: string;
  id: string;
  /** Where the notification leads in the web app, if anywhere. */
  link: string | null;
  readAt: string | null;
  title: string;
  type: NotificationType;
};

/** An intermediary named in fee reports of the attaché's country's migrants. */
export type IntermediaryView = {
  companies: {
    id: string;
    legalName: string;
  }[];
  lastReportedAt: string;
  name: string;
  phone: string | null;
  reports: number;
  totalRoubles: number;
};

/** What the invitation link's page shows: public to whoever holds the token. */
export type InvitationLinkView = {
  companyName: string;
  email: string;
  expiresAt: string | null;
  inviterName: string | null;
  /** Null while it can be accepted; otherwise why not (for the invitation itself, before anyone signs in). */
  refusal: "ALREADY_MEMBER" | "EMAIL_NOT_VERIFIED" | "EXPIRED" | "INVALID" | "OTHER_ADDRESS" | "REVOKED" | "USED" | null;
};

export type InviteRecruiterDto = {
  email: string;
};

export type JobPosting = {
  "@context": "https://schema.org";
  "@type": "JobPosting";
  baseSalary: {
    "@type": "MonetaryAmount";
    currency: "RUB";
    value: {
      "@type": "QuantitativeValue";
      unitText: "MONTH";
      value: number;
    };
  };
  datePosted: string;
  description: string;
  directApply: true;
  employmentType: string[];
  hiringOrganization: {
    "@type": "Organization";
    name: string;
    taxID: string;
  };
  identifier: {
    "@type": "PropertyValue";
    name: "Jumush";
    value: string;
  };
  jobLocation: {
    "@type": "Place";
    address: {
      "@type": "PostalAddress";
      addressCountry: "RU";
      addressLocality: string;
      addressRegion: string;
    };
  };
  title: string;
  totalJobOpenings: number;
  url: string;
  validThrough: string;
};

export type JobPostingQuery = {
  /** The language of the page the posting describes (its `url`); Russian unless given. */
  lang?: "en" | "ky" | "ru" | "tg" | "uz";
};

export type LanguageSkill = {
  /** ISO 639-1: ky, ru, uz, tg, en… */
  language: string;
  level: RussianLevel;
};

export type LanguageSkillDto = {
  language: string;
  level: RussianLevel;
};

export type LetterRevocationCategory = "CANDIDATE_REQUEST" | "EMPLOYER_SUSPENDED" | "FRAUD" | "OTHER";

/** The answer to a revocation. */
export type LetterRevocationView = {
  applicationId: string;
  category: LetterRevocationCategory;
  revokedAt: string;
  status: "REVOKED";
};

/** What the public verification page says about a letter: enough to match it against the paper (initials in the letter's scripts, birth year, employer, vacancy, date), never the full name or the passport. */
export type LetterVerificationView = {
  birthYear: number | null;
  decidedOn: string | null;
  employer: string | null;
  /** Initials as printed in Latin letters (passport spelling), e.g. "A. T.". */
  initials: string | null;
  /** Initials as printed in Cyrillic, e.g. "Т. А.". */
  initialsCyrillic: string | null;
  office: string | null;
  revocationCategory: "CANDIDATE_REQUEST" | "EMPLOYER_SUSPENDED" | "FRAUD" | "OTHER" | null;
  /** When REVOKED: the day (YYYY-MM-DD) and the category, never the free-text reason. */
  revokedOn: string | null;
  status: "REVOKED" | "UNKNOWN" | "VALID";
  town: string | null;
  vacancyTitle: string | null;
};

export type Locale = "en" | "ky" | "ru" | "tg" | "uz";

export type LoginDto = {
  /** A phone number (migrants) or an email address (everyone else). */
  login: string;
  password: string;
};

export type LoginView = SessionView | TwoFactorChallengeView;

export type MealsOption = "FREE" | "NONE" | "PAID";

/** A new or corrected minimum wage (`POST`/`PUT /api/admin/reference/minimum-wages`). */
export type MinimumWageDto = {
  /** The date the figure takes effect, YYYY-MM-DD; the product's table starts in 2023. */
  effectiveFrom: string;
  /** Roubles a month for a full month of full-time work, before income tax. */
  monthlyRoubles: number;
  /** Tax-service code of the Russian region; null or absent for the federal МРОТ. */
  regionCode?: string | null;
  /** The legal act that sets the figure (its name, date and number). */
  source: string;
};

/** A minimum wage as the admin edits it: the federal МРОТ (no region) or a region's, from a date, with its legal act. */
export type MinimumWageView = {
  /** In force from this date (YYYY-MM-DD) until the next row of the same region. */
  effectiveFrom: string;
  id: string;
  monthlyRoubles: number;
  /** Tax-service code of the Russian region; null for the federal МРОТ. */
  regionCode: string | null;
  /** The legal act that sets the figure, named so anyone can check it. */
  source: string;
  updatedAt: string;
};

/** `GET …/dashboard/monthly-report.pdf`: one month (`YYYY-MM`), the admin's country, and the report's language. */
export type MonthlyReportQueryDto = {
  country?: string;
  /** The report's language; Russian when absent. */
  lang?: string;
  month: string;
};

/** An application as its candidate sees it: where it stands, what happens next, how long that usually takes. */
export type MyApplicationView = {
  createdAt: string;
  /** Where to go and whom to call: only once the trip is approved (null before, after a refusal, and once its letter is revoked). */
  employer: ApplicationEmployerContact | null;
  id: string;
  /** Set when the approval letter was revoked: it is no longer valid to travel on (the day and the reason's category). */
  letterRevoked: {
    at: string;
    category: "CANDIDATE_REQUEST" | "EMPLOYER_SUSPENDED" | "FRAUD" | "OTHER" | null;
  } | null;
  next: {
    expected: ExpectedDurationView | null;
    key: string;
    party: "attache" | "employer" | "migrant" | null;
  };
  note: string | null;
  /** While it waits for the employer (SUBMITTED) or the attaché (IN_BATCH): its place among those waiting for the same owner. */
  queue: QueuePositionView | null;
  status: ApplicationStatus;
  statusReason: string | null;
  timeline: TimelineEntryView[];
  vacancy: ApplicationVacancySummary;
  version: number;
};

/** The claimant's own dispute. It names the INN they typed and their own statement and file, never the company as its holder registered it (name, address, people): those are the holder's words, and possibly personal data. */
export type MyCompanyDisputeView = {
  decidedAt: string | null;
  /** The attaché's reason, written for both sides. */
  decisionReason: string | null;
  evidenceFileName: string;
  filedAt: string;
  id: string;
  inn: string;
  statement: string;
  status: CompanyDisputeStatus;
};

/** GET /api/help/mine?lang=ky: the language the migrant reads (the account's when absent). */
export type MyHelpQuery = {
  lang?: "en" | "ky" | "ru" | "tg" | "uz";
};

/** GET /api/help/mine: help for the region of the migrant's job (null before they have departed). */
export type MyHelpView = {
  contacts: HelpContactView[];
  regionCode: string | null;
};

/** GET/PUT /ratings/mine/:applicationId: whether the migrant may rate this job, and their rating if any. */
export type MyRatingView = {
  applicationId: string;
  companyId: string;
  companyName: string;
  eligible: boolean;
  /** The first day (Moscow calendar) the migrant may rate; null when it does not depend on a date. */
  eligibleFrom: string | null;
  rating: {
    answer: string | null;
    comment: string | null;
    createdAt: string;
    housing: number;
    treatment: number;
    updatedAt: string;
    wageOnTime: number;
    wouldRecommend: boolean;
  } | null;
  /** Why not, when not eligible (a problem code the web translates). */
  refusal: "rating.notWorked" | "rating.tooSoon" | null;
};

/** GET /vacancies/mine: one page of the employer's vacancies, and how many the company has in each status. */
export type MyVacanciesPage = {
  /** Construct a type with a set of properties K of type T */
  counts: {
    CLOSED: number;
    DRAFT: number;
    PENDING_REVIEW: number;
    PUBLISHED: number;
    REJECTED: number;
  };
  items: VacancyView[];
  page: number;
  pageSize: number;
  total: number;
};

/** Query of GET /vacancies/mine: one page, optionally of one status. */
export type MyVacanciesQuery = {
  page?: number;
  pageSize?: number;
  status?: "CLOSED" | "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED";
};

/** The employer (or attaché) records that the migrant never came or never started, saying why. */
export type NoShowDto = {
  reason: string;
  version?: number;
};

export type NotificationChannel = "EMAIL" | "IN_APP" | "SMS" | "TELEGRAM";

export type NotificationPreferencesView = {
  /** Channels this account can switch on (an address is known and the channel is configured). */
  availableChannels: NotificationChannel[];
  /** Channels switched on; always contains IN_APP. */
  channels: NotificationChannel[];
  /** True while the account has never saved its own choice and gets its role's defaults. */
  isDefault: boolean;
  locale: Locale;
  telegramLinked: boolean;
};

export type NotificationType = "accountSetup" | "applicationReceived" | "approved" | "batchDecided" | "batchReturned" | "batchSubmitted" | "candidateWithdrew" | "checkInDue" | "closed" | "companyDisputeDismissed" | "companyDisputeRejected" | "companyDisputeUpheld" | "companyInvitation" | "companyOwnershipLost" | "companyRated" | "companyReinstated" | "companyRejected" | "companySuspended" | "companyVerified" | "deadlineOverdue" | "deadlineReminder" | "declined" | "departureReminder" | "emailVerification" | "feeReported" | "grievanceMessage" | "grievanceOpened" | "grievanceUpdated" | "inBatch" | "letterRevoked" | "newApplicant" | "noShowRecorded" | "passwordChanged" | "passwordResetCode" | "passwordResetLink" | "phoneVerificationCode" | "redFlagRaised" | "refused" | "registrationAttempted" | "returned" | "shortlisted" | "vacancyChanged" | "vacancyPublished" | "vacancyRejected" | "vacancySentBack" | "webhookDisabled" | "withdrawalConfirmed";

export type NotificationsPageQuery = {
  page?: number;
  pageSize?: number;
};

export type OccupationExperience = {
  occupationCode: string;
  years: number;
};

export type OccupationExperienceDto = {
  occupationCode: string;
  years: number;
};

export type OccupationView = {
  /** False: deactivated; it still names the vacancies and profiles that have it, but is no longer offered. */
  active: boolean;
  code: string;
  /** Construct a type with a set of properties K of type T */
  names: {
    [key: string]: string;
  };
  sector: string;
};

export type OccupationVolumesRow = {
  applied: number;
  approved: number;
  arrived: number;
  departed: number;
  occupationCode: string;
  refused: number;
  shortlisted: number;
};

/** A single-use link's secret as the web read it from the address (e-mail verification). */
export type OneTimeLinkDto = {
  token: string;
};

/** `GET /api/open-data`: what is published, where, and under which licence. */
export type OpenDataCatalogue = {
  datasets: {
    csv: string;
    json: string;
    name: "employers" | "open-vacancies" | "processing-times";
    title: string;
  }[];
  licence: {
    attribution: "Jumush — organised recruitment of labour migrants";
    name: "CC BY 4.0";
    url: "https://creativecommons.org/licenses/by/4.0/";
  };
};

/** One data set of a daily snapshot, with the addresses of its two forms. */
export type OpenDataSnapshotFileView = {
  csv: string;
  dataset: "employers" | "open-vacancies" | "processing-times";
  json: string;
};

/** `GET /api/public/open-data/snapshots`: the open data as it stood on one Moscow date, frozen at midnight and never changed, with the audit chain's head at that moment (null while the chain was empty) and the licence. */
export type OpenDataSnapshotView = {
  auditHead: {
    hash: string;
    seq: string;
  } | null;
  /** The Moscow date, YYYY-MM-DD. */
  date: string;
  files: OpenDataSnapshotFileView[];
  licence: {
    attribution: "Jumush — organised recruitment of labour migrants";
    name: "CC BY 4.0";
    url: "https://creativecommons.org/licenses/by/4.0/";
  };
  takenAt: string;
};

export type OpenGrievanceDto = {
  anonymous?: boolean;
  applicationId: string;
  category: "contract" | "housing" | "other" | "passportHeld" | "recruitmentFee" | "safety" | "wage";
  description: string;
};

export type OpenVacanciesDataSet = {
  dataset: "employers" | "open-vacancies" | "processing-times";
  description: string;
  /** Field name → what it means, for people importing the CSV. */
  fields: {
    [key: string]: string;
  };
  generatedAt: string;
  licence: {
    attribution: "Jumush — organised recruitment of labour migrants";
    name: "CC BY 4.0";
    url: "https://creativecommons.org/licenses/by/4.0/";
  };
  rows: OpenVacanciesRow[];
  title: string;
};

/** Published vacancies and their open positions, by Russian region and occupation. */
export type OpenVacanciesRow = {
  occupationCode: string;
  openPositions: number;
  regionCode: string;
  vacancies: number;
};

/** PUT /api/admin/origin-countries/:code/active. */
export type OriginCountryActiveDto = {
  active: boolean;
};

/** GET /api/origin-countries: an active country, with what registration and the profile need of it. */
export type OriginCountryView = {
  /** Without '+', e.g. '996'. */
  callingCode: string;
  code: string;
  defaultLocale: string;
  /** Construct a type with a set of properties K of type T */
  names: {
    [key: string]: string;
  };
  /** The regular expression a normalised passport number of the country matches. */
  passportPattern: string;
  regime: "EAEU" | "PATENT";
  regions: OriginRegionView[];
};

export type OriginDistrictDto = {
  code: string;
  /** A name in each of the five languages (checked by the service: originCountryProblems). */
  names: {
    [key: string]: string;
  };
};

export type OriginDistrictView = {
  code: string;
  /** Construct a type with a set of properties K of type T */
  names: {
    [key: string]: string;
  };
};

export type OriginRegionDto = {
  code: string;
  districts?: OriginDistrictDto[];
  kind: "autonomousOblast" | "city" | "oblast" | "republic" | "republicanDistricts";
  /** Construct a type with a set of properties K of type T */
  names: {
    [key: string]: string;
  };
};

export type OriginRegionView = {
  code: string;
  /** In the country's order; empty where the region's districts are not listed (a city, a country without them). */
  districts: OriginDistrictView[];
  kind: "autonomousOblast" | "city" | "oblast" | "republic" | "republicanDistricts";
  /** Construct a type with a set of properties K of type T */
  names: {
    [key: string]: string;
  };
};

/** `GET /api/candidates/me/passport-number`: the migrant's own number in full, fetched when they edit it, never cached. */
export type OwnPassportNumberView = {
  passportNumber: string | null;
};

export type PageQueryDto = {
  page?: number;
  pageSize?: number;
};

export type Page_AdminAccountView = {
  items: AdminAccountView[];
  page: number;
  pageSize: number;
  total: number;
};

export type Page_ApplicantView = {
  items: ApplicantView[];
  page: number;
  pageSize: number;
  total: number;
};

export type Page_CapturedMessageView = {
  items: CapturedMessageView[];
  page: number;
  pageSize: number;
  total: number;
};

export type Page_CompanyDisputeView = {
  items: CompanyDisputeView[];
  page: number;
  pageSize: number;
  total: number;
};

export type Page_FailedDeliveryView = {
  items: FailedDeliveryView[];
  page: number;
  pageSize: number;
  total: number;
};

export type Page_InAppNotificationView = {
  items: InAppNotificationView[];
  page: number;
  pageSize: number;
  total: number;
};

export type Page_PublishedAuditHeadView = {
  items: PublishedAuditHeadView[];
  page: number;
  pageSize: number;
  total: number;
};

export type Page_VacancyReviewItem = {
  items: VacancyReviewItem[];
  page: number;
  pageSize: number;
  total: number;
};

export type Page_VerificationQueueItem = {
  items: VerificationQueueItem[];
  page: number;
  pageSize: number;
  total: number;
};

export type PassportStepDto = {
  passportExpiresOn: string;
  passportNumber: string;
};

/** `POST /api/auth/password-reset/confirm`: either the login and the SMS code, or the e-mail link's token (a password reset or an account set-up link); and the new password. */
export type PasswordResetConfirmDto = {
  code?: string;
  login?: string;
  newPassword: string;
  token?: string;
};

/** `POST /api/auth/password-reset`: a code by SMS (phone login) or a link by e-mail (e-mail login). */
export type PasswordResetRequestDto = {
  /** A phone number (migrants) or an email address (everyone else), as at sign-in. */
  login: string;
};

/** The answer of `POST /api/auth/password-reset`, the same whether the account exists or not: how the secret travels is read from the login's form alone (a phone number gets a code, an e-mail address a link). */
export type PasswordResetRequestedView = {
  delivery: "EMAIL_LINK" | "SMS_CODE";
  /** How long a code or link works, in minutes. */
  expiresInMinutes: number;
};

export type PersonalStepDto = {
  /** The candidate must be 18 or older (checked by the service against today). */
  birthDate: string;
  givenNames: string;
  givenNamesLatin: string;
  sex: Sex;
  surname: string;
  surnameLatin: string;
};

/** `POST /api/auth/phone-verification/confirm`: the six-digit code the SMS carried (spaces and dashes forgiven). */
export type PhoneVerificationCodeDto = {
  code: string;
};

/** The answer of `POST /api/auth/phone-verification`: a new code went to the number by SMS. */
export type PhoneVerificationSentView = {
  /** How long the code works, in minutes. */
  expiresInMinutes: number;
  /** Seconds before another code may be asked for. */
  resendInSeconds: number;
};

/** The planned departure date; null clears it. The service checks it is after today (Bishkek) and at most a year ahead. */
export type PlannedDepartureDto = {
  plannedDepartureOn?: string | null;
};

export type PreferencesStepDto = {
  preferredRegionCodes: string[];
};

export type ProblemDetails = {
  /** Translation key of `detail`, so the web can say it in the user's language. */
  code: string;
  detail?: string;
  errors?: FieldError[];
  instance?: string;
  /** Construct a type with a set of properties K of type T */
  params?: {
    [key: string]: string | number;
  };
  requestId?: string;
  status: number;
  title: string;
  type: string;
};

/** How long one stage took over the last 90 days: the cases that ended the stage in that window. */
export type ProcessingTimeRow = {
  /** How many ended the stage in the window (withheld under 5). */
  cases: PublishedCell_number;
  /** The origin country whose staff own the stage; null where it is every country's together. */
  country: string | null;
  medianDays: PublishedCell_number;
  p90Days: PublishedCell_number;
  stage: PublicStage;
};

export type ProcessingTimesDataSet = {
  dataset: "employers" | "open-vacancies" | "processing-times";
  description: string;
  /** Field name → what it means, for people importing the CSV. */
  fields: {
    [key: string]: string;
  };
  generatedAt: string;
  licence: {
    attribution: "Jumush — organised recruitment of labour migrants";
    name: "CC BY 4.0";
    url: "https://creativecommons.org/licenses/by/4.0/";
  };
  rows: ProcessingTimeRow[];
  title: string;
};

export type ProfileStep = "consent" | "passport" | "personal" | "preferences" | "residence" | "skills";

/** The terms frozen at approval (the batch's decided terms), the promise a report is compared with. */
export type PromisedTermsView = {
  contractMonths: number;
  housing: string;
  housingCostRoubles: number | null;
  monthlyWageRoubles: number;
  weeklyHours: number;
};

/** The migrant's page of one job: the promise, and what they reported. */
export type PromisedVsActualView = {
  applicationId: string;
  feeReports: FeeReportView[];
  /** Whether the job's status takes reports now (arrived or working). */
  open: boolean;
  /** Null when no approval froze the terms (an application decided before the snapshot existed keeps the vacancy's). */
  promised: PromisedTermsView | null;
  termsReports: TermsReportView[];
};

/** What anyone reads of a company's ratings. Under the threshold: count only, aggregate null, comments empty. */
export type PublicCompanyRatings = {
  aggregate: RatingsAggregate | null;
  comments: PublicRatingComment[];
  count: number;
  shownFrom: number;
};

/** GET /public/companies/:id: a verified company as anyone may see it, with its ratings. */
export type PublicCompanyView = {
  id: string;
  inn: string;
  legalName: string;
  ratings: PublicCompanyRatings;
  regionCode: string;
};

/** A comment as the public reads it: never the author, nor the job it was about. */
export type PublicRatingComment = {
  answer: string | null;
  answeredAt: string | null;
  comment: string;
  createdAt: string;
  id: string;
  wouldRecommend: boolean;
};

export type PublicStage = "APPROVED" | "BATCH_DECISION" | "COMPANY_VERIFICATION" | "IN_BATCH" | "SHORTLISTED" | "SUBMITTED" | "VACANCY_REVIEW";

/** A published vacancy as anyone may see it, with who offers it. */
export type PublicVacancyView = {
  applicationDeadline: string;
  company: {
    id: string;
    inn: string;
    legalName: string;
    status: CompanyStatus;
  };
  /** The employer's ratings in figures, on one vacancy's page only (not in search items): null under RATINGS_SHOWN_FROM ratings. Never a comment or anything about who rated. */
  companyRatings?: {
    aggregate: RatingsAggregate | null;
    count: number;
    shownFrom: number;
  };
  contractMonths: number;
  description: string;
  experienceYears: number;
  housing: HousingOption;
  housingCostRoubles: number | null;
  id: string;
  insurance: boolean;
  meals: MealsOption;
  monthlyWageRoubles: number;
  occupationCode: string;
  positions: number;
  publishedAt: string;
  regionCode: string;
  remainingPositions: number;
  russianLevel: RussianLevel;
  shiftPattern: ShiftPattern;
  skills: string[];
  startDate: string;
  title: string;
  town: string;
  travelPaid: boolean;
  weeklyHours: number;
};

/** One day's published head (`GET /api/public/audit-heads`): the hash of the last event of that day and how many there were. */
export type PublishedAuditHeadView = {
  /** Events in the chain up to and including the head. */
  count: string;
  /** The calendar day (UTC) the head was published for, YYYY-MM-DD. */
  date: string;
  hash: string;
  publishedAt: string;
  seq: string;
};

/** A published number, or null with `withheld` when too few people stand behind it. */
export type PublishedCell_number = {
  value: number | null;
  withheld: boolean;
};

/** "3rd of 41 waiting for the attaché": 1-based, in the order the owner takes them (the vacancy's SUBMITTED applications by arrival; IN_BATCH applications of the country's batches awaiting a decision, by the batch's submission). */
export type QueuePositionView = {
  owner: "attache" | "employer";
  position: number;
  total: number;
};

export type RateEmployerDto = {
  /** Optional; an empty one is none. */
  comment?: string;
  housing: number;
  treatment: number;
  wageOnTime: number;
  wouldRecommend: boolean;
};

/** A company's ratings in figures: only returned from RATINGS_SHOWN_FROM ratings on. */
export type RatingsAggregate = {
  count: number;
  housing: number;
  /** Share of ratings that would recommend the employer, 0 to 1. */
  recommendShare: number;
  treatment: number;
  wageOnTime: number;
};

export type ReadinessView = {
  done: ChecklistItemKind[];
  expired: ChecklistItemKind[];
  missing: ChecklistItemKind[];
  percent: number;
  ready: boolean;
};

/** A decision that must say why: reject, suspend, reinstate, close. */
export type ReasonDto = {
  reason: string;
};

/** Recovery codes, shown once: only their hashes are kept. */
export type RecoveryCodesView = {
  recoveryCodes: string[];
};

export type RedFlagEvidenceView = {
  at: string;
  id: string;
  kind: "feeReport" | "grievance" | "termsReport";
  signal: "fee" | "notAsPromised" | "passportHeld";
};

export type RedFlagStatus = "SUSPENDED" | "UNDER_REVIEW";

export type RedFlagView = {
  createdAt: string;
  decidedAt: string | null;
  evidence: RedFlagEvidenceView[];
  id: string;
  originCountry: string;
  ruleCode: string;
  signal: "fee" | "notAsPromised" | "passportHeld";
  status: RedFlagStatus;
  threshold: number;
  windowDays: number | null;
};

/** Query of the reference lists: the language of the names (Russian regions have no Kyrgyz names; ky reads Russian). */
export type ReferenceLanguageQuery = {
  lang?: "en" | "ky" | "ru" | "tg" | "uz";
};

export type RegionView = {
  code: string;
  name: string;
  nameEn: string;
};

export type RegionVolumesRow = {
  applied: number;
  approved: number;
  arrived: number;
  departed: number;
  refused: number;
  /** Russian region code (two digits, as in `vacancies.region_code`). */
  regionCode: string;
  shortlisted: number;
};

export type RegisterEmployerDto = {
  email: string;
  fullName: string;
  locale?: "en" | "ky" | "ru" | "tg" | "uz";
  password: string;
};

export type RegisterMigrantDto = {
  /** Chosen by the migrant among the active origin countries: it decides the checklist the law asks of them. */
  citizenship: string;
  locale?: "en" | "ky" | "ru" | "tg" | "uz";
  password: string;
  /** Mobile number, international (+996 555 123 456) or national for the citizenship (0555 123 456); stored in E.164. Read and checked by the service against the active origin countries and Russia (data, not known here). */
  phone: string;
};

/** Verifying in one click by relying on another country's verification of the company. */
export type RelyOnCountryDto = {
  country: string;
};

/** Where a requirement comes from. A programme requirement is ours (the attaché's recruitment programme), not the law's. */
export type RequirementSource = {
  act: "EAEU_TREATY" | "FZ_115" | "FZ_274" | "FZ_326" | "PROGRAMME";
  /** The act's date, so the line can be checked against the official text. */
  actDate: string | null;
  /** The article (and paragraph) where we checked it; null where our legal facts do not name one. */
  article: string | null;
  basis: "law" | "programme";
  /** Where the rule started later than the act (an amendment's entry into force). */
  inForceFrom: string | null;
};

/** The region must be of the migrant's citizenship, the district one of its districts where we list them (see residenceProblem). */
export type ResidenceStepDto = {
  /** None (null or empty) for a region whose districts are not listed: a city, Uzbekistan and Tajikistan today. */
  residenceDistrictCode?: string | null;
  residenceRegionCode: string;
};

/** The attaché revokes an approval letter: a category the public page shows, and the reason in words for the record. */
export type RevokeLetterDto = {
  category: LetterRevocationCategory;
  reason: string;
};

/** Sessions an admin ended for an account. */
export type RevokedSessionsView = {
  revoked: number;
};

export type Role = "ADMIN" | "ATTACHE" | "EMPLOYER" | "MIGRANT";

export type RussianLevel = "BASIC" | "CONVERSATIONAL" | "FLUENT" | "NONE";

export type SearchVacanciesQuery = {
  /** Vacancies open to migrants of this country (verified there). A signed-in migrant always searches their own recorded citizenship, whatever this says; signed out, absent means every country. */
  country?: string;
  cursor?: string;
  /** `provided` means free or paid housing. */
  housing?: "FREE" | "NONE" | "PAID" | "provided";
  insurance?: boolean;
  limit?: number;
  maxContractMonths?: number;
  minContractMonths?: number;
  minWage?: number;
  occupation?: string;
  q?: string;
  region?: string;
  sort?: "newest" | "relevance" | "wage";
  /** YYYY-MM: vacancies starting in that month. */
  startMonth?: string;
  travelPaid?: boolean;
};

export type SessionView = {
  accessToken: string;
  account: AccountView;
  /** Seconds until the access token expires; the web refreshes before then. */
  expiresIn: number;
};

export type Sex = "FEMALE" | "MALE";

export type ShiftPattern = "DAY" | "NIGHT" | "ROTATING" | "ROTATION" | "TWO_ON_TWO_OFF";

/** One live sign-in of the account (a device), as listed by GET /auth/sessions. */
export type SignInSessionView = {
  createdAt: string;
  /** The session this request came from. */
  current: boolean;
  /** Ends by then at the latest (the absolute lifetime), unless ended sooner. */
  expiresAt: string;
  id: string;
  lastUsedAt: string;
  /** The device's browser as it names itself; null when it sent none. */
  userAgent: string | null;
};

export type SigningOfficeDto = {
  /** Null: not known yet. */
  address?: string | null;
  nameLocal: string;
  nameRu: string;
  signatoryTitle: string;
};

export type SigningOfficeView = {
  address: string | null;
  nameLocal: string;
  nameRu: string;
  signatoryTitle: string;
};

export type SkillsStepDto = {
  education: EducationLevel;
  /** Russian must be among them: employers need to know the level. */
  languages: LanguageSkillDto[];
  occupations: OccupationExperienceDto[];
};

export type SmokeJobDto = {
  echo?: string;
};

export type SmokeJobResult = {
  echo: string;
  jobId: string;
  processedBy: string;
};

/** Time per stage, in days (fractional), of the items that left the stage in the period. Counts and the deadline share are exact; the median and 90th percentile are read from a histogram of durations (buckets of 1 hour up to 2 days, 6 hours up to 30 days, then 1 day): percentile_cont's ranks placed evenly within their bucket, so each is within one bucket's width of the exact figure (within an hour for stages under 2 days). */
export type StageTimeRow = {
  decided: number;
  medianDays: number | null;
  p90Days: number | null;
  stage: "batchDecision" | "companyVerification" | "grievanceResolution" | "grievanceTakeUp" | "shortlisting" | "vacancyReview";
  /** Share (0..1) of `decided` that left the stage by its deadline; null when none did. */
  withinDeadlineShare: number | null;
};

/** `POST /api/notifications/stream-ticket`: open the stream with `?ticket=` within `expiresInSeconds`, once. */
export type StreamTicketView = {
  expiresInSeconds: number;
  ticket: string;
};

/** `PUT /api/admin/accounts/:id/supervised-countries`: the origin countries an admin account supervises (their overdue items escalate to it); empty: none in particular. */
export type SupervisedCountriesDto = {
  countries: string[];
};

/** A suspension: why (kept internal) and its category (published in the registry instead of the reason). */
export type SuspendCompanyDto = {
  category: SuspensionCategory;
  reason: string;
};

export type SuspendFlaggedDto = {
  reason?: string;
};

export type SuspensionCategory = "documentsInvalid" | "other" | "passportRetention" | "recruitmentFees" | "unsafeConditions" | "wageViolation";

/** `GET /api/notifications/telegram`: whether this deployment has a bot, and whether my account has a chat linked. */
export type TelegramLinkStatusView = {
  /** False: there is no bot in this deployment, "Connect Telegram" is not offered. */
  configured: boolean;
  linked: boolean;
};

/** `POST /api/notifications/telegram/link`: a one-time deep link into the bot; opening it and pressing Start links the chat. */
export type TelegramLinkView = {
  /** `https://t.me/<bot>?start=<one-time token>` */
  deepLink: string;
  /** After this the link no longer works (15 minutes); asking again makes a new one and voids the old. */
  expiresAt: string;
};

export type TermsReportDto = {
  applicationId: string;
  contract: "asSigned" | "none" | "substituted";
  housing: "asDescribed" | "none" | "worse";
  /** Roubles a month actually paid. */
  monthlyWageRoubles: number;
  weeklyHours: number;
};

export type TermsReportView = {
  contract: "asSigned" | "none" | "substituted";
  createdAt: string;
  differences: ("contractNone" | "contractSubstituted" | "hoursAbove" | "housingNone" | "housingWorse" | "wageBelow")[];
  housing: "asDescribed" | "none" | "worse";
  id: string;
  monthlyWageRoubles: number;
  weeklyHours: number;
};

export type TimelineEntryView = {
  actorRole: string;
  at: string;
  from: "APPROVED" | "ARRIVED" | "CLOSED" | "DECLINED" | "DEPARTED" | "IN_BATCH" | "NO_SHOW" | "REFUSED" | "SHORTLISTED" | "SUBMITTED" | "WITHDRAWN" | "WORKING" | null;
  reason: string | null;
  to: ApplicationStatus;
};

/** The answer to a correct password of an account with two-factor on: no session yet, a short-lived challenge that POST /auth/login/two-factor exchanges, with a code from the app or a recovery code, for the session. */
export type TwoFactorChallengeView = {
  challenge: string;
  /** Seconds the challenge works. */
  expiresIn: number;
  twoFactorRequired: true;
};

/** A code from the authenticator app: six digits, spaces allowed. */
export type TwoFactorCodeDto = {
  code: string;
};

/** A new TOTP secret to add to an authenticator app; two-factor is on only once a code from the app confirms it. */
export type TwoFactorEnrolmentView = {
  /** The otpauth:// link the QR code holds. */
  otpauthUri: string;
  /** The QR code of `otpauthUri` as a PNG data: URL. */
  qrCode: string;
  /** Base32, for typing into the app by hand. */
  secret: string;
};

/** The second sign-in step: the challenge from POST /auth/login and either a code from the app or a recovery code. */
export type TwoFactorSignInDto = {
  challenge: string;
  code?: string;
  recoveryCode?: string;
};

export type TwoFactorStatusView = {
  enabledAt: string | null;
  recoveryCodesLeft: number;
  /** The account's role must use two-factor (attaché, admin). */
  required: boolean;
};

export type UnreadCountView = {
  unreadCount: number;
};

export type UpdateLocaleDto = {
  locale: Locale;
};

export type UpdateNotificationPreferencesDto = {
  /** Channels to switch on; IN_APP is always on, whether listed or not. */
  channels: NotificationChannel[];
  locale: Locale;
};

/** What is given changes; the code never does (vacancies and profiles hold it). */
export type UpdateOccupationDto = {
  /** Construct a type with a set of properties K of type T */
  names?: {
    [key: string]: string;
  };
  sector?: string;
  /** Construct a type with a set of properties K of type T */
  synonyms?: {
    [key: string]: string[];
  };
};

/** PUT /api/admin/origin-countries/:code: the whole country (its regions replace the old list). */
export type UpdateOriginCountryDto = {
  /** Without '+': must be the one libphonenumber-js knows for the ISO code. */
  callingCode: string;
  defaultLocale: Locale;
  /** Construct a type with a set of properties K of type T */
  names: {
    [key: string]: string;
  };
  office: SigningOfficeDto;
  passportPattern: string;
  regime: "EAEU" | "PATENT";
  regions: OriginRegionDto[];
};

/** Body of PUT /vacancies/mine/:id: all the terms, and the version they were edited from (optimistic locking). */
export type UpdateVacancyDto = {
  /** The last day to apply; on or before the start date. */
  applicationDeadline: string;
  contractMonths: number;
  description: string;
  experienceYears: number;
  housing: HousingOption;
  /** Monthly cost of housing; required when housing is PAID, absent (or null, as views show it) otherwise. */
  housingCostRoubles?: number | null;
  /** The employer provides voluntary medical insurance (ДМС). */
  insurance: boolean;
  meals: MealsOption;
  /** Gross monthly wage in roubles; must be at least the minimum wage of the region on the start date. */
  monthlyWageRoubles: number;
  occupationCode: string;
  /** The origin countries whose migrants the vacancy is open to, among those that verified the company; absent: every verified country (kept as it was on an update). */
  openTo?: string[];
  positions: number;
  regionCode: string;
  russianLevel: RussianLevel;
  shiftPattern: ShiftPattern;
  skills: string[];
  startDate: string;
  title: string;
  town: string;
  travelPaid: boolean;
  version: number;
  weeklyHours: number;
};

export type UpdateWebhookEndpointDto = {
  events?: WebhookEventType[];
  /** ACTIVE switches a disabled endpoint on again (its failure count starts from zero); DISABLED switches it off. */
  status?: "ACTIVE" | "DISABLED";
};

export type UploadCompanyDocumentDto = {
  kind: CompanyDocumentKind;
};

/** Who offers a vacancy, as the attaché and the public see it. */
export type VacancyCompanySummary = {
  id: string;
  inn: string;
  legalName: string;
  /** Its status in the viewing attaché's country (for an admin: in any country, see companyStatusAnywhere). */
  status: CompanyStatus;
  /** The countries whose migrants it may recruit now. */
  verifiedCountries: string[];
};

export type VacancyFeedPage = {
  /** When this page was made: the `updated_since` of the next poll, once every page has been read. */
  generatedAt: string;
  items: FeedVacancy[];
  licence: {
    attribution: "Jumush — organised recruitment of labour migrants";
    name: "CC BY 4.0";
    url: "https://creativecommons.org/licenses/by/4.0/";
  };
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
};

export type VacancyFeedQuery = {
  /** `nextCursor` of the page before. */
  cursor?: string;
  limit?: number;
  /** Only vacancies changed at or after this moment (ISO 8601 with a time zone): what an importer polls with. */
  updated_since?: string;
};

/** The terms at each recorded version (submissions, publications, edits of a published vacancy) and the decisions. */
export type VacancyHistoryView = {
  events: AuditEventView[];
  revisions: VacancyRevisionView[];
};

export type VacancyRegionWarning = "region.annexedFromUkraine" | "region.farNorth";

/** A vacancy in the attaché's review queue (oldest submission first), with the employer it comes from. */
export type VacancyReviewItem = {
  applicationDeadline: string;
  company: VacancyCompanySummary;
  companyId: string;
  contractMonths: number;
  createdAt: string;
  description: string;
  experienceYears: number;
  filledPositions: number;
  housing: HousingOption;
  housingCostRoubles: number | null;
  id: string;
  insurance: boolean;
  meals: MealsOption;
  monthlyWageRoubles: number;
  occupationCode: string;
  /** The origin countries whose migrants it recruits: their attachés review it, their migrants find it. */
  openTo: string[];
  /** The review is past its deadline: the queue (longest waiting first) shows it first, marked. */
  overdue: boolean;
  positions: number;
  publishedAt: string | null;
  regionCode: string;
  /** What the attaché should weigh about the region: the Far North coefficient, a region annexed from Ukraine. */
  regionWarnings: VacancyRegionWarning[];
  /** When the review is due (working days from submission), while it waits for one; null otherwise. */
  reviewDueAt: string | null;
  russianLevel: RussianLevel;
  shiftPattern: ShiftPattern;
  skills: string[];
  startDate: string;
  status: VacancyStatus;
  statusReason: string | null;
  submittedAt: string | null;
  /** What the terms add up to (vacancyTermsFindings): housing costing the wage, hours above the 40-hour week, … */
  termsFindings: VacancyTermsFinding[];
  title: string;
  town: string;
  travelPaid: boolean;
  updatedAt: string;
  version: number;
  weeklyHours: number;
};

/** GET /vacancy-reviews/:id: the vacancy, its employer and its history. */
export type VacancyReviewView = {
  applicationDeadline: string;
  company: VacancyCompanySummary;
  companyId: string;
  contractMonths: number;
  createdAt: string;
  description: string;
  experienceYears: number;
  filledPositions: number;
  history: VacancyHistoryView;
  housing: HousingOption;
  housingCostRoubles: number | null;
  id: string;
  insurance: boolean;
  meals: MealsOption;
  monthlyWageRoubles: number;
  occupationCode: string;
  /** The origin countries whose migrants it recruits: their attachés review it, their migrants find it. */
  openTo: string[];
  /** The review is past its deadline: the queue (longest waiting first) shows it first, marked. */
  overdue: boolean;
  positions: number;
  publishedAt: string | null;
  regionCode: string;
  /** What the attaché should weigh about the region: the Far North coefficient, a region annexed from Ukraine. */
  regionWarnings: VacancyRegionWarning[];
  /** When the review is due (working days from submission), while it waits for one; null otherwise. */
  reviewDueAt: string | null;
  russianLevel: RussianLevel;
  shiftPattern: ShiftPattern;
  skills: string[];
  startDate: string;
  status: VacancyStatus;
  statusReason: string | null;
  submittedAt: string | null;
  /** What the terms add up to (vacancyTermsFindings): housing costing the wage, hours above the 40-hour week, … */
  termsFindings: VacancyTermsFinding[];
  title: string;
  town: string;
  travelPaid: boolean;
  updatedAt: string;
  version: number;
  weeklyHours: number;
};

export type VacancyRevisionView = {
  createdAt: string;
  status: VacancyStatus;
  terms: VacancyTermsView;
  version: number;
};

export type VacancySearchFacets = {
  housing: FacetCount[];
  insurance: FacetCount[];
  occupations: FacetCount[];
  regions: FacetCount[];
  travelPaid: FacetCount[];
};

export type VacancySearchResult = {
  facets: VacancySearchFacets;
  items: PublicVacancyView[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  total: number;
};

export type VacancyStatus = "CLOSED" | "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED";

/** All of a vacancy's terms: the body of create and update. */
export type VacancyTermsDto = {
  /** The last day to apply; on or before the start date. */
  applicationDeadline: string;
  contractMonths: number;
  description: string;
  experienceYears: number;
  housing: HousingOption;
  /** Monthly cost of housing; required when housing is PAID, absent (or null, as views show it) otherwise. */
  housingCostRoubles?: number | null;
  /** The employer provides voluntary medical insurance (ДМС). */
  insurance: boolean;
  meals: MealsOption;
  /** Gross monthly wage in roubles; must be at least the minimum wage of the region on the start date. */
  monthlyWageRoubles: number;
  occupationCode: string;
  /** The origin countries whose migrants the vacancy is open to, among those that verified the company; absent: every verified country (kept as it was on an update). */
  openTo?: string[];
  positions: number;
  regionCode: string;
  russianLevel: RussianLevel;
  shiftPattern: ShiftPattern;
  skills: string[];
  startDate: string;
  title: string;
  town: string;
  travelPaid: boolean;
  weeklyHours: number;
};

export type VacancyTermsFinding = {
  code: VacancyTermsFindingCode;
  /** The figures of the finding, the placeholders of its message: sums end in `Roubles`, the rest are hours or weeks. */
  params: {
    [key: string]: number;
  };
  severity: VacancyTermsFindingSeverity;
  /** The act and article (or the wage floor's act) the figures are measured against; null when nothing is compared. */
  source: string | null;
};

export type VacancyTermsFindingCode = "termsFinding.hourlyWageBelowFloor" | "termsFinding.hoursAboveNormalWeek" | "termsFinding.housingCostsWage" | "termsFinding.mealsCostNotStated" | "termsFinding.netWageBelowFloor" | "termsFinding.overtimeAboveYearlyLimit";

export type VacancyTermsFindingSeverity = "danger" | "warning";

export type VacancyTermsView = {
  applicationDeadline: string;
  contractMonths: number;
  description: string;
  experienceYears: number;
  housing: HousingOption;
  housingCostRoubles: number | null;
  insurance: boolean;
  meals: MealsOption;
  monthlyWageRoubles: number;
  occupationCode: string;
  positions: number;
  regionCode: string;
  russianLevel: RussianLevel;
  shiftPattern: ShiftPattern;
  skills: string[];
  startDate: string;
  title: string;
  town: string;
  travelPaid: boolean;
  weeklyHours: number;
};

export type VacancyView = {
  applicationDeadline: string;
  companyId: string;
  contractMonths: number;
  createdAt: string;
  description: string;
  experienceYears: number;
  filledPositions: number;
  housing: HousingOption;
  housingCostRoubles: number | null;
  id: string;
  insurance: boolean;
  meals: MealsOption;
  monthlyWageRoubles: number;
  occupationCode: string;
  /** The origin countries whose migrants it recruits: their attachés review it, their migrants find it. */
  openTo: string[];
  positions: number;
  publishedAt: string | null;
  regionCode: string;
  russianLevel: RussianLevel;
  shiftPattern: ShiftPattern;
  skills: string[];
  startDate: string;
  status: VacancyStatus;
  statusReason: string | null;
  title: string;
  town: string;
  travelPaid: boolean;
  updatedAt: string;
  version: number;
  weeklyHours: number;
};

export type VerificationQueueItem = {
  /** The country this status is of: the attaché's own (an admin sees every country's). */
  country: string;
  createdAt: string;
  documentCount: number;
  id: string;
  inn: string;
  legalName: string;
  /** Pending past its due date: first in the queue, marked. */
  overdue: boolean;
  regionCode: string;
  status: CompanyStatus;
  statusChangedAt: string;
  /** While PENDING: when this country's verification is due (COMPANY_VERIFICATION_WORKING_DAYS); null otherwise. */
  verificationDueAt: string | null;
};

export type VerificationQueueQuery = {
  /** An admin's filter by country (every country when absent); an attaché always sees their own. */
  country?: string;
  page?: number;
  pageSize?: number;
  status?: "PENDING" | "REJECTED" | "SUSPENDED" | "VERIFIED";
};

export type WageFloorQuery = {
  date: string;
  /** Without a region: the federal МРОТ. */
  region?: string;
};

export type WageFloorView = {
  date: string;
  effectiveFrom: string;
  monthlyRoubles: number;
  /** null: the federal МРОТ, asked for without a region. */
  regionCode: string | null;
  regional: boolean;
  source: string;
};

/** An item the law does not ask of the candidate's citizenship, with the source that says so. */
export type WaivedChecklistItemView = {
  kind: ChecklistItemKind;
  source: RequirementSource;
};

export type WebhookDeliveriesView = {
  deliveries: WebhookDeliveryView[];
};

export type WebhookDeliveryStatus = "DELIVERED" | "FAILED" | "PENDING" | "SKIPPED";

export type WebhookDeliveryView = {
  /** Attempts made so far. */
  attempts: number;
  createdAt: string;
  /** How long the last attempt took, in milliseconds. */
  durationMs: number | null;
  endpointId: string;
  /** The last attempt's error in a few words (no answer body is kept). */
  error: string | null;
  eventId: string;
  eventType: string;
  id: string;
  lastAttemptAt: string | null;
  /** The delivery this one replays, if it is a replay. */
  replayOf: string | null;
  /** The last attempt's HTTP status (null: no answer, e.g. a timeout or a refused connection). */
  responseStatus: number | null;
  status: WebhookDeliveryStatus;
};

export type WebhookEndpointStatus = "ACTIVE" | "DISABLED";

export type WebhookEndpointView = {
  /** Failed attempts since the last delivered one. */
  consecutiveFailures: number;
  createdAt: string;
  description: string | null;
  disabledAt: string | null;
  /** Why it was switched off: `failures` (repeated failures) or `owner`. */
  disabledReason: string | null;
  events: WebhookEventType[];
  id: string;
  status: WebhookEndpointStatus;
  url: string;
};

export type WebhookEndpointsView = {
  /** Only the company's owners manage endpoints; recruiters see nothing but this flag. */
  canManage: boolean;
  endpoints: WebhookEndpointView[];
};

export type WebhookEventType = "application.created" | "application.withdrawn" | "batch.decided";

export type WeeklyVolumesRow = {
  applied: number;
  approved: number;
  arrived: number;
  departed: number;
  refused: number;
  shortlisted: number;
  /** Monday of the ISO week, YYYY-MM-DD. */
  weekStart: string;
};

export type WithdrawDto = {
  reason?: string;
  version: number;
};

/** Every operation of the API by its operationId: what it takes and what it answers. */
export interface Operations {
  /** Remember the language the account reads */
  AccountsController_updateLocale: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: UpdateLocaleDto;
    response: AccountView;
  };
  /** One account: its owner or an admin only */
  AccountsController_get: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: AccountView;
  };
  /** Accounts, newest first; ?q= part of an e-mail, a phone number or a name, ?role=, ?country= */
  AdminAccountsController_list: {
    path: Record<string, never>;
    query: { q?: string; role?: "ADMIN" | "ATTACHE" | "EMPLOYER" | "MIGRANT"; country?: string; page?: number; pageSize?: number };
    body: undefined;
    response: Page_AdminAccountView;
  };
  /** Create a labour attaché staff account for one origin country; without a password its owner gets a set-up link by e-mail */
  AdminAccountsController_createAttache: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: CreateAttacheDto;
    response: AdminAccountView;
  };
  /** Disable an account: no more sign-ins, its sessions and tokens end at once (audited) */
  AdminAccountsController_disable: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** Enable a disabled account again: it may sign in anew (audited) */
  AdminAccountsController_enable: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** End every sign-in of an account: it must sign in again everywhere (audited) */
  AdminAccountsController_revokeSessions: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: RevokedSessionsView;
  };
  /** Make an admin account supervisor of origin countries: their overdue items escalate to it (audited) */
  AdminAccountsController_setSupervisedCountries: {
    path: { id: string };
    query: Record<string, never>;
    body: SupervisedCountriesDto;
    response: AdminAccountView;
  };
  /** Turn another account’s two-factor sign-in off (lost phone): it must enrol again; its sessions end (audited) */
  AccountTwoFactorController_reset: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** Verify the audit log’s hash chain; names the first broken link and the head hash */
  AuditController_verify: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: AuditChainReportView;
  };
  /** SMS and e-mail the development/test capture adapters kept instead of sending, newest first; searchable by phone or e-mail */
  AdminNotificationsController_capturedMessages: {
    path: Record<string, never>;
    query: { channel?: "EMAIL" | "IN_APP" | "SMS" | "TELEGRAM"; search?: string; page?: number; pageSize?: number };
    body: undefined;
    response: Page_CapturedMessageView;
  };
  /** Every country's dashboard, or one country's */
  DashboardsController_admin: {
    path: Record<string, never>;
    query: { from?: string; to?: string; country?: string };
    body: undefined;
    response: DashboardResponse;
  };
  /** The monthly report by the standard parameters (PDF), of every country or one */
  DashboardsController_adminMonthlyReport: {
    path: Record<string, never>;
    query: { month: string; country?: string; lang?: string };
    body: undefined;
    response: Blob;
  };
  /** One chart of the dashboard as CSV */
  DashboardsController_adminCsv: {
    path: { chart: string };
    query: { from?: string; to?: string; country?: string };
    body: undefined;
    response: Blob;
  };
  /** Deliveries that failed for good, with the reason */
  AdminNotificationsController_failed: {
    path: Record<string, never>;
    query: { page?: number; pageSize?: number };
    body: undefined;
    response: Page_FailedDeliveryView;
  };
  /** Every occupation, active or not, with how many vacancies and profiles name it */
  AdminOccupationsController_list: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: AdminOccupationView[];
  };
  /** Add an occupation: ISCO-08 code, sector, names and synonyms in five languages (audited) */
  AdminOccupationsController_create: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: CreateOccupationDto;
    response: AdminOccupationView;
  };
  /** Rename an occupation (names, synonyms) or move it to another sector; the code never changes (audited) */
  AdminOccupationsController_update: {
    path: { code: string };
    query: Record<string, never>;
    body: UpdateOccupationDto;
    response: AdminOccupationView;
  };
  /** Offer a deactivated occupation again (audited) */
  AdminOccupationsController_activate: {
    path: { code: string };
    query: Record<string, never>;
    body: undefined;
    response: AdminOccupationView;
  };
  /** Stop offering an occupation; vacancies and profiles naming it keep it (audited). Occupations are never deleted */
  AdminOccupationsController_deactivate: {
    path: { code: string };
    query: Record<string, never>;
    body: undefined;
    response: AdminOccupationView;
  };
  /** Every origin country, active or not, with its signing office */
  AdminOriginCountriesController_list: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: AdminOriginCountryView[];
  };
  /** Add an origin country (inactive until activated) */
  AdminOriginCountriesController_create: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: CreateOriginCountryDto;
    response: AdminOriginCountryView;
  };
  /** Edit an origin country: names, office, regime, passport pattern, language, regions */
  AdminOriginCountriesController_update: {
    path: { code: string };
    query: Record<string, never>;
    body: UpdateOriginCountryDto;
    response: AdminOriginCountryView;
  };
  /** Activate or deactivate an origin country */
  AdminOriginCountriesController_setActive: {
    path: { code: string };
    query: Record<string, never>;
    body: OriginCountryActiveDto;
    response: AdminOriginCountryView;
  };
  AdminNotificationsController_queueBoardSession: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** The federal МРОТ and regional minimum wages, each with its legal act and date */
  AdminReferenceController_list: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: MinimumWageView[];
  };
  /** Add a minimum wage from a date (audited); the wage floor of vacancies follows */
  AdminReferenceController_create: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: MinimumWageDto;
    response: MinimumWageView;
  };
  /** Correct a minimum wage (audited with the old and new values) */
  AdminReferenceController_update: {
    path: { id: string };
    query: Record<string, never>;
    body: MinimumWageDto;
    response: MinimumWageView;
  };
  /** The company's API keys for HR systems (never their secrets) */
  ApiKeysController_list: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: ApiKeysView;
  };
  /** Create an API key (owner only); its secret is in this answer and nowhere else */
  ApiKeysController_create: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: CreateApiKeyDto;
    response: CreatedApiKeyView;
  };
  /** Revoke an API key (owner only): it answers 401 from now on */
  ApiKeysController_revoke: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: ApiKeyView;
  };
  /** How long each stage usually takes (median of the last 90 days) */
  ApplicationsController_expectedDurations: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: {
      APPROVED: ExpectedDurationView;
      IN_BATCH: ExpectedDurationView;
      SHORTLISTED: ExpectedDurationView;
      SUBMITTED: ExpectedDurationView;
    };
  };
  /** My applications with their timelines and what happens next */
  ApplicationsController_myApplications: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: MyApplicationView[];
  };
  /** One of my applications */
  ApplicationsController_mineOne: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: MyApplicationView;
  };
  /** I arrived at the employer (one tap): the check-ins after arrival are scheduled */
  ApplicationsController_arrive: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: MyApplicationView;
  };
  /** I left for the job (one tap; a replay once recorded is a success) */
  ApplicationsController_depart: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: MyApplicationView;
  };
  /** Withdraw my application (any time before departure) */
  ApplicationsController_withdraw: {
    path: { id: string };
    query: Record<string, never>;
    body: WithdrawDto;
    response: MyApplicationView;
  };
  /** Decline one applicant, saying why */
  ApplicationsController_decline: {
    path: { id: string };
    query: Record<string, never>;
    body: DeclineApplicationDto;
    response: {
      status: ApplicationStatus;
      version: number;
    };
  };
  /** Record that the migrant never came or never started, saying why */
  ApplicationsController_noShow: {
    path: { id: string };
    query: Record<string, never>;
    body: NoShowDto;
    response: {
      status: ApplicationStatus;
      version: number;
    };
  };
  /** Shortlist one applicant */
  ApplicationsController_shortlist: {
    path: { id: string };
    query: Record<string, never>;
    body: ApplicationVersionDto;
    response: {
      status: ApplicationStatus;
      version: number;
    };
  };
  /** Confirm the arrived migrant started work */
  ApplicationsController_startWork: {
    path: { id: string };
    query: Record<string, never>;
    body: ApplicationVersionDto;
    response: {
      status: ApplicationStatus;
      version: number;
    };
  };
  /** The attaché’s queue: batches of their country, overdue first, then by deadline */
  BatchesController_queue: {
    path: Record<string, never>;
    query: { status?: "DECIDED" | "DRAFT" | "IN_REVIEW" | "RETURNED" | "SUBMITTED"; overdueOnly?: boolean; page?: number; pageSize?: number };
    body: undefined;
    response: BatchQueueView;
  };
  /** Decide a whole batch: approve all, all but some, refuse, or return */
  BatchesController_decide: {
    path: { id: string };
    query: Record<string, never>;
    body: BatchDecisionDto;
    response: BatchDecisionResultView;
  };
  /** An employer after arrival for my country: differences counted, fees reported, red flags with evidence */
  WorkReportsController_company: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: CompanyAfterArrivalView;
  };
  /** My country's dashboard (my regions when my account is limited to some) */
  DashboardsController_attache: {
    path: Record<string, never>;
    query: { from?: string; to?: string; country?: string };
    body: undefined;
    response: DashboardResponse;
  };
  /** My country's monthly report by the standard parameters (PDF) */
  DashboardsController_attacheMonthlyReport: {
    path: Record<string, never>;
    query: { month: string; country?: string; lang?: string };
    body: undefined;
    response: Blob;
  };
  /** One chart of my country's dashboard as CSV */
  DashboardsController_attacheCsv: {
    path: { chart: string };
    query: { from?: string; to?: string; country?: string };
    body: undefined;
    response: Blob;
  };
  /** The receipt of a fee report by my country's migrant */
  WorkReportsController_staffReceipt: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** The grievance queue of my country's migrants in my regions */
  AfterArrivalController_queue: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: GrievanceSummaryView[];
  };
  /** One grievance of my queue */
  AfterArrivalController_staffOne: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: GrievanceView;
  };
  /** A file the migrant added to a grievance of my queue */
  AfterArrivalController_staffAttachment: {
    path: { id: string; attachmentId: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Answer the migrant in a grievance */
  AfterArrivalController_writeStaff: {
    path: { id: string };
    query: Record<string, never>;
    body: GrievanceMessageDto;
    response: GrievanceView;
  };
  /** Take up, refer, resolve (with the outcome) or close a grievance */
  AfterArrivalController_moveStaff: {
    path: { id: string };
    query: Record<string, never>;
    body: GrievanceMoveDto;
    response: GrievanceView;
  };
  /** Intermediaries named in my country's fee reports */
  WorkReportsController_intermediaries: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: IntermediaryView[];
  };
  /** Revoke an approval letter of a candidate of the attaché's country, with a reason; the migrant is told */
  BatchesController_revokeLetter: {
    path: { applicationId: string };
    query: Record<string, never>;
    body: RevokeLetterDto;
    response: LetterRevocationView;
  };
  /** Suspend the flagged employer for my country in one action (the existing suspension), closing its open flags */
  WorkReportsController_suspend: {
    path: { id: string };
    query: Record<string, never>;
    body: SuspendFlaggedDto;
    response: CompanyView;
  };
  /** Send a new e-mail confirmation link to the account’s address (rate-limited; 429 with Retry-After) */
  AuthController_resendEmailVerification: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** Confirm the e-mail address with the single-use link’s token */
  AuthController_confirmEmail: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: OneTimeLinkDto;
    response: void;
  };
  /** Sign in; sets the refresh cookie and returns an access token, or (two-factor on) a challenge for POST /auth/login/two-factor */
  AuthController_login: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: LoginDto;
    response: LoginView;
  };
  /** The second sign-in step: the challenge and a code from the app (or a recovery code, once); sets the refresh cookie */
  AuthController_loginTwoFactor: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: TwoFactorSignInDto;
    response: SessionView;
  };
  /** Revoke the refresh token and clear the cookie */
  AuthController_logout: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** The signed-in account */
  AuthController_me: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: AccountView;
  };
  /** Change the password (the current one is required); every other sign-in ends */
  AuthController_changePassword: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: ChangePasswordDto;
    response: void;
  };
  /** Send a reset code (phone) or link (e-mail); the same answer whether or not the account exists */
  AuthController_requestPasswordReset: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: PasswordResetRequestDto;
    response: PasswordResetRequestedView;
  };
  /** Set a new password with a reset code and its login, or a reset or set-up link; every session ends */
  AuthController_confirmPasswordReset: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: PasswordResetConfirmDto;
    response: void;
  };
  /** Change the sign-in phone number (current password required); the new one is unproven until its SMS code is typed */
  AuthController_changePhone: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: ChangePhoneDto;
    response: AccountView;
  };
  /** Send a new SMS code to the migrant’s number (a minute apart, limited per hour; 429 with Retry-After) */
  AuthController_resendPhoneVerification: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: PhoneVerificationSentView;
  };
  /** Prove the phone number with the SMS code (five wrong tries spend a code) */
  AuthController_confirmPhone: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: PhoneVerificationCodeDto;
    response: AccountView;
  };
  /** Rotate the refresh cookie and get a new access token */
  AuthController_refresh: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: SessionView;
  };
  /** Register an employer recruiter with a work email */
  AuthController_registerEmployer: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: RegisterEmployerDto;
    response: AccountView;
  };
  /** Register a migrant with a mobile phone number */
  AuthController_registerMigrant: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: RegisterMigrantDto;
    response: AccountView;
  };
  /** The account’s live sign-ins (device, started, last used); the current one is marked */
  AuthController_sessions: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: SignInSessionView[];
  };
  /** End every sign-in of the account but this one */
  AuthController_endOtherSessions: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** End one of the account’s sign-ins; its tokens are refused at once */
  AuthController_endSession: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** Whether two-factor sign-in is on, whether the role requires it, and how many recovery codes are left */
  TwoFactorController_status: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: TwoFactorStatusView;
  };
  /** A new secret for the authenticator app (otpauth:// link and QR code); on only once a code confirms it */
  TwoFactorController_beginEnrolment: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: TwoFactorEnrolmentView;
  };
  /** Switch two-factor on with a code from the app; answers the ten recovery codes, shown once (audited) */
  TwoFactorController_confirmEnrolment: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: TwoFactorCodeDto;
    response: RecoveryCodesView;
  };
  /** New recovery codes after a current code from the app; the old ones stop working (audited) */
  TwoFactorController_regenerateRecoveryCodes: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: TwoFactorCodeDto;
    response: RecoveryCodesView;
  };
  /** Build a batch from shortlisted applications of one vacancy */
  BatchesController_create: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: CreateBatchDto;
    response: BatchDetailView;
  };
  /** The employer’s batches */
  BatchesController_mine: {
    path: Record<string, never>;
    query: { vacancyId?: string };
    body: undefined;
    response: BatchSummaryView[];
  };
  /** One batch with a page of its candidates and their flags */
  BatchesController_detail: {
    path: { id: string };
    query: { page?: number; pageSize?: number; flaggedOnly?: boolean };
    body: undefined;
    response: BatchDetailView;
  };
  /** Approved candidates as CSV */
  BatchesController_csv: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Approved candidates as XLSX */
  BatchesController_xlsx: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** The batch’s decision sheet */
  BatchesController_sheet: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Change the applications of a draft or returned batch */
  BatchesController_updateItems: {
    path: { id: string };
    query: Record<string, never>;
    body: BatchItemsDto;
    response: BatchDetailView;
  };
  /** Send the batch to the attaché; the decision deadline starts */
  BatchesController_submit: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: BatchDetailView;
  };
  /** Delete my account; approved applications stay, anonymised */
  CandidatesController_delete: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** The migrant’s own profile, checklist and readiness */
  CandidatesController_get: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: CandidateProfileView;
  };
  /** What the law asks on arrival for my citizenship, each with its last day counted from ?arrivedOn and ?contractSignedOn when given */
  CandidatesController_afterArrival: {
    path: Record<string, never>;
    query: { arrivedOn?: string; contractSignedOn?: string };
    body: undefined;
    response: AfterArrivalChecklistView;
  };
  /** Update one pre-departure checklist item */
  CandidatesController_checklistItem: {
    path: { kind: string };
    query: Record<string, never>;
    body: ChecklistItemDto;
    response: CandidateProfileView;
  };
  /** Attach a document (PDF, JPEG, PNG) to a checklist item */
  CandidatesController_checklistDocument: {
    path: { kind: string };
    query: Record<string, never>;
    body: FormData;
    response: CandidateProfileView;
  };
  /** Choose or confirm the citizenship (KG, UZ, TJ); refused (409) once an employer acted on an application */
  CandidatesController_changeCitizenship: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: CitizenshipDto;
    response: CandidateProfileView;
  };
  /** Agree to share the profile with the employers applied to */
  CandidatesController_consent: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: ConsentDto;
    response: CandidateProfileView;
  };
  /** Plan (or clear with null) the departure date; a reminder of open checklist items comes 3 days before */
  CandidatesController_departure: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: PlannedDepartureDto;
    response: CandidateProfileView;
  };
  /** Download everything Jumush holds about me */
  CandidatesController_exportData: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: {
      [key: string]: unknown;
    };
  };
  /** Wizard step: foreign passport number (stored encrypted) and expiry */
  CandidatesController_passport: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: PassportStepDto;
    response: CandidateProfileView;
  };
  /** The migrant’s own passport number in full, never cached (the profile shows it masked) */
  CandidatesController_passportNumber: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: OwnPassportNumberView;
  };
  /** Wizard step: names as in the passport, date of birth, sex */
  CandidatesController_personal: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: PersonalStepDto;
    response: CandidateProfileView;
  };
  /** Wizard step: preferred regions of Russia */
  CandidatesController_preferences: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: PreferencesStepDto;
    response: CandidateProfileView;
  };
  /** Wizard step: oblast and district of residence */
  CandidatesController_residence: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: ResidenceStepDto;
    response: CandidateProfileView;
  };
  /** Wizard step: languages, occupations with experience, education */
  CandidatesController_skills: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: SkillsStepDto;
    response: CandidateProfileView;
  };
  /** My check-ins after arrival, due or coming */
  AfterArrivalController_myCheckIns: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: CheckInView[];
  };
  /** One of my check-ins */
  AfterArrivalController_myCheckIn: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: CheckInView;
  };
  /** Answer one check-in question in one tap (the same answer twice records it once) */
  AfterArrivalController_answer: {
    path: { id: string };
    query: Record<string, never>;
    body: CheckInAnswerDto;
    response: CheckInView;
  };
  /** Register the employer’s company; it waits for verification */
  CompaniesController_register: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: CreateCompanyDto;
    response: CompanyView;
  };
  /** The company the employer recruits for, with its status and documents */
  CompaniesController_mine: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: CompanyView;
  };
  /** Upload a registration extract, licence or other document (PDF, JPEG, PNG) */
  CompaniesController_upload: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: FormData;
    response: CompanyDocumentView;
  };
  /** Download one of the company’s documents */
  CompaniesController_download: {
    path: { documentId: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Invite a colleague by e-mail: a single-use link valid 7 days (owner only) */
  CompaniesController_invite: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: InviteRecruiterDto;
    response: CompanyInvitationView;
  };
  /** Revoke an invitation: its link stops working (owner only) */
  CompaniesController_revokeInvitation: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** Recruiters of the company (role, since) and its invitations not accepted */
  CompaniesController_members: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: CompanyMembersView;
  };
  /** Remove a recruiter: their access ends at once (owner only; the last owner stays) */
  CompaniesController_removeMember: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** My company's ratings, to read and answer (only from 5 ratings on) */
  RatingsController_forEmployer: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: EmployerRatingsView;
  };
  /** Answer a rating of my company publicly, once */
  RatingsController_answer: {
    path: { id: string };
    query: Record<string, never>;
    body: AnswerRatingDto;
    response: EmployerRatingsView;
  };
  /** Send a rejected company back for verification after correcting it */
  CompaniesController_resubmit: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: CompanyView;
  };
  /** My company's webhook endpoints (owners; a recruiter learns only that owners manage them) */
  WebhooksController_list: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: WebhookEndpointsView;
  };
  /** Add an HTTPS endpoint for chosen events; the answer carries its signing secret, shown this once */
  WebhooksController_create: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: CreateWebhookEndpointDto;
    response: CreatedWebhookEndpointView;
  };
  /** Remove an endpoint and its delivery log */
  WebhooksController_remove: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** Change an endpoint's events, or switch it off or on again */
  WebhooksController_update: {
    path: { id: string };
    query: Record<string, never>;
    body: UpdateWebhookEndpointDto;
    response: WebhookEndpointView;
  };
  /** The endpoint's latest deliveries: status, response code, duration, attempts */
  WebhooksController_deliveries: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: WebhookDeliveriesView;
  };
  /** Send a delivery again (same event id and body), after those already waiting */
  WebhooksController_replay: {
    path: { id: string; deliveryId: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** Send a test event to this endpoint */
  WebhooksController_test: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** Dispute a company that holds your INN: a statement and a document (PDF, JPEG, PNG) for the attaché */
  CompanyDisputesController_file: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: FormData;
    response: MyCompanyDisputeView;
  };
  /** Your disputes, newest first */
  CompanyDisputesController_mine: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: MyCompanyDisputeView[];
  };
  /** One of your disputes (anyone else’s: 404) */
  CompanyDisputesController_one: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: MyCompanyDisputeView;
  };
  /** The document you filed with a dispute */
  CompanyDisputesController_evidence: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Open a grievance about one of my jobs (anonymous towards the employer unless I say otherwise) */
  AfterArrivalController_open: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: OpenGrievanceDto;
    response: GrievanceView;
  };
  /** My grievances */
  AfterArrivalController_myGrievances: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: GrievanceSummaryView[];
  };
  /** One of my grievances with its messages and outcome */
  AfterArrivalController_myGrievance: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: GrievanceView;
  };
  /** Add a file (PDF, JPEG, PNG; at most 5) to my open grievance as evidence */
  AfterArrivalController_attach: {
    path: { id: string };
    query: Record<string, never>;
    body: FormData;
    response: GrievanceView;
  };
  /** A file of my grievance */
  AfterArrivalController_myAttachment: {
    path: { id: string; attachmentId: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Write to the staff in my grievance */
  AfterArrivalController_writeMine: {
    path: { id: string };
    query: Record<string, never>;
    body: GrievanceMessageDto;
    response: GrievanceView;
  };
  /** Accept the outcome (close) or reopen my grievance */
  AfterArrivalController_moveMine: {
    path: { id: string };
    query: Record<string, never>;
    body: GrievanceMoveDto;
    response: GrievanceView;
  };
  /** Liveness */
  HealthController_live: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: {
      /** The details object contains information of every health indicator. */
      details: {
        [key: string]: {
          status: "down" | "up";
          [key: string]: unknown;
        };
      };
      /** The error object contains information of each health indicator which is of status "down" */
      error?: {
        [key: string]: {
          status: "down" | "up";
          [key: string]: unknown;
        };
      };
      /** The info object contains information of each health indicator which is of status "up" */
      info?: {
        [key: string]: {
          status: "down" | "up";
          [key: string]: unknown;
        };
      };
      /** The overall status of the Health Check */
      status: "error" | "ok" | "shutting_down";
    };
  };
  /** Readiness: PostgreSQL and Redis answer */
  HealthController_ready: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: {
      /** The details object contains information of every health indicator. */
      details: {
        [key: string]: {
          status: "down" | "up";
          [key: string]: unknown;
        };
      };
      /** The error object contains information of each health indicator which is of status "down" */
      error?: {
        [key: string]: {
          status: "down" | "up";
          [key: string]: unknown;
        };
      };
      /** The info object contains information of each health indicator which is of status "up" */
      info?: {
        [key: string]: {
          status: "down" | "up";
          [key: string]: unknown;
        };
      };
      /** The overall status of the Health Check */
      status: "error" | "ok" | "shutting_down";
    };
  };
  /** The help directory: my country's entries and those for every country (an admin: all) */
  HelpContactsController_list: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: HelpContactView[];
  };
  /** Add a hotline, NGO or consular representative (an attaché: for their country) */
  HelpContactsController_create: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: HelpContactDto;
    response: HelpContactView;
  };
  /** Remove an entry (an attaché: only those serving their country alone) */
  HelpContactsController_remove: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** Change an entry (an attaché: only those serving their country alone) */
  HelpContactsController_update: {
    path: { id: string };
    query: Record<string, never>;
    body: HelpContactDto;
    response: HelpContactView;
  };
  /** Help for the region of the job I left for, in my language first (none before departure) */
  HelpContactsController_mine: {
    path: Record<string, never>;
    query: { lang?: "en" | "ky" | "ru" | "tg" | "uz" };
    body: undefined;
    response: MyHelpView;
  };
  /** The company and inviter an invitation link names, and whether it can still be accepted */
  InvitationsController_describe: {
    path: { token: string };
    query: Record<string, never>;
    body: undefined;
    response: InvitationLinkView;
  };
  /** Join the company: the signed-in account must be the invited, verified address */
  InvitationsController_accept: {
    path: { token: string };
    query: Record<string, never>;
    body: undefined;
    response: CompanyView;
  };
  /** The approval letter of an approved application */
  BatchesController_letter: {
    path: { applicationId: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** My notification centre, newest first */
  NotificationsController_list: {
    path: Record<string, never>;
    query: { page?: number; pageSize?: number };
    body: undefined;
    response: Page_InAppNotificationView;
  };
  /** My channels and notification language */
  NotificationsController_preferences: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: NotificationPreferencesView;
  };
  /** Choose my channels and notification language (in-app stays on) */
  NotificationsController_updatePreferences: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: UpdateNotificationPreferencesDto;
    response: NotificationPreferencesView;
  };
  /** Mark all my notifications read */
  NotificationsController_readAll: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: UnreadCountView;
  };
  /** Live unread count and newest notification (server-sent events) */
  NotificationsController_stream: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** A one-minute, single-use ticket to open the live stream (EventSource sends no headers) */
  NotificationsController_streamTicket: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: StreamTicketView;
  };
  /** Whether Telegram is on here, and whether my chat is linked */
  TelegramLinkController_status: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: TelegramLinkStatusView;
  };
  /** Unlink my Telegram chat and switch the channel off */
  TelegramLinkController_unlink: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: void;
  };
  /** A one-time deep link into the bot (15 minutes; replaces my previous one) */
  TelegramLinkController_link: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: TelegramLinkView;
  };
  /** How many of my notifications are unread */
  NotificationsController_unreadCount: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: UnreadCountView;
  };
  /** Mark one of my notifications read */
  NotificationsController_read: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: UnreadCountView;
  };
  /** The open data sets, their addresses and licence */
  OpenDataController_catalogue: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: OpenDataCatalogue;
  };
  /** The registry of verified, suspended and blocked employers, per origin country */
  OpenDataController_employers: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: EmployerRegistryDataSet;
  };
  /** The employer registry as CSV */
  OpenDataController_employersCsv: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Published vacancies and open positions by Russian region and occupation */
  OpenDataController_openVacancies: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: OpenVacanciesDataSet;
  };
  /** Open vacancies as CSV */
  OpenDataController_openVacanciesCsv: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Median and 90th-percentile days per stage over the last 90 days; cells under 5 cases withheld */
  OpenDataController_processingTimes: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: ProcessingTimesDataSet;
  };
  /** Processing times as CSV */
  OpenDataController_processingTimesCsv: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Countries migrants can apply from, with their regions, phone codes and passport formats */
  OriginCountriesController_list: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: OriginCountryView[];
  };
  /** The audit chain’s head published each day (date, hash, event count), newest first: keep them to detect a rewritten history */
  PublishedAuditHeadsController_list: {
    path: Record<string, never>;
    query: { page?: number; pageSize?: number };
    body: undefined;
    response: Page_PublishedAuditHeadView;
  };
  /** A verified company and its ratings (figures and comments only from 5 ratings on) */
  RatingsController_publicCompany: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: PublicCompanyView;
  };
  /** Open vacancies for job aggregators, oldest change first, paged by cursor, `updated_since` to poll (CC BY 4.0) */
  JobFeedsController_feed: {
    path: Record<string, never>;
    query: { updated_since?: string; cursor?: string; limit?: number };
    body: undefined;
    response: VacancyFeedPage;
  };
  /** The same feed as XML; <next> holds the next page’s address */
  JobFeedsController_feedXml: {
    path: Record<string, never>;
    query: { updated_since?: string; cursor?: string; limit?: number };
    body: undefined;
    response: Blob;
  };
  /** The daily snapshots of the open data, newest first, each with the audit chain head and the licence */
  OpenDataSnapshotsController_list: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: OpenDataSnapshotView[];
  };
  /** One data set of a snapshot as stored: <set>.json or <set>.csv (immutable) */
  OpenDataSnapshotsController_file: {
    path: { date: string; file: string };
    query: Record<string, never>;
    body: undefined;
    response: string;
  };
  /** The sitemap index: public pages and open vacancies in every language (served at /sitemap.xml) */
  JobFeedsController_sitemapIndex: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** One sitemap file: pages.xml, or vacancies-N.xml (5,000 vacancies each, every language) */
  JobFeedsController_sitemapFile: {
    path: { name: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Search published vacancies: text, filters, facets, cursor pagination (ETag, If-None-Match → 304) */
  PublicVacanciesController_search: {
    path: Record<string, never>;
    query: { q?: string; country?: string; region?: string; occupation?: string; minWage?: number; housing?: "FREE" | "NONE" | "PAID" | "provided"; insurance?: boolean; travelPaid?: boolean; minContractMonths?: number; maxContractMonths?: number; startMonth?: string; sort?: "newest" | "relevance" | "wage"; cursor?: string; limit?: number };
    body: undefined;
    response: VacancySearchResult;
  };
  /** One published vacancy of a verified employer (ETag, If-None-Match → 304) */
  PublicVacanciesController_get: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: PublicVacancyView;
  };
  /** A public vacancy's schema.org JobPosting (JSON-LD), as its page carries it */
  JobFeedsController_jobPosting: {
    path: { id: string };
    query: { lang?: "en" | "ky" | "ru" | "tg" | "uz" };
    body: undefined;
    response: JobPosting;
  };
  /** Is this approval letter genuine and still valid? */
  BatchesController_verify: {
    path: { code: string };
    query: Record<string, never>;
    body: undefined;
    response: LetterVerificationView;
  };
  /** Whether I may rate the employer of this job of mine, and my rating */
  RatingsController_mine: {
    path: { applicationId: string };
    query: Record<string, never>;
    body: undefined;
    response: MyRatingView;
  };
  /** Rate the employer of a job I worked at least 30 days (or change my rating) */
  RatingsController_rate: {
    path: { applicationId: string };
    query: Record<string, never>;
    body: RateEmployerDto;
    response: MyRatingView;
  };
  /** Occupations by ISCO-08 code, named in the five languages; deactivated ones too (active: false), which are no longer offered */
  ReferenceController_occupations: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: undefined;
    response: OccupationView[];
  };
  /** Russian regions (federal subjects) by tax-service code; ?lang=ru|en names them */
  ReferenceController_regions: {
    path: Record<string, never>;
    query: { lang?: "en" | "ky" | "ru" | "tg" | "uz" };
    body: undefined;
    response: RegionView[];
  };
  /** The minimum monthly wage in a region on a date (regional where higher, else the federal МРОТ); no ?region=: the federal МРОТ */
  ReferenceController_wageFloor: {
    path: Record<string, never>;
    query: { region?: string; date: string };
    body: undefined;
    response: WageFloorView;
  };
  /** Send a job through the queue to a worker and wait for its answer */
  SystemController_smoke: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: SmokeJobDto;
    response: SmokeJobResult;
  };
  /** Create a vacancy as a draft */
  EmployerVacanciesController_create: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: VacancyTermsDto;
    response: VacancyView;
  };
  /** The company's vacancies, one page, with counts per status */
  EmployerVacanciesController_listMine: {
    path: Record<string, never>;
    query: { status?: "CLOSED" | "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED"; page?: number; pageSize?: number };
    body: undefined;
    response: MyVacanciesPage;
  };
  /** One of the company's vacancies */
  EmployerVacanciesController_getMine: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: VacancyView;
  };
  /** Replace the terms (optimistic locking by version); a material change of a published vacancy sends it back to review */
  EmployerVacanciesController_update: {
    path: { id: string };
    query: Record<string, never>;
    body: UpdateVacancyDto;
    response: VacancyView;
  };
  /** Terms at each recorded version, and every decision */
  EmployerVacanciesController_history: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: VacancyHistoryView;
  };
  /** Send a draft (or a rejected vacancy, corrected) to the attaché for review */
  EmployerVacanciesController_submit: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: VacancyView;
  };
  /** Close a draft or a published vacancy */
  EmployerVacanciesController_withdraw: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: VacancyView;
  };
  /** Applicants of one of my vacancies, filtered */
  ApplicationsController_applicants: {
    path: { vacancyId: string };
    query: { status?: "APPROVED" | "ARRIVED" | "CLOSED" | "DECLINED" | "DEPARTED" | "IN_BATCH" | "NO_SHOW" | "REFUSED" | "SHORTLISTED" | "SUBMITTED" | "WITHDRAWN" | "WORKING"; minReadiness?: number; russianLevel?: "BASIC" | "CONVERSATIONAL" | "FLUENT" | "NONE"; minExperience?: number; residenceRegion?: string; page?: number; pageSize?: number };
    body: undefined;
    response: Page_ApplicantView;
  };
  /** Shortlist or decline many applicants at once */
  ApplicationsController_decideMany: {
    path: { vacancyId: string };
    query: Record<string, never>;
    body: ApplicationDecisionDto;
    response: BulkDecisionResultView;
  };
  /** Apply to a published vacancy (one tap) */
  ApplicationsController_apply: {
    path: { vacancyId: string };
    query: Record<string, never>;
    body: ApplyDto;
    response: MyApplicationView;
  };
  /** Vacancies waiting for review in the attaché's country, oldest submission first */
  VacancyReviewsController_queue: {
    path: Record<string, never>;
    query: { page?: number; pageSize?: number };
    body: undefined;
    response: Page_VacancyReviewItem;
  };
  /** A vacancy with its employer and history */
  VacancyReviewsController_get: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: VacancyReviewView;
  };
  /** Publish a vacancy under review (its employer must be verified) */
  VacancyReviewsController_publish: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: VacancyView;
  };
  /** Send a vacancy under review back to the employer, saying why */
  VacancyReviewsController_reject: {
    path: { id: string };
    query: Record<string, never>;
    body: ReasonDto;
    response: VacancyView;
  };
  /** Companies by their status in the attaché's country, longest waiting first */
  VerificationController_queue: {
    path: Record<string, never>;
    query: { status?: "PENDING" | "REJECTED" | "SUSPENDED" | "VERIFIED"; country?: string; page?: number; pageSize?: number };
    body: undefined;
    response: Page_VerificationQueueItem;
  };
  /** One company with its documents and decision history */
  VerificationController_detail: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: CompanyDetailView;
  };
  /** One country's decision on a company, with its history (that country's attaché only) */
  VerificationController_countryDetail: {
    path: { id: string; country: string };
    query: Record<string, never>;
    body: undefined;
    response: CompanyCountryDetailView;
  };
  /** Download a company document */
  VerificationController_download: {
    path: { id: string; documentId: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Reinstate a suspended company, saying what changed */
  VerificationController_reinstate: {
    path: { id: string };
    query: Record<string, never>;
    body: ReasonDto;
    response: CompanyView;
  };
  /** Reject a pending company, saying why */
  VerificationController_reject: {
    path: { id: string };
    query: Record<string, never>;
    body: ReasonDto;
    response: CompanyView;
  };
  /** Verify for the attaché's country relying on another country's verification */
  VerificationController_rely: {
    path: { id: string };
    query: Record<string, never>;
    body: RelyOnCountryDto;
    response: CompanyView;
  };
  /** Suspend a verified company in the attaché's country (the admin's: everywhere), with a reason and its category (the registry publishes the category): its vacancies leave that country's search at once */
  VerificationController_suspend: {
    path: { id: string };
    query: Record<string, never>;
    body: SuspendCompanyDto;
    response: CompanyView;
  };
  /** Verify a pending company */
  VerificationController_verify: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: CompanyView;
  };
  /** Disputes of claimed INNs by status (open by default), longest waiting first */
  DisputeDecisionsController_queue: {
    path: Record<string, never>;
    query: { status?: "OPEN" | "REJECTED" | "UPHELD"; page?: number; pageSize?: number };
    body: undefined;
    response: Page_CompanyDisputeView;
  };
  /** One dispute: the claimant, the statement, the company and its owners now */
  DisputeDecisionsController_detail: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: CompanyDisputeView;
  };
  /** The document the claimant filed */
  DisputeDecisionsController_evidence: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Reject: the company stays with its holder */
  DisputeDecisionsController_reject: {
    path: { id: string };
    query: Record<string, never>;
    body: ReasonDto;
    response: CompanyDisputeView;
  };
  /** Uphold: the company passes to the claimant as owner; the holder’s people lose it; verifications go back to review */
  DisputeDecisionsController_uphold: {
    path: { id: string };
    query: Record<string, never>;
    body: ReasonDto;
    response: CompanyDisputeView;
  };
  /** The terms promised at approval beside what I reported about the job */
  WorkReportsController_mine: {
    path: { applicationId: string };
    query: Record<string, never>;
    body: undefined;
    response: PromisedVsActualView;
  };
  /** Report a recruitment fee demanded or paid, naming the intermediary (the employer never learns who) */
  WorkReportsController_reportFee: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: FeeReportDto;
    response: PromisedVsActualView;
  };
  /** The receipt of my fee report */
  WorkReportsController_myReceipt: {
    path: { id: string };
    query: Record<string, never>;
    body: undefined;
    response: Blob;
  };
  /** Add the receipt (a photo or PDF) to my fee report; a new one replaces the old */
  WorkReportsController_attachReceipt: {
    path: { id: string };
    query: Record<string, never>;
    body: FormData;
    response: PromisedVsActualView;
  };
  /** Report the actual wage, hours, housing and contract of the job I arrived at */
  WorkReportsController_reportTerms: {
    path: Record<string, never>;
    query: Record<string, never>;
    body: TermsReportDto;
    response: PromisedVsActualView;
  };
}

/** Where each operation lives, and whether it answers JSON. */
export const ROUTES = {
  AccountsController_updateLocale: { method: 'PATCH', path: '/api/accounts/me/locale', json: true },
  AccountsController_get: { method: 'GET', path: '/api/accounts/{id}', json: true },
  AdminAccountsController_list: { method: 'GET', path: '/api/admin/accounts', json: true },
  AdminAccountsController_createAttache: { method: 'POST', path: '/api/admin/accounts/attaches', json: true },
  AdminAccountsController_disable: { method: 'POST', path: '/api/admin/accounts/{id}/disable', json: false },
  AdminAccountsController_enable: { method: 'POST', path: '/api/admin/accounts/{id}/enable', json: false },
  AdminAccountsController_revokeSessions: { method: 'POST', path: '/api/admin/accounts/{id}/sessions/revoke', json: true },
  AdminAccountsController_setSupervisedCountries: { method: 'PUT', path: '/api/admin/accounts/{id}/supervised-countries', json: true },
  AccountTwoFactorController_reset: { method: 'POST', path: '/api/admin/accounts/{id}/two-factor/reset', json: false },
  AuditController_verify: { method: 'GET', path: '/api/admin/audit/verify', json: true },
  AdminNotificationsController_capturedMessages: { method: 'GET', path: '/api/admin/captured-messages', json: true },
  DashboardsController_admin: { method: 'GET', path: '/api/admin/dashboard', json: true },
  DashboardsController_adminMonthlyReport: { method: 'GET', path: '/api/admin/dashboard/monthly-report.pdf', json: false },
  DashboardsController_adminCsv: { method: 'GET', path: '/api/admin/dashboard/{chart}.csv', json: false },
  AdminNotificationsController_failed: { method: 'GET', path: '/api/admin/notifications/failed', json: true },
  AdminOccupationsController_list: { method: 'GET', path: '/api/admin/occupations', json: true },
  AdminOccupationsController_create: { method: 'POST', path: '/api/admin/occupations', json: true },
  AdminOccupationsController_update: { method: 'PATCH', path: '/api/admin/occupations/{code}', json: true },
  AdminOccupationsController_activate: { method: 'POST', path: '/api/admin/occupations/{code}/activate', json: true },
  AdminOccupationsController_deactivate: { method: 'POST', path: '/api/admin/occupations/{code}/deactivate', json: true },
  AdminOriginCountriesController_list: { method: 'GET', path: '/api/admin/origin-countries', json: true },
  AdminOriginCountriesController_create: { method: 'POST', path: '/api/admin/origin-countries', json: true },
  AdminOriginCountriesController_update: { method: 'PUT', path: '/api/admin/origin-countries/{code}', json: true },
  AdminOriginCountriesController_setActive: { method: 'PUT', path: '/api/admin/origin-countries/{code}/active', json: true },
  AdminNotificationsController_queueBoardSession: { method: 'POST', path: '/api/admin/queues/session', json: false },
  AdminReferenceController_list: { method: 'GET', path: '/api/admin/reference/minimum-wages', json: true },
  AdminReferenceController_create: { method: 'POST', path: '/api/admin/reference/minimum-wages', json: true },
  AdminReferenceController_update: { method: 'PUT', path: '/api/admin/reference/minimum-wages/{id}', json: true },
  ApiKeysController_list: { method: 'GET', path: '/api/api-keys', json: true },
  ApiKeysController_create: { method: 'POST', path: '/api/api-keys', json: true },
  ApiKeysController_revoke: { method: 'POST', path: '/api/api-keys/{id}/revoke', json: true },
  ApplicationsController_expectedDurations: { method: 'GET', path: '/api/applications/expected-durations', json: true },
  ApplicationsController_myApplications: { method: 'GET', path: '/api/applications/mine', json: true },
  ApplicationsController_mineOne: { method: 'GET', path: '/api/applications/mine/{id}', json: true },
  ApplicationsController_arrive: { method: 'POST', path: '/api/applications/mine/{id}/arrive', json: true },
  ApplicationsController_depart: { method: 'POST', path: '/api/applications/mine/{id}/depart', json: true },
  ApplicationsController_withdraw: { method: 'POST', path: '/api/applications/mine/{id}/withdraw', json: true },
  ApplicationsController_decline: { method: 'POST', path: '/api/applications/{id}/decline', json: true },
  ApplicationsController_noShow: { method: 'POST', path: '/api/applications/{id}/no-show', json: true },
  ApplicationsController_shortlist: { method: 'POST', path: '/api/applications/{id}/shortlist', json: true },
  ApplicationsController_startWork: { method: 'POST', path: '/api/applications/{id}/start-work', json: true },
  BatchesController_queue: { method: 'GET', path: '/api/attache/batches', json: true },
  BatchesController_decide: { method: 'POST', path: '/api/attache/batches/{id}/decision', json: true },
  WorkReportsController_company: { method: 'GET', path: '/api/attache/companies/{id}/after-arrival', json: true },
  DashboardsController_attache: { method: 'GET', path: '/api/attache/dashboard', json: true },
  DashboardsController_attacheMonthlyReport: { method: 'GET', path: '/api/attache/dashboard/monthly-report.pdf', json: false },
  DashboardsController_attacheCsv: { method: 'GET', path: '/api/attache/dashboard/{chart}.csv', json: false },
  WorkReportsController_staffReceipt: { method: 'GET', path: '/api/attache/fee-reports/{id}/receipt', json: false },
  AfterArrivalController_queue: { method: 'GET', path: '/api/attache/grievances', json: true },
  AfterArrivalController_staffOne: { method: 'GET', path: '/api/attache/grievances/{id}', json: true },
  AfterArrivalController_staffAttachment: { method: 'GET', path: '/api/attache/grievances/{id}/attachments/{attachmentId}', json: false },
  AfterArrivalController_writeStaff: { method: 'POST', path: '/api/attache/grievances/{id}/messages', json: true },
  AfterArrivalController_moveStaff: { method: 'POST', path: '/api/attache/grievances/{id}/moves', json: true },
  WorkReportsController_intermediaries: { method: 'GET', path: '/api/attache/intermediaries', json: true },
  BatchesController_revokeLetter: { method: 'POST', path: '/api/attache/letters/{applicationId}/revoke', json: true },
  WorkReportsController_suspend: { method: 'POST', path: '/api/attache/red-flags/{id}/suspend', json: true },
  AuthController_resendEmailVerification: { method: 'POST', path: '/api/auth/email-verification', json: false },
  AuthController_confirmEmail: { method: 'POST', path: '/api/auth/email-verification/confirm', json: false },
  AuthController_login: { method: 'POST', path: '/api/auth/login', json: true },
  AuthController_loginTwoFactor: { method: 'POST', path: '/api/auth/login/two-factor', json: true },
  AuthController_logout: { method: 'POST', path: '/api/auth/logout', json: false },
  AuthController_me: { method: 'GET', path: '/api/auth/me', json: true },
  AuthController_changePassword: { method: 'POST', path: '/api/auth/password', json: false },
  AuthController_requestPasswordReset: { method: 'POST', path: '/api/auth/password-reset', json: true },
  AuthController_confirmPasswordReset: { method: 'POST', path: '/api/auth/password-reset/confirm', json: false },
  AuthController_changePhone: { method: 'PUT', path: '/api/auth/phone', json: true },
  AuthController_resendPhoneVerification: { method: 'POST', path: '/api/auth/phone-verification', json: true },
  AuthController_confirmPhone: { method: 'POST', path: '/api/auth/phone-verification/confirm', json: true },
  AuthController_refresh: { method: 'POST', path: '/api/auth/refresh', json: true },
  AuthController_registerEmployer: { method: 'POST', path: '/api/auth/register/employer', json: true },
  AuthController_registerMigrant: { method: 'POST', path: '/api/auth/register/migrant', json: true },
  AuthController_sessions: { method: 'GET', path: '/api/auth/sessions', json: true },
  AuthController_endOtherSessions: { method: 'POST', path: '/api/auth/sessions/revoke-others', json: false },
  AuthController_endSession: { method: 'DELETE', path: '/api/auth/sessions/{id}', json: false },
  TwoFactorController_status: { method: 'GET', path: '/api/auth/two-factor', json: true },
  TwoFactorController_beginEnrolment: { method: 'POST', path: '/api/auth/two-factor/enrolment', json: true },
  TwoFactorController_confirmEnrolment: { method: 'POST', path: '/api/auth/two-factor/enrolment/confirm', json: true },
  TwoFactorController_regenerateRecoveryCodes: { method: 'POST', path: '/api/auth/two-factor/recovery-codes', json: true },
  BatchesController_create: { method: 'POST', path: '/api/batches', json: true },
  BatchesController_mine: { method: 'GET', path: '/api/batches/mine', json: true },
  BatchesController_detail: { method: 'GET', path: '/api/batches/{id}', json: true },
  BatchesController_csv: { method: 'GET', path: '/api/batches/{id}/approved.csv', json: false },
  BatchesController_xlsx: { method: 'GET', path: '/api/batches/{id}/approved.xlsx', json: false },
  BatchesController_sheet: { method: 'GET', path: '/api/batches/{id}/decision-sheet.pdf', json: false },
  BatchesController_updateItems: { method: 'PUT', path: '/api/batches/{id}/items', json: true },
  BatchesController_submit: { method: 'POST', path: '/api/batches/{id}/submit', json: true },
  CandidatesController_delete: { method: 'DELETE', path: '/api/candidates/me', json: false },
  CandidatesController_get: { method: 'GET', path: '/api/candidates/me', json: true },
  CandidatesController_afterArrival: { method: 'GET', path: '/api/candidates/me/after-arrival', json: true },
  CandidatesController_checklistItem: { method: 'PUT', path: '/api/candidates/me/checklist/{kind}', json: true },
  CandidatesController_checklistDocument: { method: 'POST', path: '/api/candidates/me/checklist/{kind}/document', json: true },
  CandidatesController_changeCitizenship: { method: 'PUT', path: '/api/candidates/me/citizenship', json: true },
  CandidatesController_consent: { method: 'PUT', path: '/api/candidates/me/consent', json: true },
  CandidatesController_departure: { method: 'PUT', path: '/api/candidates/me/departure', json: true },
  CandidatesController_exportData: { method: 'GET', path: '/api/candidates/me/export', json: true },
  CandidatesController_passport: { method: 'PUT', path: '/api/candidates/me/passport', json: true },
  CandidatesController_passportNumber: { method: 'GET', path: '/api/candidates/me/passport-number', json: true },
  CandidatesController_personal: { method: 'PUT', path: '/api/candidates/me/personal', json: true },
  CandidatesController_preferences: { method: 'PUT', path: '/api/candidates/me/preferences', json: true },
  CandidatesController_residence: { method: 'PUT', path: '/api/candidates/me/residence', json: true },
  CandidatesController_skills: { method: 'PUT', path: '/api/candidates/me/skills', json: true },
  AfterArrivalController_myCheckIns: { method: 'GET', path: '/api/check-ins/mine', json: true },
  AfterArrivalController_myCheckIn: { method: 'GET', path: '/api/check-ins/{id}', json: true },
  AfterArrivalController_answer: { method: 'POST', path: '/api/check-ins/{id}/answers', json: true },
  CompaniesController_register: { method: 'POST', path: '/api/companies', json: true },
  CompaniesController_mine: { method: 'GET', path: '/api/companies/mine', json: true },
  CompaniesController_upload: { method: 'POST', path: '/api/companies/mine/documents', json: true },
  CompaniesController_download: { method: 'GET', path: '/api/companies/mine/documents/{documentId}/file', json: false },
  CompaniesController_invite: { method: 'POST', path: '/api/companies/mine/invitations', json: true },
  CompaniesController_revokeInvitation: { method: 'DELETE', path: '/api/companies/mine/invitations/{id}', json: false },
  CompaniesController_members: { method: 'GET', path: '/api/companies/mine/members', json: true },
  CompaniesController_removeMember: { method: 'DELETE', path: '/api/companies/mine/members/{id}', json: false },
  RatingsController_forEmployer: { method: 'GET', path: '/api/companies/mine/ratings', json: true },
  RatingsController_answer: { method: 'POST', path: '/api/companies/mine/ratings/{id}/answer', json: true },
  CompaniesController_resubmit: { method: 'POST', path: '/api/companies/mine/resubmit', json: true },
  WebhooksController_list: { method: 'GET', path: '/api/companies/mine/webhooks', json: true },
  WebhooksController_create: { method: 'POST', path: '/api/companies/mine/webhooks', json: true },
  WebhooksController_remove: { method: 'DELETE', path: '/api/companies/mine/webhooks/{id}', json: false },
  WebhooksController_update: { method: 'PATCH', path: '/api/companies/mine/webhooks/{id}', json: true },
  WebhooksController_deliveries: { method: 'GET', path: '/api/companies/mine/webhooks/{id}/deliveries', json: true },
  WebhooksController_replay: { method: 'POST', path: '/api/companies/mine/webhooks/{id}/deliveries/{deliveryId}/replay', json: false },
  WebhooksController_test: { method: 'POST', path: '/api/companies/mine/webhooks/{id}/test', json: false },
  CompanyDisputesController_file: { method: 'POST', path: '/api/company-disputes', json: true },
  CompanyDisputesController_mine: { method: 'GET', path: '/api/company-disputes/mine', json: true },
  CompanyDisputesController_one: { method: 'GET', path: '/api/company-disputes/{id}', json: true },
  CompanyDisputesController_evidence: { method: 'GET', path: '/api/company-disputes/{id}/evidence', json: false },
  AfterArrivalController_open: { method: 'POST', path: '/api/grievances', json: true },
  AfterArrivalController_myGrievances: { method: 'GET', path: '/api/grievances/mine', json: true },
  AfterArrivalController_myGrievance: { method: 'GET', path: '/api/grievances/mine/{id}', json: true },
  AfterArrivalController_attach: { method: 'POST', path: '/api/grievances/mine/{id}/attachments', json: true },
  AfterArrivalController_myAttachment: { method: 'GET', path: '/api/grievances/mine/{id}/attachments/{attachmentId}', json: false },
  AfterArrivalController_writeMine: { method: 'POST', path: '/api/grievances/mine/{id}/messages', json: true },
  AfterArrivalController_moveMine: { method: 'POST', path: '/api/grievances/mine/{id}/moves', json: true },
  HealthController_live: { method: 'GET', path: '/api/health/live', json: true },
  HealthController_ready: { method: 'GET', path: '/api/health/ready', json: true },
  HelpContactsController_list: { method: 'GET', path: '/api/help-contacts', json: true },
  HelpContactsController_create: { method: 'POST', path: '/api/help-contacts', json: true },
  HelpContactsController_remove: { method: 'DELETE', path: '/api/help-contacts/{id}', json: false },
  HelpContactsController_update: { method: 'PUT', path: '/api/help-contacts/{id}', json: true },
  HelpContactsController_mine: { method: 'GET', path: '/api/help/mine', json: true },
  InvitationsController_describe: { method: 'GET', path: '/api/invitations/{token}', json: true },
  InvitationsController_accept: { method: 'POST', path: '/api/invitations/{token}/accept', json: true },
  BatchesController_letter: { method: 'GET', path: '/api/letters/{applicationId}.pdf', json: false },
  NotificationsController_list: { method: 'GET', path: '/api/notifications', json: true },
  NotificationsController_preferences: { method: 'GET', path: '/api/notifications/preferences', json: true },
  NotificationsController_updatePreferences: { method: 'PUT', path: '/api/notifications/preferences', json: true },
  NotificationsController_readAll: { method: 'POST', path: '/api/notifications/read-all', json: true },
  NotificationsController_stream: { method: 'GET', path: '/api/notifications/stream', json: false },
  NotificationsController_streamTicket: { method: 'POST', path: '/api/notifications/stream-ticket', json: true },
  TelegramLinkController_status: { method: 'GET', path: '/api/notifications/telegram', json: true },
  TelegramLinkController_unlink: { method: 'DELETE', path: '/api/notifications/telegram/link', json: false },
  TelegramLinkController_link: { method: 'POST', path: '/api/notifications/telegram/link', json: true },
  NotificationsController_unreadCount: { method: 'GET', path: '/api/notifications/unread-count', json: true },
  NotificationsController_read: { method: 'POST', path: '/api/notifications/{id}/read', json: true },
  OpenDataController_catalogue: { method: 'GET', path: '/api/open-data', json: true },
  OpenDataController_employers: { method: 'GET', path: '/api/open-data/employers', json: true },
  OpenDataController_employersCsv: { method: 'GET', path: '/api/open-data/employers.csv', json: false },
  OpenDataController_openVacancies: { method: 'GET', path: '/api/open-data/open-vacancies', json: true },
  OpenDataController_openVacanciesCsv: { method: 'GET', path: '/api/open-data/open-vacancies.csv', json: false },
  OpenDataController_processingTimes: { method: 'GET', path: '/api/open-data/processing-times', json: true },
  OpenDataController_processingTimesCsv: { method: 'GET', path: '/api/open-data/processing-times.csv', json: false },
  OriginCountriesController_list: { method: 'GET', path: '/api/origin-countries', json: true },
  PublishedAuditHeadsController_list: { method: 'GET', path: '/api/public/audit-heads', json: true },
  RatingsController_publicCompany: { method: 'GET', path: '/api/public/companies/{id}', json: true },
  JobFeedsController_feed: { method: 'GET', path: '/api/public/feed/vacancies', json: true },
  JobFeedsController_feedXml: { method: 'GET', path: '/api/public/feed/vacancies.xml', json: false },
  OpenDataSnapshotsController_list: { method: 'GET', path: '/api/public/open-data/snapshots', json: true },
  OpenDataSnapshotsController_file: { method: 'GET', path: '/api/public/open-data/snapshots/{date}/{file}', json: true },
  JobFeedsController_sitemapIndex: { method: 'GET', path: '/api/public/sitemap.xml', json: false },
  JobFeedsController_sitemapFile: { method: 'GET', path: '/api/public/sitemaps/{name}', json: false },
  PublicVacanciesController_search: { method: 'GET', path: '/api/public/vacancies', json: true },
  PublicVacanciesController_get: { method: 'GET', path: '/api/public/vacancies/{id}', json: true },
  JobFeedsController_jobPosting: { method: 'GET', path: '/api/public/vacancies/{id}/job-posting', json: true },
  BatchesController_verify: { method: 'GET', path: '/api/public/verify/{code}', json: true },
  RatingsController_mine: { method: 'GET', path: '/api/ratings/mine/{applicationId}', json: true },
  RatingsController_rate: { method: 'PUT', path: '/api/ratings/mine/{applicationId}', json: true },
  ReferenceController_occupations: { method: 'GET', path: '/api/reference/occupations', json: true },
  ReferenceController_regions: { method: 'GET', path: '/api/reference/regions', json: true },
  ReferenceController_wageFloor: { method: 'GET', path: '/api/reference/wage-floor', json: true },
  SystemController_smoke: { method: 'POST', path: '/api/system/smoke', json: true },
  EmployerVacanciesController_create: { method: 'POST', path: '/api/vacancies', json: true },
  EmployerVacanciesController_listMine: { method: 'GET', path: '/api/vacancies/mine', json: true },
  EmployerVacanciesController_getMine: { method: 'GET', path: '/api/vacancies/mine/{id}', json: true },
  EmployerVacanciesController_update: { method: 'PUT', path: '/api/vacancies/mine/{id}', json: true },
  EmployerVacanciesController_history: { method: 'GET', path: '/api/vacancies/mine/{id}/history', json: true },
  EmployerVacanciesController_submit: { method: 'POST', path: '/api/vacancies/mine/{id}/submit', json: true },
  EmployerVacanciesController_withdraw: { method: 'POST', path: '/api/vacancies/mine/{id}/withdraw', json: true },
  ApplicationsController_applicants: { method: 'GET', path: '/api/vacancies/mine/{vacancyId}/applications', json: true },
  ApplicationsController_decideMany: { method: 'POST', path: '/api/vacancies/mine/{vacancyId}/applications/decisions', json: true },
  ApplicationsController_apply: { method: 'POST', path: '/api/vacancies/{vacancyId}/applications', json: true },
  VacancyReviewsController_queue: { method: 'GET', path: '/api/vacancy-reviews', json: true },
  VacancyReviewsController_get: { method: 'GET', path: '/api/vacancy-reviews/{id}', json: true },
  VacancyReviewsController_publish: { method: 'POST', path: '/api/vacancy-reviews/{id}/publish', json: true },
  VacancyReviewsController_reject: { method: 'POST', path: '/api/vacancy-reviews/{id}/reject', json: true },
  VerificationController_queue: { method: 'GET', path: '/api/verification/companies', json: true },
  VerificationController_detail: { method: 'GET', path: '/api/verification/companies/{id}', json: true },
  VerificationController_countryDetail: { method: 'GET', path: '/api/verification/companies/{id}/countries/{country}', json: true },
  VerificationController_download: { method: 'GET', path: '/api/verification/companies/{id}/documents/{documentId}/file', json: false },
  VerificationController_reinstate: { method: 'POST', path: '/api/verification/companies/{id}/reinstate', json: true },
  VerificationController_reject: { method: 'POST', path: '/api/verification/companies/{id}/reject', json: true },
  VerificationController_rely: { method: 'POST', path: '/api/verification/companies/{id}/rely', json: true },
  VerificationController_suspend: { method: 'POST', path: '/api/verification/companies/{id}/suspend', json: true },
  VerificationController_verify: { method: 'POST', path: '/api/verification/companies/{id}/verify', json: true },
  DisputeDecisionsController_queue: { method: 'GET', path: '/api/verification/disputes', json: true },
  DisputeDecisionsController_detail: { method: 'GET', path: '/api/verification/disputes/{id}', json: true },
  DisputeDecisionsController_evidence: { method: 'GET', path: '/api/verification/disputes/{id}/evidence', json: false },
  DisputeDecisionsController_reject: { method: 'POST', path: '/api/verification/disputes/{id}/reject', json: true },
  DisputeDecisionsController_uphold: { method: 'POST', path: '/api/verification/disputes/{id}/uphold', json: true },
  WorkReportsController_mine: { method: 'GET', path: '/api/work-reports/applications/{applicationId}', json: true },
  WorkReportsController_reportFee: { method: 'POST', path: '/api/work-reports/fees', json: true },
  WorkReportsController_myReceipt: { method: 'GET', path: '/api/work-reports/fees/{id}/receipt', json: false },
  WorkReportsController_attachReceipt: { method: 'POST', path: '/api/work-reports/fees/{id}/receipt', json: true },
  WorkReportsController_reportTerms: { method: 'POST', path: '/api/work-reports/terms', json: true },
} as const;
