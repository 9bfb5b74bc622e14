import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { HelpApi } from '../../core/api/help-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { HelpContactCard } from '../../shared/migrant/help-contact-card';
import { regionName } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';

/**
 * `/:lang/help`: hotlines, NGOs and consular representatives for the region of the migrant's job, those speaking
 * their language first. Opens offline too: the service worker keeps the last list (data group "my-help").
 */
@Component({
  selector: 'jm-help-page',
  imports: [RouterLink, TranslatePipe, LoadState, HelpContactCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'help-page' },
  template: `
    <h1>{{ 'help.title' | translate }}</h1>
    <jm-load-state [loading]="help.loading()" [problem]="help.problem()" (retry)="help.reload()" />
    @if (help.value(); as h) {
      @if (h.regionCode === null) {
        <p data-testid="help-not-departed">{{ 'help.notDeparted' | translate }}</p>
      } @else {
        <p data-testid="help-region" [attr.data-region]="h.regionCode">{{ 'help.forRegion' | translate: { region: region(h.regionCode) } }}</p>
        @if (h.contacts.length === 0) {
          <p data-testid="help-empty">{{ 'help.empty' | translate }}</p>
        }
        <ul class="list">
          @for (c of h.contacts; track c.id) {
            <li class="item" data-testid="help-contact" [attr.data-kind]="c.kind" [attr.aria-labelledby]="'help-' + c.id">
              <jm-help-contact-card [contact]="c" [lang]="lang()" />
            </li>
          }
        </ul>
      }
      <p class="grievance">
        {{ 'help.grievanceHint' | translate }}
        <a data-testid="help-open-grievance" [routerLink]="['/', lang(), 'grievances', 'new']">{{ 'grievances.open' | translate }}</a>
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 760px);
      margin-inline: auto;
    }
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
  `,
})
export class HelpPage {
  private readonly api = inject(HelpApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly help = loader(
    () => this.lang(),
    (lang) => this.api.mine(lang),
  );

  protected region(code: string): string {
    return regionName(code, this.lang());
  }
}
