import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, inject, isDevMode, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling, withPreloading } from '@angular/router';
import { provideServiceWorker } from '@angular/service-worker';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslateHttpLoader } from '@ngx-translate/http-loader';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { AuthService } from './core/auth/auth.service';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';
import { OfflinePagesPreloading } from './core/offline/offline-preloading';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // The XMLHttpRequest backend (not fetch): only it reports upload progress (company documents).
    provideHttpClient(withInterceptors([authInterceptor])),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
      withPreloading(OfflinePagesPreloading),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideTranslateService({
      // Translation files are static assets: bypass the API interceptor.
      loader: provideTranslateHttpLoader({ prefix: '/i18n/', suffix: '.json', useHttpBackend: true }),
    }),
    // Production builds only (ngsw.json exists there). Registered once the app is stable, or after 10 s at most,
    // so that caching the app for offline use never competes with the first page on a slow connection.
    provideServiceWorker('ngsw-worker.js', { enabled: !isDevMode(), registrationStrategy: 'registerWhenStable:10000' }),
    // Restore the session from the refresh cookie without blocking the first paint; guards wait for it.
    // A phone that has never signed in skips the request (it could only answer 401).
    provideAppInitializer(() => {
      void inject(AuthService).restoreSessionIfAny();
    }),
  ],
};
