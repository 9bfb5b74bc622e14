/** Entity and row → response shapes of vacancies. */
import type {
  VacancyCompanySummary,
  VacancyHistoryView,
  VacancyReviewItem,
  VacancyRevisionView,
  VacancyTermsView,
  VacancyView,
} from '@jumush/contracts';
import {
  MOSCOW_UTC_OFFSET_MINUTES,
  VacancyStatus,
  companyStatusAnywhere,
  deadlineFor,
  companyStatusIn,
  vacancyRegionWarnings,
  vacancyTermsFindings,
  verifiedCountriesOf,
  type CompanyCountryStanding,
  type DeadlineTargets,
  type LiveVacancyField,
  type MaterialVacancyField,
} from '@jumush/domain';
import type { AuditEventEntity, CompanyEntity, VacancyEntity, VacancyRevisionEntity } from '@jumush/server/database';
import { toAuditEventView } from '../audit/audit-views';
import type { VacancyStatusCountRow, VacancyWithCompany } from './vacancies.repository';

/**
 * Every term is either material (a change sends a published vacancy back to review) or live; a term added to the
 * contract and left out of both lists fails to compile here.
 */
type UnclassifiedTerm = Exclude<keyof VacancyTermsView, MaterialVacancyField | LiveVacancyField>;
export const EVERY_TERM_IS_CLASSIFIED: UnclassifiedTerm extends never ? true : UnclassifiedTerm = true;

/** The terms alone, in a fixed key order: what a revision records and what the employer edits. */
export function toTermsView(vacancy: VacancyTermsView): VacancyTermsView {
  return {
    title: vacancy.title,
    occupationCode: vacancy.occupationCode,
    regionCode: vacancy.regionCode,
    town: vacancy.town,
    monthlyWageRoubles: vacancy.monthlyWageRoubles,
    weeklyHours: vacancy.weeklyHours,
    shiftPattern: vacancy.shiftPattern,
    housing: vacancy.housing,
    housingCostRoubles: vacancy.housingCostRoubles ?? null,
    meals: vacancy.meals,
    travelPaid: vacancy.travelPaid,
    insurance: vacancy.insurance,
    contractMonths: vacancy.contractMonths,
    startDate: vacancy.startDate,
    positions: vacancy.positions,
    russianLevel: vacancy.russianLevel,
    experienceYears: vacancy.experienceYears,
    skills: [...vacancy.skills],
    description: vacancy.description,
    applicationDeadline: vacancy.applicationDeadline,
  };
}

export function toVacancyView(vacancy: VacancyEntity): VacancyView {
  return {
    id: vacancy.id,
    companyId: vacancy.companyId,
    openTo: [...vacancy.openTo],
    status: vacancy.status,
    statusReason: vacancy.statusReason,
    filledPositions: vacancy.filledPositions,
    version: vacancy.version,
    publishedAt: vacancy.publishedAt?.toISOString() ?? null,
    createdAt: vacancy.createdAt.toISOString(),
    updatedAt: vacancy.updatedAt.toISOString(),
    ...toTermsView(vacancy),
  };
}

export function toRevisionView(revision: VacancyRevisionEntity): VacancyRevisionView {
  return {
    version: revision.version,
    status: revision.status,
    terms: revision.terms,
    createdAt: revision.createdAt.toISOString(),
  };
}

/** Revisions oldest first, and the audit events of the vacancy in the order they happened. */
export function toVacancyHistoryView(revisions: VacancyRevisionEntity[], events: AuditEventEntity[]): VacancyHistoryView {
  return {
    revisions: revisions.map(toRevisionView),
    events: events.map(toAuditEventView),
  };
}

/** A count for every status, zero where the company has none (the tabs show them all). */
export function toStatusCounts(rows: readonly VacancyStatusCountRow[]): Record<VacancyStatus, number> {
  const counts = Object.fromEntries(Object.values(VacancyStatus).map((status) => [status, 0])) as Record<VacancyStatus, number>;
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

/** The employer as a viewer sees it: its status in the viewer's country (any country's for null, an admin). */
export function toVacancyCompanySummary(
  company: CompanyEntity,
  countries: readonly CompanyCountryStanding[],
  viewerCountry: string | null,
): VacancyCompanySummary {
  return {
    id: company.id,
    legalName: company.legalName,
    inn: company.inn,
    status: viewerCountry ? companyStatusIn(company, countries, viewerCountry) : companyStatusAnywhere(company, countries),
    verifiedCountries: verifiedCountriesOf(company, countries),
  };
}

/**
 * When the review of a vacancy submitted at `submittedAt` is due: working days counted out of Russia's holidays and
 * those of every country it is open to (each of their attachés may review it), so no reviewer's day off shortens it.
 */
export function reviewDeadlineOf(submittedAt: Date, openTo: readonly string[], targets: DeadlineTargets): string {
  return deadlineFor('vacancyReview', submittedAt, targets, MOSCOW_UTC_OFFSET_MINUTES, ['RU', ...openTo]);
}

export function toReviewItem(
  vacancy: VacancyWithCompany,
  viewerCountry: string | null,
  deadlines: { targets: DeadlineTargets; now: Date },
): VacancyReviewItem {
  const waiting = vacancy.status === VacancyStatus.PendingReview && vacancy.submittedAt;
  const reviewDueAt = waiting ? reviewDeadlineOf(vacancy.submittedAt as Date, vacancy.openTo, deadlines.targets) : null;
  return {
    ...toVacancyView(vacancy),
    submittedAt: vacancy.submittedAt?.toISOString() ?? null,
    reviewDueAt,
    overdue: reviewDueAt !== null && Date.parse(reviewDueAt) < deadlines.now.getTime(),
    company: toVacancyCompanySummary(vacancy.company, vacancy.companyCountries, viewerCountry),
    regionWarnings: vacancyRegionWarnings(vacancy.regionCode),
    termsFindings: vacancyTermsFindings(vacancy),
  };
}
