import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleService } from '../../core/i18n/locale.service';

/** Any `/:lang/...` path no route knows. */
@Component({
  selector: 'jm-not-found',
  imports: [RouterLink, TranslatePipe, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-found" aria-labelledby="not-found-title" data-testid="not-found">
      <p class="code" aria-hidden="true">404</p>
      <h1 id="not-found-title">{{ 'notFound.title' | translate }}</h1>
      <p>{{ 'notFound.text' | translate }}</p>
      <a mat-flat-button [routerLink]="['/', lang()]">{{ 'notFound.back' | translate }}</a>
    </section>
  `,
  styles: `
    .not-found {
      width: min(100%, 560px);
      margin: clamp(8px, 6vw, 56px) auto 0;
      text-align: center;
    }
    .code {
      margin: 0;
      font: var(--mat-sys-display-large);
      color: var(--mat-sys-primary);
    }
    h1 {
      margin: 8px 0;
      font: var(--mat-sys-headline-small);
    }
    p {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 24px;
    }
  `,
})
export class NotFound {
  protected readonly lang = inject(LocaleService).current;
}
