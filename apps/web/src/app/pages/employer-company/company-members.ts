import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldError } from '@jumush/contracts/client';
import { CompaniesApi } from '../../core/api/companies-api';
import { AuthService } from '../../core/auth/auth.service';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { loader } from '../../shared/data/loader';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { emailField, maxLengthField, requiredField } from '../../shared/forms/validators';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Who recruits for the company; the owner invites colleagues by email. */
@Component({
  selector: 'jm-company-members',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, LoadState, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="members-title">
      <h2 id="members-title">{{ 'members.title' | translate }}</h2>
      <jm-load-state [loading]="members.loading()" [problem]="members.problem()" (retry)="members.reload()" />
      @if (members.value(); as list) {
        <ul class="list" data-testid="members">
          @for (member of list; track member.email) {
            <li>
              <div>
                <p class="name">{{ member.fullName || member.email }}</p>
                @if (member.fullName) {
                  <p class="meta">{{ member.email }}</p>
                }
              </div>
              <span class="tag" [class.pending]="!member.accepted">
                {{ (member.owner ? 'members.owner' : member.accepted ? 'members.recruiter' : 'members.invited') | translate }}
              </span>
            </li>
          }
        </ul>

        @if (isOwner()) {
          <form [formGroup]="form" (ngSubmit)="invite()" novalidate class="invite">
            <h3>{{ 'members.inviteTitle' | translate }}</h3>
            <p class="meta">{{ 'members.inviteText' | translate }}</p>
            <jm-problem-alert [problem]="problem()" [unmatched]="unmatched()" />
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'members.email' | translate }}</mat-label>
              <input
                matInput
                id="invite-email"
                formControlName="email"
                type="email"
                autocomplete="off"
                autocapitalize="none"
                spellcheck="false"
                required
              />
              @if (message(form.controls.email); as m) {
                <mat-error>{{ m.key | translate: m.params }}</mat-error>
              }
            </mat-form-field>
            <p class="sent" role="status">
              @if (sent(); as email) {
                {{ 'members.sent' | translate: { email: email } }}
              }
            </p>
            <button mat-flat-button type="submit" data-testid="invite-member" [disabled]="sending()">
              {{ (sending() ? 'common.sending' : 'members.invite') | translate }}
            </button>
          </form>
        }
      }
    </section>
  `,
  styles: `
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    p {
      margin: 0;
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding-block: 10px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .name {
      overflow-wrap: anywhere;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
      overflow-wrap: anywhere;
    }
    .tag {
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
    .tag.pending {
      background: transparent;
      border: 1px dashed var(--mat-sys-outline);
      color: var(--mat-sys-on-surface-variant);
    }
    .invite {
      display: grid;
      gap: 12px;
      margin-block-start: 16px;
    }
    .invite button {
      justify-self: start;
      min-height: 48px;
    }
    .sent {
      color: var(--mat-sys-primary);
    }
  `,
})
export class CompanyMembers {
  private readonly api = inject(CompaniesApi);
  private readonly auth = inject(AuthService);

  protected readonly members = loader(
    () => true,
    () => this.api.members(),
  );
  protected readonly isOwner = computed(() => {
    const me = this.auth.account()?.id;
    return !!me && (this.members.value() ?? []).some((member) => member.owner && member.accountId === me);
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [requiredField, maxLengthField(254), emailField]],
  });
  protected readonly sending = signal(false);
  protected readonly sent = signal<string | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly message = firstFieldMessage;

  protected invite(): void {
    if (this.sending()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    this.sent.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const email = this.form.controls.email.value.trim().toLowerCase();
    this.sending.set(true);
    this.api.invite(email).subscribe({
      next: () => {
        this.sending.set(false);
        this.sent.set(email);
        this.form.reset();
        this.members.reload();
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
        this.problem.set(problem);
        this.sending.set(false);
      },
    });
  }
}
