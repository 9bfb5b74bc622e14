/** Entity and row → response shapes of companies. */
import type {
  CompanyCountryStatusView,
  CompanyDocumentView,
  CompanyInvitationView,
  CompanyMemberView,
  CompanyView,
  VerificationQueueItem,
} from '@jumush/contracts';
import { verifiedCountriesOf } from '@jumush/domain';
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

export function toCompanyMemberView(member: CompanyMemberEntity): CompanyMemberView {
  return {
    accountId: member.accountId,
    email: member.email,
    fullName: member.account?.fullName ?? null,
    owner: member.owner,
    accepted: member.acceptedAt !== null,
  };
}

/** An invitation as the invited employer sees it; the company name is empty if its relation was not loaded. */
export function toCompanyInvitationView(invitation: CompanyMemberEntity): CompanyInvitationView {
  return {
    id: invitation.id,
    companyId: invitation.companyId,
    companyName: invitation.company?.legalName ?? '',
    email: invitation.email,
    createdAt: invitation.createdAt.toISOString(),
  };
}

export function toVerificationQueueItem(row: VerificationQueueRow): VerificationQueueItem {
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
  };
}
