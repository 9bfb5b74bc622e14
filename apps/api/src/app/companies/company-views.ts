/** Entity and row → response shapes of companies. */
import type {
  CompanyCountryStatusView,
  CompanyDocumentView,
  CompanyInvitationStatus,
  CompanyInvitationView,
  CompanyMemberView,
  CompanyView,
  VerificationQueueItem,
} from '@jumush/contracts';
import {
  CompanyStatus,
  MOSCOW_UTC_OFFSET_MINUTES,
  deadlineCountries,
  deadlineFor,
  invitationState,
  verifiedCountriesOf,
  type DeadlineTargets,
} from '@jumush/domain';
import type { CompanyCountryStatusEntity, CompanyDocumentEntity, CompanyEntity, CompanyMemberEntity } from '@jumush/server/database';
import type { VerificationQueueRow } from './companies.repository';

export function toCompanyDocumentView(document: CompanyDocumentEntity): CompanyDocumentView {
  return {
    id: document.id,
    kind: document.kind,
    fileName: document.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    uploadedAt: document.uploadedAt.toISOString(),
  };
}

export function toCompanyCountryStatusView(standing: CompanyCountryStatusEntity): CompanyCountryStatusView {
  return {
    country: standing.country,
    status: standing.status,
    statusReason: standing.statusReason,
    statusChangedAt: standing.statusChangedAt.toISOString(),
    reliedOnCountry: standing.reliedOnCountry,
  };
}

export function toCompanyView(company: CompanyEntity, countries: CompanyCountryStatusEntity[], documents: CompanyDocumentEntity[]): CompanyView {
  return {
    id: company.id,
    legalName: company.legalName,
    inn: company.inn,
    ogrn: company.ogrn,
    legalAddress: company.legalAddress,
    regionCode: company.regionCode,
    contactPerson: company.contactPerson,
    phone: company.phone,
    email: company.email,
    countries: countries.map(toCompanyCountryStatusView),
    verifiedCountries: verifiedCountriesOf(company, countries),
    blocked: company.blockedAt ? { at: company.blockedAt.toISOString(), reason: company.blockedReason } : null,
    createdAt: company.createdAt.toISOString(),
    documents: documents.map(toCompanyDocumentView),
  };
}

/** An accepted membership (account loaded for the name); `since` is when it was accepted, or created for an owner. */
export function toCompanyMemberView(member: CompanyMemberEntity & { accountId: string }): CompanyMemberView {
  return {
    id: member.id,
    accountId: member.accountId,
    email: member.account?.email ?? member.email,
    fullName: member.account?.fullName ?? null,
    owner: member.owner,
    since: (member.acceptedAt ?? member.createdAt).toISOString(),
  };
}

/** Where an invitation stands at `now` (invitationState in the domain, without the acceptor). */
export function invitationStatusOf(invitation: CompanyMemberEntity, now: Date): CompanyInvitationStatus {
  switch (
    invitationState(
      { email: invitation.email, expiresAt: invitation.invitationExpiresAt, acceptedAt: invitation.acceptedAt, revokedAt: invitation.revokedAt },
      now,
    )
  ) {
    case null:
      return 'PENDING';
    case 'USED':
      return 'ACCEPTED';
    case 'REVOKED':
      return 'REVOKED';
    case 'EXPIRED':
    case 'INVALID':
      return 'EXPIRED';
  }
}

/** An invitation as the company's owners see it (its token is never shown again). */
export function toCompanyInvitationView(invitation: CompanyMemberEntity, now: Date): CompanyInvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    invitedBy: invitation.inviter?.fullName ?? invitation.inviter?.email ?? null,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.invitationExpiresAt?.toISOString() ?? null,
    status: invitationStatusOf(invitation, now),
  };
}

/**
 * When one country's verification of a company pending there since `pendingSince` (registration or resubmission) is
 * due: working days counted out of Russia's holidays and those of the country whose attaché verifies.
 */
export function verificationDeadlineOf(pendingSince: Date, country: string, targets: DeadlineTargets): string {
  return deadlineFor('companyVerification', pendingSince, targets, MOSCOW_UTC_OFFSET_MINUTES, deadlineCountries(country));
}

export function toVerificationQueueItem(row: VerificationQueueRow, deadlines: { targets: DeadlineTargets; now: Date }): VerificationQueueItem {
  const dueAt = row.status === CompanyStatus.Pending ? verificationDeadlineOf(row.status_changed_at, row.country, deadlines.targets) : null;
  return {
    id: row.id,
    legalName: row.legal_name,
    inn: row.inn,
    regionCode: row.region_code,
    country: row.country,
    status: row.status,
    documentCount: row.document_count,
    createdAt: row.created_at.toISOString(),
    statusChangedAt: row.status_changed_at.toISOString(),
    verificationDueAt: dueAt,
    overdue: dueAt !== null && Date.parse(dueAt) < deadlines.now.getTime(),
  };
}
