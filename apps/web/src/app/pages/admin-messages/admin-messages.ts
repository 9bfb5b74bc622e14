import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { NOTIFICATION_CHANNELS, QUEUE_BOARD_PATH, type NotificationChannel } from '@jumush/contracts/client';
import { AdminNotificationsApi } from '../../core/api/admin-notifications-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { PageNavigation } from '../../core/navigation/page-navigation';
import { loader } from '../../shared/data/loader';
import { LIST_PAGE_SIZE } from '../../shared/data/paging';
import { DateTimePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Which list the page shows: messages the capture adapters kept, or deliveries that failed for good. */
export type AdminMessagesView = 'captured' | 'failed';

/** Channels a capture adapter can keep (in-app and Telegram are never captured). */
export const CAPTURED_CHANNELS: readonly NotificationChannel[] = NOTIFICATION_CHANNELS.filter((c) => c === 'EMAIL' || c === 'SMS');

/**
 * `/:lang/admin/messages` and `/:lang/admin/failed-deliveries`: what went out (in development and tests
 * the SMS and e-mail capture adapters keep every message here instead of sending it), what could not go
 * out and why, and the way into the queue dashboard.
 */
@Component({
  selector: 'jm-admin-messages',
  imports: [TranslatePipe, MatButtonModule, RouterLink, RouterLinkActive, LoadState, Pager, ProblemAlert, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-messages.html',
  styleUrls: ['../../shared/ui/list-page.scss', './admin-messages.scss'],
})
export class AdminMessages {
  private readonly api = inject(AdminNotificationsApi);
  private readonly navigation = inject(PageNavigation);
  protected readonly lang = inject(LocaleService).current;
  /** From the route's data. */
  readonly view = input<AdminMessagesView>('captured');

  protected readonly channels = CAPTURED_CHANNELS;
  protected readonly channel = signal<NotificationChannel | null>(null);
  /** A phone number (any form) or an e-mail the API matches against recipients. */
  protected readonly search = signal('');
  protected readonly capturedPage = signal(1);
  protected readonly failedPage = signal(1);
  protected readonly captured = loader(
    () =>
      this.view() === 'captured' ? { page: this.capturedPage(), pageSize: LIST_PAGE_SIZE, channel: this.channel(), search: this.search() } : null,
    (query) => this.api.capturedMessages(query),
  );
  protected readonly failed = loader(
    () => (this.view() === 'failed' ? { page: this.failedPage(), pageSize: LIST_PAGE_SIZE } : null),
    (query) => this.api.failedDeliveries(query),
  );
  protected readonly openingBoard = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  protected setChannel(value: string): void {
    this.channel.set(CAPTURED_CHANNELS.find((c) => c === value) ?? null);
    this.capturedPage.set(1);
  }

  protected setSearch(value: string): void {
    this.search.set(value.trim());
    this.capturedPage.set(1);
  }

  protected channelKey(channel: NotificationChannel): string {
    return `adminMessages.channel.${channel}`;
  }

  /** The dashboard cannot take a bearer token: the API first sets a short-lived cookie for its path. */
  protected openQueueBoard(): void {
    this.openingBoard.set(true);
    this.problem.set(null);
    this.api.openQueueBoardSession().subscribe({
      next: () => {
        this.openingBoard.set(false);
        this.navigation.leaveTo(QUEUE_BOARD_PATH);
      },
      error: (error: unknown) => {
        this.openingBoard.set(false);
        this.problem.set(toUiProblem(error));
      },
    });
  }
}
