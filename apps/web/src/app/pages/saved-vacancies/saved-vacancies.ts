import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleService } from '../../core/i18n/locale.service';
import { SavedVacancies } from '../../core/offline/saved-vacancies';
import { RoublesPipe } from '../../shared/format/format-pipes';

/** `/:lang/saved`: the vacancies starred on this phone; works without a connection. */
@Component({
  selector: 'jm-saved-vacancies',
  imports: [RouterLink, TranslatePipe, RoublesPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'saved.title' | translate }}</h1>
    <p class="lead">{{ 'saved.lead' | translate }}</p>
    @if (saved.list().length === 0) {
      <p data-testid="no-saved-vacancies">{{ 'saved.empty' | translate }}</p>
      <a class="button" [routerLink]="['/', lang(), 'vacancies']">{{ 'nav.findJob' | translate }}</a>
    } @else {
      <ul class="cards">
        @for (v of saved.list(); track v.id) {
          <li class="card" data-testid="saved-vacancy">
            <a class="title" [routerLink]="['/', lang(), 'vacancies', v.id]">{{ v.title }}</a>
            <p class="meta">{{ v.companyName }} · {{ v.town }} · {{ v.monthlyWageRoubles | roubles: lang() }}</p>
            <button type="button" class="remove" [attr.aria-label]="'saved.removeLabel' | translate: { title: v.title }" (click)="saved.remove(v.id)">
              {{ 'saved.remove' | translate }}
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 760px);
      margin-inline: auto;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .lead {
      color: var(--mat-sys-on-surface-variant);
    }
    .cards {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .card {
      display: grid;
      gap: 4px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .title {
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .remove,
    .button {
      justify-self: start;
      min-height: 44px;
      padding: 0 16px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 22px;
      background: transparent;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      cursor: pointer;
      display: inline-flex;
      align-items: center;
      text-decoration: none;
    }
  `,
})
export class SavedVacanciesPage {
  protected readonly saved = inject(SavedVacancies);
  protected readonly lang = inject(LocaleService).current;
}
