import type { AuditEventView, CompanyDocumentView, CompanyMemberView, CompanyView } from '@jumush/contracts';
import type { AuditEventEntity, CompanyDocumentEntity, CompanyEntity, CompanyMemberEntity } from '@jumush/server/database';

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

export function toCompanyView(company: CompanyEntity, documents: CompanyDocumentEntity[]): CompanyView {
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
    status: company.status,
    statusReason: company.statusReason,
    statusChangedAt: company.statusChangedAt.toISOString(),
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

export function toAuditEventView(event: AuditEventEntity): AuditEventView {
  return {
    action: event.action,
    actorRole: event.actorRole,
    reason: event.reason,
    data: event.data,
    createdAt: event.createdAt.toISOString(),
  };
}
