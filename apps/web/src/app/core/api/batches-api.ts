import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  BatchDecisionDto,
  BatchDecisionResultView,
  BatchDetailView,
  BatchQueueView,
  BatchStatus,
  BatchSummaryView,
  LetterRevocationView,
  RevokeLetterDto,
} from '@jumush/contracts/client';
import { ApiPaths, type BatchDocument } from './api-paths';
import { queryParams } from './api-types';

/** Recruitment batches: the employer builds and submits them, the attaché decides them. */
@Injectable({ providedIn: 'root' })
export class BatchesApi {
  private readonly http = inject(HttpClient);

  /** A DRAFT with the given shortlisted applications. */
  create(vacancyId: string, applicationIds: readonly string[]): Observable<BatchDetailView> {
    return this.http.post<BatchDetailView>(ApiPaths.batches, { vacancyId, applicationIds });
  }

  setItems(id: string, applicationIds: readonly string[]): Observable<BatchDetailView> {
    return this.http.put<BatchDetailView>(ApiPaths.batchItems(id), { applicationIds });
  }

  submit(id: string): Observable<BatchDetailView> {
    return this.http.post<BatchDetailView>(ApiPaths.batchSubmit(id), null);
  }

  mine(vacancyId?: string): Observable<BatchSummaryView[]> {
    return this.http.get<BatchSummaryView[]>(ApiPaths.myBatches, { params: queryParams({ vacancyId }) });
  }

  get(id: string, query: { flaggedOnly?: boolean; page?: number; pageSize?: number } = {}): Observable<BatchDetailView> {
    return this.http.get<BatchDetailView>(ApiPaths.batch(id), {
      params: queryParams({ flaggedOnly: query.flaggedOnly || undefined, page: query.page, pageSize: query.pageSize }),
    });
  }

  document(id: string, file: BatchDocument): Observable<Blob> {
    return this.http.get(ApiPaths.batchDocument(id, file), { responseType: 'blob' });
  }

  /** The attaché's queue: overdue first. */
  queue(query: { status?: BatchStatus | ''; overdueOnly?: boolean; page: number; pageSize: number }): Observable<BatchQueueView> {
    return this.http.get<BatchQueueView>(ApiPaths.attacheBatches, {
      params: queryParams({ ...query, overdueOnly: query.overdueOnly || undefined }),
    });
  }

  /** The same idempotency key for retries of one decision: the server answers the first result again. */
  decide(id: string, decision: BatchDecisionDto, idempotencyKey: string): Observable<BatchDecisionResultView> {
    return this.http.post<BatchDecisionResultView>(ApiPaths.attacheBatchDecision(id), decision, {
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  /** The attaché revokes an approved candidate's letter, with a category and the reason in words. */
  revokeLetter(applicationId: string, dto: RevokeLetterDto): Observable<LetterRevocationView> {
    return this.http.post<LetterRevocationView>(ApiPaths.revokeLetter(applicationId), dto);
  }
}
