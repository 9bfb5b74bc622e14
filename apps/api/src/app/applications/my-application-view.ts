/** What the migrant sees of their own applications: status, timeline, and what happens next with its usual wait. */
import type { ExpectedDurationView, MyApplicationView, QueuePositionView, TimelineEntryView } from '@jumush/contracts';
import { TIMED_STAGES, employerContactShownTo, nextStepOf, type LetterRevocationCategory, type TimedStage } from '@jumush/domain';
import type { ApplicationEntity, ApplicationEventEntity, VacancyEntity } from '@jumush/server/database';

function isTimedStage(status: string): status is TimedStage {
  return (TIMED_STAGES as readonly string[]).includes(status);
}

export function toMyApplicationViews(
  applications: ApplicationEntity[],
  events: ApplicationEventEntity[],
  expected: Record<TimedStage, ExpectedDurationView>,
  revokedLetters: ReadonlyMap<string, { revokedAt: Date; category: LetterRevocationCategory | null }> = new Map(),
  queuePositions: ReadonlyMap<string, QueuePositionView> = new Map(),
): MyApplicationView[] {
  return applications.map((application) => {
    const vacancy = application.vacancy as VacancyEntity;
    const company = vacancy.company;
    const next = nextStepOf(application.status);
    const revoked = revokedLetters.get(application.id);
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
      queue: queuePositions.get(application.id) ?? null,
      next: { key: next.key, party: next.party, expected: isTimedStage(application.status) ? expected[application.status] : null },
      // A revoked letter ends the trip: no employer to go to.
      employer:
        company && employerContactShownTo(application) && !revoked
          ? { name: company.legalName, address: company.legalAddress, phone: company.phone }
          : null,
      letterRevoked: revoked ? { at: revoked.revokedAt.toISOString(), category: revoked.category } : null,
      version: application.version,
      createdAt: application.createdAt.toISOString(),
    };
  });
}
