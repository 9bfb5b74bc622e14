import { HttpClient, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CompanyDocumentKind,
  CompanyDocumentView,
  CompanyInvitationView,
  CompanyMembersView,
  CompanyView,
  CreateCompanyDto,
  InvitationLinkView,
  InviteRecruiterDto,
} from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** The signed-in employer's company: registration, documents, colleagues, invitations. */
@Injectable({ providedIn: 'root' })
export class CompaniesApi {
  private readonly http = inject(HttpClient);

  register(body: CreateCompanyDto): Observable<CompanyView> {
    return this.http.post<CompanyView>(ApiPaths.companies, body);
  }

  /** 404 with code 'company.none' while the employer has no company yet. */
  mine(): Observable<CompanyView> {
    return this.http.get<CompanyView>(ApiPaths.myCompany);
  }

  /** Multipart upload; emits the progress events and finally the response (`reportProgress`). */
  uploadDocument(kind: CompanyDocumentKind, file: File): Observable<HttpEvent<CompanyDocumentView>> {
    const body = new FormData();
    body.append('kind', kind);
    body.append('file', file, file.name);
    return this.http.post<CompanyDocumentView>(ApiPaths.myCompanyDocuments, body, {
      observe: 'events',
      reportProgress: true,
    });
  }

  /** The file of a document; fetched with the access token, so not a plain link. */
  downloadDocument(documentId: string): Observable<Blob> {
    return this.http.get(ApiPaths.myCompanyDocumentFile(documentId), { responseType: 'blob' });
  }

  /** What an invitation link names (public: whoever holds the token). */
  invitation(token: string): Observable<InvitationLinkView> {
    return this.http.get<InvitationLinkView>(ApiPaths.invitation(token));
  }

  /** Joins the company the link invites to: the signed-in, verified, invited account only. */
  acceptInvitation(token: string): Observable<CompanyView> {
    return this.http.post<CompanyView>(ApiPaths.invitationAccept(token), null);
  }

  resubmit(): Observable<CompanyView> {
    return this.http.post<CompanyView>(ApiPaths.myCompanyResubmit, null);
  }

  members(): Observable<CompanyMembersView> {
    return this.http.get<CompanyMembersView>(ApiPaths.myCompanyMembers);
  }

  invite(email: string): Observable<CompanyInvitationView> {
    const body: InviteRecruiterDto = { email };
    return this.http.post<CompanyInvitationView>(ApiPaths.myCompanyInvitations, body);
  }

  removeMember(id: string): Observable<void> {
    return this.http.delete<void>(ApiPaths.myCompanyMember(id));
  }

  revokeInvitation(id: string): Observable<void> {
    return this.http.delete<void>(ApiPaths.myCompanyInvitation(id));
  }
}
