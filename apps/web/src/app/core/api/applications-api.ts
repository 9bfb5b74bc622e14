import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { ApplicantView, ApplicationStatus, BulkDecisionResultView, MyApplicationView, Page, RussianLevel } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';
import { queryParams } from './api-types';

/** Filters of the employer's applicant list, as the web sends them (empty ones are left out). */
export interface ApplicantsFilter {
  status?: ApplicationStatus | '';
  minReadiness?: number | null;
  russianLevel?: RussianLevel | '';
  minExperience?: number | null;
  residenceRegion?: string;
  page: number;
  pageSize: number;
}

/** Applications: the migrant's own (apply, follow, withdraw, letter) and the employer's applicants. */
@Injectable({ providedIn: 'root' })
export class ApplicationsApi {
  private readonly http = inject(HttpClient);

  /** 409 application.duplicate; 422 application.consentRequired | deadlinePassed | vacancyClosed | employerSuspended. */
  apply(vacancyId: string, note?: string): Observable<MyApplicationView> {
    const body = note?.trim() ? { note: note.trim() } : {};
    return this.http.post<MyApplicationView>(ApiPaths.applyTo(vacancyId), body);
  }

  mine(): Observable<MyApplicationView[]> {
    return this.http.get<MyApplicationView[]>(ApiPaths.myApplications);
  }

  one(id: string): Observable<MyApplicationView> {
    return this.http.get<MyApplicationView>(ApiPaths.myApplication(id));
  }

  withdraw(id: string, version: number, reason?: string): Observable<MyApplicationView> {
    const body = reason?.trim() ? { version, reason: reason.trim() } : { version };
    return this.http.post<MyApplicationView>(ApiPaths.withdrawApplication(id), body);
  }

  /** One tap: "I have left" / "I have arrived". A replay of a step already recorded answers 200 too. */
  journey(id: string, step: 'depart' | 'arrive'): Observable<MyApplicationView> {
    return this.http.post<MyApplicationView>(ApiPaths.applicationJourney(id, step), {});
  }

  /** The approval letter (PDF); needs the access token, so it is fetched, not linked. */
  letter(applicationId: string): Observable<Blob> {
    return this.http.get(ApiPaths.letterPdf(applicationId), { responseType: 'blob' });
  }

  applicants(vacancyId: string, filter: ApplicantsFilter): Observable<Page<ApplicantView>> {
    return this.http.get<Page<ApplicantView>>(ApiPaths.applicants(vacancyId), { params: queryParams(filter) });
  }

  shortlist(id: string, version: number): Observable<ApplicantView> {
    return this.http.post<ApplicantView>(ApiPaths.applicationAction(id, 'shortlist'), { version });
  }

  decline(id: string, version: number, reason: string): Observable<ApplicantView> {
    return this.http.post<ApplicantView>(ApiPaths.applicationAction(id, 'decline'), { version, reason });
  }

  /** The employer confirms the arrived migrant started work. */
  startWork(id: string, version: number): Observable<{ status: ApplicationStatus; version: number }> {
    return this.http.post<{ status: ApplicationStatus; version: number }>(ApiPaths.applicationAction(id, 'start-work'), { version });
  }

  /** The employer records that the migrant never came or never started, saying why. */
  noShow(id: string, version: number, reason: string): Observable<{ status: ApplicationStatus; version: number }> {
    return this.http.post<{ status: ApplicationStatus; version: number }>(ApiPaths.applicationAction(id, 'no-show'), { version, reason });
  }

  decideMany(
    vacancyId: string,
    decision: 'shortlist' | 'decline',
    applicationIds: readonly string[],
    reason?: string,
  ): Observable<BulkDecisionResultView> {
    const body = decision === 'decline' ? { decision, applicationIds, reason } : { decision, applicationIds };
    return this.http.post<BulkDecisionResultView>(ApiPaths.applicantDecisions(vacancyId), body);
  }
}
