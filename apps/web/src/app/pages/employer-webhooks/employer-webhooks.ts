import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_TEST_EVENT,
  WebhookEventType,
  type CreatedWebhookEndpointView,
  type WebhookDeliveryView,
  type WebhookEndpointView,
} from '@jumush/contracts/client';
import { WebhooksApi } from '../../core/api/webhooks-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const EVENT_LABELS: Record<string, string> = {
  [WebhookEventType.ApplicationCreated]: 'webhooks.events.applicationCreated',
  [WebhookEventType.ApplicationWithdrawn]: 'webhooks.events.applicationWithdrawn',
  [WebhookEventType.BatchDecided]: 'webhooks.events.batchDecided',
  [WEBHOOK_TEST_EVENT]: 'webhooks.events.test',
};

const DELIVERY_STATUS_LABELS: Record<string, string> = {
  PENDING: 'webhooks.delivery.PENDING',
  DELIVERED: 'webhooks.delivery.DELIVERED',
  FAILED: 'webhooks.delivery.FAILED',
  SKIPPED: 'webhooks.delivery.SKIPPED',
};

/**
 * `/:lang/employer/webhooks`: the owner's webhook settings — add an HTTPS endpoint for chosen events (its signing secret
 * shown once), send a test event, read each endpoint's delivery log and replay a delivery, switch an endpoint off or on.
 */
@Component({
  selector: 'jm-employer-webhooks',
  imports: [
    FormsModule,
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    LoadState,
    ProblemAlert,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="webhooks-page">
      <h1>{{ 'webhooks.title' | translate }}</h1>
      <p class="intro">{{ 'webhooks.intro' | translate }}</p>
      <jm-load-state [loading]="endpoints.loading()" [problem]="endpoints.problem()" (retry)="endpoints.reload()" />
      @if (endpoints.value(); as view) {
        @if (!view.canManage) {
          <p class="empty" data-testid="webhooks-owners-only">{{ 'webhooks.ownersOnly' | translate }}</p>
        } @else {
          @if (created(); as fresh) {
            <div class="secret" data-testid="webhook-secret-panel" role="status">
              <h2>{{ 'webhooks.secretTitle' | translate }}</h2>
              <p>{{ 'webhooks.secretOnce' | translate }}</p>
              <code data-testid="webhook-secret">{{ fresh.secret }}</code>
              <div class="actions">
                <button mat-stroked-button type="button" data-testid="webhook-secret-copy" (click)="copy(fresh.secret)">
                  {{ (copied() ? 'webhooks.copied' : 'webhooks.copy') | translate }}
                </button>
                <button mat-flat-button type="button" data-testid="webhook-secret-done" (click)="created.set(null)">
                  {{ 'webhooks.secretDone' | translate }}
                </button>
              </div>
            </div>
          }

          <form class="add" data-testid="webhook-form" (ngSubmit)="add()">
            <h2>{{ 'webhooks.addTitle' | translate }}</h2>
            <mat-form-field appearance="outline" class="field">
              <mat-label>{{ 'webhooks.url' | translate }}</mat-label>
              <input matInput name="url" type="url" required data-testid="webhook-url" [(ngModel)]="url" />
              <mat-hint>{{ 'webhooks.urlHint' | translate }}</mat-hint>
            </mat-form-field>
            <mat-form-field appearance="outline" class="field">
              <mat-label>{{ 'webhooks.description' | translate }}</mat-label>
              <input matInput name="description" data-testid="webhook-description" maxlength="200" [(ngModel)]="description" />
            </mat-form-field>
            <fieldset class="events">
              <legend>{{ 'webhooks.eventsLegend' | translate }}</legend>
              @for (type of eventTypes; track type) {
                <mat-checkbox
                  [name]="'event-' + type"
                  [attr.data-testid]="'webhook-event-' + type"
                  [checked]="chosen().includes(type)"
                  (change)="toggle(type)"
                >
                  {{ eventLabel(type) | translate }}
                </mat-checkbox>
              }
            </fieldset>
            <jm-problem-alert [problem]="formProblem()" [unmatched]="formProblem()?.fieldErrors ?? []" />
            <button mat-flat-button type="submit" data-testid="webhook-add" [disabled]="busy() || !url.trim() || chosen().length === 0">
              {{ 'webhooks.add' | translate }}
            </button>
          </form>

          <h2>{{ 'webhooks.listTitle' | translate }}</h2>
          <jm-problem-alert [problem]="problem()" />
          @if (view.endpoints.length === 0) {
            <p class="empty" data-testid="webhooks-empty">{{ 'webhooks.empty' | translate }}</p>
          }
          <ul class="endpoints">
            @for (endpoint of view.endpoints; track endpoint.id) {
              <li data-testid="webhook-endpoint" [attr.data-id]="endpoint.id" [attr.data-status]="endpoint.status">
                <p class="url">{{ endpoint.url }}</p>
                @if (endpoint.description) {
                  <p class="meta">{{ endpoint.description }}</p>
                }
                <p class="meta">
                  <span data-testid="webhook-status">{{ (endpoint.status === 'ACTIVE' ? 'webhooks.active' : 'webhooks.disabled') | translate }}</span>
                  ·
                  @for (type of endpoint.events; track type; let last = $last) {
                    {{ eventLabel(type) | translate }}{{ last ? '' : ', ' }}
                  }
                </p>
                @if (endpoint.status === 'DISABLED') {
                  <p class="warning" data-testid="webhook-disabled-reason">
                    {{ (endpoint.disabledReason === 'failures' ? 'webhooks.disabledByFailures' : 'webhooks.disabledByOwner') | translate }}
                  </p>
                }
                <div class="actions">
                  <button
                    mat-stroked-button
                    type="button"
                    data-testid="webhook-test"
                    [disabled]="busy() || endpoint.status !== 'ACTIVE'"
                    (click)="sendTest(endpoint)"
                  >
                    {{ 'webhooks.sendTest' | translate }}
                  </button>
                  <button
                    mat-stroked-button
                    type="button"
                    data-testid="webhook-log-toggle"
                    [attr.aria-expanded]="openLog() === endpoint.id"
                    (click)="toggleLog(endpoint.id)"
                  >
                    {{ (openLog() === endpoint.id ? 'webhooks.hideLog' : 'webhooks.showLog') | translate }}
                  </button>
                  <button mat-stroked-button type="button" data-testid="webhook-switch" [disabled]="busy()" (click)="switchState(endpoint)">
                    {{ (endpoint.status === 'ACTIVE' ? 'webhooks.switchOff' : 'webhooks.switchOn') | translate }}
                  </button>
                  @if (confirmDelete() === endpoint.id) {
                    <button
                      mat-flat-button
                      color="warn"
                      type="button"
                      data-testid="webhook-delete-confirm"
                      [disabled]="busy()"
                      (click)="remove(endpoint)"
                    >
                      {{ 'webhooks.deleteConfirm' | translate }}
                    </button>
                    <button mat-button type="button" (click)="confirmDelete.set(null)">{{ 'webhooks.cancel' | translate }}</button>
                  } @else {
                    <button mat-button type="button" data-testid="webhook-delete" (click)="confirmDelete.set(endpoint.id)">
                      {{ 'webhooks.delete' | translate }}
                    </button>
                  }
                </div>
                @if (notice() === endpoint.id) {
                  <p class="meta" role="status" data-testid="webhook-test-sent">{{ 'webhooks.testSent' | translate }}</p>
                }
                @if (openLog() === endpoint.id) {
                  <div class="log" data-testid="webhook-log">
                    <div class="log-head">
                      <h3>{{ 'webhooks.logTitle' | translate }}</h3>
                      <button mat-button type="button" data-testid="webhook-log-refresh" (click)="deliveries.reload()">
                        {{ 'webhooks.refresh' | translate }}
                      </button>
                    </div>
                    <jm-load-state [loading]="deliveries.loading()" [problem]="deliveries.problem()" (retry)="deliveries.reload()" [quiet]="true" />
                    @if (deliveries.value(); as log) {
                      @if (log.deliveries.length === 0) {
                        <p class="empty" data-testid="webhook-log-empty">{{ 'webhooks.noDeliveries' | translate }}</p>
                      } @else {
                        <table>
                          <thead>
                            <tr>
                              <th scope="col">{{ 'webhooks.column.event' | translate }}</th>
                              <th scope="col">{{ 'webhooks.column.status' | translate }}</th>
                              <th scope="col">{{ 'webhooks.column.response' | translate }}</th>
                              <th scope="col">{{ 'webhooks.column.duration' | translate }}</th>
                              <th scope="col">{{ 'webhooks.column.attempts' | translate }}</th>
                              <th scope="col">{{ 'webhooks.column.time' | translate }}</th>
                              <th scope="col">
                                <span class="visually-hidden">{{ 'webhooks.replay' | translate }}</span>
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            @for (delivery of log.deliveries; track delivery.id) {
                              <tr data-testid="webhook-delivery" [attr.data-status]="delivery.status" [attr.data-event-type]="delivery.eventType">
                                <td>
                                  {{ eventLabel(delivery.eventType) | translate }}
                                  @if (delivery.replayOf) {
                                    <span class="meta">({{ 'webhooks.replayed' | translate }})</span>
                                  }
                                </td>
                                <td>{{ statusLabel(delivery) | translate }}</td>
                                <td data-testid="webhook-delivery-code" [attr.title]="delivery.error ?? ''">{{ delivery.responseStatus ?? '—' }}</td>
                                <td>{{ delivery.durationMs === null ? '—' : ('webhooks.ms' | translate: { ms: delivery.durationMs }) }}</td>
                                <td>{{ delivery.attempts }}</td>
                                <td>{{ delivery.createdAt | localDate: lang() }}</td>
                                <td>
                                  <button
                                    mat-button
                                    type="button"
                                    data-testid="webhook-replay"
                                    [disabled]="busy() || endpoint.status !== 'ACTIVE' || delivery.status === 'PENDING'"
                                    (click)="replay(endpoint, delivery)"
                                  >
                                    {{ 'webhooks.replay' | translate }}
                                  </button>
                                </td>
                              </tr>
                            }
                          </tbody>
                        </table>
                      }
                    }
                  </div>
                }
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .page {
      width: min(100%, 960px);
      margin-inline: auto;
    }
    .intro,
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .meta {
      margin: 0 0 4px;
      font: var(--mat-sys-body-small);
    }
    .field {
      width: 100%;
    }
    .events {
      display: flex;
      flex-direction: column;
      margin: 0 0 16px;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .add {
      margin-block-end: 24px;
    }
    .secret {
      margin-block-end: 24px;
      padding: 16px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .secret code {
      display: block;
      margin-block: 8px;
      overflow-wrap: anywhere;
      font-size: 1rem;
    }
    .endpoints {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .endpoints > li {
      padding-block: 12px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .url {
      margin: 0 0 4px;
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .warning {
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .log {
      margin-block-start: 12px;
      overflow-x: auto;
    }
    .log-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 4px 8px;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class EmployerWebhooks {
  private readonly api = inject(WebhooksApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly eventTypes = WEBHOOK_EVENT_TYPES;

  protected readonly endpoints = loader(
    () => true,
    () => this.api.list(),
  );
  protected readonly openLog = signal<string | null>(null);
  protected readonly deliveries = loader(
    () => this.openLog(),
    (id: string) => this.api.deliveries(id),
  );

  protected url = '';
  protected description = '';
  protected readonly chosen = signal<WebhookEventType[]>([...WEBHOOK_EVENT_TYPES]);
  protected readonly created = signal<CreatedWebhookEndpointView | null>(null);
  protected readonly copied = signal(false);
  protected readonly busy = signal(false);
  protected readonly formProblem = signal<UiProblem | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly confirmDelete = signal<string | null>(null);

  protected eventLabel(type: string): string {
    return EVENT_LABELS[type] ?? type;
  }

  protected statusLabel(delivery: WebhookDeliveryView): string {
    return DELIVERY_STATUS_LABELS[delivery.status] ?? delivery.status;
  }

  protected toggle(type: WebhookEventType): void {
    this.chosen.update((list) => (list.includes(type) ? list.filter((item) => item !== type) : [...list, type]));
  }

  protected toggleLog(id: string): void {
    this.openLog.update((open) => (open === id ? null : id));
  }

  protected add(): void {
    if (this.busy()) return;
    this.run(
      this.api.create({ url: this.url.trim(), description: this.description.trim() || undefined, events: this.chosen() }),
      (view) => {
        this.created.set(view);
        this.copied.set(false);
        this.url = '';
        this.description = '';
        this.endpoints.reload();
      },
      this.formProblem,
    );
  }

  protected copy(secret: string): void {
    void navigator.clipboard?.writeText(secret).then(() => this.copied.set(true));
  }

  protected sendTest(endpoint: WebhookEndpointView): void {
    this.run(this.api.sendTest(endpoint.id), () => {
      this.notice.set(endpoint.id);
      if (this.openLog() === endpoint.id) this.deliveries.reload();
    });
  }

  protected switchState(endpoint: WebhookEndpointView): void {
    this.run(this.api.update(endpoint.id, { status: endpoint.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE' }), () => this.endpoints.reload());
  }

  protected remove(endpoint: WebhookEndpointView): void {
    this.run(this.api.remove(endpoint.id), () => {
      this.confirmDelete.set(null);
      if (this.openLog() === endpoint.id) this.openLog.set(null);
      this.endpoints.reload();
    });
  }

  protected replay(endpoint: WebhookEndpointView, delivery: WebhookDeliveryView): void {
    this.run(this.api.replay(endpoint.id, delivery.id), () => {
      this.notice.set(endpoint.id);
      this.deliveries.reload();
    });
  }

  private run<T>(request: Observable<T>, done: (value: T) => void, problem = this.problem): void {
    this.busy.set(true);
    problem.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        problem.set(toUiProblem(error));
      },
    });
  }
}
