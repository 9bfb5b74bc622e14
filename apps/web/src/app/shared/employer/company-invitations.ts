import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CompanyView } from '@jumush/contracts/client';
import { CompaniesApi } from '../../core/api/companies-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../data/loader';
import { LocalDatePipe } from '../format/format-pipes';
import { LoadState } from '../ui/load-state';

/**
 * Invitations from colleagues to recruit for their company, addressed to the signed-in employer's email.
 * Shows nothing when there are none; accepting one joins the company and opens its page.
 */
@Component({
  selector: 'jm-company-invitations',
  imports: [TranslatePipe, MatButtonModule, LoadState, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (invitations.problem()) {
      <jm-load-state [problem]="invitations.problem()" (retry)="invitations.reload()" />
    }
    @if (invitations.value(); as list) {
      @if (list.length > 0) {
        <section class="invitations" aria-labelledby="invitations-title" data-testid="company-invitations">
          <h2 id="invitations-title">{{ 'invitations.title' | translate }}</h2>
          @if (problem(); as p) {
            <p class="problem" role="alert">{{ p.code | translate: p.params }}</p>
          }
          <ul>
            @for (invitation of list; track invitation.id) {
              <li>
                <div>
                  <p class="company">{{ invitation.companyName }}</p>
                  <p class="meta">
                    {{ 'invitations.sentTo' | translate: { email: invitation.email, date: (invitation.createdAt | localDate: lang()) } }}
                  </p>
                </div>
                <button
                  mat-flat-button
                  type="button"
                  data-testid="accept-invitation"
                  [disabled]="accepting() !== null"
                  (click)="accept(invitation.id)"
                >
                  {{ (accepting() === invitation.id ? 'common.sending' : 'invitations.accept') | translate }}
                </button>
              </li>
            }
          </ul>
        </section>
      }
    }
  `,
  styles: `
    .invitations {
      margin-block-end: 24px;
      padding: 16px 20px;
      border-radius: 16px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      padding-block: 8px;
    }
    li + li {
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    p {
      margin: 0;
    }
    .company {
      font: var(--mat-sys-title-small);
    }
    .meta {
      font: var(--mat-sys-body-small);
    }
    .problem {
      margin-block-end: 8px;
      color: var(--mat-sys-error);
    }
    button {
      min-height: 44px;
    }
  `,
})
export class CompanyInvitations {
  private readonly api = inject(CompaniesApi);
  private readonly router = inject(Router);
  protected readonly lang = inject(LocaleService).current;

  protected readonly invitations = loader(
    () => true,
    () => this.api.invitations(),
  );
  protected readonly accepting = signal<string | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);

  /** Emits the company joined; by default the page then opens the company. */
  readonly accepted = output<CompanyView>();

  protected accept(id: string): void {
    this.accepting.set(id);
    this.problem.set(null);
    this.api.acceptInvitation(id).subscribe({
      next: (company) => {
        this.accepting.set(null);
        this.accepted.emit(company);
        void this.router.navigate(['/', this.lang(), 'employer', 'company']);
      },
      error: (error: unknown) => {
        this.accepting.set(null);
        this.problem.set(toUiProblem(error));
      },
    });
  }
}
