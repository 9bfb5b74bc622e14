import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleService } from '../../core/i18n/locale.service';
import { NumberPipe, PluralPipe, RoublesPipe } from '../format/format-pipes';
import { regionName } from '../reference/regions';
import { VerifiedBadge } from '../ui/verified-badge';
import { isVerified, type VacancyDisplay } from './vacancy-display';

/**
 * A vacancy in a list, readable at a glance on a small phone: the wage first and big, then the job, the
 * place, housing, insurance, contract length and who offers it. The whole card opens the vacancy.
 */
@Component({
  selector: 'jm-vacancy-card',
  imports: [RouterLink, TranslatePipe, RoublesPipe, NumberPipe, PluralPipe, VerifiedBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'vacancy-card', '[attr.data-vacancy-id]': 'vacancy().id ?? null' },
  template: `
    @let v = vacancy();
    <article class="card" [class.linked]="!!link()">
      <p class="wage">
        <span class="amount">{{ v.monthlyWageRoubles | roubles: lang() }}</span>
        <span class="per">{{ 'card.perMonth' | translate }}</span>
      </p>
      <h3 class="title">
        @if (link(); as commands) {
          <a [routerLink]="commands">{{ v.title }}</a>
        } @else {
          {{ v.title }}
        }
      </h3>
      <p class="place">
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z" />
        </svg>
        <span>{{ v.town }}, {{ region() }}</span>
      </p>
      <ul class="facts">
        <li [class.good]="v.housing !== 'NONE'">
          {{ housingKey() | translate: { cost: (v.housingCostRoubles | roubles: lang()) } }}
        </li>
        @if (v.insurance) {
          <li class="good">{{ 'card.insurance' | translate }}</li>
        }
        @if (v.travelPaid) {
          <li class="good">{{ 'card.travelPaid' | translate }}</li>
        }
        <li>{{ 'months' | plural: v.contractMonths : lang() | translate: { count: (v.contractMonths | num: lang()) } }}</li>
      </ul>
      @if (v.company; as company) {
        <p class="company">
          <span class="company-name">{{ company.legalName }}</span>
          @if (verified()) {
            <jm-verified-badge />
          }
        </p>
      }
    </article>
  `,
  styleUrl: './vacancy-card.scss',
})
export class VacancyCard {
  readonly vacancy = input.required<VacancyDisplay>();
  /** Router commands of the vacancy page; none in a preview. */
  readonly link = input<readonly unknown[] | null>(null);

  protected readonly lang = inject(LocaleService).current;
  protected readonly region = computed(() => regionName(this.vacancy().regionCode, this.lang()));
  protected readonly verified = computed(() => isVerified(this.vacancy()));
  protected readonly housingKey = computed(() => `terms.housingShort.${this.vacancy().housing}`);
}
