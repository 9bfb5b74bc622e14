import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthApi } from '../../core/api/auth-api';
import { AuthService } from '../../core/auth/auth.service';
import { phoneUnverified } from '../../core/auth/phone-verification';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { Outbox } from '../../core/offline/outbox';
import { ProblemAlert } from '../ui/problem-alert';

/**
 * "Confirm your phone": shown on every page to a signed-in migrant whose number is not proven yet, with the field for
 * the SMS code and a way to get a new one once the wait (counted down here, told by the API) is over. An application
 * queued offline waits for it and goes out once the number is confirmed.
 */
@Component({
  selector: 'jm-phone-verification-banner',
  imports: [FormsModule, TranslatePipe, MatButtonModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (phone(); as number) {
      <section class="banner" data-testid="phone-verification-banner" aria-labelledby="phone-banner-title">
        <h2 id="phone-banner-title">{{ 'phoneBanner.title' | translate }}</h2>
        <p>{{ 'phoneBanner.text' | translate: { phone: number } }}</p>
        @if (waitingApplications() > 0) {
          <p class="waiting" role="status" data-testid="phone-verification-queued">{{ 'phoneBanner.applicationWaits' | translate }}</p>
        }
        <jm-problem-alert [problem]="problem()" />
        @if (sent()) {
          <p class="sent" role="status" data-testid="phone-verification-sent">{{ 'phoneBanner.sent' | translate: { phone: number } }}</p>
        }
        <form class="code" (ngSubmit)="confirm()" novalidate>
          <label for="phone-code">{{ 'phoneBanner.code' | translate }}</label>
          <input
            id="phone-code"
            name="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="9"
            required
            [attr.aria-invalid]="problem() ? true : null"
            [(ngModel)]="code"
          />
          <button mat-flat-button type="submit" data-testid="phone-verification-confirm" [disabled]="busy()">
            {{ (busy() ? 'common.sending' : 'phoneBanner.confirm') | translate }}
          </button>
        </form>
        <button mat-button type="button" data-testid="phone-verification-resend" [disabled]="sending() || secondsLeft() > 0" (click)="resend()">
          @if (secondsLeft() > 0) {
            {{ 'phoneBanner.resendIn' | translate: { seconds: secondsLeft() } }}
          } @else {
            {{ (sending() ? 'common.sending' : 'phoneBanner.resend') | translate }}
          }
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
    .sent,
    .waiting {
      font-weight: 500;
    }
    .code {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-block-end: 8px;
    }
    label {
      flex-basis: 100%;
      font: var(--mat-sys-label-large);
    }
    input {
      width: 9ch;
      padding: 8px;
      font: var(--mat-sys-title-medium);
      letter-spacing: 0.2em;
      border-radius: 8px;
      border: 1px solid var(--mat-sys-outline);
    }
  `,
})
export class PhoneVerificationBanner {
  private readonly auth = inject(AuthService);
  private readonly api = inject(AuthApi);
  private readonly outbox = inject(Outbox);

  /** The number to confirm, or null when there is nothing to confirm (not a migrant, or proven already). */
  protected readonly phone = computed(() => {
    const account = this.auth.account();
    return phoneUnverified(account) ? account?.phone : null;
  });
  protected readonly waitingApplications = computed(() => this.outbox.pending().filter((entry) => entry.kind === 'apply').length);
  protected code = '';
  protected readonly busy = signal(false);
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly secondsLeft = signal(0);
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopCountdown());
  }

  protected confirm(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.confirmPhone(this.code).subscribe({
      next: (account) => {
        this.busy.set(false);
        this.code = '';
        this.sent.set(false);
        this.stopCountdown();
        // The banner goes; an application queued on this phone is sent now.
        this.auth.updateAccount(account);
        void this.outbox.flush();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = toUiProblem(error);
        // The one field here is the code: its error is the message.
        const onCode = problem.fieldErrors.find((item) => item.field === 'code');
        this.problem.set(
          onCode ? { ...problem, code: onCode.code, params: { ...problem.params, ...(onCode.params ?? {}) }, fieldErrors: [] } : problem,
        );
      },
    });
  }

  protected resend(): void {
    if (this.sending() || this.secondsLeft() > 0) return;
    this.sending.set(true);
    this.sent.set(false);
    this.problem.set(null);
    this.api.resendPhoneVerification().subscribe({
      next: (sent) => {
        this.sending.set(false);
        this.sent.set(true);
        this.startCountdown(sent.resendInSeconds);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        const problem = toUiProblem(error);
        const wait = Number(problem.params['retryAfterSeconds']);
        // Too soon: the wait the API told is counted down on the button instead of an error.
        if (problem.code === 'phoneVerification.tooManyRequests' && wait > 0 && wait <= 120) this.startCountdown(wait);
        else this.problem.set(problem);
      },
    });
  }

  private startCountdown(seconds: number): void {
    this.stopCountdown();
    this.secondsLeft.set(seconds);
    this.timer = setInterval(() => {
      this.secondsLeft.update((left) => Math.max(0, left - 1));
      if (this.secondsLeft() === 0) this.stopCountdown();
    }, 1000);
  }

  private stopCountdown(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
