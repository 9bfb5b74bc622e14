import { type Signal, computed, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { EMPTY, type Observable, catchError, map, switchMap } from 'rxjs';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';

/** Data a page loads, with its loading and error state, and a way to try again. */
export interface Loader<T> {
  readonly value: Signal<T | undefined>;
  readonly loading: Signal<boolean>;
  readonly problem: Signal<UiProblem | null>;
  /** Loads again with the same parameters (the "Retry" button, or after an action). */
  reload(): void;
  /** Replaces the value locally, e.g. with what an action answered. */
  set(value: T): void;
}

/**
 * Loads `fetch(params)` whenever `params()` changes (null: nothing to load), dropping a request still in
 * flight. A new parameter clears the old value, a reload keeps it on screen until the answer arrives.
 * Call it in an injection context (a field initializer of a component).
 */
export function loader<P, T>(params: () => P | null, fetch: (params: P) => Observable<T>): Loader<T> {
  const value = signal<T | undefined>(undefined);
  const loading = signal(false);
  const problem = signal<UiProblem | null>(null);
  const reloads = signal(0);
  const trigger = computed(() => ({ params: params(), reload: reloads() }));
  let lastKey: string | undefined;

  toObservable(trigger)
    .pipe(
      switchMap(({ params: current }) => {
        const key = JSON.stringify(current);
        if (key !== lastKey) value.set(undefined);
        lastKey = key;
        if (current === null) {
          loading.set(false);
          return EMPTY;
        }
        loading.set(true);
        problem.set(null);
        return fetch(current).pipe(
          map((result) => ({ ok: true as const, result })),
          catchError((error: unknown) => [{ ok: false as const, error }]),
        );
      }),
      takeUntilDestroyed(),
    )
    .subscribe((outcome) => {
      if (outcome.ok) value.set(outcome.result);
      else problem.set(toUiProblem(outcome.error));
      loading.set(false);
    });

  return {
    value: value.asReadonly(),
    loading: loading.asReadonly(),
    problem: problem.asReadonly(),
    reload: () => reloads.update((n) => n + 1),
    set: (next) => value.set(next),
  };
}
