import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldError, TwoFactorEnrolmentView } from '@jumush/contracts/client';
import { AuthApi } from '../../core/api/auth-api';
import { AuthService } from '../../core/auth/auth.service';
import { safeReturnUrl } from '../../core/auth/return-url';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { requiredField, totpCodeField } from '../../shared/forms/validators';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { RecoveryCodes } from '../../shared/ui/recovery-codes';

/** The secret in groups of four, as an authenticator app's "enter a key" field reads it best. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * `/:lang/two-factor`: switch on two-factor sign-in. The app reads the QR code (or the secret typed by hand), a code
 * from it confirms, and the recovery codes are shown once. Attachés and admins land here until they have enrolled.
 */
@Component({
  selector: 'jm-two-factor-enrol',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemAlert,
    RecoveryCodes,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../../shared/ui/form-page.scss',
  template: `
    <section class="form-page" aria-labelledby="two-factor-title">
      <div class="form-card">
        <div class="progress-slot">
          @if (busy()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'form.submitting' | translate" />
          }
        </div>
        <h1 id="two-factor-title">{{ 'twoFactor.enrolTitle' | translate }}</h1>
        @if (auth.mustEnrolTwoFactor()) {
          <p class="notice" role="status" data-testid="two-factor-required">{{ 'twoFactor.requiredNotice' | translate }}</p>
        }
        <jm-problem-alert [problem]="problem()" [unmatched]="unmatched()" />

        @if (recoveryCodes(); as codes) {
          <p role="status" data-testid="two-factor-on">{{ 'twoFactor.nowOn' | translate }}</p>
          <jm-recovery-codes [codes]="codes" />
          <button mat-flat-button type="button" class="submit" data-testid="two-factor-continue" (click)="continue()">
            {{ 'twoFactor.continue' | translate }}
          </button>
        } @else if (alreadyOn()) {
          <p data-testid="two-factor-already-on">{{ 'twoFactor.alreadyOnNotice' | translate }}</p>
        } @else if (enrolment(); as e) {
          <ol class="steps">
            <li>{{ 'twoFactor.stepInstall' | translate }}</li>
            <li>
              {{ 'twoFactor.stepScan' | translate }}
              <img class="qr" [src]="e.qrCode" width="200" height="200" [attr.alt]="'twoFactor.qrAlt' | translate" data-testid="two-factor-qr" />
              <p>{{ 'twoFactor.manualSecret' | translate }}</p>
              <p>
                <code class="secret" data-testid="two-factor-secret">{{ grouped(e.secret) }}</code>
              </p>
            </li>
            <li>{{ 'twoFactor.stepConfirm' | translate }}</li>
          </ol>
          <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'twoFactor.code' | translate }}</mat-label>
              <input matInput id="two-factor-code" formControlName="code" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required />
              <mat-hint>{{ 'twoFactor.codeHint' | translate }}</mat-hint>
              @if (message(control()); as m) {
                <mat-error>{{ m.key | translate: m.params }}</mat-error>
              }
            </mat-form-field>
            <button mat-flat-button type="submit" class="submit" [disabled]="busy()">{{ 'twoFactor.confirm' | translate }}</button>
          </form>
        }
      </div>
    </section>
  `,
  styles: `
    .qr {
      display: block;
      margin: 12px 0;
      image-rendering: pixelated;
    }
    .secret {
      font: var(--mat-sys-title-medium);
      letter-spacing: 0.05em;
      user-select: all;
    }
    .steps {
      padding-inline-start: 20px;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
  `,
})
export class TwoFactorEnrol implements OnInit {
  private readonly api = inject(AuthApi);
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly lang = inject(LocaleService).current;

  protected readonly form = inject(NonNullableFormBuilder).group({ code: ['', [requiredField, totpCodeField]] });
  protected readonly enrolment = signal<TwoFactorEnrolmentView | null>(null);
  protected readonly recoveryCodes = signal<readonly string[] | null>(null);
  protected readonly alreadyOn = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly message = firstFieldMessage;
  protected readonly grouped = groupedSecret;

  ngOnInit(): void {
    this.busy.set(true);
    this.api.beginTwoFactorEnrolment().subscribe({
      next: (enrolment) => {
        this.enrolment.set(enrolment);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        if (problem.code === 'twoFactor.alreadyOn') this.alreadyOn.set(true);
        else this.problem.set(problem);
        this.busy.set(false);
      },
    });
  }

  protected control(): AbstractControl {
    return this.form.controls.code;
  }

  protected confirm(): void {
    if (this.busy()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.document.getElementById('two-factor-code')?.focus();
      return;
    }
    this.busy.set(true);
    this.api.confirmTwoFactorEnrolment(this.form.getRawValue().code).subscribe({
      next: ({ recoveryCodes }) => {
        this.busy.set(false);
        this.recoveryCodes.set(recoveryCodes);
        this.auth.twoFactorEnabled(new Date().toISOString());
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
        this.problem.set(problem);
        this.busy.set(false);
        this.document.getElementById('two-factor-code')?.focus();
      },
    });
  }

  protected continue(): void {
    const back = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
    void this.router.navigateByUrl(back ?? `/${this.lang()}/home`);
  }
}
