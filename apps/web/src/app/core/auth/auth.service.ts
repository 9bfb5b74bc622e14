import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, finalize, firstValueFrom, map, of, shareReplay, switchMap, tap, throwError } from 'rxjs';
import {
  normalizeMobilePhone,
  type AccountView,
  type RegisterEmployerDto,
  type RegisterMigrantDto,
  type Role,
  type SessionView,
} from '@jumush/contracts/client';
import { AuthApi } from '../api/auth-api';

/**
 * The signed-in account and its access token.
 *
 * The access token lives in memory only; the refresh token is an httpOnly cookie the browser sends
 * to /api/auth/refresh, so a reload restores the session silently through `restoreSession()`.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApi);

  private readonly current = signal<AccountView | null>(null);
  readonly account = this.current.asReadonly();
  readonly isSignedIn = computed(() => this.current() !== null);
  readonly role = computed<Role | null>(() => this.current()?.role ?? null);

  private readonly restored = signal(false);
  /** False until the first silent session restore has finished (either way). */
  readonly ready = this.restored.asReadonly();

  private token: string | null = null;
  private refreshInFlight: Observable<string | null> | null = null;
  private restoring: Promise<void> | null = null;

  accessToken(): string | null {
    return this.token;
  }

  /** Restores a session from the refresh cookie once; a 401 (or anything else) just means signed out. */
  restoreSession(): Promise<void> {
    this.restoring ??= firstValueFrom(this.refresh().pipe(catchError(() => of(null))))
      .then(() => undefined)
      .finally(() => this.restored.set(true));
    return this.restoring;
  }

  /** Resolves once the initial session restore is done; route guards wait on it. */
  whenReady(): Promise<void> {
    return this.restoreSession();
  }

  login(login: string, password: string): Observable<AccountView> {
    return this.api.login({ login, password }).pipe(
      map((session) => {
        this.startSession(session);
        return session.account;
      }),
    );
  }

  /**
   * Registers a migrant, then signs in with the same credentials.
   * Emits the account, or null when the account exists but the automatic sign-in failed.
   */
  registerMigrant(body: RegisterMigrantDto): Observable<AccountView | null> {
    const phone = normalizeMobilePhone(body.phone);
    return this.api
      .registerMigrant({ ...body, phone })
      .pipe(switchMap(() => this.loginAfterRegistration(phone, body.password)));
  }

  /** Registers an employer, then signs in; emits null when only the automatic sign-in failed. */
  registerEmployer(body: RegisterEmployerDto): Observable<AccountView | null> {
    const email = body.email.trim().toLowerCase();
    return this.api
      .registerEmployer({ ...body, email, fullName: body.fullName.trim() })
      .pipe(switchMap(() => this.loginAfterRegistration(email, body.password)));
  }

  /** Ends the session on the server (best effort) and always forgets it here. */
  logout(): Observable<void> {
    return this.api.logout().pipe(
      map(() => undefined),
      catchError(() => of(undefined)),
      tap(() => this.endSession()),
    );
  }

  /**
   * Exchanges the refresh cookie for a new access token; concurrent callers share one request.
   * Emits the new token, or null when the server refused (the session is then over).
   * A network failure is rethrown and keeps the session: the cookie may still be good.
   */
  refresh(): Observable<string | null> {
    if (!this.refreshInFlight) {
      this.refreshInFlight = this.api.refresh().pipe(
        map((session) => {
          this.startSession(session);
          return session.accessToken;
        }),
        catchError((error: unknown) => {
          if (error instanceof HttpErrorResponse && error.status === 0) return throwError(() => error);
          this.endSession();
          return of(null);
        }),
        finalize(() => {
          this.refreshInFlight = null;
        }),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    }
    return this.refreshInFlight;
  }

  /** Replaces the account after the server changed it (e.g. its locale). */
  updateAccount(account: AccountView): void {
    if (this.current()?.id === account.id) this.current.set(account);
  }

  /** Forgets the session locally (token and account). */
  endSession(): void {
    this.token = null;
    this.current.set(null);
  }

  private startSession(session: SessionView): void {
    this.token = session.accessToken;
    this.current.set(session.account);
  }

  private loginAfterRegistration(login: string, password: string): Observable<AccountView | null> {
    return this.login(login, password).pipe(catchError(() => of(null)));
  }
}
