import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { ApiPaths } from '../../core/api/api-paths';
import { ApplicationsApi } from '../../core/api/applications-api';
import { AuthService } from '../../core/auth/auth.service';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { Connectivity } from '../../core/offline/connectivity';
import { phoneUnverified } from '../../core/auth/phone-verification';
import { Outbox, PHONE_NOT_VERIFIED, isTransient, type OutboxDelivery } from '../../core/offline/outbox';
import { ProblemAlert } from '../../shared/ui/problem-alert';

type Outcome = 'applied' | 'already' | 'consent' | 'queued' | 'phone' | null;

/** Applying to a vacancy: for a signed-in migrant, an optional note and Apply; else a way to sign in and come back. */
@Component({
  selector: 'jm-apply-box',
  imports: [FormsModule, RouterLink, TranslatePipe, MatButtonModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.ready()) {
      <section class="apply" aria-labelledby="apply-title" data-testid="apply-box">
        <h2 id="apply-title">{{ 'apply.title' | translate }}</h2>
        @if (!auth.isSignedIn()) {
          <p>{{ 'apply.signIn' | translate }}</p>
          <div class="actions">
            <a mat-flat-button data-testid="apply-login" [routerLink]="['/', lang(), 'login']" [queryParams]="{ returnUrl: returnUrl() }">{{
              'apply.login' | translate
            }}</a>
            <a mat-stroked-button [routerLink]="['/', lang(), 'register']" [queryParams]="{ returnUrl: returnUrl() }">{{
              'apply.register' | translate
            }}</a>
          </div>
        } @else if (auth.role() !== migrant) {
          <p>{{ 'apply.employerOnly' | translate }}</p>
        } @else {
          @switch (shownOutcome()) {
            @case ('queued') {
              <p role="status" data-testid="apply-queued">{{ 'offline.applyQueued' | translate }}</p>
            }
            @case ('applied') {
              <p role="status" data-testid="applied">{{ 'apply.done' | translate }}</p>
              <a mat-stroked-button [routerLink]="['/', lang(), 'applications']">{{ 'apply.toApplications' | translate }}</a>
            }
            @case ('already') {
              <p role="status" data-testid="already-applied">{{ 'apply.already' | translate }}</p>
              <a mat-stroked-button [routerLink]="['/', lang(), 'applications']">{{ 'apply.toApplications' | translate }}</a>
            }
            @case ('phone') {
              <p role="alert" data-testid="phone-needed">
                {{ (outbox.isQueued('apply', vacancyId()) ? 'apply.phoneNeededQueued' : 'apply.phoneNeeded') | translate }}
              </p>
            }
            @case ('consent') {
              <p role="alert" data-testid="consent-needed">{{ 'apply.consentNeeded' | translate }}</p>
              <a mat-flat-button [routerLink]="['/', lang(), 'profile']">{{ 'apply.toProfile' | translate }}</a>
            }
            @default {
              <jm-problem-alert [problem]="problem()" />
              <label class="note">
                <span>{{ 'apply.note' | translate }}</span>
                <textarea id="apply-note" rows="3" maxlength="1000" [(ngModel)]="note"></textarea>
              </label>
              <button mat-flat-button type="button" data-testid="apply" [disabled]="busy()" (click)="apply()">
                {{ (busy() ? 'common.sending' : 'apply.button') | translate }}
              </button>
            }
          }
        }
      </section>
    }
  `,
  styles: `
    .apply {
      padding-block: 16px;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .note {
      display: grid;
      gap: 4px;
      margin-block-end: 12px;
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
      font: inherit;
      padding: 8px;
      border-radius: 8px;
      border: 1px solid var(--mat-sys-outline);
    }
  `,
})
export class ApplyBox {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(ApplicationsApi);
  private readonly router = inject(Router);
  protected readonly outbox = inject(Outbox);
  private readonly connectivity = inject(Connectivity);
  protected readonly lang = inject(LocaleService).current;
  protected readonly migrant = Role.Migrant;

  readonly vacancyId = input.required<string>();

  protected note = '';
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome>(null);
  protected readonly problem = signal<UiProblem | null>(null);
  /** Queued on this phone (offline) and not sent yet, also after a reload. */
  protected readonly shownOutcome = computed<Outcome>(() => {
    const queued = this.outbox.isQueued('apply', this.vacancyId());
    const outcome = this.outcome() ?? (queued ? (phoneUnverified(this.auth.account()) ? 'phone' : 'queued') : null);
    // Sent once the number is confirmed: until then the banner above asks for the code.
    return outcome === 'phone' && !phoneUnverified(this.auth.account()) ? (queued ? 'queued' : null) : outcome;
  });

  constructor() {
    // The queued application went out when the connection came back: show its answer.
    this.outbox.delivered.pipe(takeUntilDestroyed()).subscribe((delivery) => {
      if (delivery.entry.kind === 'apply' && delivery.entry.subject === this.vacancyId()) this.settle(delivery);
    });
  }

  protected returnUrl(): string {
    return this.router.url;
  }

  protected apply(): void {
    if (this.busy()) return;
    this.problem.set(null);
    if (!this.connectivity.online()) {
      this.queue();
      return;
    }
    this.busy.set(true);
    this.api.apply(this.vacancyId(), this.note).subscribe({
      next: () => {
        this.outcome.set('applied');
        this.busy.set(false);
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.busy.set(false);
        if (isTransient(problem)) this.queue();
        else if (problem.code === 'application.duplicate') this.outcome.set('already');
        else if (problem.code === 'application.consentRequired') this.outcome.set('consent');
        else if (problem.code === PHONE_NOT_VERIFIED) this.outcome.set('phone');
        else this.problem.set(problem);
      },
    });
  }

  /** No connection: the application waits on this phone and goes out when the connection returns. */
  private queue(): void {
    const note = this.note.trim();
    const queued = this.outbox.enqueue({
      kind: 'apply',
      subject: this.vacancyId(),
      method: 'POST',
      url: ApiPaths.applyTo(this.vacancyId()),
      body: note ? { note } : {},
    });
    if (queued) this.outcome.set('queued');
  }

  private settle(delivery: OutboxDelivery): void {
    const code = delivery.problem?.code;
    if (!delivery.problem) this.outcome.set('applied');
    else if (code === 'application.duplicate') this.outcome.set('already');
    else if (code === 'application.consentRequired') this.outcome.set('consent');
    else if (code === PHONE_NOT_VERIFIED) this.outcome.set('phone');
    else {
      this.outcome.set(null);
      this.problem.set(delivery.problem);
    }
  }
}
