import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { VacancyHistoryView, VacancyTermsView } from '@jumush/contracts/client';
import type { UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { DateTimePipe, NumberPipe, PluralPipe, RoublesPipe } from '../format/format-pipes';
import { AuditTrail } from '../ui/audit-trail';
import { LoadState } from '../ui/load-state';
import { StatusBadge } from '../ui/status-badge';

/** The terms that differ between two versions, in the order of the newer one. */
export function changedTerms(before: VacancyTermsView, after: VacancyTermsView): (keyof VacancyTermsView)[] {
  const keys = Object.keys(after) as (keyof VacancyTermsView)[];
  return keys.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}

/**
 * A vacancy's recorded versions (newest first, with what changed since the one before) and what happened to
 * it (created, submitted, published, rejected with the reason…). For the employer and the attaché.
 */
@Component({
  selector: 'jm-vacancy-history',
  imports: [TranslatePipe, StatusBadge, LoadState, AuditTrail, DateTimePipe, RoublesPipe, NumberPipe, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="history" aria-labelledby="history-title" data-testid="vacancy-history">
      <h2 id="history-title">{{ 'history.title' | translate }}</h2>
      <jm-load-state [loading]="loading()" [problem]="problem()" (retry)="retry.emit()" />
      @if (history(); as h) {
        @if (versions().length > 0) {
          <h3>{{ 'history.versions' | translate }}</h3>
          <ol class="versions">
            @for (entry of versions(); track entry.revision.version + entry.revision.createdAt) {
              <li>
                <p class="line">
                  <strong>{{ 'history.version' | translate: { version: entry.revision.version } }}</strong>
                  <jm-status-badge kind="vacancy" [status]="entry.revision.status" />
                  <span class="muted">{{ entry.revision.createdAt | dateTime: lang() }}</span>
                </p>
                <p class="summary">
                  {{ entry.revision.terms.monthlyWageRoubles | roubles: lang() }} ·
                  {{ 'hoursPerWeek' | plural: entry.revision.terms.weeklyHours : lang() | translate: { count: entry.revision.terms.weeklyHours } }} ·
                  {{ housingKey(entry.revision.terms.housing) | translate }} ·
                  {{
                    'months'
                      | plural: entry.revision.terms.contractMonths : lang()
                      | translate: { count: (entry.revision.terms.contractMonths | num: lang()) }
                  }}
                </p>
                @if (entry.changed.length > 0) {
                  <p class="changed">
                    <span class="muted">{{ 'history.changed' | translate }}</span>
                    @for (field of entry.changed; track field) {
                      <span class="chip">{{ fieldKey(field) | translate }}</span>
                    }
                  </p>
                }
              </li>
            }
          </ol>
        }
        <h3>{{ 'history.events' | translate }}</h3>
        <jm-audit-trail [events]="h.events" />
      }
    </section>
  `,
  styles: `
    .history {
      margin-block-start: 24px;
      padding-block-start: 16px;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    h3 {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding-block: 10px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    p {
      margin: 0 0 4px;
    }
    .line,
    .changed {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .chip {
      padding: 0 8px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class VacancyHistory {
  readonly history = input.required<VacancyHistoryView | null | undefined>();
  readonly loading = input(false);
  readonly problem = input<UiProblem | null>(null);
  readonly retry = output<void>();
  protected readonly lang = inject(LocaleService).current;

  /** Newest first; each with the terms changed since the previous version. */
  protected readonly versions = computed(() => {
    const oldestFirst = [...(this.history()?.revisions ?? [])].sort((a, b) => a.version - b.version || a.createdAt.localeCompare(b.createdAt));
    return oldestFirst.map((revision, i) => ({ revision, changed: i === 0 ? [] : changedTerms(oldestFirst[i - 1].terms, revision.terms) })).reverse();
  });

  protected housingKey(housing: string): string {
    return `terms.housingOption.${housing}`;
  }

  protected fieldKey(field: string): string {
    return `editor.field.${field}`;
  }
}
