export * from './lib/problem';
export * from './lib/accounts';
export * from './lib/admin';
export * from './lib/dto/admin.dto';
export * from './lib/dto/validators';
export * from './lib/dto/auth.dto';
export * from './lib/dto/origin-country.dto';
export * from './lib/dto/pagination.dto';
export * from './lib/dto/company.dto';
export * from './lib/dto/vacancy.dto';
export * from './lib/vacancy-terms';
export * from './lib/employers';
export * from './lib/company-disputes';
export * from './lib/vacancies';
export {
  Role,
  Locale,
  SUPPORTED_LOCALES,
  CompanyStatus,
  VacancyStatus,
  ApplicationStatus,
  ChecklistItemKind,
  ChecklistItemStatus,
  BatchStatus,
  CandidateFlag,
  COMPANY_DECISIONS,
  VacancyTermsFindingCode,
  CompanyDisputeStatus,
  SuspensionCategory,
  SUSPENSION_CATEGORIES,
} from '@jumush/domain';
export type { CompanyDecision, VacancyTermsFinding, VacancyTermsFindingSeverity } from '@jumush/domain';
export * from './lib/candidates';
export * from './lib/dto/candidate.dto';
export * from './lib/notifications';
export * from './lib/dto/notification.dto';
export * from './lib/telegram';
export * from './lib/open-data';
export * from './lib/job-feeds';
export * from './lib/batches';
export * from './lib/dto/batch.dto';
export * from './lib/after-arrival';
export * from './lib/dto/after-arrival.dto';
export * from './lib/work-reports';
export * from './lib/dto/work-reports.dto';
export * from './lib/help-contacts';
export * from './lib/dto/help-contact.dto';
export * from './lib/ratings';
export * from './lib/dto/ratings.dto';
export * from './lib/dashboards';
export * from './lib/api-keys';
export * from './lib/dto/api-key.dto';
export { API_KEY_SCOPES, API_KEY_NAME_MAX_LENGTH, API_KEY_MAX_DAYS } from '@jumush/domain';
export type { ApiKeyScope, ApiKeyStanding } from '@jumush/domain';
export * from './lib/dto/dashboards.dto';
export * from './lib/webhooks';
export * from './lib/dto/webhooks.dto';
export * from './lib/occupations';
export * from './lib/dto/occupation.dto';
