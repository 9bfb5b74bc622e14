import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** "Verified by the labour attaché": a check mark and the word, never the icon alone. */
@Component({
  selector: 'jm-verified-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'verified-badge' },
  template: `
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <path
        fill="currentColor"
        d="M12 2l2.4 1.8 3-.2.9 2.9 2.5 1.7-1 2.8 1 2.8-2.5 1.7-.9 2.9-3-.2L12 22l-2.4-1.8-3 .2-.9-2.9-2.5-1.7 1-2.8-1-2.8 2.5-1.7.9-2.9 3 .2z"
      />
      <path
        fill="none"
        stroke="var(--mat-sys-on-primary)"
        stroke-width="2.2"
        stroke-linecap="round"
        stroke-linejoin="round"
        d="M8 12.3l2.6 2.6L16 9.5"
      />
    </svg>
    <span>{{ 'common.verified' | translate }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-medium);
      font-weight: 600;
      white-space: nowrap;
    }
  `,
})
export class VerifiedBadge {}
