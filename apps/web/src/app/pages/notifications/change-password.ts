import { ChangeDetectionStrategy, Component, DOCUMENT, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { PASSWORD_MAX_LENGTH, type FieldError } from '@jumush/contracts/client';
import { AuthApi } from '../../core/api/auth-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage, firstInvalidControl } from '../../shared/forms/form-errors';
import { maxLengthField, passwordField, requiredField } from '../../shared/forms/validators';
import { ProblemAlert } from '../../shared/ui/problem-alert';

type Field = 'currentPassword' | 'newPassword';
const CONTROL_IDS: Readonly<Record<Field, string>> = { currentPassword: 'change-current-password', newPassword: 'change-new-password' };

/** "Password": the current password and a new one; this sign-in stays, every other one ends. */
@Component({
  selector: 'jm-change-password',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="settings-section password" aria-labelledby="change-password-title" data-testid="change-password">
      <h2 id="change-password-title">{{ 'changePassword.title' | translate }}</h2>
      <jm-problem-alert [problem]="problem()" [unmatched]="unmatched()" />
      <p class="done" role="status">
        @if (changed()) {
          {{ 'changePassword.changed' | translate }}
        }
      </p>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'changePassword.current' | translate }}</mat-label>
          <input matInput [id]="ids.currentPassword" type="password" formControlName="currentPassword" autocomplete="current-password" required />
          @if (message(control('currentPassword')); as m) {
            <mat-error>{{ m.key | translate: m.params }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'resetPassword.newPassword' | translate }}</mat-label>
          <input matInput [id]="ids.newPassword" type="password" formControlName="newPassword" autocomplete="new-password" required />
          <mat-hint>{{ 'resetPassword.rules' | translate }}</mat-hint>
          @if (message(control('newPassword')); as m) {
            <mat-error>{{ m.key | translate: m.params }}</mat-error>
          }
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="submitting()">{{ 'changePassword.submit' | translate }}</button>
      </form>
    </section>
  `,
  styleUrl: './settings-section.scss',
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
      align-items: flex-start;
    }
    mat-form-field {
      width: min(100%, 360px);
    }
    .done:empty {
      display: none;
    }
  `,
})
export class ChangePassword {
  private readonly api = inject(AuthApi);
  private readonly document = inject(DOCUMENT);
  /** Fired after a change: the other sign-ins ended, so a list of them is stale. */
  readonly passwordChanged = output<void>();

  protected readonly ids = CONTROL_IDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [requiredField, maxLengthField(PASSWORD_MAX_LENGTH)]],
    newPassword: ['', [requiredField, passwordField]],
  });
  protected readonly submitting = signal(false);
  protected readonly changed = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly message = firstFieldMessage;

  protected control(name: Field): AbstractControl {
    return this.form.controls[name];
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    this.changed.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.submitting.set(true);
    this.api.changePassword(this.form.getRawValue()).subscribe({
      next: () => {
        this.submitting.set(false);
        this.form.reset();
        this.changed.set(true);
        this.passwordChanged.emit();
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
        this.problem.set(problem);
        this.submitting.set(false);
        this.focusFirstInvalid();
      },
    });
  }

  private focusFirstInvalid(): void {
    const name = firstInvalidControl(this.form, ['currentPassword', 'newPassword']) as Field | null;
    if (name) this.document.getElementById(CONTROL_IDS[name])?.focus();
  }
}
