import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

type Tone = 'neutral' | 'waiting' | 'good' | 'bad' | 'muted';

const TONES: Readonly<Record<string, Tone>> = {
  PENDING: 'waiting',
  PENDING_REVIEW: 'waiting',
  VERIFIED: 'good',
  PUBLISHED: 'good',
  REJECTED: 'bad',
  SUSPENDED: 'bad',
  DRAFT: 'neutral',
  CLOSED: 'muted',
};

/** The status of a company or a vacancy as a coloured, translated pill (colour is never the only cue). */
@Component({
  selector: 'jm-status-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-status]': 'status()' },
  template: `<span class="badge" [class]="'badge tone-' + tone()">{{ 'status.' + kind() + '.' + status() | translate }}</span>`,
  styles: `
    :host {
      display: inline-flex;
    }
    .badge {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      border: 1px solid transparent;
      font: var(--mat-sys-label-medium);
      font-weight: 600;
      white-space: nowrap;
    }
    .tone-neutral {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      border-color: var(--mat-sys-outline-variant);
    }
    .tone-waiting {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .tone-good {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .tone-bad {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .tone-muted {
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
      border-color: var(--mat-sys-outline);
    }
  `,
})
export class StatusBadge {
  readonly kind = input.required<'company' | 'vacancy'>();
  readonly status = input.required<string>();
  protected readonly tone = computed<Tone>(() => TONES[this.status()] ?? 'neutral');
}
