import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { Observable, catchError, map, of } from 'rxjs';
import { Locale } from '@jumush/contracts/client';
import { AccountsApi } from '../api/accounts-api';
import { AuthService } from '../auth/auth.service';
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, documentLanguageOf, localizedUrl, resolvePreferredLocale } from './locale-resolution';

/** The language of the interface: it lives in the URL (`/:lang/...`), this service follows it. */
@Injectable({ providedIn: 'root' })
export class LocaleService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly accounts = inject(AccountsApi);

  private readonly active = signal<Locale>(DEFAULT_LOCALE);
  readonly current = this.active.asReadonly();

  /** The language to send someone to when the URL does not say: stored choice, browser, Russian. */
  preferred(): Locale {
    const view = this.document.defaultView;
    return resolvePreferredLocale(this.readStored(), view?.navigator?.languages);
  }

  /** Makes `locale` the interface language; emits once its translations are loaded (or failed to). */
  activate(locale: Locale): Observable<true> {
    this.active.set(locale);
    this.document.documentElement.lang = documentLanguageOf(locale);
    return this.translate.use(locale).pipe(
      map(() => true as const),
      catchError(() => of(true as const)),
    );
  }

  /** The person picked a language: remember it, stay on the same page, tell the API if signed in. */
  switchTo(locale: Locale): Promise<boolean> {
    this.remember(locale);
    if (this.auth.isSignedIn()) {
      this.accounts.updateMyLocale(locale).subscribe({
        next: (account) => this.auth.updateAccount(account),
        error: () => undefined,
      });
    }
    return this.router.navigateByUrl(localizedUrl(this.router.url, locale));
  }

  remember(locale: Locale): void {
    try {
      this.document.defaultView?.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage can be disabled (private mode, policies); the URL still carries the language.
    }
  }

  private readStored(): string | null {
    try {
      return this.document.defaultView?.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }
}
