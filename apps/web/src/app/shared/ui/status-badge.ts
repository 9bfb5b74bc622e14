import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ApplicationStatus } from '@jumush/contracts/client';

/** The colour family of a status pill. */
export type StatusTone = 'neutral' | 'waiting' | 'good' | 'bad' | 'muted';

/** What a badge shows the status of. */
export type StatusBadgeKind = 'company' | 'vacancy' | 'application';

const COMPANY_AND_VACANCY_TONES: Readonly<Record<string, StatusTone>> = {
  PENDING: 'waiting',
  PENDING_REVIEW: 'waiting',
  VERIFIED: 'good',
  PUBLISHED: 'good',
  REJECTED: 'bad',
  SUSPENDED: 'bad',
  DRAFT: 'neutral',
  CLOSED: 'muted',
};

/** Every application status has its tone: the compiler refuses a status added without one. */
const APPLICATION_TONES: Readonly<Record<ApplicationStatus, StatusTone>> = {
  [ApplicationStatus.Submitted]: 'waiting',
  [ApplicationStatus.Shortlisted]: 'waiting',
  [ApplicationStatus.InBatch]: 'waiting',
  [ApplicationStatus.Approved]: 'good',
  [ApplicationStatus.Departed]: 'good',
  [ApplicationStatus.Arrived]: 'good',
  [ApplicationStatus.Working]: 'good',
  [ApplicationStatus.NoShow]: 'bad',
  [ApplicationStatus.Declined]: 'bad',
  [ApplicationStatus.Refused]: 'bad',
  [ApplicationStatus.Withdrawn]: 'muted',
  [ApplicationStatus.Closed]: 'muted',
};

/** The one place a status gets its colour: any status of any kind, 'neutral' when unknown. */
export function statusTone(kind: StatusBadgeKind, status: string): StatusTone {
  const tones: Readonly<Record<string, StatusTone>> = kind === 'application' ? APPLICATION_TONES : COMPANY_AND_VACANCY_TONES;
  return tones[status] ?? 'neutral';
}

/** The translation key of a status: companies' and vacancies' under 'status.', applications' as the migrant reads them. */
function labelKey(kind: StatusBadgeKind, status: string): string {
  return kind === 'application' ? `myApplications.status.${status}` : `status.${kind}.${status}`;
}

/** The status of a company, a vacancy or an application as a coloured, translated pill (colour is never the only cue). */
@Component({
  selector: 'jm-status-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-status]': 'status()', '[attr.data-tone]': 'tone()' },
  template: `<span class="badge" [class]="'badge tone-' + tone()">{{ label() | translate }}</span>`,
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
  readonly kind = input.required<StatusBadgeKind>();
  readonly status = input.required<string>();
  protected readonly tone = computed(() => statusTone(this.kind(), this.status()));
  protected readonly label = computed(() => labelKey(this.kind(), this.status()));
}
