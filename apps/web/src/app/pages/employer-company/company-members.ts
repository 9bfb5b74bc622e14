import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { CompanyInvitationStatus, CompanyMembersView, FieldError } from '@jumush/contracts/client';
import { CompaniesApi } from '../../core/api/companies-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { emailField, maxLengthField, requiredField } from '../../shared/forms/validators';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Who recruits for the company and the invitations sent; owners invite, remove (after a confirmation) and revoke. */
@Component({
  selector: 'jm-company-members',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, LoadState, ProblemAlert, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="members-title">
      <h2 id="members-title">{{ 'members.title' | translate }}</h2>
      <jm-load-state [loading]="members.loading()" [problem]="members.problem()" (retry)="members.reload()" />
      @if (members.value(); as view) {
        <ul class="list" data-testid="members">
          @for (member of view.members; track member.id) {
            <li>
              <div>
                <p class="name">{{ member.fullName || member.email }}</p>
                <p class="meta">{{ member.email }} · {{ 'members.since' | translate: { date: (member.since | localDate: lang()) } }}</p>
              </div>
              <span class="tag">{{ (member.owner ? 'members.owner' : 'members.recruiter') | translate }}</span>
              @if (view.canManage && !(member.owner && ownerCount(view) === 1)) {
                @if (confirming() === member.id) {
                  <span
                    class="confirm"
                    role="group"
                    [attr.aria-label]="'members.confirmRemove' | translate: { name: member.fullName || member.email }"
                  >
                    <button mat-flat-button type="button" data-testid="confirm-remove-member" (click)="remove(member.id)">
                      {{ 'members.confirmRemove' | translate: { name: member.fullName || member.email } }}
                    </button>
                    <button mat-button type="button" (click)="confirming.set(null)">{{ 'common.cancel' | translate }}</button>
                  </span>
                } @else {
                  <button mat-stroked-button type="button" data-testid="remove-member" (click)="confirming.set(member.id)">
                    {{ 'members.remove' | translate }}
                  </button>
                }
              }
            </li>
          }
        </ul>
        <h3 class="invitations-title">{{ 'members.invitationsTitle' | translate }}</h3>
        @if (view.invitations.length === 0) {
          <p class="meta" data-testid="no-invitations">{{ 'members.noInvitations' | translate }}</p>
        } @else {
          <ul class="list" data-testid="invitations">
            @for (invitation of view.invitations; track invitation.id) {
              <li>
                <div>
                  <p class="name">{{ invitation.email }}</p>
                  <p class="meta">{{ statusKey(invitation.status) | translate }}</p>
                </div>
                @if (view.canManage && invitation.status === 'PENDING') {
                  <button mat-stroked-button type="button" data-testid="revoke-invitation" (click)="revoke(invitation.id)">
                    {{ 'members.revoke' | translate }}
                  </button>
                }
              </li>
            }
          </ul>
        }
        <jm-problem-alert [problem]="actionProblem()" />

        @if (view.canManage) {
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
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .invitations-title {
      margin-block-start: 16px;
    }
    .sent {
      color: var(--mat-sys-primary);
    }
  `,
})
export class CompanyMembers {
  private readonly api = inject(CompaniesApi);

  protected readonly members = loader(
    () => true,
    () => this.api.members(),
  );
  protected readonly lang = inject(LocaleService).current;
  /** The member whose removal waits for a second, explicit click. */
  protected readonly confirming = signal<string | null>(null);
  protected readonly actionProblem = signal<UiProblem | null>(null);
  protected readonly statusKey = (status: CompanyInvitationStatus) => `members.invitationStatus.${status}`;
  protected readonly ownerCount = (view: CompanyMembersView) => view.members.filter((member) => member.owner).length;

  protected remove(memberId: string): void {
    this.actionProblem.set(null);
    this.api.removeMember(memberId).subscribe({
      next: () => {
        this.confirming.set(null);
        this.members.reload();
      },
      error: (error: unknown) => this.actionProblem.set(toUiProblem(error)),
    });
  }

  protected revoke(invitationId: string): void {
    this.actionProblem.set(null);
    this.api.revokeInvitation(invitationId).subscribe({
      next: () => this.members.reload(),
      error: (error: unknown) => this.actionProblem.set(toUiProblem(error)),
    });
  }

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
