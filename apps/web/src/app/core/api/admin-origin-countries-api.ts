import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AdminOriginCountryView, CreateOriginCountryDto, UpdateOriginCountryDto } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** The admin's origin countries: every one, active or not; add, edit, switch on and off. */
@Injectable({ providedIn: 'root' })
export class AdminOriginCountriesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<AdminOriginCountryView[]> {
    return this.http.get<AdminOriginCountryView[]>(ApiPaths.adminOriginCountries);
  }

  create(body: CreateOriginCountryDto): Observable<AdminOriginCountryView> {
    return this.http.post<AdminOriginCountryView>(ApiPaths.adminOriginCountries, body);
  }

  update(code: string, body: UpdateOriginCountryDto): Observable<AdminOriginCountryView> {
    return this.http.put<AdminOriginCountryView>(`${ApiPaths.adminOriginCountries}/${encodeURIComponent(code)}`, body);
  }

  setActive(code: string, active: boolean): Observable<AdminOriginCountryView> {
    return this.http.put<AdminOriginCountryView>(`${ApiPaths.adminOriginCountries}/${encodeURIComponent(code)}/active`, { active });
  }
}
