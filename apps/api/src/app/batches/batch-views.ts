/** Batch rows as the API shows them. The passport number in full only to the attaché of the candidate's country. */
import type { BatchItemView, BatchSummaryView } from '@jumush/contracts';
import { candidateFlagsShownTo, passportNumberShownTo, type Actor, type CompanyStatus } from '@jumush/domain';
import type { BatchItemRow, BatchSummaryRow } from './batches.repository';

export function toBatchSummaryView(row: BatchSummaryRow): BatchSummaryView {
  return {
    id: row.id,
    vacancy: {
      id: row.vacancy_id,
      title: row.title,
      town: row.town,
      regionCode: row.region_code,
      positions: row.positions,
      filledPositions: row.filled_positions,
    },
    company: { id: row.company_id, legalName: row.legal_name, inn: row.inn, status: row.company_status as CompanyStatus },
    originCountry: row.origin_country,
    status: row.status,
    candidateCount: row.candidate_count,
    flaggedCount: row.flagged_count,
    approvedCount: row.approved_count,
    refusedCount: row.refused_count,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    deadlineAt: row.deadline_at?.toISOString() ?? null,
    overdue: row.overdue,
    decidedAt: row.decided_at?.toISOString() ?? null,
    returnComment: row.return_comment,
    version: row.version,
  };
}

/** `decryptPassport` turns the stored cipher text into the number; it is masked unless the viewer may see it whole. */
export function toBatchItemView(viewer: Actor, row: BatchItemRow, decryptPassport: (encrypted: string) => string): BatchItemView {
  const number = row.passport_number_encrypted ? decryptPassport(row.passport_number_encrypted) : null;
  return {
    applicationId: row.application_id,
    applicationStatus: row.application_status as BatchItemView['applicationStatus'],
    candidate: {
      fullName: [row.surname, row.given_names].filter(Boolean).join(' '),
      fullNameLatin: [row.surname_latin, row.given_names_latin].filter(Boolean).join(' '),
      birthDate: row.birth_date,
      // The candidate never reads a batch, so only the attaché of their country gets the number whole.
      passportNumber: passportNumberShownTo(viewer, { accountId: null, originCountry: row.origin_country }, number),
      passportExpiresOn: row.passport_expires_on,
      readinessPercent: row.readiness_percent,
    },
    // The employer never reads the attaché-only flags (another company's batch, a passport another profile holds).
    flags: candidateFlagsShownTo(viewer, row.flags as BatchItemView['flags']),
    decision: row.decision,
    refusalReason: row.refusal_reason as BatchItemView['refusalReason'],
    refusalText: row.refusal_text,
    letterCode: row.letter_code,
  };
}
