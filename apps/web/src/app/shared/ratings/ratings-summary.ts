import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { RATING_ASPECTS, type RatingAspect, type RatingsAggregate } from '@jumush/contracts/client';
import { formatDecimal } from '../format/format';
import { NumberPipe } from '../format/format-pipes';

/** A company's ratings in figures, as the API gives them: the aggregate from the threshold on, else only the count. */
export interface RatingsFigures {
  count: number;
  shownFrom: number;
  aggregate: RatingsAggregate | null;
}

/**
 * Ratings from those who worked there, in figures: averages of the wage paid on time, the housing and the treatment,
 * how many rated and the share who recommend; under the threshold a plain "not enough ratings yet".
 */
@Component({
  selector: 'jm-ratings-summary',
  imports: [RouterLink, TranslatePipe, NumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="ratings" data-testid="ratings-summary" [attr.data-count]="ratings()?.count" aria-labelledby="ratings-title">
      <h2 id="ratings-title">{{ 'rating.title' | translate }}</h2>
      <!-- Without figures (a vacancy saved for offline reading from a search list) only the way to the company's page. -->
      @if (ratings(); as r) {
        @if (r.aggregate; as a) {
          <dl>
            @for (aspect of aspects; track aspect) {
              <div>
                <dt>{{ aspectKey(aspect) | translate }}</dt>
                <dd [attr.data-testid]="'rating-average-' + aspect">{{ 'rating.outOfFive' | translate: { value: score(a[aspect]) } }}</dd>
              </div>
            }
            <div>
              <dt>{{ 'rating.recommendShare' | translate }}</dt>
              <dd data-testid="rating-recommend-share">{{ percent() | num: lang() }} %</dd>
            </div>
          </dl>
          <p class="count" data-testid="ratings-count">{{ 'rating.count' | translate: { count: a.count } }}</p>
        } @else {
          <p class="not-enough" data-testid="ratings-not-enough">
            {{ 'rating.notEnough' | translate: { shownFrom: r.shownFrom, count: r.count } }}
          </p>
        }
      }
      @if (companyId(); as id) {
        <a class="to-company" data-testid="company-page-link" [routerLink]="['/', lang(), 'companies', id]">{{ 'rating.toCompany' | translate }}</a>
      }
    </section>
  `,
  styles: `
    .ratings {
      padding-block: 16px;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
      gap: 8px 16px;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .count,
    .not-enough {
      margin: 8px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .to-company {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
  `,
})
export class RatingsSummary {
  /** Null when not known (a vacancy saved for offline reading from a search list): then only the link. */
  readonly ratings = input.required<RatingsFigures | null>();
  readonly lang = input.required<string>();
  /** Links to the company's public page when given (on a vacancy's page). */
  readonly companyId = input<string | null>(null);

  protected readonly aspects = RATING_ASPECTS;
  protected readonly aspectKey = (aspect: RatingAspect): string => `rating.aspect.${aspect}`;
  protected score(value: number): string {
    return formatDecimal(value, this.lang(), 1);
  }

  protected readonly percent = computed(() => Math.round((this.ratings()?.aggregate?.recommendShare ?? 0) * 100));
}
