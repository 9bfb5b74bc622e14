import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { TERMS_DIFFERENCES, type FeeReportView, type RedFlagView } from '@jumush/contracts/client';
import { WorkReportsApi } from '../../core/api/work-reports-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe, RoublesPipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/**
 * On the attaché's company page: what their country's migrants report after arrival — differences from the promise
 * counted, fees with the intermediaries named (never who reported) — and the red flags with their evidence, each
 * with a one-action suspension through the existing company suspension.
 */
@Component({
  selector: 'jm-company-after-arrival',
  imports: [FormsModule, TranslatePipe, MatButtonModule, LoadState, ProblemAlert, RoublesPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" data-testid="company-after-arrival" aria-labelledby="after-arrival-title">
      <h2 id="after-arrival-title">{{ 'redFlags.title' | translate }}</h2>
      <jm-load-state [loading]="view.loading()" [problem]="view.problem()" (retry)="view.reload()" />
      @if (view.value(); as v) {
        @if (openFlags().length > 0) {
          <p class="under-review" role="status" data-testid="under-review">{{ 'redFlags.underReview' | translate }}</p>
        }
        @if (suspended()) {
          <p class="notice" role="status" data-testid="flag-suspended">{{ 'redFlags.suspendedDone' | translate }}</p>
        }
        <jm-problem-alert [problem]="problem()" />
        @for (f of v.redFlags; track f.id) {
          <article class="flag" data-testid="red-flag" [attr.data-id]="f.id" [attr.data-rule]="f.ruleCode" [attr.data-status]="f.status">
            <h3>{{ ruleKey(f.signal) | translate: { threshold: f.threshold, days: f.windowDays ?? '' } }}</h3>
            <p class="meta">{{ statusKey(f.status) | translate }} · {{ f.createdAt | localDate: lang() }} · {{ f.originCountry }}</p>
            <h4>{{ 'redFlags.evidence' | translate }}</h4>
            <ul data-testid="flag-evidence">
              @for (e of f.evidence; track e.id) {
                <li data-testid="evidence" [attr.data-kind]="e.kind" [attr.data-id]="e.id">
                  {{ evidenceKindKey(e.kind) | translate }} · {{ e.at | localDate: lang() }}
                  @if (feeOf(e.id); as fee) {
                    · {{ fee.amountRoubles | roubles: lang() }} · {{ fee.intermediaryName }}
                  }
                </li>
              }
            </ul>
            @if (f.status === 'UNDER_REVIEW') {
              <label [for]="'suspend-reason-' + f.id">{{ 'redFlags.reason' | translate }}</label>
              <input [id]="'suspend-reason-' + f.id" type="text" maxlength="1000" [(ngModel)]="reason" [name]="'reason-' + f.id" />
              <button mat-flat-button type="button" class="danger" data-testid="suspend-flagged" [disabled]="busy()" (click)="suspend(f)">
                {{ 'redFlags.suspend' | translate }}
              </button>
            }
          </article>
        } @empty {
          <p class="meta" data-testid="no-red-flags">{{ 'redFlags.none' | translate }}</p>
        }
        <h3>{{ 'redFlags.differencesTitle' | translate: { count: v.termsReports } }}</h3>
        <dl class="counts" data-testid="differences">
          @for (d of differences; track d) {
            <div [attr.data-difference]="d" [attr.data-count]="v.differences[d]">
              <dt>{{ differenceKey(d) | translate }}</dt>
              <dd>{{ v.differences[d] }}</dd>
            </div>
          }
        </dl>
        <h3>{{ 'redFlags.feesTitle' | translate }}</h3>
        @if (v.feeReports.length === 0) {
          <p class="meta">{{ 'redFlags.noFees' | translate }}</p>
        } @else {
          <ul data-testid="fee-reports">
            @for (f of v.feeReports; track f.id) {
              <li data-testid="fee-report" [attr.data-id]="f.id">
                {{ f.amountRoubles | roubles: lang() }} · {{ feeStateKey(f.state) | translate }} ·
                <strong>{{ f.intermediaryName }}</strong>
                @if (f.intermediaryPhone) {
                  · <a [href]="'tel:' + f.intermediaryPhone">{{ f.intermediaryPhone }}</a>
                }
                · {{ f.happenedOn | localDate: lang() }}
                @if (f.receipt; as receipt) {
                  ·
                  <button
                    mat-button
                    type="button"
                    data-testid="fee-receipt"
                    [attr.aria-label]="'workReports.receiptOf' | translate: { name: receipt.fileName }"
                    (click)="downloadReceipt(f)"
                  >
                    {{ 'workReports.receipt' | translate }}
                  </button>
                }
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .flag {
      border: 2px solid var(--mat-sys-error);
      border-radius: 12px;
      padding: 8px 16px;
      margin-block: 8px;
      display: grid;
      gap: 4px;
    }
    .under-review {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .counts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
      gap: 4px 16px;
    }
    .counts dd {
      margin: 0;
      font-weight: 600;
    }
  `,
})
export class CompanyAfterArrival {
  /** Translation keys built from the values the API sends (declared prefixes, see the translations spec). */
  protected ruleKey(value: string): string {
    return `redFlags.rule.${value}`;
  }

  protected statusKey(value: string): string {
    return `redFlags.status.${value}`;
  }

  protected evidenceKindKey(value: string): string {
    return `redFlags.evidenceKind.${value}`;
  }

  protected differenceKey(value: string): string {
    return `workReports.difference.${value}`;
  }

  protected feeStateKey(value: string): string {
    return `workReports.feeStates.${value}`;
  }

  private readonly api = inject(WorkReportsApi);
  private readonly document = inject(DOCUMENT);

  readonly companyId = input.required<string>();
  readonly lang = input.required<string>();
  /** The employer was suspended: the page reloads its standing. */
  readonly suspendedCompany = output<void>();

  protected readonly view = loader(
    () => this.companyId(),
    (id) => this.api.company(id),
  );
  protected readonly openFlags = computed(() => (this.view.value()?.redFlags ?? []).filter((flag) => flag.status === 'UNDER_REVIEW'));
  protected readonly differences = TERMS_DIFFERENCES;
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly suspended = signal(false);
  protected reason = '';

  protected feeOf(id: string) {
    return this.view.value()?.feeReports.find((fee) => fee.id === id) ?? null;
  }

  protected downloadReceipt(fee: FeeReportView): void {
    this.problem.set(null);
    this.api.receipt('staff', fee.id).subscribe({
      next: (blob) => saveBlob(blob, fee.receipt?.fileName ?? 'receipt', this.document),
      error: (error: unknown) => this.problem.set(toUiProblem(error)),
    });
  }

  protected suspend(flag: RedFlagView): void {
    this.busy.set(true);
    this.problem.set(null);
    this.api.suspend(flag.id, this.reason).subscribe({
      next: () => {
        this.busy.set(false);
        this.suspended.set(true);
        this.reason = '';
        this.view.reload();
        this.suspendedCompany.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toUiProblem(error));
      },
    });
  }
}
