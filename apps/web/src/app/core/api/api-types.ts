import type { AuditEventView, CompanyView } from '@jumush/contracts/client';

/** Shapes the API answers with that the contracts spell inline; named here once for the web. */

/** GET /api/verification/companies/:id: the company, its documents and its audit history. */
export type CompanyDetailView = CompanyView & { history: AuditEventView[] };

/** Query of GET /api/public/vacancies, as the web sends it (undefined values are left out). */
export interface PublicSearchQuery {
  q?: string;
  region?: string;
  occupation?: string;
  minWage?: number;
  housing?: string;
  insurance?: boolean;
  travelPaid?: boolean;
  minContractMonths?: number;
  maxContractMonths?: number;
  startMonth?: string;
  sort?: string;
  cursor?: string;
  limit?: number;
}

/** Turns a query object into HttpParams-compatible values, dropping empty ones. */
export function queryParams(query: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    out[key] = String(value);
  }
  return out;
}
