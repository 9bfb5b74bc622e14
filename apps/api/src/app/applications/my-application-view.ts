/** What the migrant sees of their own applications: status, timeline, and what happens next with its usual wait. */
import type { ExpectedDurationView, MyApplicationView, TimelineEntryView } from '@jumush/contracts';
import { TIMED_STAGES, employerContactShownTo, nextStepOf, type TimedStage } from '@jumush/domain';
import type { ApplicationEntity, ApplicationEventEntity, VacancyEntity } from '@jumush/server/database';

function isTimedStage(status: string): status is TimedStage {
  return (TIMED_STAGES as readonly string[]).includes(status);
}

export function toMyApplicationViews(
  applications: ApplicationEntity[],
  events: ApplicationEventEntity[],
  expected: Record<TimedStage, ExpectedDurationView>,
): MyApplicationView[] {
  return applications.map((application) => {
    const vacancy = application.vacancy as VacancyEntity;
    const company = vacancy.company;
    const next = nextStepOf(application.status);
    const timeline: TimelineEntryView[] = events
      .filter((event) => event.applicationId === application.id)
      .map((event) => ({
        from: event.fromStatus,
        to: event.toStatus,
        actorRole: event.actorRole,
        reason: event.reason,
        at: event.createdAt.toISOString(),
      }));
    return {
      id: application.id,
      status: application.status,
      statusReason: application.statusReason,
      note: application.note,
      vacancy: {
        id: vacancy.id,
        title: vacancy.title,
        town: vacancy.town,
        regionCode: vacancy.regionCode,
        monthlyWageRoubles: vacancy.monthlyWageRoubles,
        companyName: vacancy.company?.legalName ?? '',
      },
      timeline,
      next: { key: next.key, party: next.party, expected: isTimedStage(application.status) ? expected[application.status] : null },
      employer:
        company && employerContactShownTo(application) ? { name: company.legalName, address: company.legalAddress, phone: company.phone } : null,
      version: application.version,
      createdAt: application.createdAt.toISOString(),
    };
  });
}
