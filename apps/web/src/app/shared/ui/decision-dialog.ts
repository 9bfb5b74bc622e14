import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef, type MatDialogConfig } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import type { FieldError } from '@jumush/contracts/client';
import { toUiProblem, type MessageParams, type UiProblem } from '../../core/errors/problem';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../forms/form-errors';
import { lengthField, requiredField } from '../forms/validators';
import { ProblemAlert } from './problem-alert';

/** Limits of ReasonDto (reject, suspend, reinstate, close). */
export const REASON_MIN = 3;
export const REASON_MAX = 1000;

export interface DecisionDialogData<T> {
  titleKey: string;
  textKey: string;
  textParams?: MessageParams;
  confirmKey: string;
  /** Reject, suspend, reinstate: the decision must say why. */
  reasonRequired: boolean;
  /** A reason field that may stay empty (e.g. the migrant withdrawing). */
  reasonOptional?: boolean;
  /** Label of the reason field, when not 'decision.reason'. */
  reasonLabelKey?: string;
  /** Hint under the reason field, when not 'decision.reasonHint'. */
  reasonHintKey?: string;
  /** A decision against the employer: the confirm button is red. */
  destructive?: boolean;
  /** A required choice besides the reason (a suspension's category): its label and options, each with its label. */
  choice?: { labelKey: string; hintKey?: string; options: ReadonlyArray<{ value: string; labelKey: string }> };
  /**
   * A required choice of what happened before the reason's words (e.g. a no-show: never arrived, never started…).
   * The reason sent is the chosen kind's words, then what was typed: "Did not arrive: …".
   */
  reasonKinds?: { labelKey: string; optionKeys: readonly string[] };
  /** Performs the decision; the dialog stays open (with the error) until it succeeds. `choice` is '' without one. */
  submit: (reason: string, choice: string) => Observable<T>;
}

/**
 * Confirms a decision of the attaché (or the employer) and, when required, asks why. The reason is sent
 * as typed; the dialog closes with the API's answer, or with undefined when cancelled.
 */
@Component({
  selector: 'jm-decision-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p class="text">{{ data.textKey | translate: data.textParams }}</p>
        <jm-problem-alert [problem]="problem()" [unmatched]="unmatched()" />
        @if (data.choice; as choice) {
          <div class="choice">
            <label for="decision-choice">{{ choice.labelKey | translate }}</label>
            <select
              id="decision-choice"
              formControlName="choice"
              required
              [attr.aria-invalid]="!!message(choiceControl)"
              aria-describedby="decision-choice-hint decision-choice-error"
            >
              <option value="">{{ 'decision.chooseOne' | translate }}</option>
              @for (option of choice.options; track option.value) {
                <option [value]="option.value">{{ option.labelKey | translate }}</option>
              }
            </select>
            <p class="hint" id="decision-choice-hint">{{ choice.hintKey ?? '' | translate }}</p>
            <p class="field-error" id="decision-choice-error" role="alert">
              @if (message(choiceControl); as m) {
                {{ m.key | translate: m.params }}
              }
            </p>
          </div>
        }
        @if (data.reasonKinds; as kinds) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="reason">
            <mat-label>{{ kinds.labelKey | translate }}</mat-label>
            <select matNativeControl id="decision-reason-kind" data-testid="decision-reason-kind" formControlName="kind" required>
              <option value=""></option>
              @for (option of kinds.optionKeys; track option) {
                <option [value]="option">{{ option | translate }}</option>
              }
            </select>
            @if (message(kind); as m) {
              <mat-error>{{ m.key | translate: m.params }}</mat-error>
            }
          </mat-form-field>
        }
        @if (data.reasonRequired || data.reasonOptional) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="reason">
            <mat-label>{{ data.reasonLabelKey ?? 'decision.reason' | translate }}</mat-label>
            <textarea
              matInput
              id="decision-reason"
              formControlName="reason"
              rows="4"
              [required]="data.reasonRequired"
              cdkFocusInitial
              [attr.maxlength]="max"
            ></textarea>
            <mat-hint>{{ data.reasonHintKey ?? 'decision.reasonHint' | translate }}</mat-hint>
            @if (message(reason); as m) {
              <mat-error>{{ m.key | translate: m.params }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="busy()">{{ 'common.cancel' | translate }}</button>
        <button
          mat-flat-button
          type="submit"
          data-testid="confirm-decision"
          [class.destructive]="data.destructive"
          [disabled]="busy()"
          [attr.cdkFocusInitial]="data.reasonRequired || data.reasonOptional ? null : ''"
        >
          {{ (busy() ? 'common.sending' : data.confirmKey) | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .text {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface);
    }
    .reason {
      width: 100%;
    }
    .choice {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 12px;
    }
    .choice select {
      min-height: 40px;
      font: inherit;
    }
    .choice .hint,
    .choice .field-error {
      margin: 0;
      font-size: 0.875rem;
    }
    .choice .field-error {
      color: var(--mat-sys-error);
    }
    .destructive:not(:disabled) {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class DecisionDialog<T = unknown> {
  protected readonly data = inject<DecisionDialogData<T>>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DecisionDialog<T>, T>>(MatDialogRef);
  protected readonly max = REASON_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [requiredField, lengthField(REASON_MIN, REASON_MAX)]],
    choice: ['', this.data.choice ? [requiredField] : []],
    kind: ['', this.data.reasonKinds ? [requiredField] : []],
  });
  protected readonly reason = this.form.controls.reason;
  protected readonly choiceControl = this.form.controls.choice;
  protected readonly kind = this.form.controls.kind;
  private readonly translate = inject(TranslateService);
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly message = firstFieldMessage;

  protected confirm(): void {
    if (this.busy()) return;
    if (this.data.reasonOptional && !this.data.reasonRequired && this.reason.value.trim() === '') this.reason.setErrors(null);
    const reasonInvalid = (this.data.reasonRequired || (this.data.reasonOptional && this.reason.value.trim() !== '')) && this.reason.invalid;
    if (reasonInvalid || this.kind.invalid) {
      this.reason.markAsTouched();
      this.kind.markAsTouched();
      return;
    }
    if (this.choiceControl.invalid) {
      this.choiceControl.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    this.dialogRef.disableClose = true;
    const typed = this.data.reasonRequired || this.data.reasonOptional ? this.reason.value.trim() : '';
    const reason = this.kind.value ? `${this.translate.instant(this.kind.value) as string}: ${typed}` : typed;
    this.data.submit(reason, this.choiceControl.value).subscribe({
      next: (result) => this.dialogRef.close(result),
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
        this.problem.set(problem);
        this.busy.set(false);
        this.dialogRef.disableClose = false;
      },
    });
  }
}

/** Options of every decision dialog: wide enough for a reason on a phone, labelled by its title. */
export const DECISION_DIALOG_CONFIG: MatDialogConfig = {
  width: '560px',
  maxWidth: 'calc(100vw - 24px)',
  autoFocus: 'first-tabbable',
  restoreFocus: true,
};
