import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, shareReplay, catchError, throwError } from 'rxjs';
import type { OccupationView, WageFloorView } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Public reference data: occupations (cached for the session) and the wage floor. */
@Injectable({ providedIn: 'root' })
export class ReferenceApi {
  private readonly http = inject(HttpClient);
  private occupations$: Observable<OccupationView[]> | null = null;

  /** The occupation list rarely changes: fetched once, shared; a failure is not cached. */
  occupations(): Observable<OccupationView[]> {
    this.occupations$ ??= this.http.get<OccupationView[]>(ApiPaths.occupations).pipe(
      catchError((error: unknown) => {
        this.occupations$ = null;
        return throwError(() => error);
      }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.occupations$;
  }

  /** Forgets the list: an admin edited it, the next question fetches it again. */
  forgetOccupations(): void {
    this.occupations$ = null;
  }

  /** The floor in force (no region: the federal МРОТ); 404 with code 'wage.noFloor' when no floor is known for the date. */
  wageFloor(regionCode: string | null, date: string): Observable<WageFloorView> {
    return this.http.get<WageFloorView>(ApiPaths.wageFloor, { params: regionCode ? { region: regionCode, date } : { date } });
  }
}
