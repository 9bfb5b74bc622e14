import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthApi } from '../../core/api/auth-api';
import { AuthService } from '../../core/auth/auth.service';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { EmailVerificationBanner } from '../../shared/employer/email-verification-banner';
import { ProblemAlert } from '../../shared/ui/problem-alert';

type State = 'confirming' | 'confirmed' | 'refused';

/**
 * The page the e-mailed confirmation link (`/verify-email/<token>`, libs/server/notifications events.ts) opens: it
 * confirms the address at once and says so, or why not — with a new link at hand when the employer is signed in.
 */
@Component({
  selector: 'jm-verify-email',
  imports: [RouterLink, TranslatePipe, MatButtonModule, MatProgressBarModule, ProblemAlert, EmailVerificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="form-page" aria-labelledby="verify-email-title">
      <div class="form-card">
        <div class="progress-slot">
          @if (state() === 'confirming') {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'verifyEmail.confirming' | translate" />
          }
        </div>
        <h1 id="verify-email-title">{{ 'verifyEmail.title' | translate }}</h1>
        @switch (state()) {
          @case ('confirming') {
            <p class="subtitle" role="status">{{ 'verifyEmail.confirming' | translate }}</p>
          }
          @case ('confirmed') {
            <p class="notice" role="status" data-testid="email-confirmed">{{ 'verifyEmail.done' | translate }}</p>
            @if (signedIn()) {
              <a mat-flat-button data-testid="verify-email-continue" [routerLink]="['/', lang(), 'home']">{{ 'verifyEmail.continue' | translate }}</a>
            } @else {
              <a mat-flat-button data-testid="verify-email-sign-in" [routerLink]="['/', lang(), 'login']">{{ 'verifyEmail.signIn' | translate }}</a>
            }
          }
          @case ('refused') {
            <div data-testid="email-refused">
              <jm-problem-alert [problem]="problem()" />
            </div>
            @if (signedIn()) {
              <jm-email-verification-banner />
            } @else {
              <p class="alternate">
                <a [routerLink]="['/', lang(), 'login']" [queryParams]="{ returnUrl: '/' + lang() + '/home' }">{{
                  'verifyEmail.signInForNew' | translate
                }}</a>
              </p>
            }
          }
        }
      </div>
    </section>
  `,
  styleUrl: '../../shared/ui/form-page.scss',
})
export class VerifyEmail implements OnInit {
  private readonly api = inject(AuthApi);
  private readonly auth = inject(AuthService);
  private readonly token = inject(ActivatedRoute).snapshot.paramMap.get('token') ?? '';
  protected readonly lang = inject(LocaleService).current;
  protected readonly signedIn = computed(() => this.auth.isSignedIn());
  protected readonly state = signal<State>('confirming');
  protected readonly problem = signal<UiProblem | null>(null);

  ngOnInit(): void {
    this.api.confirmEmail(this.token).subscribe({
      next: () => {
        this.state.set('confirmed');
        // A signed-in employer's pages stop asking for the confirmation at once.
        void this.auth.whenReady().then(() => {
          if (this.auth.isSignedIn()) this.api.me().subscribe({ next: (account) => this.auth.updateAccount(account), error: () => undefined });
        });
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.state.set('refused');
      },
    });
  }
}
