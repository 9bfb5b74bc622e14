import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { type FieldError, type PasswordResetRequestedView } from '@jumush/contracts/client';
import { AuthApi } from '../../core/api/auth-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage, firstInvalidControl } from '../../shared/forms/form-errors';
import { maxLengthField, passwordField, requiredField } from '../../shared/forms/validators';
import { PasswordReveal } from '../../shared/ui/password-reveal';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { normalizeLoginIdentifier } from '../login/login';

const CONTROL_IDS: Readonly<Record<string, string>> = { login: 'forgot-login', code: 'forgot-code', newPassword: 'forgot-new-password' };

/**
 * "Forgot password?": the login first; a phone number then gets a code by SMS, typed here with the new password; an
 * e-mail address gets a link (reset-password page). The answer is the same whether or not the account exists.
 */
@Component({
  selector: 'jm-forgot-password',
  imports: [
    PasswordReveal,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forgot-password.html',
  styleUrl: '../../shared/ui/form-page.scss',
})
export class ForgotPassword {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly requestForm = this.fb.group({ login: ['', [requiredField, maxLengthField(254)]] });
  protected readonly codeForm = this.fb.group({
    code: ['', [requiredField, maxLengthField(20)]],
    newPassword: ['', [requiredField, passwordField]],
  });

  protected readonly submitting = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly requested = signal<PasswordResetRequestedView | null>(null);
  protected readonly message = firstFieldMessage;

  protected control(name: 'login' | 'code' | 'newPassword'): AbstractControl {
    return name === 'login' ? this.requestForm.controls.login : this.codeForm.controls[name];
  }

  protected request(): void {
    if (this.submitting()) return;
    this.clearProblem();
    if (this.requestForm.invalid) return this.invalid(this.requestForm, ['login']);
    this.submitting.set(true);
    this.api.requestPasswordReset(normalizeLoginIdentifier(this.requestForm.getRawValue().login)).subscribe({
      next: (answer) => {
        this.submitting.set(false);
        this.requested.set(answer);
        this.focusLater(answer.delivery === 'SMS_CODE' ? CONTROL_IDS['code'] : 'forgot-sent');
      },
      error: (error: unknown) => this.failed(error, this.requestForm, ['login']),
    });
  }

  protected confirm(): void {
    if (this.submitting()) return;
    this.clearProblem();
    if (this.codeForm.invalid) return this.invalid(this.codeForm, ['code', 'newPassword']);
    const { code, newPassword } = this.codeForm.getRawValue();
    this.submitting.set(true);
    this.api.confirmPasswordReset({ login: normalizeLoginIdentifier(this.requestForm.getRawValue().login), code, newPassword }).subscribe({
      next: () => void this.router.navigate(['/', this.lang(), 'login'], { queryParams: { reset: 1 } }),
      error: (error: unknown) => this.failed(error, this.codeForm, ['code', 'newPassword']),
    });
  }

  /** Back to the first step: another login, or a new code. */
  protected again(): void {
    this.clearProblem();
    this.codeForm.reset();
    this.requested.set(null);
    this.focusLater(CONTROL_IDS['login']);
  }

  private clearProblem(): void {
    this.problem.set(null);
    this.unmatched.set([]);
  }

  private invalid(form: typeof this.requestForm | typeof this.codeForm, order: string[]): void {
    form.markAllAsTouched();
    const name = firstInvalidControl(form, order);
    if (name) this.document.getElementById(CONTROL_IDS[name])?.focus();
  }

  private failed(error: unknown, form: typeof this.requestForm | typeof this.codeForm, order: string[]): void {
    const problem = toUiProblem(error);
    this.unmatched.set(applyFieldErrors(form, fieldErrorsOf(problem)));
    this.problem.set(problem);
    this.submitting.set(false);
    const name = firstInvalidControl(form, order);
    if (name) this.document.getElementById(CONTROL_IDS[name])?.focus();
  }

  private focusLater(id: string | undefined): void {
    if (id) setTimeout(() => this.document.getElementById(id)?.focus());
  }
}
