/** Shapes of companies, their documents and their verification. */
import type { CompanyStatus } from '@jumush/domain';
import type { CompanyDocumentKind } from './vacancy-terms';

export interface CompanyView {
  id: string;
  legalName: string;
  inn: string;
  ogrn: string;
  legalAddress: string;
  regionCode: string;
  contactPerson: string;
  phone: string;
  email: string;
  status: CompanyStatus;
  /** Why it was rejected or suspended, when it was. */
  statusReason: string | null;
  statusChangedAt: string;
  createdAt: string;
  documents: CompanyDocumentView[];
}

export interface CompanyDocumentView {
  id: string;
  kind: CompanyDocumentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface CompanyMemberView {
  accountId: string | null;
  email: string;
  fullName: string | null;
  owner: boolean;
  /** Invited colleagues who have not accepted yet have no account id. */
  accepted: boolean;
}

export interface CompanyInvitationView {
  id: string;
  companyId: string;
  companyName: string;
  email: string;
  createdAt: string;
}

export interface VerificationQueueItem {
  id: string;
  legalName: string;
  inn: string;
  regionCode: string;
  status: CompanyStatus;
  documentCount: number;
  createdAt: string;
  statusChangedAt: string;
}

export interface AuditEventView {
  action: string;
  actorRole: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

/** GET /api/verification/companies/:id: the company with its documents and its decision history, oldest first. */
export interface CompanyDetailView extends CompanyView {
  history: AuditEventView[];
}
