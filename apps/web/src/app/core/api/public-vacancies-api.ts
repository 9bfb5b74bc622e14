import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { PublicVacancyView, VacancySearchResult } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';
import { queryParams, type PublicSearchQuery } from './api-types';

/** Published vacancies, for anyone (no account needed). */
@Injectable({ providedIn: 'root' })
export class PublicVacanciesApi {
  private readonly http = inject(HttpClient);

  search(query: PublicSearchQuery): Observable<VacancySearchResult> {
    return this.http.get<VacancySearchResult>(ApiPaths.publicVacancies, { params: queryParams(query) });
  }

  get(id: string): Observable<PublicVacancyView> {
    return this.http.get<PublicVacancyView>(ApiPaths.publicVacancy(id));
  }
}
