/** The shape of "download everything Jumush holds about me": built from rows, with the passport number already decrypted. */
import type { AccountEntity, ApplicationEntity, ApplicationEventEntity, CandidateProfileEntity, ChecklistItemEntity } from '@jumush/server/database';

export interface PersonalDataSources {
  account: AccountEntity;
  profile: CandidateProfileEntity;
  /** Decrypted for the candidate themself, or null when they gave none. */
  passportNumber: string | null;
  checklist: ChecklistItemEntity[];
  applications: ApplicationEntity[];
  events: ApplicationEventEntity[];
  exportedAt: Date;
}

export function personalDataExport({
  account,
  profile,
  passportNumber,
  checklist,
  applications,
  events,
  exportedAt,
}: PersonalDataSources): Record<string, unknown> {
  // The ciphertext and the blind index are Jumush's, not the candidate's: the number itself stands in for them.
  const { passportNumberEncrypted: _encrypted, passportNumberIndex: _index, ...rest } = profile;
  return {
    exportedAt: exportedAt.toISOString(),
    account: {
      id: account.id,
      role: account.role,
      phone: account.phone,
      email: account.email,
      locale: account.locale,
      createdAt: account.createdAt,
    },
    profile: { ...rest, passportNumber },
    checklist: checklist.map(({ kind, status, completedOn, validUntil, documentType, updatedAt }) => ({
      kind,
      status,
      completedOn,
      validUntil,
      documentType,
      updatedAt,
    })),
    applications: applications.map((application) => ({
      id: application.id,
      vacancy: { id: application.vacancyId, title: application.vacancy?.title },
      status: application.status,
      note: application.note,
      createdAt: application.createdAt,
      timeline: events
        .filter((event) => event.applicationId === application.id)
        .map(({ fromStatus, toStatus, actorRole, reason, createdAt }) => ({ fromStatus, toStatus, actorRole, reason, createdAt })),
    })),
  };
}
