import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CompanyDisputeStatus, CompanyDisputeView, MyCompanyDisputeView, Page, ReasonDto } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Disputes of a claimed INN: the claimant files and follows theirs; attachés list and decide them. */
@Injectable({ providedIn: 'root' })
export class DisputesApi {
  private readonly http = inject(HttpClient);

  /** Multipart: the INN, the statement and the evidence file. */
  file(inn: string, statement: string, file: File): Observable<MyCompanyDisputeView> {
    const body = new FormData();
    body.append('inn', inn);
    body.append('statement', statement);
    body.append('file', file, file.name);
    return this.http.post<MyCompanyDisputeView>(ApiPaths.companyDisputes, body);
  }

  mine(): Observable<MyCompanyDisputeView[]> {
    return this.http.get<MyCompanyDisputeView[]>(ApiPaths.myCompanyDisputes);
  }

  queue(query: { status: CompanyDisputeStatus; page: number; pageSize: number }): Observable<Page<CompanyDisputeView>> {
    const params = new HttpParams().set('status', query.status).set('page', query.page).set('pageSize', query.pageSize);
    return this.http.get<Page<CompanyDisputeView>>(ApiPaths.disputeQueue, { params });
  }

  evidence(id: string): Observable<Blob> {
    return this.http.get(ApiPaths.disputeEvidence(id), { responseType: 'blob' });
  }

  decide(id: string, decision: 'uphold' | 'reject', reason: string): Observable<CompanyDisputeView> {
    const body: ReasonDto = { reason };
    return this.http.post<CompanyDisputeView>(ApiPaths.disputeDecision(id, decision), body);
  }
}
