import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AdminOccupationView } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** What the admin sends of an occupation: the code only when adding it (it never changes). */
export interface OccupationBody {
  code?: string;
  sector: string;
  names: Record<string, string>;
  synonyms: Record<string, string[]>;
}

/** The admin's occupations: every one, active or not; add, rename, deactivate and reactivate. */
@Injectable({ providedIn: 'root' })
export class AdminOccupationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<AdminOccupationView[]> {
    return this.http.get<AdminOccupationView[]>(ApiPaths.adminOccupations);
  }

  create(body: OccupationBody & { code: string }): Observable<AdminOccupationView> {
    return this.http.post<AdminOccupationView>(ApiPaths.adminOccupations, body);
  }

  update(code: string, body: OccupationBody): Observable<AdminOccupationView> {
    return this.http.patch<AdminOccupationView>(ApiPaths.adminOccupation(code), body);
  }

  setActive(code: string, active: boolean): Observable<AdminOccupationView> {
    return this.http.post<AdminOccupationView>(`${ApiPaths.adminOccupation(code)}/${active ? 'activate' : 'deactivate'}`, null);
  }
}
