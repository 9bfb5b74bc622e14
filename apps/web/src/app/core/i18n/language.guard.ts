import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { LocaleService } from './locale.service';
import { localeFromSegment, localizedUrl } from './locale-resolution';

/**
 * Guards the `/:lang` parent route: a supported language is activated (translations loaded before
 * the page renders); anything else redirects to the same path in the preferred language.
 */
export const languageGuard: CanActivateFn = (route, state) => {
  const locales = inject(LocaleService);
  const router = inject(Router);
  const segment = route.paramMap.get('lang');
  const locale = localeFromSegment(segment);
  if (locale === null || locale !== segment) {
    return router.parseUrl(localizedUrl(state.url, locale ?? locales.preferred()));
  }
  return locales.activate(locale);
};
