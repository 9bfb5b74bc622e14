import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, firstValueFrom, interval } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { toUiProblem, type UiProblem } from '../errors/problem';
import { Connectivity } from './connectivity';

export const OUTBOX_STORAGE_KEY = 'jumush.outbox';
/** The API's refusal of an application until the migrant's number is proven: a wait, not a final answer. */
export const PHONE_NOT_VERIFIED = 'account.phoneNotVerified';
const RETRY_EVERY_MS = 30_000;

/**
 * What a queued request does, for the page that shows it: applying to a vacancy, saving a profile step, or a step
 * of the journey ("I have left", "I have arrived": replayed, the API answers success).
 */
export type OutboxKind = 'apply' | 'profileStep' | 'journey';

export interface OutboxEntry {
  id: string;
  /** Only this account's session ever sends it (shared phones). */
  accountId: string;
  kind: OutboxKind;
  /** The vacancy id (apply) or the step (profileStep). */
  subject: string;
  method: 'POST' | 'PUT';
  url: string;
  body: unknown;
  queuedAt: string;
}

/** A queued request that got its answer: the response, or the problem it was refused with. */
export interface OutboxDelivery {
  entry: OutboxEntry;
  response?: unknown;
  problem?: UiProblem;
}

/** Failures that say nothing about the request itself: no connection, or the API is down or restarting. */
export function isTransient(problem: UiProblem): boolean {
  return problem.status === 0 || problem.status === 502 || problem.status === 503 || problem.status === 504;
}

export function readOutbox(storage: Storage | null): OutboxEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(OUTBOX_STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]).filter((entry) => typeof entry?.id === 'string' && typeof entry.url === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Requests made while the phone was offline, kept in localStorage and sent, oldest first, when the
 * connection returns (or at the next sign-in of the same account, after the phone was switched off).
 *
 * Why an outbox rather than only form drafts: the person's intent ("apply to this vacancy", "save this
 * step") survives a closed tab, a reload and a flat battery, and is sent without them having to come back
 * to the page. Only idempotent-by-design requests are queued: applying twice is refused by the database
 * (409 application.duplicate), saving a profile step twice writes the same values.
 */
@Injectable({ providedIn: 'root' })
export class Outbox {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly connectivity = inject(Connectivity);
  private readonly storage: Storage | null = inject(DOCUMENT).defaultView?.localStorage ?? null;

  private readonly entries = signal<OutboxEntry[]>(readOutbox(this.storage));
  /** The signed-in account's queued requests, oldest first. */
  readonly pending = computed(() => {
    const accountId = this.auth.account()?.id;
    return accountId ? this.entries().filter((entry) => entry.accountId === accountId) : [];
  });
  /** Every queued request that got its answer. */
  readonly delivered = new Subject<OutboxDelivery>();

  private flushing: Promise<void> | null = null;

  constructor() {
    this.connectivity.reconnected.pipe(takeUntilDestroyed()).subscribe(() => void this.flush());
    // The browser may think it is online while the API is unreachable (a captive portal, a restart): try again now and then.
    interval(RETRY_EVERY_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        if (this.pending().length && this.connectivity.online()) void this.flush();
      });
    // A session that starts (or is restored) while online sends what it queued earlier.
    effect(() => {
      if (this.auth.account() && this.connectivity.online()) untracked(() => void this.flush());
    });
  }

  /** Queues a request of the signed-in account; false when nobody is signed in. */
  enqueue(request: Pick<OutboxEntry, 'kind' | 'subject' | 'method' | 'url' | 'body'>): boolean {
    const accountId = this.auth.account()?.id;
    if (!accountId) return false;
    // A newer request for the same thing replaces the older one (e.g. a profile step saved twice offline).
    const others = this.entries().filter(
      (entry) => !(entry.accountId === accountId && entry.kind === request.kind && entry.subject === request.subject),
    );
    const entry: OutboxEntry = {
      ...request,
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      accountId,
      queuedAt: new Date().toISOString(),
    };
    this.write([...others, entry]);
    return true;
  }

  isQueued(kind: OutboxKind, subject: string): boolean {
    return this.pending().some((entry) => entry.kind === kind && entry.subject === subject);
  }

  /** Sends the signed-in account's queue in order; stops at the first transient failure (still offline). */
  flush(): Promise<void> {
    this.flushing ??= this.sendAll().finally(() => (this.flushing = null));
    return this.flushing;
  }

  /** Forgets every queued request on this phone (sign-out). */
  clear(): void {
    this.write([]);
  }

  private async sendAll(): Promise<void> {
    for (const entry of this.pending()) {
      try {
        const response = await firstValueFrom(this.http.request(entry.method, entry.url, { body: entry.body }));
        this.remove(entry.id);
        this.delivered.next({ entry, response });
      } catch (error) {
        const problem = toUiProblem(error);
        // Not an answer of the API (no connection, a proxy's 50x, a bug here): keep it and try again later.
        if (!(error instanceof HttpErrorResponse) || isTransient(problem)) return;
        // The number is not confirmed yet: the person is told, and the request waits here until it is.
        if (problem.code === PHONE_NOT_VERIFIED) {
          this.delivered.next({ entry, problem });
          continue;
        }
        // Refused for good (e.g. the deadline passed meanwhile): dropped, and the page tells the person.
        this.remove(entry.id);
        this.delivered.next({ entry, problem });
      }
    }
  }

  private remove(id: string): void {
    this.write(this.entries().filter((entry) => entry.id !== id));
  }

  private write(entries: OutboxEntry[]): void {
    this.entries.set(entries);
    try {
      if (entries.length) this.storage?.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(entries));
      else this.storage?.removeItem(OUTBOX_STORAGE_KEY);
    } catch {
      // Storage full or blocked: the queue still lives in memory until the tab closes.
    }
  }
}
