import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { isApiUrl, isSessionUrl } from '../api/api-paths';
import { LocaleService } from '../i18n/locale.service';
import { AuthService } from './auth.service';

function withBearer<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Adds the in-memory access token to /api/ calls. When a call (other than the session endpoints)
 * answers 401, the token is refreshed once and the call retried once; if the refresh is refused,
 * the person is signed out and sent to the login page. A 401 that arrives after the person signed
 * out (a call of the page they left, refused because the sign-out ended its session) changes
 * nothing: no refresh, and no trip to the login page from wherever they went.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url)) return next(request);

  const auth = inject(AuthService);
  if (isSessionUrl(request.url)) return next(withBearer(request, auth.accessToken()));

  const router = inject(Router);
  const locales = inject(LocaleService);

  const sentWith = auth.accessToken();
  return next(withBearer(request, sentWith)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      if (sentWith !== null && !auth.isSignedIn()) return throwError(() => error);
      return auth.refresh().pipe(
        switchMap((token) => {
          if (token === null) {
            const returnUrl = router.url;
            void router.navigate(['/', locales.current(), 'login'], {
              queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {},
            });
            return throwError(() => error);
          }
          return next(withBearer(request, token));
        }),
      );
    }),
  );
};
