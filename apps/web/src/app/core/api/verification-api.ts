import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import {
  SuspensionCategory,
  type CompanyDecision,
  type CompanyDetailView,
  type CompanyStatus,
  type CompanyView,
  type Page,
  type ReasonDto,
  type SuspendCompanyDto,
  type VerificationQueueItem,
} from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';
import { queryParams } from './api-types';

/** The attaché's verification of employers. */
@Injectable({ providedIn: 'root' })
export class VerificationApi {
  private readonly http = inject(HttpClient);

  /** Oldest first. */
  queue(query: { status: CompanyStatus; page: number; pageSize: number }): Observable<Page<VerificationQueueItem>> {
    return this.http.get<Page<VerificationQueueItem>>(ApiPaths.verificationQueue, { params: queryParams(query) });
  }

  company(id: string): Observable<CompanyDetailView> {
    return this.http.get<CompanyDetailView>(ApiPaths.verificationCompany(id));
  }

  downloadDocument(companyId: string, documentId: string): Observable<Blob> {
    return this.http.get(ApiPaths.verificationDocumentFile(companyId, documentId), { responseType: 'blob' });
  }

  /** Verify for the attaché's country in one click, relying on `country`'s verification (recorded as such). */
  rely(id: string, country: string): Observable<CompanyView> {
    return this.http.post<CompanyView>(ApiPaths.verificationRely(id), { country });
  }

  /** Verify takes no reason; reject, suspend and reinstate must say why; a suspension also says its category. */
  decide(id: string, decision: CompanyDecision, reason?: string, category?: SuspensionCategory): Observable<CompanyView> {
    const body: ReasonDto | SuspendCompanyDto | null =
      decision === 'verify'
        ? null
        : decision === 'suspend'
          ? { reason: reason ?? '', category: category ?? SuspensionCategory.Other }
          : { reason: reason ?? '' };
    return this.http.post<CompanyView>(ApiPaths.verificationDecision(id, decision), body);
  }
}
