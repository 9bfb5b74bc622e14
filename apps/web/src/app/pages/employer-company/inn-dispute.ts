import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CompanyDisputeStatus,
  DISPUTE_STATEMENT_MAX_LENGTH,
  DISPUTE_STATEMENT_MIN_LENGTH,
  type FieldError,
  type MyCompanyDisputeView,
} from '@jumush/contracts/client';
import { DisputesApi } from '../../core/api/disputes-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { innField } from '../../shared/forms/company-validators';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { lengthField, requiredField } from '../../shared/forms/validators';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { DOCUMENT_ACCEPT, DOCUMENT_MAX_MEGABYTES, documentFileProblem } from '../../shared/data/document-upload';

/**
 * "This INN is ours — dispute it": after `company.innTaken`, the real company files a statement and a document for the
 * attaché, and follows its disputes here. Only the claimant's own words are shown: nothing of the company as its
 * holder registered it.
 */
@Component({
  selector: 'jm-inn-dispute',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemAlert,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (disputes.value(); as list) {
      @if (list.length > 0) {
        <section class="card" aria-labelledby="my-disputes-title" data-testid="my-disputes">
          <h2 id="my-disputes-title">{{ 'innDispute.mineTitle' | translate }}</h2>
          <ul class="disputes">
            @for (d of list; track d.id) {
              <li data-testid="my-dispute" [attr.data-status]="d.status">
                <p>
                  <strong>{{ 'innDispute.inn' | translate: { inn: d.inn } }}</strong> ·
                  <span data-testid="my-dispute-status">{{ statusKey(d.status) | translate }}</span> ·
                  {{ 'innDispute.filedOn' | translate: { date: (d.filedAt | localDate: lang()) } }}
                </p>
                @if (d.decisionReason) {
                  <p class="reason">{{ 'innDispute.reason' | translate: { reason: d.decisionReason } }}</p>
                }
              </li>
            }
          </ul>
        </section>
      }
    }

    @if (inn() && !open()) {
      <section class="card" aria-labelledby="dispute-title">
        <div class="progress-slot">
          @if (submitting()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'form.submitting' | translate" />
          }
        </div>
        @if (!showForm()) {
          <p>{{ 'innDispute.offer' | translate }}</p>
          <button mat-stroked-button type="button" data-testid="dispute-inn" (click)="start()">{{ 'innDispute.start' | translate }}</button>
        } @else {
          <h2 id="dispute-title">{{ 'innDispute.title' | translate }}</h2>
          <p class="intro">{{ 'innDispute.intro' | translate: { maxMegabytes: maxMegabytes } }}</p>
          <jm-problem-alert [problem]="problem()" [unmatched]="unmatched()" />
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="dispute-form">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'companyForm.inn' | translate }}</mat-label>
              <input matInput id="dispute-inn" formControlName="inn" inputmode="numeric" autocomplete="off" required />
              @if (message(form.controls.inn); as m) {
                <mat-error>{{ m.key | translate: m.params }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'innDispute.statement' | translate }}</mat-label>
              <textarea matInput id="dispute-statement" formControlName="statement" rows="5" required></textarea>
              <mat-hint>{{ 'innDispute.statementHint' | translate: { min: minLength } }}</mat-hint>
              @if (message(form.controls.statement); as m) {
                <mat-error>{{ m.key | translate: m.params }}</mat-error>
              }
            </mat-form-field>
            <label class="file" for="dispute-file">{{ 'innDispute.file' | translate }}</label>
            <input id="dispute-file" type="file" [accept]="accept" (change)="choose($event)" data-testid="dispute-file" />
            @if (fileProblem(); as code) {
              <p class="error" role="alert">{{ code | translate: { maxMegabytes: maxMegabytes } }}</p>
            }
            <button mat-flat-button type="submit" data-testid="dispute-submit" [disabled]="submitting()">
              {{ 'innDispute.submit' | translate }}
            </button>
          </form>
        }
      </section>
    }
    @if (filed()) {
      <p class="notice" role="status" data-testid="dispute-filed">{{ 'innDispute.filed' | translate }}</p>
    }
  `,
  styles: `
    .card {
      display: grid;
      gap: 12px;
      margin-block: 16px;
    }
    form {
      display: grid;
      gap: 12px;
    }
    .disputes {
      padding-inline-start: 20px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .progress-slot {
      min-height: 4px;
    }
  `,
})
export class InnDispute {
  private readonly api = inject(DisputesApi);
  protected readonly lang = inject(LocaleService).current;

  /** The INN the registration was refused for (null: only the list of disputes). */
  readonly inn = input<string | null>(null);

  protected readonly accept = DOCUMENT_ACCEPT;
  protected readonly maxMegabytes = DOCUMENT_MAX_MEGABYTES;
  protected readonly minLength = DISPUTE_STATEMENT_MIN_LENGTH;
  protected readonly message = firstFieldMessage;

  protected readonly disputes = loader(
    () => true,
    () => this.api.mine(),
  );
  /** One open dispute at a time: while one waits, no second form. */
  protected readonly open = computed(() => (this.disputes.value() ?? []).some((d) => d.status === CompanyDisputeStatus.Open));

  protected readonly form = inject(NonNullableFormBuilder).group({
    inn: ['', [requiredField, innField]],
    statement: ['', [requiredField, lengthField(DISPUTE_STATEMENT_MIN_LENGTH, DISPUTE_STATEMENT_MAX_LENGTH)]],
  });
  protected readonly showForm = signal(false);
  protected readonly submitting = signal(false);
  protected readonly filed = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly fileProblem = signal<string | null>(null);
  private file: File | null = null;

  protected statusKey(status: CompanyDisputeStatus): string {
    return `status.dispute.${status}`;
  }

  protected start(): void {
    this.form.controls.inn.setValue(this.inn() ?? '');
    this.showForm.set(true);
    this.filed.set(false);
  }

  protected choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file = file;
    this.fileProblem.set(file ? documentFileProblem(file) : null);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    if (!this.file) this.fileProblem.set('innDispute.fileMissing');
    if (this.form.invalid || !this.file || this.fileProblem()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    const { inn, statement } = this.form.getRawValue();
    this.api.file(inn.replace(/\D/g, ''), statement.trim(), this.file).subscribe({
      next: (dispute: MyCompanyDisputeView) => {
        this.submitting.set(false);
        this.showForm.set(false);
        this.filed.set(true);
        this.disputes.set([dispute, ...(this.disputes.value() ?? [])]);
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
        this.problem.set(problem);
        this.submitting.set(false);
      },
    });
  }
}
