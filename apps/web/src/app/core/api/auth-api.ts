import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AccountView,
  ChangePasswordDto,
  LoginDto,
  LoginView,
  RecoveryCodesView,
  PasswordResetConfirmDto,
  PasswordResetRequestedView,
  PhoneVerificationSentView,
  RegisterEmployerDto,
  RegisterMigrantDto,
  SessionView,
  SignInSessionView,
  TwoFactorEnrolmentView,
  TwoFactorStatusView,
} from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** Typed calls of /api/auth. The refresh token travels in an httpOnly cookie, hence `withCredentials`. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  registerMigrant(body: RegisterMigrantDto): Observable<AccountView> {
    return this.http.post<AccountView>(ApiPaths.registerMigrant, body);
  }

  registerEmployer(body: RegisterEmployerDto): Observable<AccountView> {
    return this.http.post<AccountView>(ApiPaths.registerEmployer, body);
  }

  /** A session, or (two-factor on) a challenge for `loginTwoFactor`. */
  login(body: LoginDto): Observable<LoginView> {
    return this.http.post<LoginView>(ApiPaths.login, body, { withCredentials: true });
  }

  /** The second sign-in step: the challenge and a code from the app, or a recovery code. */
  loginTwoFactor(body: { challenge: string; code?: string; recoveryCode?: string }): Observable<SessionView> {
    return this.http.post<SessionView>(ApiPaths.loginTwoFactor, body, { withCredentials: true });
  }

  twoFactorStatus(): Observable<TwoFactorStatusView> {
    return this.http.get<TwoFactorStatusView>(ApiPaths.twoFactor);
  }

  beginTwoFactorEnrolment(): Observable<TwoFactorEnrolmentView> {
    return this.http.post<TwoFactorEnrolmentView>(ApiPaths.twoFactorEnrolment, null);
  }

  confirmTwoFactorEnrolment(code: string): Observable<RecoveryCodesView> {
    return this.http.post<RecoveryCodesView>(ApiPaths.twoFactorEnrolmentConfirm, { code });
  }

  regenerateRecoveryCodes(code: string): Observable<RecoveryCodesView> {
    return this.http.post<RecoveryCodesView>(ApiPaths.recoveryCodes, { code });
  }

  refresh(): Observable<SessionView> {
    return this.http.post<SessionView>(ApiPaths.refresh, null, { withCredentials: true });
  }

  logout(): Observable<void> {
    return this.http.post<void>(ApiPaths.logout, null, { withCredentials: true });
  }

  me(): Observable<AccountView> {
    return this.http.get<AccountView>(ApiPaths.me);
  }

  /** This account's sign-ins; the refresh cookie (path /api/auth) tells the API which one is this device. */
  sessions(): Observable<SignInSessionView[]> {
    return this.http.get<SignInSessionView[]>(ApiPaths.sessions, { withCredentials: true });
  }

  endSession(id: string): Observable<void> {
    return this.http.delete<void>(ApiPaths.session(id));
  }

  endOtherSessions(): Observable<void> {
    return this.http.post<void>(ApiPaths.otherSessions, null, { withCredentials: true });
  }

  /** The refresh cookie tells the API which sign-in is this one: it stays, every other ends. */
  changePassword(body: ChangePasswordDto): Observable<void> {
    return this.http.post<void>(ApiPaths.password, body, { withCredentials: true });
  }

  requestPasswordReset(login: string): Observable<PasswordResetRequestedView> {
    return this.http.post<PasswordResetRequestedView>(ApiPaths.passwordReset, { login });
  }

  confirmPasswordReset(body: PasswordResetConfirmDto): Observable<void> {
    return this.http.post<void>(ApiPaths.passwordResetConfirm, body);
  }

  /** A new confirmation link to the signed-in account's address (429 with Retry-After when asked too often). */
  resendEmailVerification(): Observable<void> {
    return this.http.post<void>(ApiPaths.emailVerification, null);
  }

  /** A new SMS code to the signed-in migrant's number (429 with Retry-After when asked too soon or too often). */
  resendPhoneVerification(): Observable<PhoneVerificationSentView> {
    return this.http.post<PhoneVerificationSentView>(ApiPaths.phoneVerification, null);
  }

  /** Proves the number with the SMS code; answers the account, now with `phoneVerifiedAt`. */
  confirmPhone(code: string): Observable<AccountView> {
    return this.http.post<AccountView>(ApiPaths.phoneVerificationConfirm, { code });
  }

  /** Uses the e-mailed link's token; no sign-in needed. */
  confirmEmail(token: string): Observable<void> {
    return this.http.post<void>(ApiPaths.emailVerificationConfirm, { token });
  }
}
