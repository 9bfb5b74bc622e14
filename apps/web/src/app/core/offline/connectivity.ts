import { DestroyRef, DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { Subject } from 'rxjs';

/**
 * Whether the phone has a connection, as the browser knows it (navigator.onLine and its online/offline
 * events). "Online" only means a network is there, not that the server answers; callers still handle
 * failed requests. It is what lets the shell say "offline" at once instead of after a long timeout.
 */
@Injectable({ providedIn: 'root' })
export class Connectivity {
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly state = signal(this.window?.navigator.onLine ?? true);
  readonly online = this.state.asReadonly();
  /** Emits each time the connection comes back. */
  readonly reconnected = new Subject<void>();

  constructor() {
    const window = this.window;
    if (!window) return;
    const goneOnline = () => {
      this.state.set(true);
      this.reconnected.next();
    };
    const goneOffline = () => this.state.set(false);
    window.addEventListener('online', goneOnline);
    window.addEventListener('offline', goneOffline);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', goneOnline);
      window.removeEventListener('offline', goneOffline);
    });
  }
}
