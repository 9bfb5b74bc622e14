/** Entity → response shapes of vacancies. */
import type { AuditEventView, VacancyRevisionView, VacancyTermsView, VacancyView } from '@jumush/contracts';
import type { AuditEventEntity, VacancyEntity, VacancyRevisionEntity } from '@jumush/server/database';

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
    originCountry: vacancy.originCountry,
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

export function toAuditEventView(event: AuditEventEntity): AuditEventView {
  return {
    action: event.action,
    actorRole: event.actorRole,
    reason: event.reason,
    data: event.data,
    createdAt: event.createdAt.toISOString(),
  };
}
