import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AfterArrivalApi } from '../../core/api/after-arrival-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { grievanceCategoryKey, grievanceStatusKey } from '../../shared/grievances/grievance-keys';

/** `/:lang/grievances`: the migrant's own grievances, open ones first, each with its status in their language. */
@Component({
  selector: 'jm-my-grievances',
  imports: [RouterLink, TranslatePipe, LoadState, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'my-grievances' },
  template: `
    <h1>{{ 'grievances.title' | translate }}</h1>
    <p>
      <a class="open" data-testid="open-grievance" [routerLink]="['/', lang(), 'grievances', 'new']">{{ 'grievances.open' | translate }}</a>
    </p>
    <jm-load-state [loading]="grievances.loading()" [problem]="grievances.problem()" (retry)="grievances.reload()" />
    @if (grievances.value(); as items) {
      @if (items.length === 0) {
        <p data-testid="my-grievances-empty">{{ 'grievances.empty' | translate }}</p>
      } @else {
        <ul class="list">
          @for (g of items; track g.id) {
            <li class="item" data-testid="my-grievance" [attr.data-id]="g.id" [attr.data-status]="g.status">
              <a class="title" [routerLink]="['/', lang(), 'grievances', g.id]">
                {{ categoryKey(g.category) | translate }}
                @if (g.vacancyTitle) {
                  — {{ g.vacancyTitle }}
                }
              </a>
              <p class="meta">
                <strong data-testid="my-grievance-status">{{ statusKey(g.status) | translate }}</strong> ·
                {{ g.createdAt | localDate: lang() }}
                @if (g.anonymous) {
                  · {{ 'grievance.anonymous' | translate }}
                }
              </p>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 760px);
      margin-inline: auto;
    }
    .open {
      font-weight: 500;
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
  `,
})
export class MyGrievances {
  private readonly api = inject(AfterArrivalApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly grievances = loader(
    () => true,
    () => this.api.mine(),
  );

  protected readonly categoryKey = grievanceCategoryKey;

  protected readonly statusKey = grievanceStatusKey;
}
