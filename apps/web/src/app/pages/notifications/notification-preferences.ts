import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import {
  NOTIFICATION_CHANNELS,
  NotificationChannel,
  SUPPORTED_LOCALES,
  isSupportedLocale,
  type Locale,
  type NotificationPreferencesView,
} from '@jumush/contracts/client';
import { NotificationsApi } from '../../core/api/notifications-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { loader } from '../../shared/data/loader';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** One row of the channel list: whether it is on, and whether this account can switch it on at all. */
export interface ChannelChoice {
  channel: NotificationChannel;
  on: boolean;
  /** In-app is always on; others need an address (phone, e-mail, a linked Telegram chat). */
  editable: boolean;
}

export function channelChoices(view: NotificationPreferencesView, chosen: ReadonlySet<NotificationChannel>): ChannelChoice[] {
  return NOTIFICATION_CHANNELS.map((channel) => ({
    channel,
    on: channel === NotificationChannel.InApp || chosen.has(channel),
    editable: channel !== NotificationChannel.InApp && view.availableChannels.includes(channel),
  }));
}

/**
 * "How we tell you": the channels and the language of this account's notifications. Until the person saves a
 * choice they get their role's defaults (a migrant: SMS and in-app, in Kyrgyz), and the page says so.
 */
@Component({
  selector: 'jm-notification-preferences',
  imports: [TranslatePipe, MatButtonModule, LoadState, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="settings-section preferences" aria-labelledby="preferences-title" data-testid="notification-preferences">
      <h2 id="preferences-title">{{ 'notificationPreferences.title' | translate }}</h2>
      <jm-load-state [loading]="current.loading()" [problem]="current.problem()" (retry)="current.reload()" [quiet]="true" />
      @if (current.value(); as view) {
        @if (view.isDefault && !saved()) {
          <p class="hint" data-testid="preferences-default">{{ 'notificationPreferences.defaults' | translate }}</p>
        }
        <form (submit)="$event.preventDefault(); save()">
          <fieldset>
            <legend>{{ 'notificationPreferences.channels' | translate }}</legend>
            @for (choice of choices(); track choice.channel) {
              <label class="channel" [class.unavailable]="!choice.editable && choice.channel !== 'IN_APP'">
                <input
                  type="checkbox"
                  [attr.data-testid]="'channel-' + choice.channel"
                  [checked]="choice.on"
                  [disabled]="!choice.editable || saving()"
                  (change)="toggle(choice.channel, $any($event.target).checked)"
                />
                <span>{{ channelKey(choice.channel) | translate }}</span>
                @if (choice.channel === 'IN_APP') {
                  <small>{{ 'notificationPreferences.alwaysOn' | translate }}</small>
                } @else if (!choice.editable) {
                  <small>{{ unavailableKey(choice.channel) | translate }}</small>
                }
              </label>
            }
          </fieldset>
          <label class="language" for="notification-language">{{ 'notificationPreferences.language' | translate }}</label>
          <select
            id="notification-language"
            data-testid="notification-language"
            [disabled]="saving()"
            (change)="setLocale($any($event.target).value)"
          >
            @for (l of locales; track l) {
              <option [value]="l" [selected]="l === locale()">{{ 'language.' + l | translate }}</option>
            }
          </select>
          <jm-problem-alert [problem]="problem()" />
          <div class="actions">
            <button mat-flat-button type="submit" data-testid="save-preferences" [disabled]="saving() || !dirty()">
              {{ (saving() ? 'common.sending' : 'notificationPreferences.save') | translate }}
            </button>
            @if (saved()) {
              <p role="status" data-testid="preferences-saved">{{ 'notificationPreferences.saved' | translate }}</p>
            }
          </div>
        </form>
      }
    </section>
  `,
  styleUrl: './settings-section.scss',
  styles: `
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    fieldset {
      margin: 0 0 12px;
      padding: 0;
      border: 0;
      display: grid;
      gap: 6px;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-block-end: 4px;
    }
    .channel {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      min-height: 40px;
    }
    .channel input {
      width: 20px;
      height: 20px;
      margin: 0;
    }
    .channel small {
      flex-basis: 100%;
      padding-inline-start: 28px;
      color: var(--mat-sys-on-surface-variant);
    }
    .language {
      display: block;
      margin-block-end: 4px;
      font: var(--mat-sys-title-small);
    }
    select {
      min-height: 40px;
      margin-block-end: 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    .actions p {
      margin: 0;
    }
  `,
})
export class NotificationPreferences {
  private readonly api = inject(NotificationsApi);
  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly current = loader(
    () => true,
    () => this.api.preferences(),
  );
  /** The person's edits on top of what the server has; null until they touch something. */
  private readonly chosen = signal<ReadonlySet<NotificationChannel> | null>(null);
  private readonly chosenLocale = signal<Locale | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  private readonly channels = computed<ReadonlySet<NotificationChannel>>(() => this.chosen() ?? new Set(this.current.value()?.channels ?? []));
  protected readonly locale = computed(() => this.chosenLocale() ?? this.current.value()?.locale ?? null);
  protected readonly choices = computed(() => {
    const view = this.current.value();
    return view ? channelChoices(view, this.channels()) : [];
  });
  protected readonly dirty = computed(() => this.chosen() !== null || this.chosenLocale() !== null);

  /** Reads the preferences again, e.g. after the Telegram chat was linked; unsaved edits are dropped. */
  reload(): void {
    this.chosen.set(null);
    this.chosenLocale.set(null);
    this.saved.set(false);
    this.current.reload();
  }

  protected channelKey(channel: NotificationChannel): string {
    return `notificationPreferences.channel.${channel}`;
  }

  protected unavailableKey(channel: NotificationChannel): string {
    return `notificationPreferences.unavailable.${channel}`;
  }

  protected toggle(channel: NotificationChannel, on: boolean): void {
    const next = new Set(this.channels());
    if (on) next.add(channel);
    else next.delete(channel);
    this.chosen.set(next);
    this.saved.set(false);
  }

  protected setLocale(value: string): void {
    if (!isSupportedLocale(value)) return;
    this.chosenLocale.set(value);
    this.saved.set(false);
  }

  protected save(): void {
    const locale = this.locale();
    if (!locale) return;
    this.saving.set(true);
    this.problem.set(null);
    this.api.updatePreferences({ channels: [...this.channels()], locale }).subscribe({
      next: (view) => {
        this.current.set(view);
        this.chosen.set(null);
        this.chosenLocale.set(null);
        this.saving.set(false);
        this.saved.set(true);
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.saving.set(false);
      },
    });
  }
}
