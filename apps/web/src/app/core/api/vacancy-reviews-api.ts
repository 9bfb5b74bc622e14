import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Page, ReasonDto, VacancyReviewItem, VacancyReviewView, VacancyView } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';
import { queryParams } from './api-types';

/** The attaché's review of vacancies before they are published. */
@Injectable({ providedIn: 'root' })
export class VacancyReviewsApi {
  private readonly http = inject(HttpClient);

  /** Oldest submission first. */
  queue(query: { page: number; pageSize: number }): Observable<Page<VacancyReviewItem>> {
    return this.http.get<Page<VacancyReviewItem>>(ApiPaths.vacancyReviews, { params: queryParams(query) });
  }

  /** The vacancy with its employer and its history. */
  get(id: string): Observable<VacancyReviewView> {
    return this.http.get<VacancyReviewView>(ApiPaths.vacancyReview(id));
  }

  publish(id: string): Observable<VacancyView> {
    return this.http.post<VacancyView>(ApiPaths.vacancyReviewDecision(id, 'publish'), null);
  }

  reject(id: string, reason: string): Observable<VacancyView> {
    const body: ReasonDto = { reason };
    return this.http.post<VacancyView>(ApiPaths.vacancyReviewDecision(id, 'reject'), body);
  }
}
