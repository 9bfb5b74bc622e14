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
  /** Each origin country's decision on the company, in country-code order (see company-countries in libs/domain). */
  countries: CompanyCountryStatusView[];
  /** The countries whose migrants the company may recruit now: verified there, and not blocked. */
  verifiedCountries: string[];
  /** The admin's block, which stops the company in every country; null when not blocked. */
  blocked: { at: string; reason: string | null } | null;
  createdAt: string;
  documents: CompanyDocumentView[];
}

/** One origin country's decision on a company. */
export interface CompanyCountryStatusView {
  country: string;
  status: CompanyStatus;
  /** Why it was rejected or suspended, or what changed at reinstatement. */
  statusReason: string | null;
  statusChangedAt: string;
  /** When this country's attaché verified by relying on another country's verification: that country. */
  reliedOnCountry: string | null;
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
  /** The country this status is of: the attaché's own (an admin sees every country's). */
  country: string;
  status: CompanyStatus;
  documentCount: number;
  createdAt: string;
  statusChangedAt: string;
  /** While PENDING: when this country's verification is due (COMPANY_VERIFICATION_WORKING_DAYS); null otherwise. */
  verificationDueAt: string | null;
  /** Pending past its due date: first in the queue, marked. */
  overdue: boolean;
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
  /** The country the viewing attaché decides for (null for an admin, whose decision is the global block). */
  ownCountry: string | null;
  /** Countries whose verification the viewing attaché may rely on in one click (verified there, not their own). */
  reliableCountries: string[];
}

/** GET /api/verification/companies/:id/countries/:country: one country's decision, to that country's attaché and admins. */
export interface CompanyCountryDetailView extends CompanyCountryStatusView {
  companyId: string;
  history: AuditEventView[];
}
