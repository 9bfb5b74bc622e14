import { Injectable } from '@angular/core';
import type { PreloadingStrategy, Route } from '@angular/router';
import { type Observable, of } from 'rxjs';

/** Route data flag: the page must open without a connection, so its code is fetched ahead of time. */
export const AVAILABLE_OFFLINE = { availableOffline: true } as const;

/**
 * After the first page has loaded, fetches the code of the pages a migrant needs offline (search, vacancy,
 * saved vacancies, my applications) — a few KB, through the service worker, which then keeps them. Every
 * other page stays lazy: an employer's editor is never downloaded on a migrant's phone.
 */
@Injectable({ providedIn: 'root' })
export class OfflinePagesPreloading implements PreloadingStrategy {
  preload(route: Route, load: () => Observable<unknown>): Observable<unknown> {
    return route.data?.['availableOffline'] === true ? load() : of(null);
  }
}
