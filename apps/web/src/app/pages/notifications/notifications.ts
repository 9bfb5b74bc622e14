import { ChangeDetectionStrategy, Component, DOCUMENT, effect, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { InAppNotificationView } from '@jumush/contracts/client';
import { NotificationsApi } from '../../core/api/notifications-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { NotificationCentre } from '../../core/notifications/notification-centre';
import { notificationTarget } from '../../core/notifications/notification-link';
import { loader } from '../../shared/data/loader';
import { DateTimePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotificationPreferences } from './notification-preferences';
import { ChangePassword } from './change-password';
import { SignInSessions } from './sign-in-sessions';
import { TelegramLink } from './telegram-link';
import { TwoFactorSettings } from './two-factor-settings';

/** `/:lang/notifications`: the notification centre, newest first. */
@Component({
  selector: 'jm-notifications',
  imports: [
    TranslatePipe,
    MatButtonModule,
    LoadState,
    Pager,
    ProblemAlert,
    DateTimePipe,
    TelegramLink,
    NotificationPreferences,
    SignInSessions,
    ChangePassword,
    TwoFactorSettings,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="head">
      <h1>{{ 'notifications.title' | translate }}</h1>
      <button mat-stroked-button type="button" data-testid="mark-all-read" [disabled]="busy() || centre.unread() === 0" (click)="markAllRead()">
        {{ 'notifications.markAllRead' | translate }}
      </button>
    </header>
    <jm-problem-alert [problem]="problem()" />
    <jm-load-state [loading]="list.loading()" [problem]="list.problem()" (retry)="list.reload()" />
    @if (list.value(); as page) {
      @if (page.items.length === 0) {
        <p data-testid="no-notifications">{{ 'notifications.empty' | translate }}</p>
      }
      <ul class="list">
        @for (n of page.items; track n.id) {
          <li class="item" data-testid="notification" [attr.data-id]="n.id" [class.unread]="!n.readAt">
            <p class="title">
              @if (!n.readAt) {
                <span class="dot" aria-hidden="true"></span><span class="visually-hidden">{{ 'notifications.new' | translate }}</span>
              }
              {{ n.title }}
            </p>
            <p class="body">{{ n.body }}</p>
            <p class="meta">
              <time [attr.datetime]="n.createdAt">{{ n.createdAt | dateTime: lang() }}</time>
            </p>
            <div class="actions">
              @if (n.link) {
                <button mat-button type="button" data-testid="open-notification" (click)="open(n)">{{ 'notifications.open' | translate }}</button>
              }
              @if (!n.readAt) {
                <button mat-button type="button" data-testid="mark-read" [disabled]="busy()" (click)="markRead(n)">
                  {{ 'notifications.markRead' | translate }}
                </button>
              }
            </div>
          </li>
        }
      </ul>
      <jm-pager [page]="page.page" [pageSize]="page.pageSize" [total]="page.total" [lang]="lang()" (pageChange)="pageNumber.set($event)" />
    }
    <div class="settings">
      <jm-notification-preferences #preferences />
      <jm-telegram-link (changed)="preferences.reload()" />
      <jm-sign-in-sessions #sessions />
      <jm-change-password (passwordChanged)="sessions.reload()" />
      <jm-two-factor-settings />
    </div>
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 760px);
      margin-inline: auto;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      justify-content: space-between;
      align-items: center;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .item {
      min-width: 0;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .item.unread {
      background: var(--mat-sys-surface-container);
      border-color: var(--mat-sys-primary);
    }
    .item p {
      margin: 0 0 4px;
      /* A message may carry a full address (the letter's link): it wraps, never widens a 360 px phone. */
      overflow-wrap: anywhere;
    }
    .title {
      font: var(--mat-sys-title-small);
    }
    .dot {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-inline-end: 6px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    .settings {
      margin-block-start: 24px;
    }
  `,
})
export class Notifications {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly centre = inject(NotificationCentre);
  protected readonly lang = inject(LocaleService).current;
  protected readonly pageNumber = signal(1);
  protected readonly list = loader(
    () => this.pageNumber(),
    (page) => this.api.list(page),
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  private lastLatest: string | null = null;

  constructor() {
    // A notification arriving live while the page is open shows up at once.
    effect(() => {
      const latest = this.centre.latest();
      if (!latest || latest.id === this.lastLatest) return;
      const first = this.lastLatest === null;
      this.lastLatest = latest.id;
      if (!first && this.pageNumber() === 1) this.list.reload();
    });
  }

  protected markRead(n: InAppNotificationView): void {
    this.busy.set(true);
    this.problem.set(null);
    this.api.markRead(n.id).subscribe({
      next: (view) => {
        this.centre.setUnread(view.unreadCount);
        this.replace({ ...n, readAt: new Date().toISOString() });
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
      },
    });
  }

  protected markAllRead(): void {
    this.busy.set(true);
    this.problem.set(null);
    this.api.markAllRead().subscribe({
      next: (view) => {
        this.centre.setUnread(view.unreadCount);
        this.busy.set(false);
        this.list.reload();
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
      },
    });
  }

  protected open(n: InAppNotificationView): void {
    if (!n.readAt) this.markRead(n);
    if (!n.link) return;
    const location = this.document.defaultView?.location;
    const target = notificationTarget(n.link, this.lang(), location?.origin ?? '');
    if (target.kind === 'app') void this.router.navigateByUrl(target.url);
    else location?.assign(target.url);
  }

  private replace(updated: InAppNotificationView): void {
    const page = this.list.value();
    if (page) this.list.set({ ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) });
  }
}
