import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { LocaleService } from '../../core/i18n/locale.service';
import { regionName } from '../../shared/reference/regions';
import { RoleHome, type NextStep } from '../../shared/ui/role-home';

/**
 * Home page of the labour attaché: the employer and vacancy queues, recruitment batches; for a regional
 * representative, the Russian regions its queues are limited to.
 */
@Component({
  selector: 'jm-attache-home',
  imports: [RoleHome, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'home-attache' },
  template: `<jm-role-home
    headingId="home-attache-title"
    titleKey="home.attache.title"
    introKey="home.attache.intro"
    roleKey="roles.ATTACHE"
    [steps]="steps"
  >
    @if (coveredRegions(); as regions) {
      <p class="covered-regions" data-testid="home-covered-regions">
        {{ 'home.attache.coveredRegions' | translate }} <strong>{{ regions }}</strong>
      </p>
    }
  </jm-role-home>`,
})
export class AttacheHome {
  private readonly account = inject(AuthService).account;
  private readonly lang = inject(LocaleService).current;
  /** The covered regions' names, or null for an attaché covering all of Russia. */
  protected readonly coveredRegions = computed(
    () =>
      this.account()
        ?.coveredRegions?.map((code) => regionName(code, this.lang()))
        .join(', ') ?? null,
  );
  protected readonly steps: readonly NextStep[] = [
    {
      icon: 'checklist',
      titleKey: 'home.attache.queueTitle',
      textKey: 'home.attache.queueText',
      link: ['attache', 'companies'],
      testId: 'home-company-queue',
    },
    {
      icon: 'queue',
      titleKey: 'home.attache.vacancyQueueTitle',
      textKey: 'home.attache.vacancyQueueText',
      link: ['attache', 'vacancies'],
      testId: 'home-vacancy-queue',
    },
    {
      icon: 'people',
      titleKey: 'home.attache.batchesTitle',
      textKey: 'home.attache.batchesText',
      link: ['attache', 'batches'],
      testId: 'home-batch-queue',
    },
    {
      icon: 'chart',
      titleKey: 'home.attache.dashboardTitle',
      textKey: 'home.attache.dashboardText',
      link: ['attache', 'dashboard'],
      testId: 'home-dashboard',
    },
  ];
}
