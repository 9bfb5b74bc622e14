import { inject } from '@angular/core';
import { type ActivatedRouteSnapshot, type CanActivateFn, Router } from '@angular/router';
import { Role, type Locale } from '@jumush/contracts/client';
import { LocaleService } from '../i18n/locale.service';
import { localeFromSegment } from '../i18n/locale-resolution';
import { AuthService } from './auth.service';
import { safeReturnUrl } from './return-url';

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** The `:lang` of the URL a guard is looking at (parent params are not inherited by default). */
export function routeLocale(route: ActivatedRouteSnapshot, fallback: Locale): Locale {
  for (const snapshot of route.pathFromRoot) {
    const locale = localeFromSegment(snapshot.paramMap.get('lang'));
    if (locale) return locale;
  }
  return fallback;
}

/**
 * Admits signed-in accounts whose role is one of `roles` (any role when none are given).
 * Signed out → login page (with returnUrl); wrong role → the home page of their own role.
 */
export function requireRole(...roles: Role[]): CanActivateFn {
  const admitted = roles.length > 0 ? roles : ALL_ROLES;
  return async (route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const lang = routeLocale(route, inject(LocaleService).current());
    await auth.whenReady();
    const role = auth.role();
    if (role === null) {
      return router.createUrlTree(['/', lang, 'login'], { queryParams: { returnUrl: state.url } });
    }
    // Staff without two-factor may do nothing but enrol (the API refuses the rest): the enrolment page first.
    if (auth.mustEnrolTwoFactor()) return router.createUrlTree(['/', lang, 'two-factor'], { queryParams: { returnUrl: state.url } });
    if (admitted.includes(role)) return true;
    return router.createUrlTree(['/', lang, 'home']);
  };
}

/**
 * For pages that make no sense when signed in (login, register): sends to the page the visitor was on the way to
 * (`returnUrl`, e.g. a message's link opened in a tab already signed in), or else to the home page.
 */
export const requireSignedOut: CanActivateFn = async (route) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const lang = routeLocale(route, inject(LocaleService).current());
  await auth.whenReady();
  if (!auth.isSignedIn()) return true;
  if (auth.mustEnrolTwoFactor()) return router.createUrlTree(['/', lang, 'two-factor']);
  const back = safeReturnUrl(route.queryParamMap.get('returnUrl'));
  return back ? router.parseUrl(back) : router.createUrlTree(['/', lang, 'home']);
};

/** Any signed-in account, also one that must still enrol in two-factor (the enrolment page itself). */
export const requireSignedIn: CanActivateFn = async (route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const lang = routeLocale(route, inject(LocaleService).current());
  await auth.whenReady();
  return auth.isSignedIn() ? true : router.createUrlTree(['/', lang, 'login'], { queryParams: { returnUrl: state.url } });
};
