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

  /** Multipart: the receipt of the migrant's own fee report (a new one replaces the old). */
  attachReceipt(reportId: string, file: File): Observable<PromisedVsActualView> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<PromisedVsActualView>(ApiPaths.myFeeReceipt(reportId), form);
  }

  /** A fee report's receipt: the migrant's own, or (staff) one of their country's. */
  receipt(reader: 'migrant' | 'staff', reportId: string): Observable<Blob> {
    return this.http.get(reader === 'staff' ? ApiPaths.attacheFeeReceipt(reportId) : ApiPaths.myFeeReceipt(reportId), { responseType: 'blob' });
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
