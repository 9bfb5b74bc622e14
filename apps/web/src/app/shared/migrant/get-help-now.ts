import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { EMPTY, catchError, filter, merge, of, switchMap, throttleTime } from 'rxjs';
import { Role, helpRegionOf } from '@jumush/contracts/client';
import { ApplicationsApi } from '../../core/api/applications-api';
import { AuthService } from '../../core/auth/auth.service';
import { LocaleService } from '../../core/i18n/locale.service';

/**
 * "Get help now": on every page of a signed-in migrant who has left for a job (an application departed, arrived or
 * working), a link to the help for that job's region. Their applications come from the same request (and the same
 * offline cache) as "My applications"; it asks again on page changes (at most every 15 s) until the migrant has departed.
 */
@Component({
  selector: 'jm-get-help-now',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown()) {
      <div class="bar">
        <a class="get-help" id="get-help-now" data-testid="get-help-now" [routerLink]="['/', lang(), 'help']">
          <span aria-hidden="true" class="mark">!</span>{{ 'help.getHelpNow' | translate }}
        </a>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      display: flex;
      justify-content: flex-end;
      padding: 6px 16px;
    }
    .get-help {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      min-height: 44px;
      padding: 0 20px;
      border-radius: 22px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-large);
      text-decoration: none;
    }
    .get-help:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 3px;
    }
    .mark {
      font-weight: 700;
    }
  `,
})
export class GetHelpNow {
  private readonly auth = inject(AuthService);
  private readonly applications = inject(ApplicationsApi);
  private readonly router = inject(Router);
  protected readonly lang = inject(LocaleService).current;

  private readonly region = signal<string | null>(null);
  private readonly isMigrant = computed(() => this.auth.role() === Role.Migrant);
  protected readonly shown = computed(() => this.isMigrant() && this.region() !== null);

  constructor() {
    // At most one look every 15 s while the migrant has not departed (the departure itself is a tap on a page).
    const pageChanges = this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      throttleTime(15_000, undefined, { leading: true, trailing: true }),
    );
    merge(toObservable(this.isMigrant), pageChanges)
      .pipe(
        switchMap(() => {
          if (!this.isMigrant()) {
            this.region.set(null);
            return EMPTY;
          }
          // Once departed, the button stays until sign-out: no need to ask on every page.
          if (this.region() !== null) return EMPTY;
          return this.applications.mine().pipe(catchError(() => of([])));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((mine) =>
        this.region.set(helpRegionOf(mine.map((application) => ({ status: application.status, regionCode: application.vacancy.regionCode })))),
      );
  }
}
