import { inject } from '@angular/core';
import type { Route } from '@angular/router';
import { ALL_ROLES, requireRole, requireSignedOut } from './core/auth/auth.guards';
import { languageGuard } from './core/i18n/language.guard';
import { LocaleService } from './core/i18n/locale.service';

/**
 * Every page lives under `/:lang/`. `/` goes to the preferred language; a path whose first segment
 * is not a supported language is redirected by `languageGuard` (e.g. `/login` → `/ru/login`).
 * Route titles are translation keys (see TranslatedTitleStrategy).
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    redirectTo: () => `/${inject(LocaleService).preferred()}`,
  },
  {
    path: ':lang',
    canActivate: [languageGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.landing',
        loadComponent: () => import('./pages/landing/landing').then((m) => m.Landing),
      },
      {
        path: 'login',
        title: 'titles.login',
        canActivate: [requireSignedOut],
        loadComponent: () => import('./pages/login/login').then((m) => m.Login),
      },
      {
        path: 'register',
        title: 'titles.register',
        canActivate: [requireSignedOut],
        loadComponent: () => import('./pages/register/register').then((m) => m.Register),
      },
      {
        path: 'home',
        title: 'titles.home',
        canActivate: [requireRole(...ALL_ROLES)],
        loadComponent: () => import('./pages/home/home').then((m) => m.Home),
      },
      {
        path: '**',
        title: 'titles.notFound',
        loadComponent: () => import('./pages/not-found/not-found').then((m) => m.NotFound),
      },
    ],
  },
];
