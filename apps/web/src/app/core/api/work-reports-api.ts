import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CompanyAfterArrivalView,
  CompanyView,
  FeeReportDto,
  IntermediaryView,
  PromisedVsActualView,
  TermsReportDto,
} from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Promised versus actual and fee reports (the migrant); what they say about an employer, and red flags (the attaché). */
@Injectable({ providedIn: 'root' })
export class WorkReportsApi {
  private readonly http = inject(HttpClient);

  mine(applicationId: string): Observable<PromisedVsActualView> {
    return this.http.get<PromisedVsActualView>(ApiPaths.workReports(applicationId));
  }

  reportTerms(report: TermsReportDto): Observable<PromisedVsActualView> {
    return this.http.post<PromisedVsActualView>(ApiPaths.termsReports, report);
  }

  reportFee(report: FeeReportDto): Observable<PromisedVsActualView> {
    return this.http.post<PromisedVsActualView>(ApiPaths.feeReports, report);
  }

  company(companyId: string): Observable<CompanyAfterArrivalView> {
    return this.http.get<CompanyAfterArrivalView>(ApiPaths.companyAfterArrival(companyId));
  }

  intermediaries(): Observable<IntermediaryView[]> {
    return this.http.get<IntermediaryView[]>(ApiPaths.attacheIntermediaries);
  }

  suspend(flagId: string, reason?: string): Observable<CompanyView> {
    return this.http.post<CompanyView>(ApiPaths.suspendFlagged(flagId), reason?.trim() ? { reason: reason.trim() } : {});
  }
}
