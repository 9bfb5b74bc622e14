import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AfterArrivalApi } from '../../core/api/after-arrival-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { grievanceCategoryKey, grievanceStatusKey } from '../../shared/grievances/grievance-keys';

/** `/:lang/attache/grievances`: the grievances of the attaché's country in their regions, open ones first, overdue first, then oldest. */
@Component({
  selector: 'jm-attache-grievances',
  imports: [RouterLink, TranslatePipe, LoadState, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'grievance.queueTitle' | translate }}</h1>
    <jm-load-state [loading]="queue.loading()" [problem]="queue.problem()" (retry)="queue.reload()" />
    @if (queue.value(); as items) {
      @if (items.length === 0) {
        <p data-testid="grievance-queue-empty">{{ 'grievance.empty' | translate }}</p>
      }
      <ul class="list">
        @for (g of items; track g.id) {
          <li class="item" data-testid="grievance-queue-item" [attr.data-id]="g.id" [attr.data-status]="g.status">
            <a class="title" [routerLink]="['/', lang(), 'attache', 'grievances', g.id]">
              {{ categoryKey(g.category) | translate }}
              @if (g.vacancyTitle) {
                — {{ g.vacancyTitle }}
              }
            </a>
            <p class="meta">
              {{ statusKey(g.status) | translate }} · {{ g.createdAt | localDate: lang() }}
              @if (g.migrantName) {
                · {{ g.migrantName }}
              }
              · {{ 'grievance.region' | translate: { region: g.regionCode } }}
            </p>
            @if (g.overdue && g.dueAt) {
              <p class="overdue" data-testid="grievance-overdue">
                {{ 'grievance.overdueSince' | translate: { date: (g.dueAt | localDate: lang()) } }}
              </p>
            } @else if (g.dueAt) {
              <p class="meta" data-testid="grievance-due">{{ 'grievance.dueBy' | translate: { date: (g.dueAt | localDate: lang()) } }}</p>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 960px);
      margin-inline: auto;
    }
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 0;
    }
    .overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
      margin: 4px 0 0;
    }
  `,
})
export class AttacheGrievances {
  private readonly api = inject(AfterArrivalApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly queue = loader(
    () => true,
    () => this.api.queue(),
  );

  protected readonly categoryKey = grievanceCategoryKey;

  protected readonly statusKey = grievanceStatusKey;
}
