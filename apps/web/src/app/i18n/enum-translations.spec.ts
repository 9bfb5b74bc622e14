import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  APPLICATION_CLOSURE_CAUSES,
  ApplicationStatus,
  BatchStatus,
  CandidateFlag,
  COMPANY_DECISIONS,
  ChecklistItemKind,
  ChecklistItemStatus,
  EducationLevel,
  NOTIFICATION_CHANNELS,
  REFUSAL_REASONS,
  Sex,
  CompanyDocumentKind,
  CompanyStatus,
  CompanyDisputeStatus,
  SUSPENSION_CATEGORIES,
  HousingOption,
  MealsOption,
  RussianLevel,
  SUPPORTED_LOCALES,
  ShiftPattern,
  VacancyStatus,
  VacancyTermsFindingCode,
} from '@jumush/contracts/client';
import { PLURAL_KEYS } from '../shared/format/format-pipes';
import { SECTORS } from '../shared/reference/occupations';
import { VACANCY_FIELDS } from '../pages/vacancy-editor/vacancy-form';

/**
 * Keys the templates build from values (`status.company.${status}`) cannot be found by the literal scan of
 * translations.spec.ts; this spec names them from the enums, so a new enum value without a label fails.
 */
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.add(path);
    else for (const k of flatten(value, path)) out.add(k);
  }
  return out;
}

const files = Object.fromEntries(
  SUPPORTED_LOCALES.map((lang) => [lang, flatten(JSON.parse(readFileSync(join(__dirname, '../../../public/i18n', `${lang}.json`), 'utf8')) as Tree)]),
);

const each = (prefix: string, values: readonly string[], suffix = '') => values.map((value) => `${prefix}.${value}${suffix}`);

const DYNAMIC_KEYS = [
  ...each('status.company', Object.values(CompanyStatus)),
  ...each('status.dispute', Object.values(CompanyDisputeStatus)),
  ...each('suspensionCategory', SUSPENSION_CATEGORIES),
  ...each('attacheDisputes.decided', ['uphold', 'reject']),
  ...each('status.vacancy', Object.values(VacancyStatus)),
  ...each('companyPage.statusText', Object.values(CompanyStatus)),
  ...each('attacheCompanies.empty', Object.values(CompanyStatus)),
  ...each('editor.statusText', Object.values(VacancyStatus)),
  ...each('editor.notice', ['saved', 'submitted', 'withdrawn', 'backToReview']),
  ...each('editor.field', VACANCY_FIELDS),
  ...each('terms.housingShort', Object.values(HousingOption)),
  ...each('terms.housingPlain', Object.values(HousingOption)),
  ...each('terms.housingOption', Object.values(HousingOption)),
  ...each('terms.mealsOption', Object.values(MealsOption)),
  ...each('terms.mealsPlain', Object.values(MealsOption)),
  ...each('terms.shift', Object.values(ShiftPattern)),
  ...each('terms.shiftPlain', Object.values(ShiftPattern)),
  ...each('terms.russian', Object.values(RussianLevel)),
  ...each('terms.russianPlain', Object.values(RussianLevel)),
  ...each('documents.kind', Object.values(CompanyDocumentKind)),
  ...each('sectors', SECTORS),
  ...PLURAL_KEYS.flatMap((key) => each(`plural.${key}`, ['one', 'few', 'many', 'other'])),
  ...Object.keys(COMPANY_DECISIONS).flatMap((decision) => each(`decision.company.${decision}`, ['button', 'title', 'text', 'confirm', 'done'])),
  ...['publish', 'reject'].flatMap((decision) => each(`decision.vacancy.${decision}`, ['button', 'title', 'text', 'confirm', 'done'])),
  ...each('audit.company', [
    'registered',
    'documentUploaded',
    'resubmitted',
    'recruiterInvited',
    'recruiterJoined',
    'memberInvited',
    'invitationAccepted',
    'invitationRevoked',
    'memberRemoved',
    'verify',
    'reject',
    'suspend',
    'reinstate',
  ]),
  ...each('myApplications.status', Object.values(ApplicationStatus)),
  ...each('myApplications.happened', Object.values(ApplicationStatus)),
  ...each('applicants.status', Object.values(ApplicationStatus)),
  ...each('application.next', Object.values(ApplicationStatus)),
  ...each('profile.sex', Object.values(Sex)),
  ...each('profile.education', Object.values(EducationLevel)),
  ...each('profile.checklist.kind', Object.values(ChecklistItemKind)),
  ...each('profile.checklist.status', Object.values(ChecklistItemStatus)),
  ...each('batch.status', Object.values(BatchStatus)),
  ...each('batch.flag', Object.values(CandidateFlag)),
  ...each('refusal', REFUSAL_REASONS),
  ...each('myApplications.closedCause', APPLICATION_CLOSURE_CAUSES),
  ...each('adminMessages.channel', NOTIFICATION_CHANNELS),
  ...each('members.invitationStatus', ['PENDING', 'EXPIRED', 'REVOKED', 'ACCEPTED']),
  // The honest-terms findings: their codes are their keys (libs/domain honest-terms), and their severities.
  ...Object.values(VacancyTermsFindingCode),
  ...each('termsFindings', ['danger', 'warning']),
  ...each('audit.vacancy', [
    'create',
    'update',
    'submit',
    'resubmit',
    'materialChange',
    'withdraw',
    'publish',
    'reject',
    'closeAutomatically',
    'closeByOfficial',
  ]),
];

describe('translations of values', () => {
  it.each([...SUPPORTED_LOCALES])('%s labels every status, option, plural form and decision', (lang) => {
    expect(DYNAMIC_KEYS.filter((key) => !files[lang].has(key))).toEqual([]);
  });
});
