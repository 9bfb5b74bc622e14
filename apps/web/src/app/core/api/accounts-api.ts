import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AccountView, Locale, UpdateLocaleDto } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Typed calls of /api/accounts (the signed-in account). */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  updateMyLocale(locale: Locale): Observable<AccountView> {
    const body: UpdateLocaleDto = { locale };
    return this.http.patch<AccountView>(ApiPaths.myLocale, body);
  }
}
