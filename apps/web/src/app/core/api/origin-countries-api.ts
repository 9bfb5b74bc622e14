import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { OriginCountryView } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Public list of origin countries whose migrants Jumush serves. */
@Injectable({ providedIn: 'root' })
export class OriginCountriesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<OriginCountryView[]> {
    return this.http.get<OriginCountryView[]>(ApiPaths.originCountries);
  }
}
