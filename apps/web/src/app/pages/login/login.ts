import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PASSWORD_MAX_LENGTH, type FieldError } from '@jumush/contracts/client';
import { normalizeMobilePhone } from '@jumush/domain/phone';
import { AuthService } from '../../core/auth/auth.service';
import { safeReturnUrl } from '../../core/auth/return-url';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage, firstInvalidControl } from '../../shared/forms/form-errors';
import { maxLengthField, recoveryCodeField, requiredField, totpCodeField } from '../../shared/forms/validators';
import { PasswordReveal } from '../../shared/ui/password-reveal';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const CONTROL_IDS: Readonly<Record<string, string>> = {
  login: 'login-identifier',
  password: 'login-password',
  code: 'login-two-factor-code',
  recoveryCode: 'login-recovery-code',
};

/** An identifier without "@" is a phone number: send it the way it was registered. */
export function normalizeLoginIdentifier(value: string): string {
  const trimmed = value.trim();
  return trimmed.includes('@') ? trimmed.toLowerCase() : normalizeMobilePhone(trimmed);
}

export { safeReturnUrl } from '../../core/auth/return-url';

@Component({
  selector: 'jm-login',
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
  templateUrl: './login.html',
  styleUrl: '../../shared/ui/form-page.scss',
})
export class Login {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;

  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', [requiredField, maxLengthField(254)]],
    password: ['', [requiredField, maxLengthField(PASSWORD_MAX_LENGTH)]],
  });

  /** The second step (two-factor on): a code from the authenticator app, or one of the recovery codes. */
  protected readonly secondForm = inject(NonNullableFormBuilder).group({
    code: ['', [requiredField, totpCodeField]],
    recoveryCode: ['', [requiredField, recoveryCodeField]],
  });
  /** The challenge the password earned; set, the page asks for the second step. */
  protected readonly challenge = signal<string | null>(null);
  protected readonly useRecoveryCode = signal(false);

  protected readonly submitting = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly justRegistered = this.route.snapshot.queryParamMap.get('registered') === '1';
  protected readonly justReset = this.route.snapshot.queryParamMap.get('reset') === '1';

  protected readonly message = firstFieldMessage;

  protected control(name: 'login' | 'password'): AbstractControl {
    return this.form.controls[name];
  }

  protected secondControl(name: 'code' | 'recoveryCode'): AbstractControl {
    return this.secondForm.controls[name];
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { login, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.auth.login(normalizeLoginIdentifier(login), password).subscribe({
      next: (answer) => {
        if ('challenge' in answer) {
          this.challenge.set(answer.challenge);
          this.submitting.set(false);
          this.focusLater(CONTROL_IDS['code']);
          return;
        }
        this.signedIn();
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

  protected submitSecondStep(): void {
    const challenge = this.challenge();
    if (this.submitting() || !challenge) return;
    this.problem.set(null);
    this.unmatched.set([]);
    const field = this.useRecoveryCode() ? 'recoveryCode' : 'code';
    const control = this.secondForm.controls[field];
    if (control.invalid) {
      control.markAsTouched();
      this.document.getElementById(CONTROL_IDS[field])?.focus();
      return;
    }
    this.submitting.set(true);
    const second = field === 'code' ? { code: control.value } : { recoveryCode: control.value };
    this.auth.completeTwoFactor(challenge, second).subscribe({
      next: () => this.signedIn(),
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.submitting.set(false);
        // The challenge ran out: back to the password.
        if (problem.code === 'auth.twoFactorChallengeExpired') this.restart();
        this.unmatched.set(applyFieldErrors(this.secondForm, fieldErrorsOf(problem)));
        this.problem.set(problem);
        this.document.getElementById(CONTROL_IDS[this.challenge() ? field : 'password'])?.focus();
      },
    });
  }

  protected toggleRecoveryCode(): void {
    this.useRecoveryCode.update((value) => !value);
    this.problem.set(null);
    this.focusLater(CONTROL_IDS[this.useRecoveryCode() ? 'recoveryCode' : 'code']);
  }

  protected restart(): void {
    this.challenge.set(null);
    this.useRecoveryCode.set(false);
    this.secondForm.reset();
    this.form.controls.password.reset();
  }

  private signedIn(): void {
    const returnUrl = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
    if (this.auth.mustEnrolTwoFactor()) {
      // Staff without two-factor may do nothing but enrol: the enrolment page, then where they were going.
      void this.router.navigate(['/', this.lang(), 'two-factor'], returnUrl ? { queryParams: { returnUrl } } : {});
      return;
    }
    void this.router.navigateByUrl(returnUrl ?? `/${this.lang()}/home`);
  }

  /** Focuses an element the next render shows. */
  private focusLater(id: string): void {
    setTimeout(() => this.document.getElementById(id)?.focus());
  }

  private focusFirstInvalid(): void {
    const name = firstInvalidControl(this.form, ['login', 'password']);
    if (name) this.document.getElementById(CONTROL_IDS[name])?.focus();
  }
}
