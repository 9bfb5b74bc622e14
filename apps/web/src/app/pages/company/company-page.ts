import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { RatingsApi } from '../../core/api/ratings-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { RatingsSummary } from '../../shared/ratings/ratings-summary';
import { regionName } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';

/**
 * `/:lang/companies/:id` (no sign-in): a verified employer and the ratings of those who worked there — figures and
 * comments (never who wrote them) with the employer's answers, only from 5 ratings on.
 */
@Component({
  selector: 'jm-company-page',
  imports: [TranslatePipe, LoadState, LocalDatePipe, RatingsSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <jm-load-state [loading]="company.loading()" [problem]="company.problem()" (retry)="company.reload()" />
    @if (company.value(); as c) {
      <article data-testid="company-page" [attr.data-id]="c.id">
        <h1>{{ c.legalName }}</h1>
        <p class="facts">{{ 'companyPublic.inn' | translate: { inn: c.inn } }} · {{ region(c.regionCode) }}</p>
        <jm-ratings-summary [ratings]="c.ratings" [lang]="lang()" />
        @if (c.ratings.aggregate) {
          <section aria-labelledby="comments-title">
            <h2 id="comments-title">{{ 'rating.comments' | translate }}</h2>
            @if (c.ratings.comments.length === 0) {
              <p class="empty" data-testid="rating-comments-empty">{{ 'rating.noComments' | translate }}</p>
            } @else {
              <ul class="comments">
                @for (item of c.ratings.comments; track item.id) {
                  <li data-testid="rating-comment" [attr.data-id]="item.id">
                    <p class="meta">
                      {{ (item.wouldRecommend ? 'rating.recommends' : 'rating.doesNotRecommend') | translate }} ·
                      {{ item.createdAt | localDate: lang() }}
                    </p>
                    <p class="text">{{ item.comment }}</p>
                    @if (item.answer) {
                      <div class="answer" data-testid="rating-answer">
                        <p class="meta">{{ 'rating.employerAnswer' | translate }}</p>
                        <p class="text">{{ item.answer }}</p>
                      </div>
                    }
                  </li>
                }
              </ul>
            }
          </section>
        }
      </article>
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 760px);
      margin-inline: auto;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      overflow-wrap: anywhere;
    }
    h2 {
      font: var(--mat-sys-title-large);
    }
    .facts,
    .meta,
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .comments {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .comments li {
      padding-block: 12px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .meta {
      margin: 0 0 4px;
      font: var(--mat-sys-body-small);
    }
    .text {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    .answer {
      margin-block-start: 8px;
      margin-inline-start: 16px;
      padding-inline-start: 12px;
      border-inline-start: 3px solid var(--mat-sys-primary);
    }
  `,
})
export class CompanyPage {
  private readonly api = inject(RatingsApi);
  protected readonly lang = inject(LocaleService).current;

  /** The `:id` of the route (component input binding). */
  readonly id = input.required<string>();

  protected readonly company = loader(
    () => this.id(),
    (id) => this.api.publicCompany(id),
  );

  protected region(code: string): string {
    return regionName(code, this.lang());
  }
}
