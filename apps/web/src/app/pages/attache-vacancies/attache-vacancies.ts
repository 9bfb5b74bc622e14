import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { VacancyReviewsApi } from '../../core/api/vacancy-reviews-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LIST_PAGE_SIZE, pageFromParam } from '../../shared/data/paging';
import { LocalDatePipe, NumberPipe, RoublesPipe } from '../../shared/format/format-pipes';
import { regionName } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';
import { StatusBadge } from '../../shared/ui/status-badge';

/** `/:lang/attache/vacancies`: vacancies waiting for review, longest waiting first. */
@Component({
  selector: 'jm-attache-vacancies',
  imports: [RouterLink, TranslatePipe, LoadState, Pager, StatusBadge, RoublesPipe, LocalDatePipe, NumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" aria-labelledby="review-title">
      <h1 id="review-title">{{ 'attacheVacancies.title' | translate }}</h1>
      <p class="lead">{{ 'attacheVacancies.lead' | translate }}</p>

      <jm-load-state [loading]="queue.loading()" [problem]="queue.problem()" (retry)="queue.reload()" />

      @if (queue.value(); as result) {
        <p class="total">{{ 'attacheVacancies.total' | translate: { count: (result.total | num: lang()) } }}</p>
        @if (result.items.length === 0) {
          <p class="empty" data-testid="queue-empty">{{ 'attacheVacancies.empty' | translate }}</p>
        } @else {
          <ol class="list">
            @for (item of result.items; track item.id) {
              <li class="item" data-testid="vacancy-queue-item">
                <div class="main">
                  <a class="title" [routerLink]="['/', lang(), 'attache', 'vacancies', item.id]">{{ item.title }}</a>
                  <p class="meta">
                    <span class="wage">{{ item.monthlyWageRoubles | roubles: lang() }}</span> · {{ item.town }}, {{ region(item.regionCode) }}
                  </p>
                  <p class="meta company">
                    {{ item.company.legalName }}
                    <jm-status-badge kind="company" [status]="item.company.status" />
                  </p>
                  <p class="meta">{{ 'attacheVacancies.since' | translate: { date: (item.submittedAt ?? item.updatedAt | localDate: lang()) } }}</p>
                  @if (item.overdue && item.reviewDueAt) {
                    <p class="meta overdue" data-testid="vacancy-review-overdue">
                      {{ 'attacheVacancies.overdueSince' | translate: { date: (item.reviewDueAt | localDate: lang()) } }}
                    </p>
                  } @else if (item.reviewDueAt) {
                    <p class="meta" data-testid="vacancy-review-due">
                      {{ 'attacheVacancies.dueBy' | translate: { date: (item.reviewDueAt | localDate: lang()) } }}
                    </p>
                  }
                </div>
              </li>
            }
          </ol>
          <jm-pager [page]="result.page" [pageSize]="result.pageSize" [total]="result.total" [lang]="lang()" (pageChange)="goToPage($event)" />
        }
      }
    </section>
  `,
  styleUrl: '../../shared/ui/list-page.scss',
  styles: `
    .overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
})
export class AttacheVacancies {
  private readonly api = inject(VacancyReviewsApi);
  private readonly router = inject(Router);
  protected readonly lang = inject(LocaleService).current;

  readonly page = input<string>();
  protected readonly queue = loader(
    () => ({ page: pageFromParam(this.page()), pageSize: LIST_PAGE_SIZE }),
    (query) => this.api.queue(query),
  );

  protected region(code: string): string {
    return regionName(code, this.lang());
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { queryParams: { page: page > 1 ? page : null } });
  }
}
