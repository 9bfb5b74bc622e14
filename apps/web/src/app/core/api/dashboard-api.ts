import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { DashboardChart, DashboardQuery, DashboardResponse, MonthlyReportQuery } from '@jumush/contracts/client';
import { ApiPaths, type DashboardScopeKind } from './api-paths';

/** The query's parameters that are set, as strings (an unset filter is left out, never sent empty). */
function paramsOf(query: DashboardQuery | MonthlyReportQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) if (typeof value === 'string' && value !== '') params[name] = value;
  return params;
}

/** The oversight dashboards: figures, each chart as CSV and the monthly report, for the attaché or the admin. */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  figures(scope: DashboardScopeKind, query: DashboardQuery): Observable<DashboardResponse> {
    return this.http.get<DashboardResponse>(ApiPaths.dashboard(scope), { params: paramsOf(query) });
  }

  /** A chart's figures as CSV: fetched (it needs the access token) and saved by the page. */
  chartCsv(scope: DashboardScopeKind, chart: DashboardChart, query: DashboardQuery): Observable<Blob> {
    return this.http.get(ApiPaths.dashboardCsv(scope, chart), { params: paramsOf(query), responseType: 'blob' });
  }

  monthlyReport(scope: DashboardScopeKind, query: MonthlyReportQuery): Observable<Blob> {
    return this.http.get(ApiPaths.dashboardMonthlyReport(scope), { params: paramsOf(query), responseType: 'blob' });
  }
}
