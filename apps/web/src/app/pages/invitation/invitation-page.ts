import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Role, type InvitationLinkRefusal, type InvitationLinkView } from '@jumush/contracts/client';
import { CompaniesApi } from '../../core/api/companies-api';
import { AuthService } from '../../core/auth/auth.service';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { EmailVerificationBanner, emailUnverified } from '../../shared/employer/email-verification-banner';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** The words of each refusal (the same codes the API answers an accept with). */
const REFUSAL_CODES: Record<InvitationLinkRefusal, string> = {
  INVALID: 'invitation.invalid',
  USED: 'invitation.used',
  REVOKED: 'invitation.revoked',
  EXPIRED: 'invitation.expired',
  EMAIL_NOT_VERIFIED: 'account.emailNotVerified',
  OTHER_ADDRESS: 'invitation.otherAddress',
  ALREADY_MEMBER: 'company.alreadyMember',
};

/**
 * The page an invitation's e-mailed link (`/invitations/<token>`) opens: the company and who invites. Signed out →
 * sign in or register with the invited address and come back here; signed in as that address, confirmed → accept;
 * any other account → why not.
 */
@Component({
  selector: 'jm-invitation-page',
  imports: [RouterLink, TranslatePipe, MatButtonModule, MatProgressBarModule, ProblemAlert, EmailVerificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="form-page" aria-labelledby="invitation-title">
      <div class="form-card">
        <div class="progress-slot">
          @if (loading() || accepting()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
          }
        </div>
        <h1 id="invitation-title">{{ 'invitationPage.title' | translate }}</h1>
        @if (loading()) {
          <p class="subtitle" role="status">{{ 'common.loading' | translate }}</p>
        }
        @if (view(); as v) {
          <p class="subtitle" data-testid="invitation-text">
            {{ 'invitationPage.text' | translate: { company: v.companyName, inviter: v.inviterName ?? '—' } }}
          </p>
          <p>{{ 'invitationPage.sentTo' | translate: { email: v.email } }}</p>
        }
        <div data-testid="invitation-problem">
          <jm-problem-alert [problem]="problem()" />
        </div>
        @if (view(); as v) {
          @if (!v.refusal) {
            @if (!signedIn()) {
              <p>{{ 'invitationPage.signedOutHint' | translate }}</p>
              <div class="actions">
                <a mat-flat-button data-testid="invitation-sign-in" [routerLink]="['/', lang(), 'login']" [queryParams]="{ returnUrl: here }">
                  {{ 'invitationPage.signIn' | translate }}
                </a>
                <a
                  mat-stroked-button
                  data-testid="invitation-register"
                  [routerLink]="['/', lang(), 'register']"
                  [queryParams]="{ as: 'employer', email: v.email, returnUrl: here }"
                >
                  {{ 'invitationPage.register' | translate }}
                </a>
              </div>
            } @else if (otherAccount()) {
              <p class="refusal" data-testid="invitation-other-account">
                {{ 'invitationPage.otherAccount' | translate: { login: login(), email: v.email } }}
              </p>
            } @else if (unverified()) {
              <jm-email-verification-banner />
            } @else {
              <button mat-flat-button type="button" data-testid="invitation-accept" [disabled]="accepting()" (click)="accept()">
                {{ 'invitationPage.accept' | translate }}
              </button>
            }
          }
        }
      </div>
    </section>
  `,
  styleUrl: '../../shared/ui/form-page.scss',
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
  `,
})
export class InvitationPage implements OnInit {
  private readonly api = inject(CompaniesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly token = inject(ActivatedRoute).snapshot.paramMap.get('token') ?? '';
  protected readonly lang = inject(LocaleService).current;
  /** Where sign-in and registration come back to. */
  protected readonly here = `/${this.lang()}/invitations/${encodeURIComponent(this.token)}`;

  protected readonly loading = signal(true);
  protected readonly accepting = signal(false);
  protected readonly view = signal<InvitationLinkView | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly signedIn = computed(() => this.auth.isSignedIn());
  protected readonly login = computed(() => this.auth.account()?.email ?? this.auth.account()?.phone ?? '');
  protected readonly unverified = computed(() => emailUnverified(this.auth));
  /** Signed in, but not as the invited address (or not as an employer at all). */
  protected readonly otherAccount = computed(() => {
    const account = this.auth.account();
    const invited = this.view()?.email.toLowerCase();
    return account !== null && (account.role !== Role.Employer || account.email?.toLowerCase() !== invited);
  });

  ngOnInit(): void {
    // Who is signed in decides what the page offers: known before the invitation shows.
    void this.auth.whenReady().then(() => this.load());
  }

  private load(): void {
    this.api.invitation(this.token).subscribe({
      next: (view) => {
        this.view.set(view);
        if (view.refusal) this.problem.set({ status: 410, code: REFUSAL_CODES[view.refusal], params: {}, fieldErrors: [] });
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.loading.set(false);
      },
    });
  }

  protected accept(): void {
    if (this.accepting()) return;
    this.accepting.set(true);
    this.problem.set(null);
    this.api.acceptInvitation(this.token).subscribe({
      next: () => void this.router.navigate(['/', this.lang(), 'employer', 'company'], { queryParams: { joined: 1 } }),
      error: (error: unknown) => {
        this.accepting.set(false);
        this.problem.set(toUiProblem(error));
      },
    });
  }
}
