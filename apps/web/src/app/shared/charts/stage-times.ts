import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { StageTimeRow } from '@jumush/contracts/client';
import { formatNumber } from '../format/format';
import { formatDays, formatShare } from './chart-scale';

/** A stage's times as the table shows them: its name (translated by the page) and, per attaché, whose they are. */
export interface StageTimeLine extends StageTimeRow {
  key: string;
  stageName: string;
  staffName?: string;
}

/**
 * Time per stage as a table (the figures are medians and percentiles: a table reads them best): items decided,
 * median and 90th percentile in days, and the share decided by the deadline with a small bar beside it.
 */
@Component({
  selector: 'jm-stage-times',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroll" tabindex="0" role="region" [attr.aria-label]="label()">
      <table [attr.data-testid]="testId()">
        <caption class="visually-hidden">
          {{
            label()
          }}
        </caption>
        <thead>
          <tr>
            @if (byStaff()) {
              <th scope="col">{{ 'dashboard.times.staff' | translate }}</th>
            }
            <th scope="col">{{ 'dashboard.times.stage' | translate }}</th>
            <th scope="col" class="number">{{ 'dashboard.times.decided' | translate }}</th>
            <th scope="col" class="number">{{ 'dashboard.times.median' | translate }}</th>
            <th scope="col" class="number">{{ 'dashboard.times.p90' | translate }}</th>
            <th scope="col" class="number">{{ 'dashboard.times.withinDeadline' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr>
              @if (byStaff()) {
                <th scope="row">{{ row.staffName }}</th>
                <td>{{ row.stageName }}</td>
              } @else {
                <th scope="row">{{ row.stageName }}</th>
              }
              <td class="number">{{ number(row.decided) }}</td>
              <td class="number">{{ days(row.medianDays) }}</td>
              <td class="number">{{ days(row.p90Days) }}</td>
              <td class="number share">
                @if (row.withinDeadlineShare !== null) {
                  <svg class="meter" width="48" height="10" aria-hidden="true" focusable="false">
                    <rect class="meter-track" x="0" y="1" width="48" height="8" rx="2" />
                    <rect class="meter-fill" x="0" y="1" height="8" rx="2" [attr.width]="48 * row.withinDeadlineShare" />
                  </svg>
                }
                {{ share(row.withinDeadlineShare) }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="note">{{ 'dashboard.times.note' | translate }}</p>
  `,
  styleUrl: './chart.scss',
})
export class StageTimes {
  readonly label = input.required<string>();
  readonly rows = input.required<readonly StageTimeLine[]>();
  readonly lang = input.required<string>();
  /** One line per attaché and stage (the admin's "per attaché" table). */
  readonly byStaff = input(false);
  readonly testId = input('stage-times');

  protected number(value: number): string {
    return formatNumber(value, this.lang());
  }

  protected days(value: number | null): string {
    return formatDays(value, this.lang());
  }

  protected share(value: number | null): string {
    return formatShare(value, this.lang());
  }
}
