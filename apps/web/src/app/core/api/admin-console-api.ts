import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AdminAccountView,
  AuditChainReportView,
  CreateAttacheDto,
  MinimumWageDto,
  MinimumWageView,
  Page,
  PublishedAuditHeadView,
  RevokedSessionsView,
  Role,
} from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** What the admin's console asks for: a page of accounts as searched. */
export interface AdminAccountsQuery {
  page: number;
  pageSize: number;
  q?: string;
  role?: Role | null;
  country?: string | null;
}

/** Typed calls of the admin's console: accounts and the audit chain. */
@Injectable({ providedIn: 'root' })
export class AdminConsoleApi {
  private readonly http = inject(HttpClient);

  accounts(query: AdminAccountsQuery): Observable<Page<AdminAccountView>> {
    const params: Record<string, string> = { page: String(query.page), pageSize: String(query.pageSize) };
    if (query.q) params['q'] = query.q;
    if (query.role) params['role'] = query.role;
    if (query.country) params['country'] = query.country;
    return this.http.get<Page<AdminAccountView>>(ApiPaths.adminAccounts, { params });
  }

  /** No password: the attaché gets a one-time set-up link by e-mail. */
  createAttache(body: Omit<CreateAttacheDto, 'password'>): Observable<AdminAccountView> {
    return this.http.post<AdminAccountView>(ApiPaths.adminAttaches, body);
  }

  disable(id: string): Observable<void> {
    return this.http.post<void>(ApiPaths.adminAccountAction(id, 'disable'), null);
  }

  enable(id: string): Observable<void> {
    return this.http.post<void>(ApiPaths.adminAccountAction(id, 'enable'), null);
  }

  revokeSessions(id: string): Observable<RevokedSessionsView> {
    return this.http.post<RevokedSessionsView>(ApiPaths.adminAccountAction(id, 'sessions/revoke'), null);
  }

  /** The origin countries an admin account supervises (their overdue items escalate to it); empty: none in particular. */
  setSupervisedCountries(id: string, countries: readonly string[]): Observable<AdminAccountView> {
    return this.http.put<AdminAccountView>(ApiPaths.adminSupervisedCountries(id), { countries });
  }

  /** The account must enrol in two-factor sign-in again; its sessions end. */
  resetTwoFactor(id: string): Observable<void> {
    return this.http.post<void>(ApiPaths.adminAccountAction(id, 'two-factor/reset'), null);
  }

  verifyAuditChain(): Observable<AuditChainReportView> {
    return this.http.get<AuditChainReportView>(ApiPaths.adminAuditVerify);
  }

  publishedHeads(page: number, pageSize: number): Observable<Page<PublishedAuditHeadView>> {
    return this.http.get<Page<PublishedAuditHeadView>>(ApiPaths.publishedAuditHeads, { params: { page: String(page), pageSize: String(pageSize) } });
  }

  minimumWages(): Observable<MinimumWageView[]> {
    return this.http.get<MinimumWageView[]>(ApiPaths.adminMinimumWages);
  }

  /** A new figure, or a correction of the one `id` names. */
  saveMinimumWage(body: MinimumWageDto, id: string | null): Observable<MinimumWageView> {
    return id
      ? this.http.put<MinimumWageView>(ApiPaths.adminMinimumWage(id), body)
      : this.http.post<MinimumWageView>(ApiPaths.adminMinimumWages, body);
  }
}
