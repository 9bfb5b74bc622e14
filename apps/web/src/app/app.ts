import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, skip } from 'rxjs';
import { SUPPORTED_LOCALES, isSupportedLocale } from '@jumush/contracts/client';
import { AuthService } from './core/auth/auth.service';
import { LocaleService } from './core/i18n/locale.service';

/** The shell: toolbar (brand, language, account) and the page. */
@Component({
  selector: 'jm-root',
  imports: [RouterOutlet, RouterLink, TranslatePipe, MatToolbarModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly auth = inject(AuthService);
  private readonly locales = inject(LocaleService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly lang = this.locales.current;
  protected readonly supportedLocales = SUPPORTED_LOCALES;

  /** How the signed-in account is named in the toolbar. */
  protected readonly accountLabel = computed(() => {
    const account = this.auth.account();
    return account ? (account.fullName ?? account.email ?? account.phone ?? '') : '';
  });

  constructor() {
    // After each in-app navigation, move focus to the page so screen readers start at its content.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.focusMain());
  }

  protected switchLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isSupportedLocale(value) && value !== this.lang()) void this.locales.switchTo(value);
  }

  protected logout(): void {
    const lang = this.lang();
    this.auth.logout().subscribe(() => void this.router.navigate(['/', lang]));
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.document.getElementById('main')?.focus({ preventScroll: true });
  }
}
