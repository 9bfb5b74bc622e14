import { DOCUMENT, Injectable, effect, inject } from '@angular/core';
import { AuthService } from '../auth/auth.service';
import { Outbox } from './outbox';

/**
 * The signed-in migrant's citizenship, remembered on this phone until sign-out: the search asks for their country's
 * vacancies with it, also after an offline reload, when the session cannot be restored (so the cached search matches).
 */
export const CITIZENSHIP_KEY = 'jumush.citizenship';

/** The service worker's data groups (ngsw-config.json) that hold one person's data. */
export const PERSONAL_DATA_GROUPS = ['my-applications', 'my-letters', 'my-profile', 'my-help'] as const;
/** localStorage keys (or prefixes) of one person's data: profile drafts, the outbox, who signed in last, their citizenship. */
export const PERSONAL_STORAGE_PREFIXES = ['jumush.profileDraft.', 'jumush.outbox', 'jumush.lastAccount', CITIZENSHIP_KEY] as const;
const LAST_ACCOUNT_KEY = 'jumush.lastAccount';

/**
 * True for the Cache Storage caches of the service worker that hold personal data. ngsw names a data
 * group's caches `ngsw:/:<version>:data:<group>:cache` and its bookkeeping `ngsw:/:db:<version>:data:<group>:lru|age`.
 */
export function isPersonalCache(name: string): boolean {
  return name.startsWith('ngsw:') && PERSONAL_DATA_GROUPS.some((group) => name.includes(`:data:${group}:`));
}

export function isPersonalStorageKey(key: string): boolean {
  return PERSONAL_STORAGE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * One person's offline data on a phone a family shares: applications, letters and profile cached by the
 * service worker (the cache key is the URL, not the person), profile drafts and unsent requests. Forgotten
 * at sign-out, and when a different account signs in on this phone (the last one's session simply ran out).
 * Public data (vacancies, saved vacancies, the app itself) stays.
 */
@Injectable({ providedIn: 'root' })
export class PersonalData {
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly auth = inject(AuthService);
  private readonly outbox = inject(Outbox);

  constructor() {
    effect(() => {
      const accountId = this.auth.account()?.id;
      if (!accountId) return;
      const storage = this.storage();
      const last = storage?.getItem(LAST_ACCOUNT_KEY);
      if (last && last !== accountId) void this.forget();
      try {
        storage?.setItem(LAST_ACCOUNT_KEY, accountId);
      } catch {
        // Private mode or full storage: nothing to remember then.
      }
    });
  }

  /** Removes this phone's personal data: storage keys, the queue, and the service worker's personal caches. */
  async forget(): Promise<void> {
    const storage = this.storage();
    if (storage) {
      const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
        (key): key is string => !!key && isPersonalStorageKey(key),
      );
      for (const key of keys) storage.removeItem(key);
    }
    this.outbox.clear();
    const caches = this.window?.caches;
    if (!caches) return;
    try {
      const names = await caches.keys();
      await Promise.all(names.filter(isPersonalCache).map((name) => caches.delete(name)));
    } catch {
      // Cache Storage refused (e.g. an insecure origin): nothing was cached there either.
    }
  }

  private storage(): Storage | null {
    try {
      return this.window?.localStorage ?? null;
    } catch {
      return null;
    }
  }
}
