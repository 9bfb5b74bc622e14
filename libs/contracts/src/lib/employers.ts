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
  /** The country this status is of: the attaché's own (an admin sees every country's). */
  country: string;
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
