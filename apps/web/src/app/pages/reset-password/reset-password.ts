import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldError } from '@jumush/contracts/client';
import { AuthApi } from '../../core/api/auth-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { passwordField, requiredField } from '../../shared/forms/validators';
import { PasswordReveal } from '../../shared/ui/password-reveal';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Problems that mean the link itself is spent: the way on is a new one. */
const SPENT_LINK = new Set(['passwordReset.invalid', 'passwordReset.expired', 'passwordReset.used']);

/**
 * The page an e-mailed reset link (`/reset-password/<token>`) or a set-up link (`/account-setup/<token>`, the
 * first admin's) opens: the new password, set once with the link's token.
 */
@Component({
  selector: 'jm-reset-password',
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
  templateUrl: './reset-password.html',
  styleUrl: '../../shared/ui/form-page.scss',
})
export class ResetPassword {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;
  protected readonly setup = this.route.snapshot.data['mode'] === 'setup';
  private readonly token = this.route.snapshot.paramMap.get('token') ?? '';

  protected readonly form = inject(NonNullableFormBuilder).group({ newPassword: ['', [requiredField, passwordField]] });
  protected readonly submitting = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  /** The link is expired, used or wrong: the form goes, the way to a new one stays. */
  protected readonly spent = signal(false);
  protected readonly message = firstFieldMessage;

  protected control(): AbstractControl {
    return this.form.controls.newPassword;
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.document.getElementById('reset-new-password')?.focus();
      return;
    }
    this.submitting.set(true);
    this.api.confirmPasswordReset({ token: this.token, newPassword: this.form.getRawValue().newPassword }).subscribe({
      next: () => void this.router.navigate(['/', this.lang(), 'login'], { queryParams: { reset: 1 } }),
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        const unmatched = applyFieldErrors(this.form, fieldErrorsOf(problem));
        this.spent.set(unmatched.some((item) => SPENT_LINK.has(item.code)));
        // A spent link says why in its own words, not as a list under "check the form".
        this.problem.set(this.spent() ? { ...problem, code: unmatched[0].code, params: {} } : problem);
        this.unmatched.set(this.spent() ? [] : unmatched);
        this.submitting.set(false);
        if (!this.spent()) this.document.getElementById('reset-new-password')?.focus();
      },
    });
  }
}
