import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { HELP_DAYS, type HelpContactView } from '@jumush/contracts/client';
import { regionName } from '../reference/regions';

/** One entry of the help directory: who, how to reach them, in which languages, when; the same for migrant and staff. */
@Component({
  selector: 'jm-help-contact-card',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = contact();
    <h2 class="name" [id]="'help-' + c.id">{{ c.name }}</h2>
    <p class="meta">
      <span data-testid="help-kind">{{ kindKey(c.kind) | translate }}</span>
      @if (c.demo) {
        · <strong class="demo" data-testid="help-demo">{{ 'help.demo' | translate }}</strong>
      }
      · {{ c.regions.length === 0 ? ('help.nationwide' | translate) : regions() }}
    </p>
    <dl>
      @if (c.phone) {
        <dt>{{ 'help.phone' | translate }}</dt>
        <dd>
          <a data-testid="help-phone" [href]="'tel:' + telephone()">{{ c.phone }}</a>
        </dd>
      }
      @if (c.address) {
        <dt>{{ 'help.address' | translate }}</dt>
        <dd>{{ c.address }}</dd>
      }
      @if (c.website) {
        <dt>{{ 'help.website' | translate }}</dt>
        <dd>
          <a [href]="c.website" target="_blank" rel="noopener noreferrer">{{ c.website }}</a>
        </dd>
      }
      <dt>{{ 'help.languages' | translate }}</dt>
      <dd data-testid="help-languages">
        @for (language of c.languages; track language; let last = $last) {
          <span [attr.lang]="language">{{ 'language.' + language | translate }}</span
          >{{ last ? '' : ', ' }}
        }
      </dd>
      @if (hours().length > 0) {
        <dt>{{ 'help.hours' | translate }}</dt>
        <dd>
          <ul class="hours">
            @for (entry of hours(); track entry.day) {
              <li>{{ dayKey(entry.day) | translate }}: {{ entry.text }}</li>
            }
          </ul>
        </dd>
      }
    </dl>
  `,
  styles: `
    :host {
      display: block;
    }
    .name {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 8px;
    }
    .demo {
      color: var(--mat-sys-error);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 12px;
      margin: 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .hours {
      list-style: none;
      padding: 0;
      margin: 0;
    }
  `,
})
export class HelpContactCard {
  readonly contact = input.required<HelpContactView>();
  readonly lang = input.required<string>();

  protected kindKey(kind: string): string {
    return `help.kind.${kind}`;
  }

  protected dayKey(day: string): string {
    return `help.day.${day}`;
  }

  protected readonly telephone = computed(() => (this.contact().phone ?? '').replace(/[^+0-9]/g, ''));
  protected readonly hours = computed(() => {
    const hours = this.contact().hours;
    return HELP_DAYS.filter((day) => !!hours[day]).map((day) => ({ day, text: hours[day] as string }));
  });
  protected readonly regions = computed(() => {
    return this.contact()
      .regions.map((code) => regionName(code, this.lang()))
      .join(', ');
  });
}
