/** What an employer sees of an applicant: no passport number; the full name and phone only once shortlisted. */
import type { ApplicantView } from '@jumush/contracts';
import { ageOn, applicantContactDisclosure, type IsoDate, type Viewer } from '@jumush/domain';
import type { ApplicationEntity, CandidateProfileEntity } from '@jumush/server/database';

/** `viewer` is the employer with their company; what of the contact they get is the domain's rule. */
export function toApplicantView(
  viewer: Viewer,
  companyId: string,
  application: ApplicationEntity,
  today: IsoDate,
  overdueSince: string | null = null,
): ApplicantView {
  const candidate = application.candidate as CandidateProfileEntity;
  const contact = applicantContactDisclosure(viewer, { companyId, status: application.status }) === 'full';
  return {
    applicationId: application.id,
    status: application.status,
    statusReason: application.statusReason,
    note: application.note,
    version: application.version,
    appliedAt: application.createdAt.toISOString(),
    overdueSince,
    candidate: {
      displayName: contact
        ? `${candidate.givenNames ?? ''} ${candidate.surname ?? ''}`.trim()
        : `${candidate.givenNames ?? '—'} ${(candidate.surname ?? '').slice(0, 1)}.`.trim(),
      age: candidate.birthDate ? ageOn(candidate.birthDate, today) : null,
      sex: candidate.sex,
      residenceRegionCode: candidate.residenceRegionCode,
      russianLevel: candidate.russianLevel,
      experienceYears: candidate.experienceYears,
      occupations: candidate.occupations,
      readinessPercent: candidate.readinessPercent,
      phone: contact ? (candidate.account?.phone ?? null) : null,
    },
  };
}
