/**
 * What the browser may import from the contracts: enums, rules and response types,
 * without the class-validator DTO classes (they would pull the validator into the bundle).
 */
export * from './lib/problem';
export * from './lib/accounts';
export * from './lib/admin';
export {
  Role,
  Locale,
  SUPPORTED_LOCALES,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MAX_LENGTH,
  passwordProblem,
  isCountryCodeShape,
  LEGAL_REGIMES,
  ORIGIN_REGION_KINDS,
  AfterArrivalItemKind,
  MOSCOW_TIME_ZONE,
  calendarToday,
  VacancyRegionWarning,
  vacancyRegionWarnings,
  VacancyTermsFindingCode,
  vacancyTermsFindings,
  NORMAL_WORKING_WEEK,
  pickLocale,
  isSupportedLocale,
  twoFactorRequired,
  RECOVERY_CODE_COUNT,
  TOTP_CODE_PATTERN,
  RECOVERY_CODE_PATTERN,
} from '@jumush/domain';
export type {
  CitizenshipCode,
  LegalRegime,
  OriginCountryGeography,
  OriginRegion,
  OriginDistrict,
  OriginRegionKind,
  LegalActCode,
  RequirementSource,
  VacancyTermsFinding,
  VacancyTermsFindingSeverity,
  CheckedVacancyTerms,
} from '@jumush/domain';
export type {
  RegisterMigrantDto,
  RegisterEmployerDto,
  LoginDto,
  CreateAttacheDto,
  UpdateLocaleDto,
  SmokeJobDto,
  ChangePasswordDto,
  PasswordResetRequestDto,
  PasswordResetConfirmDto,
} from './lib/dto/auth.dto';
export type {
  CreateOriginCountryDto,
  UpdateOriginCountryDto,
  OriginRegionDto,
  OriginDistrictDto,
  SigningOfficeDto,
} from './lib/dto/origin-country.dto';
export * from './lib/vacancy-terms';
export * from './lib/employers';
export * from './lib/company-disputes';
export * from './lib/vacancies';
export * from './lib/open-data';
export {
  CompanyStatus,
  VacancyStatus,
  EMPLOYER_EDITABLE_VACANCY_STATUSES,
  SUBMITTABLE_VACANCY_STATUSES,
  WITHDRAWABLE_VACANCY_STATUSES,
  materialChanges,
  COMPANY_DECISIONS,
  CompanyDisputeStatus,
  SuspensionCategory,
  SUSPENSION_CATEGORIES,
  DISPUTE_STATEMENT_MIN_LENGTH,
  DISPUTE_STATEMENT_MAX_LENGTH,
  companyDecisionsFrom,
  companyDecisionNeedsReason,
  companyStandingSummary,
  companyStatusIn,
  companyStatusAnywhere,
  innProblem,
  ogrnProblem,
  registrationProblem,
  normalizeRegistrationNumber,
  wageFloorFor,
  RUSSIAN_REGIONS,
  regionByCode,
} from '@jumush/domain';
export type { CompanyDecision } from '@jumush/domain';
export type { MinimumWageDto } from './lib/dto/admin.dto';
export type {
  CreateCompanyDto,
  InviteRecruiterDto,
  ReasonDto,
  SuspendCompanyDto,
  UploadCompanyDocumentDto,
  VerificationQueueQuery,
  FileCompanyDisputeDto,
  CompanyDisputeQueueQuery,
} from './lib/dto/company.dto';
export type {
  VacancyTermsDto,
  SearchVacanciesQuery,
  UpdateVacancyDto,
  MyVacanciesQuery,
  WageFloorQuery,
  ReferenceLanguageQuery,
} from './lib/dto/vacancy.dto';
export * from './lib/candidates';
export {
  ApplicationStatus,
  ApplicationActor,
  ALL_APPLICATION_STATUSES,
  WITHDRAWABLE_APPLICATION_STATUSES,
  APPLICATION_STATUSES_AWAITING_SHORTLISTING,
  canWithdrawApplication,
  canMoveApplication,
  ChecklistItemKind,
  ChecklistItemStatus,
  REQUIRED_CHECKLIST_ITEMS,
  departureDateProblem,
  MAX_DEPARTURE_DAYS_AHEAD,
  passportNumberProblem,
  normalizePassportNumber,
  isAdultOn,
  originDistrictsOf,
  originRegionsOf,
  residenceProblem,
  nextStepOf,
} from '@jumush/domain';
export type {
  PersonalStepDto,
  ResidenceStepDto,
  SkillsStepDto,
  PreferencesStepDto,
  PassportStepDto,
  PlannedDepartureDto,
  ConsentDto,
  CitizenshipDto,
  AfterArrivalQuery,
  ChecklistItemDto,
  ApplyDto,
  WithdrawDto,
  ApplicationDecisionDto,
  ApplicantsQuery,
  ApplicationVersionDto,
  DeclineApplicationDto,
} from './lib/dto/candidate.dto';
export * from './lib/notifications';
export type { UpdateNotificationPreferencesDto, NotificationsPageQuery, CapturedMessagesQuery } from './lib/dto/notification.dto';
export * from './lib/telegram';
export * from './lib/after-arrival';
export type { CheckInAnswerDto, NoShowDto, OpenGrievanceDto, GrievanceMessageDto, GrievanceMoveDto } from './lib/dto/after-arrival.dto';
export {
  CHECK_IN_QUESTIONS,
  CHECK_IN_ANSWERS,
  GRIEVANCE_CATEGORIES,
  GrievanceStatus,
  ALL_GRIEVANCE_STATUSES,
  GRIEVANCE_ATTACHMENT_LIMIT,
  grievanceAttachmentRefusal,
  isTroublingAnswer,
} from '@jumush/domain';
export type { CheckInQuestion, CheckInAnswer, GrievanceCategory, GrievanceMove } from '@jumush/domain';
export * from './lib/work-reports';
export type { TermsReportDto, FeeReportDto, SuspendFlaggedDto } from './lib/dto/work-reports.dto';
export { HOUSING_REPORTS, CONTRACT_REPORTS, FEE_STATES, TERMS_DIFFERENCES, WORK_REPORT_STATUSES, canReportOnWork } from '@jumush/domain';
export type { HousingReport, ContractReport, FeeState, TermsDifference, RedFlagSignal } from '@jumush/domain';
export * from './lib/help-contacts';
export type { HelpContactDto, HelpHoursDto } from './lib/dto/help-contact.dto';
export { HELP_CONTACT_KINDS, HELP_LANGUAGES, HELP_DAYS, DEPARTED_APPLICATION_STATUSES, hasDeparted, helpRegionOf } from '@jumush/domain';
export type { HelpContactKind, HelpLanguage, HelpDay } from '@jumush/domain';
export * from './lib/ratings';
export type { RateEmployerDto, AnswerRatingDto } from './lib/dto/ratings.dto';
export {
  RATING_ASPECTS,
  RATINGS_SHOWN_FROM,
  RATING_SCORE_MIN,
  RATING_SCORE_MAX,
  RATING_COMMENT_MAX_LENGTH,
  RATING_ANSWER_MAX_LENGTH,
} from '@jumush/domain';
export type { RatingAspect, RatingRefusal } from '@jumush/domain';
export * from './lib/batches';
export {
  BatchStatus,
  CandidateFlag,
  REFUSAL_REASONS,
  APPLICATION_CLOSURE_CAUSES,
  BATCH_DECISION_KINDS,
  REFUSAL_REASONS_NEEDING_TEXT,
  BATCH_STATUSES_AWAITING_DECISION,
  SUBMITTED_BATCH_STATUSES,
  isAwaitingDecision,
  canEditBatch,
  LetterRevocationCategory,
  ATTACHE_LETTER_REVOCATION_CATEGORIES,
} from '@jumush/domain';
export type { RefusalReason, BatchDecisionKind } from '@jumush/domain';
export type {
  CreateBatchDto,
  BatchItemsDto,
  BatchDecisionDto,
  BatchExclusionDto,
  BatchQueueQuery,
  BatchItemsQuery,
  RevokeLetterDto,
} from './lib/dto/batch.dto';
// The web server's prerendered shell (it imports the file by path); exported for the e2e journey that checks it.
// Pure string building, so importing it from the browser entry costs the bundle nothing unless used.
export {
  PRERENDERED_ID,
  SWITCHER_LANGUAGES,
  prerenderedLanguageOf,
  renderPrerenderedShell,
  searchPageChunksFromStats,
} from './lib/prerendered-shell';
export * from './lib/api-keys';
export type { CreateApiKeyDto } from './lib/dto/api-key.dto';
export { API_KEY_SCOPES, API_KEY_NAME_MAX_LENGTH, API_KEY_MAX_DAYS } from '@jumush/domain';
export type { ApiKeyScope, ApiKeyStanding } from '@jumush/domain';
export * from './lib/webhooks';
export type { CreateWebhookEndpointDto, UpdateWebhookEndpointDto } from './lib/dto/webhooks.dto';
export * from './lib/dashboards';
export * from './lib/occupations';
