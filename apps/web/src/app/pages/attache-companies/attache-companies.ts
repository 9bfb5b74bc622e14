import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CompanyStatus } from '@jumush/contracts/client';
import { VerificationApi } from '../../core/api/verification-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LIST_PAGE_SIZE, pageFromParam } from '../../shared/data/paging';
import { LocalDatePipe, NumberPipe, PluralPipe } from '../../shared/format/format-pipes';
import { regionName } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';

const STATUSES: readonly CompanyStatus[] = Object.values(CompanyStatus);

/** `/:lang/attache/companies`: employers by status, longest waiting first (pending by default). */
@Component({
  selector: 'jm-attache-companies',
  imports: [RouterLink, TranslatePipe, LoadState, Pager, LocalDatePipe, NumberPipe, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" aria-labelledby="queue-title">
      <h1 id="queue-title">{{ 'attacheCompanies.title' | translate }}</h1>
      <p class="lead">{{ 'attacheCompanies.lead' | translate }}</p>

      <nav class="tabs" [attr.aria-label]="'attacheCompanies.filter' | translate">
        @for (s of statuses; track s) {
          <a
            class="tab"
            [attr.data-testid]="'tab-' + s"
            [routerLink]="[]"
            [queryParams]="{ status: s === defaultStatus ? null : s, page: null }"
            [class.active]="currentStatus() === s"
            [attr.aria-current]="currentStatus() === s ? 'page' : null"
          >
            {{ statusKey(s) | translate }}
          </a>
        }
      </nav>

      <jm-load-state [loading]="queue.loading()" [problem]="queue.problem()" (retry)="queue.reload()" />

      @if (queue.value(); as result) {
        <p class="total">{{ 'attacheCompanies.total' | translate: { count: (result.total | num: lang()) } }}</p>
        @if (result.items.length === 0) {
          <p class="empty" data-testid="queue-empty">{{ emptyKey() | translate }}</p>
        } @else {
          <ol class="list" [start]="(result.page - 1) * result.pageSize + 1">
            @for (item of result.items; track item.id) {
              <li class="item" data-testid="company-queue-item">
                <div class="main">
                  <a class="title" [routerLink]="['/', lang(), 'attache', 'companies', item.id]">{{ item.legalName }}</a>
                  <p class="meta">{{ 'attacheCompanies.inn' | translate: { inn: item.inn } }} · {{ region(item.regionCode) }}</p>
                  <p class="meta">
                    <span [class.warn]="item.documentCount === 0">{{
                      'documents' | plural: item.documentCount : lang() | translate: { count: item.documentCount }
                    }}</span>
                    ·
                    {{ 'attacheCompanies.since' | translate: { date: (item.statusChangedAt | localDate: lang()) } }}
                  </p>
                  @if (item.overdue && item.verificationDueAt) {
                    <p class="meta overdue" data-testid="company-verification-overdue">
                      {{ 'attacheCompanies.overdueSince' | translate: { date: (item.verificationDueAt | localDate: lang()) } }}
                    </p>
                  } @else if (item.verificationDueAt) {
                    <p class="meta" data-testid="company-verification-due">
                      {{ 'attacheCompanies.dueBy' | translate: { date: (item.verificationDueAt | localDate: lang()) } }}
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
export class AttacheCompanies {
  private readonly api = inject(VerificationApi);
  private readonly router = inject(Router);
  protected readonly lang = inject(LocaleService).current;

  /** Query params `?status=&page=`. */
  readonly status = input<string>();
  readonly page = input<string>();

  protected readonly statuses = STATUSES;
  protected readonly defaultStatus = CompanyStatus.Pending;
  protected readonly currentStatus = computed<CompanyStatus>(() => {
    const status = this.status();
    return status && (STATUSES as readonly string[]).includes(status) ? (status as CompanyStatus) : CompanyStatus.Pending;
  });
  protected readonly queue = loader(
    () => ({ status: this.currentStatus(), page: pageFromParam(this.page()), pageSize: LIST_PAGE_SIZE }),
    (query) => this.api.queue(query),
  );

  protected readonly emptyKey = computed(() => `attacheCompanies.empty.${this.currentStatus()}`);

  protected statusKey(status: CompanyStatus): string {
    return `status.company.${status}`;
  }

  protected region(code: string): string {
    return regionName(code, this.lang());
  }

  protected goToPage(page: number): void {
    const status = this.currentStatus();
    void this.router.navigate([], { queryParams: { status: status === this.defaultStatus ? null : status, page: page > 1 ? page : null } });
  }
}
