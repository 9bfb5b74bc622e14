import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SUBMITTED_BATCH_STATUSES, type BatchStatus, type BatchSummaryView } from '@jumush/contracts/client';
import { BatchesApi } from '../../core/api/batches-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LIST_PAGE_SIZE } from '../../shared/data/paging';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';

/** Overdue batches first, then by deadline (earliest first); the API sorts the same way. */
export function queueOrder(items: readonly BatchSummaryView[]): BatchSummaryView[] {
  return [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.deadlineAt ?? '9999').localeCompare(b.deadlineAt ?? '9999'));
}

/** `/:lang/attache/batches`: batches waiting for a decision, overdue first. */
@Component({
  selector: 'jm-attache-batches',
  imports: [RouterLink, TranslatePipe, LoadState, Pager, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'attacheBatches.title' | translate }}</h1>
    <div class="filters">
      <label
        >{{ 'attacheBatches.status' | translate }}
        <select id="batch-queue-status" (change)="setStatus($any($event.target).value)">
          <option value="">{{ 'attacheBatches.awaiting' | translate }}</option>
          @for (s of statuses; track s) {
            <option [value]="s" [selected]="s === status()">{{ statusKey(s) | translate }}</option>
          }
        </select>
      </label>
      <label
        ><input type="checkbox" data-testid="overdue-only" [checked]="overdueOnly()" (change)="setOverdue($any($event.target).checked)" />
        {{ 'attacheBatches.overdueOnly' | translate }}</label
      >
    </div>
    <jm-load-state [loading]="queue.loading()" [problem]="queue.problem()" (retry)="queue.reload()" />
    @if (queue.value(); as q) {
      <p data-testid="overdue-count" [class.overdue]="q.overdue > 0">
        {{ 'attacheBatches.overdueCount' | translate: { count: q.overdue } }} · {{ 'attacheBatches.total' | translate: { count: q.total } }}
      </p>
      @if (q.items.length === 0) {
        <p>{{ 'attacheBatches.empty' | translate }}</p>
      }
      <ul class="list">
        @for (b of items(); track b.id) {
          <li class="item" data-testid="batch-queue-item" [attr.data-id]="b.id" [attr.data-overdue]="b.overdue" [class.is-overdue]="b.overdue">
            <a class="title" [routerLink]="['/', lang(), 'attache', 'batches', b.id]">{{ b.vacancy.title }} — {{ b.company.legalName }}</a>
            <p class="meta">
              @if (b.overdue) {
                <strong class="overdue" data-testid="overdue-marker">{{ 'attacheBatches.overdue' | translate }}</strong> ·
              }
              {{ statusKey(b.status) | translate }}
              @if (b.deadlineAt) {
                · {{ 'batchPage.deadline' | translate: { date: (b.deadlineAt | localDate: lang()) } }}
              }
            </p>
            <p class="meta">
              {{ 'batchPage.candidates' | translate: { count: b.candidateCount } }} ·
              {{ 'batchPage.flagged' | translate: { count: b.flaggedCount } }} · {{ companyStatusKey(b.company.status) | translate }}
            </p>
          </li>
        }
      </ul>
      <jm-pager [page]="q.page" [pageSize]="q.pageSize" [total]="q.total" [lang]="lang()" (pageChange)="page.set($event)" />
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 960px);
      margin-inline: auto;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: end;
      margin-block-end: 12px;
    }
    .filters label {
      display: grid;
      gap: 4px;
    }
    .filters select {
      min-height: 40px;
    }
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 10px;
    }
    .item {
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .item.is-overdue {
      border-color: var(--mat-sys-error);
      border-inline-start-width: 6px;
    }
    .title {
      font: var(--mat-sys-title-small);
    }
    .meta {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
})
export class AttacheBatches {
  private readonly api = inject(BatchesApi);
  protected readonly lang = inject(LocaleService).current;
  /** Every batch an attaché may see: none is a draft (see batchVisibility), in lifecycle order. */
  protected readonly statuses = SUBMITTED_BATCH_STATUSES;
  protected readonly status = signal<BatchStatus | ''>('');
  protected readonly overdueOnly = signal(false);
  protected readonly page = signal(1);
  protected readonly queue = loader(
    () => ({ status: this.status(), overdueOnly: this.overdueOnly(), page: this.page(), pageSize: LIST_PAGE_SIZE }),
    (query) => this.api.queue(query),
  );
  protected readonly items = computed(() => queueOrder(this.queue.value()?.items ?? []));

  protected statusKey(status: BatchStatus): string {
    return `batch.status.${status}`;
  }

  protected companyStatusKey(status: string): string {
    return `status.company.${status}`;
  }

  protected setStatus(value: string): void {
    this.status.set(value as BatchStatus | '');
    this.page.set(1);
  }

  protected setOverdue(on: boolean): void {
    this.overdueOnly.set(on);
    this.page.set(1);
  }
}
