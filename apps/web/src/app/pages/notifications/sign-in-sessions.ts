import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { AuthApi } from '../../core/api/auth-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { DateTimePipe } from '../../shared/format/format-pipes';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/**
 * "Where you are signed in": this account's sign-ins by device (a shared family phone, a lost one), each with when it
 * started and was last used; any but this one can be ended, or all the others at once.
 */
@Component({
  selector: 'jm-sign-in-sessions',
  imports: [TranslatePipe, MatButtonModule, ProblemAlert, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="settings-section sessions" aria-labelledby="sessions-title" data-testid="sign-in-sessions">
      <h2 id="sessions-title">{{ 'signInSessions.title' | translate }}</h2>
      <jm-problem-alert [problem]="problem() ?? sessions.problem()" />
      @if (sessions.value(); as list) {
        <ul>
          @for (s of list; track s.id) {
            <li data-testid="sign-in-session" [attr.data-current]="s.current">
              <strong>{{ s.userAgent ?? ('signInSessions.unknownDevice' | translate) }}</strong>
              @if (s.current) {
                <span class="current">{{ 'signInSessions.current' | translate }}</span>
              }
              <span class="when">
                {{ 'signInSessions.started' | translate }} <time [attr.datetime]="s.createdAt">{{ s.createdAt | dateTime: lang() }}</time> ·
                {{ 'signInSessions.lastUsed' | translate }} <time [attr.datetime]="s.lastUsedAt">{{ s.lastUsedAt | dateTime: lang() }}</time>
              </span>
              @if (!s.current) {
                <button mat-button type="button" data-testid="end-session" [disabled]="busy()" (click)="end(s.id)">
                  {{ 'signInSessions.end' | translate }}
                </button>
              }
            </li>
          } @empty {
            <li>{{ 'signInSessions.none' | translate }}</li>
          }
        </ul>
        @if (list.length > 1) {
          <button mat-stroked-button type="button" data-testid="end-other-sessions" [disabled]="busy()" (click)="endOthers()">
            {{ 'signInSessions.endOthers' | translate }}
          </button>
        }
      }
    </section>
  `,
  styleUrl: './settings-section.scss',
  styles: `
    ul {
      list-style: none;
      margin: 0 0 8px;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      padding-block: 6px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .current {
      color: var(--mat-sys-primary);
    }
    .when {
      flex-basis: 100%;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class SignInSessions {
  private readonly api = inject(AuthApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly sessions = loader(
    () => true,
    () => this.api.sessions(),
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  /** Reads the list again (after a password change ended the other sign-ins). */
  reload(): void {
    this.sessions.reload();
  }

  protected end(id: string): void {
    this.run(this.api.endSession(id));
  }

  protected endOthers(): void {
    this.run(this.api.endOtherSessions());
  }

  private run(request: Observable<void>): void {
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.sessions.reload();
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
      },
    });
  }
}
