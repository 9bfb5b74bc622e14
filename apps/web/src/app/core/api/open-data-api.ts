import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { EmployerRegistryDataSet, OpenDataSnapshotView, OpenVacanciesDataSet, ProcessingTimesDataSet } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Open data (no sign-in): the figures of the transparency page. */
@Injectable({ providedIn: 'root' })
export class OpenDataApi {
  private readonly http = inject(HttpClient);

  processingTimes(): Observable<ProcessingTimesDataSet> {
    return this.http.get<ProcessingTimesDataSet>(ApiPaths.openData('processing-times'));
  }

  openVacancies(): Observable<OpenVacanciesDataSet> {
    return this.http.get<OpenVacanciesDataSet>(ApiPaths.openData('open-vacancies'));
  }

  employers(): Observable<EmployerRegistryDataSet> {
    return this.http.get<EmployerRegistryDataSet>(ApiPaths.openData('employers'));
  }

  /** The daily snapshots, newest first: each data set as it stood at Moscow midnight, never changed. */
  snapshots(): Observable<OpenDataSnapshotView[]> {
    return this.http.get<OpenDataSnapshotView[]>(ApiPaths.openDataSnapshots);
  }
}
