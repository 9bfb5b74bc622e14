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

/** A recruiter of the company (an accepted membership). */
export interface CompanyMemberView {
  /** The membership's id: what an owner removes. */
  id: string;
  accountId: string;
  email: string;
  fullName: string | null;
  owner: boolean;
  /** When they joined (registered the company or accepted the invitation). */
  since: string;
}

/** Where an invitation stands, as its owner sees it. */
export type CompanyInvitationStatus = 'PENDING' | 'EXPIRED' | 'REVOKED' | 'ACCEPTED';

/** An invitation the company sent, for its owners (the token is never shown again after the e-mail). */
export interface CompanyInvitationView {
  id: string;
  email: string;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string | null;
  status: CompanyInvitationStatus;
}

/** The company's recruiters and the invitations still open or expired. */
export interface CompanyMembersView {
  members: CompanyMemberView[];
  invitations: CompanyInvitationView[];
  /** The signed-in account owns the company (may invite, remove and revoke). */
  canManage: boolean;
}

/** Why an invitation link cannot be taken (see invitationRefusal in @jumush/domain). */
export type InvitationLinkRefusal = 'INVALID' | 'USED' | 'REVOKED' | 'EXPIRED' | 'EMAIL_NOT_VERIFIED' | 'OTHER_ADDRESS' | 'ALREADY_MEMBER';

/** What the invitation link's page shows: public to whoever holds the token. */
export interface InvitationLinkView {
  companyName: string;
  inviterName: string | null;
  email: string;
  expiresAt: string | null;
  /** Null while it can be accepted; otherwise why not (for the invitation itself, before anyone signs in). */
  refusal: InvitationLinkRefusal | null;
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
