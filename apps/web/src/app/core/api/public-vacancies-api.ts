import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { PublicVacancyView, SearchVacanciesQuery, VacancySearchResult } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';
import { queryParams } from './api-types';

/** Published vacancies, for anyone (no account needed). */
@Injectable({ providedIn: 'root' })
export class PublicVacanciesApi {
  private readonly http = inject(HttpClient);

  search(query: SearchVacanciesQuery): Observable<VacancySearchResult> {
    return this.http.get<VacancySearchResult>(ApiPaths.publicVacancies, { params: queryParams(query) });
  }

  get(id: string): Observable<PublicVacancyView> {
    return this.http.get<PublicVacancyView>(ApiPaths.publicVacancy(id));
  }
}
