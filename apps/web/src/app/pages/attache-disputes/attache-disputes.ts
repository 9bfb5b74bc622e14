import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CompanyDisputeStatus, type CompanyDisputeView } from '@jumush/contracts/client';
import { DisputesApi } from '../../core/api/disputes-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { LIST_PAGE_SIZE, pageFromParam } from '../../shared/data/paging';
import { LocalDatePipe, NumberPipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const STATUSES: readonly CompanyDisputeStatus[] = Object.values(CompanyDisputeStatus);

/**
 * `/:lang/attache/disputes`: disputes of a claimed INN, open ones first. Any country's attaché decides: upholding
 * gives the company to the claimant and sends every country's verification back to review; both need a reason.
 */
@Component({
  selector: 'jm-attache-disputes',
  imports: [
    RouterLink,
    FormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    LoadState,
    Pager,
    ProblemAlert,
    LocalDatePipe,
    NumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" aria-labelledby="disputes-title">
      <h1 id="disputes-title">{{ 'attacheDisputes.title' | translate }}</h1>
      <p class="lead">{{ 'attacheDisputes.lead' | translate }}</p>

      <nav class="tabs" [attr.aria-label]="'attacheDisputes.filter' | translate">
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
      <jm-problem-alert [problem]="problem()" />

      @if (queue.value(); as result) {
        <p class="total">{{ 'attacheDisputes.total' | translate: { count: (result.total | num: lang()) } }}</p>
        @if (result.items.length === 0) {
          <p class="empty" data-testid="disputes-empty">{{ 'attacheDisputes.empty' | translate }}</p>
        } @else {
          <ol class="list" [start]="(result.page - 1) * result.pageSize + 1">
            @for (d of result.items; track d.id) {
              <li class="item" data-testid="dispute-item" [attr.data-inn]="d.inn">
                <div class="main">
                  <a class="title" [routerLink]="['/', lang(), 'attache', 'companies', d.companyId]">{{ d.companyName }}</a>
                  <p class="meta">
                    {{ 'attacheDisputes.inn' | translate: { inn: d.inn } }} ·
                    {{ 'attacheDisputes.filedOn' | translate: { date: (d.filedAt | localDate: lang()) } }}
                  </p>
                  <p class="meta">{{ 'attacheDisputes.claimant' | translate: { name: d.claimant.fullName ?? '—', email: d.claimant.email } }}</p>
                  <p class="meta">
                    {{ 'attacheDisputes.owners' | translate: { owners: ownersOf(d) } }}
                  </p>
                  <blockquote class="statement" data-testid="dispute-statement">{{ d.statement }}</blockquote>
                  <button mat-stroked-button type="button" data-testid="dispute-evidence" [disabled]="downloading() === d.id" (click)="download(d)">
                    {{ 'attacheDisputes.evidence' | translate: { name: d.evidenceFileName } }}
                  </button>
                  @if (d.status === open) {
                    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="reason">
                      <mat-label>{{ 'attacheDisputes.reason' | translate }}</mat-label>
                      <textarea
                        matInput
                        rows="2"
                        [attr.data-testid]="'dispute-reason'"
                        [ngModel]="reasons()[d.id] ?? ''"
                        (ngModelChange)="setReason(d.id, $event)"
                      ></textarea>
                    </mat-form-field>
                    <div class="actions">
                      <button
                        mat-flat-button
                        type="button"
                        data-testid="dispute-uphold"
                        [disabled]="deciding() === d.id"
                        (click)="decide(d, 'uphold')"
                      >
                        {{ 'attacheDisputes.uphold' | translate }}
                      </button>
                      <button
                        mat-stroked-button
                        type="button"
                        data-testid="dispute-reject"
                        [disabled]="deciding() === d.id"
                        (click)="decide(d, 'reject')"
                      >
                        {{ 'attacheDisputes.reject' | translate }}
                      </button>
                    </div>
                  } @else {
                    <p class="meta" data-testid="dispute-decision">
                      {{ statusKey(d.status) | translate }} · {{ d.decidedAt ? (d.decidedAt | localDate: lang()) : '' }} ·
                      {{ d.decisionReason }}
                    </p>
                  }
                </div>
              </li>
            }
          </ol>
          <jm-pager [page]="result.page" [pageSize]="result.pageSize" [total]="result.total" [lang]="lang()" (pageChange)="goToPage($event)" />
        }
      }
      @if (decided(); as d) {
        <p class="notice" role="status" data-testid="dispute-decided">{{ decidedKey(d) | translate }}</p>
      }
    </section>
  `,
  styleUrl: '../../shared/ui/list-page.scss',
  styles: `
    .statement {
      margin: 8px 0;
      padding-inline-start: 12px;
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
      white-space: pre-wrap;
    }
    .reason {
      display: block;
      margin-block: 8px;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
})
export class AttacheDisputes {
  private readonly api = inject(DisputesApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;

  /** Query params `?status=&page=`. */
  readonly status = input<string>();
  readonly page = input<string>();

  protected readonly statuses = STATUSES;
  protected readonly open = CompanyDisputeStatus.Open;
  protected readonly defaultStatus = CompanyDisputeStatus.Open;
  protected readonly currentStatus = computed<CompanyDisputeStatus>(() => {
    const status = this.status();
    return status && (STATUSES as readonly string[]).includes(status) ? (status as CompanyDisputeStatus) : CompanyDisputeStatus.Open;
  });
  protected readonly queue = loader(
    () => ({ status: this.currentStatus(), page: pageFromParam(this.page()), pageSize: LIST_PAGE_SIZE }),
    (query) => this.api.queue(query),
  );

  protected readonly reasons = signal<Partial<Record<string, string>>>({});
  protected readonly deciding = signal<string | null>(null);
  protected readonly downloading = signal<string | null>(null);
  protected readonly decided = signal<'uphold' | 'reject' | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);

  protected statusKey(status: CompanyDisputeStatus): string {
    return `status.dispute.${status}`;
  }

  protected decidedKey(decision: 'uphold' | 'reject'): string {
    return `attacheDisputes.decided.${decision}`;
  }

  protected ownersOf(dispute: CompanyDisputeView): string {
    return dispute.owners.map((owner) => (owner.fullName ? `${owner.fullName} <${owner.email}>` : owner.email)).join(', ') || '—';
  }

  protected setReason(id: string, reason: string): void {
    this.reasons.update((all) => ({ ...all, [id]: reason }));
  }

  protected decide(dispute: CompanyDisputeView, decision: 'uphold' | 'reject'): void {
    if (this.deciding()) return;
    this.deciding.set(dispute.id);
    this.problem.set(null);
    this.decided.set(null);
    this.api.decide(dispute.id, decision, (this.reasons()[dispute.id] ?? '').trim()).subscribe({
      next: () => {
        this.deciding.set(null);
        this.decided.set(decision);
        this.queue.reload();
      },
      error: (error: unknown) => {
        this.deciding.set(null);
        this.problem.set(toUiProblem(error));
      },
    });
  }

  protected download(dispute: CompanyDisputeView): void {
    this.downloading.set(dispute.id);
    this.problem.set(null);
    this.api.evidence(dispute.id).subscribe({
      next: (blob) => {
        this.downloading.set(null);
        saveBlob(blob, dispute.evidenceFileName, this.document);
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.problem.set(toUiProblem(error));
      },
    });
  }

  protected goToPage(page: number): void {
    const status = this.currentStatus();
    void this.router.navigate([], { queryParams: { status: status === this.defaultStatus ? null : status, page: page > 1 ? page : null } });
  }
}
