import { ApplicationRef, Injectable, inject } from '@angular/core';
import type { PreloadingStrategy, Route } from '@angular/router';
import { Observable, filter, first, of, shareReplay, switchMap } from 'rxjs';

/** Route data flag: the page must open without a connection, so its code is fetched ahead of time. */
export const AVAILABLE_OFFLINE = { availableOffline: true } as const;

/** The longest wait for an idle moment before preloading anyway. */
const IDLE_TIMEOUT_MS = 3000;

/** Emits once when the browser is idle (requestIdleCallback; a timer where there is none). */
export function whenIdle(timeout = IDLE_TIMEOUT_MS): Observable<void> {
  return new Observable<void>((subscriber) => {
    const done = () => {
      subscriber.next();
      subscriber.complete();
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(done, { timeout });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(done, 0);
    return () => clearTimeout(id);
  });
}

/**
 * After the first page has loaded, fetches the code of the pages a migrant needs offline (search, vacancy,
 * saved vacancies, my applications) — a few KB, through the service worker, which then keeps them. Every
 * other page stays lazy: an employer's editor is never downloaded on a migrant's phone. It waits until the
 * first page is complete (the app is stable: its data is in) and the phone is idle, so that on a slow phone
 * fetching and evaluating that code never competes with the page the person asked for.
 */
@Injectable({ providedIn: 'root' })
export class OfflinePagesPreloading implements PreloadingStrategy {
  private readonly settled = inject(ApplicationRef).isStable.pipe(
    filter((stable) => stable),
    first(),
    switchMap(() => whenIdle()),
    shareReplay(1),
  );

  preload(route: Route, load: () => Observable<unknown>): Observable<unknown> {
    return route.data?.['availableOffline'] === true ? this.settled.pipe(switchMap(() => load())) : of(null);
  }
}
