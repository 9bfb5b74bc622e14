import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import type { TelegramLinkView } from '@jumush/contracts/client';
import { TelegramLinkApi } from '../../core/api/telegram-link-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { loader } from '../../shared/data/loader';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/**
 * The Telegram setting of the notification centre: "Connect Telegram" makes a one-time link into the bot (pressing
 * Start there links the chat); once linked, "Telegram connected" with Unlink. Where the deployment has no bot it
 * says so and offers nothing.
 */
@Component({
  selector: 'jm-telegram-link',
  imports: [TranslatePipe, MatButtonModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="settings-section telegram" aria-labelledby="telegram-title" data-testid="telegram-link">
      <h2 id="telegram-title">{{ 'telegramLink.title' | translate }}</h2>
      <jm-problem-alert [problem]="problem() ?? status.problem()" />
      @if (status.value(); as s) {
        @if (!s.configured) {
          <p data-testid="telegram-not-configured">{{ 'telegramLink.notConfigured' | translate }}</p>
        } @else if (s.linked) {
          <p data-testid="telegram-connected">{{ 'telegramLink.connected' | translate }}</p>
          <button mat-stroked-button type="button" data-testid="telegram-unlink" [disabled]="busy()" (click)="unlink()">
            {{ 'telegramLink.unlink' | translate }}
          </button>
        } @else {
          <p>{{ 'telegramLink.intro' | translate }}</p>
          @if (link(); as l) {
            <p>{{ 'telegramLink.linkHint' | translate }}</p>
            <div class="actions">
              <a mat-flat-button data-testid="telegram-open-bot" [href]="l.deepLink" target="_blank" rel="noopener">{{
                'telegramLink.openBot' | translate
              }}</a>
              <button mat-button type="button" data-testid="telegram-check" [disabled]="status.loading()" (click)="check()">
                {{ 'telegramLink.check' | translate }}
              </button>
            </div>
            @if (checkedNotYet()) {
              <p role="status" data-testid="telegram-not-yet">{{ 'telegramLink.notYet' | translate }}</p>
            }
          } @else {
            <button mat-flat-button type="button" data-testid="telegram-connect" [disabled]="busy()" (click)="connect()">
              {{ 'telegramLink.connect' | translate }}
            </button>
          }
        }
      }
    </section>
  `,
  styleUrl: './settings-section.scss',
  styles: `
    p {
      margin: 0 0 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class TelegramLink {
  private readonly api = inject(TelegramLinkApi);
  protected readonly status = loader(
    () => true,
    () => this.api.status(),
  );
  protected readonly link = signal<TelegramLinkView | null>(null);
  protected readonly busy = signal(false);
  protected readonly checkedNotYet = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  /** The chat was linked or unlinked: the Telegram channel became available or went away. */
  readonly changed = output<void>();

  protected connect(): void {
    this.run(this.api.createLink(), (link) => this.link.set(link));
  }

  /** After pressing Start in Telegram: is the chat linked now? */
  protected check(): void {
    this.run(this.api.status(), (status) => {
      this.status.set(status);
      this.checkedNotYet.set(!status.linked);
      if (status.linked) {
        this.link.set(null);
        this.changed.emit();
      }
    });
  }

  protected unlink(): void {
    this.run(this.api.unlink(), () => {
      const current = this.status.value();
      if (current) this.status.set({ ...current, linked: false });
      this.link.set(null);
      this.checkedNotYet.set(false);
      this.changed.emit();
    });
  }

  private run<T>(request: Observable<T>, done: (value: T) => void): void {
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: (value) => {
        done(value);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
      },
    });
  }
}
