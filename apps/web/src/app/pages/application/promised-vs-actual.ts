import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CONTRACT_REPORTS,
  FEE_STATES,
  HOUSING_REPORTS,
  type ContractReport,
  type FeeReportView,
  type FeeState,
  type HousingReport,
  type PromisedVsActualView,
} from '@jumush/contracts/client';
import { WorkReportsApi } from '../../core/api/work-reports-api';
import { toUiProblem, uploadProblemOf, type UiProblem } from '../../core/errors/problem';
import { DOCUMENT_ACCEPT, DOCUMENT_MAX_MEGABYTES, documentFileProblem } from '../../shared/data/document-upload';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe, RoublesPipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Today on the phone's calendar (the day a fee was paid is the migrant's own day). */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * On the application page of a job the migrant reached: the terms frozen at approval beside what they report
 * (actual wage, hours, housing, contract), and a fee demanded or paid with the intermediary named. The employer
 * never sees who reported; the attaché of their country does what is needed.
 */
@Component({
  selector: 'jm-promised-vs-actual',
  imports: [FormsModule, TranslatePipe, MatButtonModule, LoadState, ProblemAlert, RoublesPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="box" data-testid="promised-vs-actual" aria-labelledby="pva-title">
      <h2 id="pva-title">{{ 'workReports.title' | translate }}</h2>
      <jm-load-state [loading]="reports.loading()" [problem]="reports.problem()" (retry)="reports.reload()" />
      @if (reports.value(); as r) {
        @let last = r.termsReports[0];
        <table class="compare" data-testid="pva-table">
          <caption class="sr-only">
            {{
              'workReports.caption' | translate
            }}
          </caption>
          <thead>
            <tr>
              <td></td>
              <th scope="col">{{ 'workReports.promised' | translate }}</th>
              <th scope="col">{{ 'workReports.actual' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            <tr [class.bad]="last?.differences?.includes('wageBelow')">
              <th scope="row">{{ 'workReports.wage' | translate }}</th>
              <td data-testid="promised-wage">{{ r.promised?.monthlyWageRoubles | roubles: lang() }}</td>
              <td data-testid="actual-wage">{{ last ? (last.monthlyWageRoubles | roubles: lang()) : '—' }}</td>
            </tr>
            <tr [class.bad]="last?.differences?.includes('hoursAbove')">
              <th scope="row">{{ 'workReports.hours' | translate }}</th>
              <td>{{ r.promised?.weeklyHours }}</td>
              <td>{{ last ? last.weeklyHours : '—' }}</td>
            </tr>
            <tr [class.bad]="last && last.housing !== 'asDescribed'">
              <th scope="row">{{ 'workReports.housing' | translate }}</th>
              <td>{{ housingOptionKey(r.promised?.housing ?? 'NONE') | translate }}</td>
              <td>{{ last ? (housingKey(last.housing) | translate) : '—' }}</td>
            </tr>
            <tr [class.bad]="last && last.contract !== 'asSigned'">
              <th scope="row">{{ 'workReports.contract' | translate }}</th>
              <td>{{ 'workReports.contractMonths' | translate: { count: r.promised?.contractMonths ?? 0 } }}</td>
              <td>{{ last ? (contractKey(last.contract) | translate) : '—' }}</td>
            </tr>
          </tbody>
        </table>
        @if (last) {
          <p data-testid="pva-differences" [attr.data-count]="last.differences.length">
            @if (last.differences.length === 0) {
              {{ 'workReports.asPromised' | translate }}
            } @else {
              {{ 'workReports.differences' | translate }}
              @for (d of last.differences; track d) {
                <span class="chip">{{ differenceKey(d) | translate }}</span>
              }
            }
          </p>
        } @else {
          <p class="meta">{{ 'workReports.noReportYet' | translate }}</p>
        }
        <jm-problem-alert [problem]="problem()" />
        @if (done(); as d) {
          <p class="notice" role="status" data-testid="report-done">{{ doneKey(d) | translate }}</p>
        }
        @if (r.open) {
          <form class="grid" (ngSubmit)="sendTerms(r)" data-testid="terms-form">
            <h3>{{ 'workReports.reportTerms' | translate }}</h3>
            <label for="pva-wage">{{ 'workReports.actualWage' | translate }}</label>
            <input id="pva-wage" name="wage" type="number" min="0" inputmode="numeric" required [(ngModel)]="wage" data-testid="actual-wage-input" />
            <label for="pva-hours">{{ 'workReports.actualHours' | translate }}</label>
            <input id="pva-hours" name="hours" type="number" min="1" max="168" inputmode="numeric" required [(ngModel)]="hours" />
            <label for="pva-housing">{{ 'workReports.housing' | translate }}</label>
            <select id="pva-housing" name="housing" [(ngModel)]="housing">
              @for (h of housingReports; track h) {
                <option [value]="h">{{ housingKey(h) | translate }}</option>
              }
            </select>
            <label for="pva-contract">{{ 'workReports.contract' | translate }}</label>
            <select id="pva-contract" name="contract" [(ngModel)]="contract">
              @for (c of contractReports; track c) {
                <option [value]="c">{{ contractKey(c) | translate }}</option>
              }
            </select>
            <button mat-flat-button type="submit" data-testid="send-terms" [disabled]="busy() || wage === null || hours === null">
              {{ 'workReports.send' | translate }}
            </button>
          </form>
          <form class="grid" (ngSubmit)="sendFee(r)" data-testid="fee-form">
            <h3>{{ 'workReports.reportFee' | translate }}</h3>
            <p class="meta">{{ 'workReports.feeHint' | translate }}</p>
            <label for="fee-amount">{{ 'workReports.feeAmount' | translate }}</label>
            <input id="fee-amount" name="amount" type="number" min="1" inputmode="numeric" required [(ngModel)]="amount" data-testid="fee-amount" />
            <fieldset>
              <legend>{{ 'workReports.feeState' | translate }}</legend>
              @for (st of feeStates; track st) {
                <label class="radio">
                  <input type="radio" name="feeState" [value]="st" [(ngModel)]="feeState" [attr.data-testid]="'fee-state-' + st" />
                  {{ feeStateKey(st) | translate }}
                </label>
              }
            </fieldset>
            <label for="fee-to">{{ 'workReports.intermediaryName' | translate }}</label>
            <input id="fee-to" name="to" type="text" maxlength="200" required [(ngModel)]="intermediaryName" data-testid="fee-intermediary" />
            <label for="fee-phone">{{ 'workReports.intermediaryPhone' | translate }}</label>
            <input id="fee-phone" name="phone" type="tel" maxlength="31" [(ngModel)]="intermediaryPhone" data-testid="fee-phone" />
            <label for="fee-on">{{ 'workReports.feeOn' | translate }}</label>
            <input id="fee-on" name="on" type="date" required [max]="maxDate" [(ngModel)]="happenedOn" data-testid="fee-on" />
            <button mat-flat-button type="submit" data-testid="send-fee" [disabled]="busy() || !amount || !intermediaryName.trim() || !happenedOn">
              {{ 'workReports.send' | translate }}
            </button>
          </form>
        }
        @if (r.feeReports.length > 0) {
          <h3>{{ 'workReports.myFees' | translate }}</h3>
          <ul data-testid="my-fees">
            @for (f of r.feeReports; track f.id) {
              <li data-testid="my-fee" [attr.data-id]="f.id">
                {{ f.amountRoubles | roubles: lang() }} · {{ feeStateKey(f.state) | translate }} · {{ f.intermediaryName }} ·
                {{ f.happenedOn | localDate: lang() }}
                <div class="receipt">
                  @if (f.receipt; as receipt) {
                    <button
                      mat-button
                      type="button"
                      data-testid="my-fee-receipt"
                      [attr.aria-label]="'workReports.receiptOf' | translate: { name: receipt.fileName }"
                      (click)="downloadReceipt(f)"
                    >
                      {{ 'workReports.receipt' | translate }}
                    </button>
                  }
                  <label [for]="'receipt-' + f.id">{{
                    (f.receipt ? 'workReports.replaceReceipt' : 'workReports.addReceipt') | translate: { maxMegabytes: maxMegabytes }
                  }}</label>
                  <input
                    type="file"
                    [id]="'receipt-' + f.id"
                    data-testid="receipt-input"
                    [accept]="accept"
                    [disabled]="receiptBusy() !== null"
                    (change)="attachReceipt(f, $event)"
                  />
                  @if (receiptBusy() === f.id) {
                    <span role="status" data-testid="receipt-uploading">{{ 'workReports.receiptUploading' | translate }}</span>
                  }
                  @if (receiptProblem(); as rp) {
                    @if (rp.reportId === f.id) {
                      <p class="error" role="alert" data-testid="receipt-error">{{ rp.code | translate: rp.params }}</p>
                    }
                  }
                </div>
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .box {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .compare {
      width: 100%;
      border-collapse: collapse;
    }
    .compare th,
    .compare td {
      text-align: start;
      padding: 4px 8px 4px 0;
    }
    .compare tr.bad td:last-child {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .chip {
      display: inline-block;
      margin-inline-start: 6px;
      padding: 0 8px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .grid {
      display: grid;
      gap: 6px;
      margin-top: 16px;
    }
    .radio {
      display: block;
    }
    .receipt {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class PromisedVsActual {
  /** Translation keys built from the values the API sends (declared prefixes, see the translations spec). */
  protected housingOptionKey(value: string): string {
    return `terms.housingOption.${value}`;
  }

  protected housingKey(value: string): string {
    return `workReports.housingReport.${value}`;
  }

  protected contractKey(value: string): string {
    return `workReports.contractReport.${value}`;
  }

  protected differenceKey(value: string): string {
    return `workReports.difference.${value}`;
  }

  protected doneKey(value: string): string {
    return `workReports.done.${value}`;
  }

  protected feeStateKey(value: string): string {
    return `workReports.feeStates.${value}`;
  }

  private readonly api = inject(WorkReportsApi);
  private readonly document = inject(DOCUMENT);

  readonly applicationId = input.required<string>();
  readonly lang = input.required<string>();

  protected readonly reports = loader(
    () => this.applicationId(),
    (id) => this.api.mine(id),
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly done = signal<'terms' | 'fee' | null>(null);
  protected readonly housingReports = HOUSING_REPORTS;
  protected readonly contractReports = CONTRACT_REPORTS;
  protected readonly feeStates = FEE_STATES;
  protected readonly maxDate = today();
  protected readonly accept = DOCUMENT_ACCEPT;
  protected readonly maxMegabytes = DOCUMENT_MAX_MEGABYTES;
  /** The fee report whose receipt is being sent; null when none. */
  protected readonly receiptBusy = signal<string | null>(null);
  protected readonly receiptProblem = signal<{ reportId: string; code: string; params: Record<string, string | number> } | null>(null);

  protected wage: number | null = null;
  protected hours: number | null = null;
  protected housing: HousingReport = 'asDescribed';
  protected contract: ContractReport = 'asSigned';
  protected amount: number | null = null;
  protected feeState: FeeState = 'demanded';
  protected intermediaryName = '';
  protected intermediaryPhone = '';
  protected happenedOn = today();

  protected sendTerms(r: PromisedVsActualView): void {
    if (this.wage === null || this.hours === null) return;
    this.submit(
      'terms',
      this.api.reportTerms({
        applicationId: r.applicationId,
        monthlyWageRoubles: Number(this.wage),
        weeklyHours: Number(this.hours),
        housing: this.housing,
        contract: this.contract,
      }),
    );
  }

  protected sendFee(r: PromisedVsActualView): void {
    if (!this.amount) return;
    this.submit(
      'fee',
      this.api.reportFee({
        applicationId: r.applicationId,
        amountRoubles: Number(this.amount),
        state: this.feeState,
        intermediaryName: this.intermediaryName.trim(),
        ...(this.intermediaryPhone.trim() ? { intermediaryPhone: this.intermediaryPhone.trim() } : {}),
        happenedOn: this.happenedOn,
      }),
    );
  }

  /** The optional receipt of a fee report already sent (a new one replaces the old); checked here before it goes. */
  protected attachReceipt(fee: FeeReportView, event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const params = { maxMegabytes: this.maxMegabytes };
    const local = documentFileProblem(file);
    if (local) {
      this.receiptProblem.set({ reportId: fee.id, code: local, params });
      return;
    }
    this.receiptProblem.set(null);
    this.receiptBusy.set(fee.id);
    this.api.attachReceipt(fee.id, file).subscribe({
      next: (view) => {
        this.receiptBusy.set(null);
        this.reports.set(view);
      },
      error: (error: unknown) => {
        const problem = uploadProblemOf(toUiProblem(error));
        this.receiptBusy.set(null);
        this.receiptProblem.set({ reportId: fee.id, code: problem.code, params: { ...params, ...problem.params } });
      },
    });
  }

  protected downloadReceipt(fee: FeeReportView): void {
    this.problem.set(null);
    this.api.receipt('migrant', fee.id).subscribe({
      next: (blob) => saveBlob(blob, fee.receipt?.fileName ?? 'receipt', this.document),
      error: (error: unknown) => this.problem.set(toUiProblem(error)),
    });
  }

  private submit(kind: 'terms' | 'fee', request: ReturnType<WorkReportsApi['mine']>): void {
    this.busy.set(true);
    this.problem.set(null);
    this.done.set(null);
    request.subscribe({
      next: (view) => {
        this.busy.set(false);
        this.done.set(kind);
        this.reports.set(view);
        if (kind === 'fee') {
          this.amount = null;
          this.intermediaryName = '';
          this.intermediaryPhone = '';
        }
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toUiProblem(error));
      },
    });
  }
}
