import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { ApplicationsApi } from '../../core/api/applications-api';
import { AuthService } from '../../core/auth/auth.service';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { ProblemAlert } from '../../shared/ui/problem-alert';

type Outcome = 'applied' | 'already' | 'consent' | null;

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
            <a mat-flat-button data-testid="apply-login" [routerLink]="['/', lang(), 'login']" [queryParams]="{ returnUrl: returnUrl() }">{{ 'apply.login' | translate }}</a>
            <a mat-stroked-button [routerLink]="['/', lang(), 'register']" [queryParams]="{ returnUrl: returnUrl() }">{{ 'apply.register' | translate }}</a>
          </div>
        } @else if (auth.role() !== migrant) {
          <p>{{ 'apply.employerOnly' | translate }}</p>
        } @else {
          @switch (outcome()) {
            @case ('applied') {
              <p role="status" data-testid="applied">{{ 'apply.done' | translate }}</p>
              <a mat-stroked-button [routerLink]="['/', lang(), 'applications']">{{ 'apply.toApplications' | translate }}</a>
            }
            @case ('already') {
              <p role="status" data-testid="already-applied">{{ 'apply.already' | translate }}</p>
              <a mat-stroked-button [routerLink]="['/', lang(), 'applications']">{{ 'apply.toApplications' | translate }}</a>
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
    .apply { padding-block: 16px; border-block-start: 1px solid var(--mat-sys-outline-variant); }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .note { display: grid; gap: 4px; margin-block-end: 12px; }
    textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 8px; border-radius: 8px; border: 1px solid var(--mat-sys-outline); }
  `,
})
export class ApplyBox {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(ApplicationsApi);
  private readonly router = inject(Router);
  protected readonly lang = inject(LocaleService).current;
  protected readonly migrant = Role.Migrant;

  readonly vacancyId = input.required<string>();

  protected note = '';
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome>(null);
  protected readonly problem = signal<UiProblem | null>(null);

  protected returnUrl(): string {
    return this.router.url;
  }

  protected apply(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.apply(this.vacancyId(), this.note).subscribe({
      next: () => {
        this.outcome.set('applied');
        this.busy.set(false);
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.busy.set(false);
        if (problem.code === 'application.duplicate') this.outcome.set('already');
        else if (problem.code === 'application.consentRequired') this.outcome.set('consent');
        else this.problem.set(problem);
      },
    });
  }
}
