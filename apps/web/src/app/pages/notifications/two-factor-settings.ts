import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldError } from '@jumush/contracts/client';
import { AuthApi } from '../../core/api/auth-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { DateTimePipe } from '../../shared/format/format-pipes';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { requiredField, totpCodeField } from '../../shared/forms/validators';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { RecoveryCodes } from '../../shared/ui/recovery-codes';

/** "Two-factor sign-in": whether it is on, recovery codes left, new recovery codes after a code from the app. */
@Component({
  selector: 'jm-two-factor-settings',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    DateTimePipe,
    LoadState,
    ProblemAlert,
    RecoveryCodes,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="settings-section" aria-labelledby="two-factor-settings-title" data-testid="two-factor-settings">
      <h2 id="two-factor-settings-title">{{ 'twoFactor.settingsTitle' | translate }}</h2>
      <jm-load-state [loading]="status.loading()" [problem]="status.problem()" (retry)="status.reload()" />
      @if (status.value(); as s) {
        @if (s.enabledAt) {
          <p data-testid="two-factor-status">{{ 'twoFactor.onSince' | translate: { date: (s.enabledAt | dateTime: lang()) } }}</p>
          <p data-testid="recovery-codes-left">{{ 'twoFactor.codesLeft' | translate: { count: s.recoveryCodesLeft } }}</p>
          @if (codes(); as c) {
            <jm-recovery-codes [codes]="c" />
          } @else {
            <jm-problem-alert [problem]="problem()" [unmatched]="unmatched()" />
            <form [formGroup]="form" (ngSubmit)="regenerate()" novalidate>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'twoFactor.code' | translate }}</mat-label>
                <input matInput id="regenerate-code" formControlName="code" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required />
                <mat-hint>{{ 'twoFactor.regenerateHint' | translate }}</mat-hint>
                @if (message(control()); as m) {
                  <mat-error>{{ m.key | translate: m.params }}</mat-error>
                }
              </mat-form-field>
              <button mat-stroked-button type="submit" data-testid="regenerate-recovery-codes" [disabled]="busy()">
                {{ 'twoFactor.regenerate' | translate }}
              </button>
            </form>
          }
        } @else {
          <p data-testid="two-factor-status">{{ (s.required ? 'twoFactor.offRequired' : 'twoFactor.off') | translate }}</p>
          <a mat-stroked-button [routerLink]="['/', lang(), 'two-factor']" data-testid="two-factor-enrol-link">{{
            'twoFactor.switchOn' | translate
          }}</a>
        }
      }
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
      width: min(100%, 240px);
    }
  `,
})
export class TwoFactorSettings {
  private readonly api = inject(AuthApi);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;
  protected readonly status = loader(
    () => true,
    () => this.api.twoFactorStatus(),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({ code: ['', [requiredField, totpCodeField]] });
  protected readonly codes = signal<readonly string[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly message = firstFieldMessage;

  protected control(): AbstractControl {
    return this.form.controls.code;
  }

  protected regenerate(): void {
    if (this.busy()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.document.getElementById('regenerate-code')?.focus();
      return;
    }
    this.busy.set(true);
    this.api.regenerateRecoveryCodes(this.form.getRawValue().code).subscribe({
      next: ({ recoveryCodes }) => {
        this.busy.set(false);
        this.codes.set(recoveryCodes);
        this.status.reload();
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
        this.problem.set(problem);
        this.busy.set(false);
        this.document.getElementById('regenerate-code')?.focus();
      },
    });
  }
}
