import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, finalize, firstValueFrom, map, of, shareReplay, switchMap, tap, throwError } from 'rxjs';
import {
  isTwoFactorChallenge,
  twoFactorRequired,
  type AccountView,
  type RegisterEmployerDto,
  type RegisterMigrantDto,
  type Role,
  type SessionView,
  type TwoFactorChallengeView,
} from '@jumush/contracts/client';
import { AuthApi } from '../api/auth-api';

/**
 * localStorage key saying whether this phone holds a session to restore: '1' after a sign-in, '0' once it
 * ended (sign-out, refused refresh). Not a secret — the refresh cookie is httpOnly, so the app cannot see it.
 */
export const SESSION_HINT_KEY = 'jumush.session';
/** Written by PersonalData at each sign-in; says "signed in before" on phones that predate SESSION_HINT_KEY. */
const LAST_ACCOUNT_KEY = 'jumush.lastAccount';

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
  /** An attaché or admin without two-factor: the API lets it do nothing but enrol, so the app shows only that. */
  readonly mustEnrolTwoFactor = computed(() => {
    const account = this.current();
    return account !== null && account.twoFactorEnabledAt === null && twoFactorRequired(account.role);
  });

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

  /**
   * At start-up: restores the session only when this phone may have one. A phone that never signed in (or
   * signed out) is signed out at once, without a `/api/auth/refresh` that can only answer 401 — one round
   * trip less before the first page on slow mobile data.
   */
  restoreSessionIfAny(): Promise<void> {
    if (!this.restoring && !this.maySignInSilently()) {
      this.restoring = Promise.resolve();
      this.restored.set(true);
    }
    return this.restoreSession();
  }

  /** Resolves once the initial session restore is done; route guards wait on it. */
  whenReady(): Promise<void> {
    return this.restoreSession();
  }

  /** Signs in, or (two-factor on) emits the challenge the second step (`completeTwoFactor`) needs. */
  login(login: string, password: string): Observable<AccountView | TwoFactorChallengeView> {
    return this.api.login({ login, password }).pipe(
      map((answer) => {
        if (isTwoFactorChallenge(answer)) return answer;
        this.startSession(answer);
        return answer.account;
      }),
    );
  }

  /** The second sign-in step: a code from the authenticator app, or a recovery code. */
  completeTwoFactor(challenge: string, second: { code: string } | { recoveryCode: string }): Observable<AccountView> {
    return this.api.loginTwoFactor({ challenge, ...second }).pipe(
      map((session) => {
        this.startSession(session);
        return session.account;
      }),
    );
  }

  /** Two-factor was just switched on for this account: everything is open to it now. */
  twoFactorEnabled(at: string): void {
    const account = this.current();
    if (account) this.current.set({ ...account, twoFactorEnabledAt: at });
  }

  /**
   * Registers a migrant, then signs in with the same credentials.
   * Emits the account, or null when the account exists but the automatic sign-in failed.
   */
  registerMigrant(body: RegisterMigrantDto): Observable<AccountView | null> {
    // The sign-in that follows uses the number as the API stored it (a national form read as a number of the chosen
    // citizenship), so the phone numbering plans stay out of the start-up bundle; the register page checks the form.
    return this.api
      .registerMigrant({ ...body, phone: body.phone.trim() })
      .pipe(switchMap((account) => this.loginAfterRegistration(account.phone ?? body.phone.trim(), body.password)));
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
    this.writeHint('0');
  }

  private startSession(session: SessionView): void {
    this.token = session.accessToken;
    this.current.set(session.account);
    this.writeHint('1');
  }

  private maySignInSilently(): boolean {
    try {
      const hint = localStorage.getItem(SESSION_HINT_KEY);
      return hint === null ? localStorage.getItem(LAST_ACCOUNT_KEY) !== null : hint === '1';
    } catch {
      // No storage (private mode, policies): ask the server, as before.
      return true;
    }
  }

  private writeHint(value: '0' | '1'): void {
    try {
      localStorage.setItem(SESSION_HINT_KEY, value);
    } catch {
      // Storage refused: the next start asks the server.
    }
  }

  private loginAfterRegistration(login: string, password: string): Observable<AccountView | null> {
    // A new account has no two-factor: the answer is a session.
    return this.login(login, password).pipe(
      map((answer) => ('id' in answer ? answer : null)),
      catchError(() => of(null)),
    );
  }
}
