import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, NavigationError, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, first, map, pairwise } from 'rxjs';
import { Role, SUPPORTED_LOCALES, isSupportedLocale } from '@jumush/contracts/client';
import { AuthService } from './core/auth/auth.service';
import { phoneUnverified } from './core/auth/phone-verification';
import { LocaleService } from './core/i18n/locale.service';
import { NotificationCentre } from './core/notifications/notification-centre';
import { OfflineBanner } from './core/offline/offline-banner';
import { PersonalData } from './core/offline/personal-data';
import { GetHelpNow } from './shared/migrant/get-help-now';
import { PhoneVerificationBanner } from './shared/migrant/phone-verification-banner';

export interface NavLink {
  id: string;
  labelKey: string;
  /** Below `/:lang/`. */
  path: readonly string[];
}

const FIND_JOB: NavLink = { id: 'nav-vacancies', labelKey: 'nav.findJob', path: ['vacancies'] };
/** Starred on this phone, open offline too. */
const SAVED: NavLink = { id: 'nav-saved', labelKey: 'nav.saved', path: ['saved'] };
const OFFICIAL_LINKS: readonly NavLink[] = [
  { id: 'nav-attache-companies', labelKey: 'nav.companyQueue', path: ['attache', 'companies'] },
  { id: 'nav-attache-vacancies', labelKey: 'nav.vacancyQueue', path: ['attache', 'vacancies'] },
  { id: 'nav-attache-batches', labelKey: 'nav.batchQueue', path: ['attache', 'batches'] },
  { id: 'nav-attache-disputes', labelKey: 'nav.disputeQueue', path: ['attache', 'disputes'] },
  { id: 'nav-attache-grievances', labelKey: 'nav.grievanceQueue', path: ['attache', 'grievances'] },
  { id: 'nav-attache-help', labelKey: 'nav.helpDirectory', path: ['attache', 'help'] },
];

/** The main links of each role (signed out: the same as a migrant's). */
export const NAV_LINKS: Readonly<Record<Role | 'anonymous', readonly NavLink[]>> = {
  anonymous: [FIND_JOB, SAVED],
  [Role.Migrant]: [
    FIND_JOB,
    SAVED,
    { id: 'nav-my-applications', labelKey: 'nav.myApplications', path: ['applications'] },
    { id: 'nav-profile', labelKey: 'nav.profile', path: ['profile'] },
  ],
  [Role.Employer]: [
    { id: 'nav-company', labelKey: 'nav.company', path: ['employer', 'company'] },
    { id: 'nav-employer-vacancies', labelKey: 'nav.myVacancies', path: ['employer', 'vacancies'] },
    { id: 'nav-api-keys', labelKey: 'nav.apiKeys', path: ['employer', 'api-keys'] },
    { id: 'nav-employer-webhooks', labelKey: 'nav.webhooks', path: ['employer', 'webhooks'] },
  ],
  [Role.Attache]: [...OFFICIAL_LINKS, { id: 'nav-dashboard', labelKey: 'nav.dashboard', path: ['attache', 'dashboard'] }],
  [Role.Admin]: [...OFFICIAL_LINKS, { id: 'nav-dashboard', labelKey: 'nav.dashboard', path: ['admin', 'dashboard'] }],
};

/** The shell: toolbar (brand, main links, language, account) and the page. */
@Component({
  selector: 'jm-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    MatToolbarModule,
    MatButtonModule,
    OfflineBanner,
    PhoneVerificationBanner,
    GetHelpNow,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly auth = inject(AuthService);
  protected readonly notifications = inject(NotificationCentre);
  private readonly locales = inject(LocaleService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly personalData = inject(PersonalData);

  protected readonly lang = this.locales.current;
  protected readonly supportedLocales = SUPPORTED_LOCALES;

  protected readonly navLinks = computed(() => NAV_LINKS[this.auth.role() ?? 'anonymous']);

  /** How the signed-in account is named in the toolbar. */
  /** A migrant whose number is not proven sees, on every page, where to type the SMS code (loaded only for them). */
  protected readonly phoneUnverified = computed(() => phoneUnverified(this.auth.account()));
  protected readonly accountLabel = computed(() => {
    const account = this.auth.account();
    return account ? (account.fullName ?? account.email ?? account.phone ?? '') : '';
  });

  constructor() {
    // After each in-app navigation to another page, move focus to the page so screen readers start at its
    // content. A change of the query alone (a search filter) keeps focus where the person is working.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        pairwise(),
        filter(([before, after]) => before !== after),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.focusMain());

    // The web server's prerendered shell of a public page (libs/contracts/src/lib/prerendered-shell.ts) keeps this
    // component hidden until the first page has rendered here; then the shell goes and the app shows in
    // its place, laid out the same, so nothing moves.
    const injector = inject(Injector);
    this.router.events
      .pipe(first((event) => event instanceof NavigationEnd || event instanceof NavigationError))
      .subscribe(() => afterNextRender(() => this.document.getElementById('jm-prerendered')?.remove(), { injector }));
  }

  protected switchLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isSupportedLocale(value) && value !== this.lang()) void this.locales.switchTo(value);
  }

  protected logout(): void {
    const lang = this.lang();
    // A shared family phone: the next person must not find this one's applications, letters or drafts.
    void this.personalData.forget();
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
