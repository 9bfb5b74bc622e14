import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { AuthApi } from '../../core/api/auth-api';
import { AuthService } from '../../core/auth/auth.service';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { ProblemAlert } from '../ui/problem-alert';

/**
 * "Confirm your e-mail": shown to a signed-in employer whose address is not proven yet (the API refuses employer
 * routes with 403 account.emailNotVerified until then), with the address and a way to get a new link.
 */
@Component({
  selector: 'jm-email-verification-banner',
  imports: [TranslatePipe, MatButtonModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (address(); as email) {
      <section class="banner" data-testid="email-verification-banner" aria-labelledby="email-banner-title">
        <h2 id="email-banner-title">{{ 'emailBanner.title' | translate }}</h2>
        <p>{{ 'emailBanner.text' | translate: { email } }}</p>
        <jm-problem-alert [problem]="problem()" />
        @if (sent()) {
          <p class="sent" role="status" data-testid="email-verification-sent">{{ 'emailBanner.sent' | translate: { email } }}</p>
        }
        <button mat-flat-button type="button" data-testid="email-verification-resend" [disabled]="sending()" (click)="resend()">
          {{ (sending() ? 'common.sending' : 'emailBanner.resend') | translate }}
        </button>
      </section>
    }
  `,
  styles: `
    .banner {
      margin-block: 0 24px;
      padding: 16px 20px;
      border-radius: var(--mat-sys-corner-medium, 12px);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0 0 12px;
      font: var(--mat-sys-body-medium);
    }
    .sent {
      font-weight: 500;
    }
  `,
})
export class EmailVerificationBanner {
  private readonly auth = inject(AuthService);
  private readonly api = inject(AuthApi);

  /** The address to confirm, or null when there is nothing to confirm (not an employer, or proven already). */
  protected readonly address = computed(() => {
    const account = this.auth.account();
    return account?.role === Role.Employer && !account.emailVerifiedAt ? account.email : null;
  });
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  protected resend(): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.sent.set(false);
    this.problem.set(null);
    this.api.resendEmailVerification().subscribe({
      next: () => {
        this.sending.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.problem.set(toUiProblem(error));
      },
    });
  }
}

/** True while the signed-in employer has not proven the e-mail address (employer pages show the banner instead). */
export function emailUnverified(auth: AuthService): boolean {
  const account = auth.account();
  return account?.role === Role.Employer && !account.emailVerifiedAt;
}
