import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { MyVacanciesPage, UpdateVacancyDto, VacancyHistoryView, VacancyStatus, VacancyTermsDto, VacancyView } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';
import { queryParams } from './api-types';

/** The employer's own vacancies: drafts, edits, submission for review, withdrawal, history. */
@Injectable({ providedIn: 'root' })
export class EmployerVacanciesApi {
  private readonly http = inject(HttpClient);

  list(query: { status?: VacancyStatus | null; page: number; pageSize: number }): Observable<MyVacanciesPage> {
    return this.http.get<MyVacanciesPage>(ApiPaths.myVacancies, {
      params: queryParams({ status: query.status ?? undefined, page: query.page, pageSize: query.pageSize }),
    });
  }

  /** Creates a DRAFT. */
  create(terms: VacancyTermsDto): Observable<VacancyView> {
    return this.http.post<VacancyView>(ApiPaths.vacancies, terms);
  }

  get(id: string): Observable<VacancyView> {
    return this.http.get<VacancyView>(ApiPaths.myVacancy(id));
  }

  /** 409 'vacancy.staleVersion' when someone saved it meanwhile. */
  update(id: string, terms: VacancyTermsDto, version: number): Observable<VacancyView> {
    const body: UpdateVacancyDto = { ...terms, version };
    return this.http.put<VacancyView>(ApiPaths.myVacancy(id), body);
  }

  /** 422 'employer.notVerified', or a field error 'wage.belowFloor' on monthlyWageRoubles. */
  submit(id: string): Observable<VacancyView> {
    return this.http.post<VacancyView>(ApiPaths.myVacancyAction(id, 'submit'), null);
  }

  withdraw(id: string): Observable<VacancyView> {
    return this.http.post<VacancyView>(ApiPaths.myVacancyAction(id, 'withdraw'), null);
  }

  /** The recorded versions (oldest first) and the audit events of the vacancy. */
  history(id: string): Observable<VacancyHistoryView> {
    return this.http.get<VacancyHistoryView>(ApiPaths.myVacancyAction(id, 'history'));
  }
}
