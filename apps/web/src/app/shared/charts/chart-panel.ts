import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { DashboardChart } from '@jumush/contracts/client';

/** A dashboard chart's frame: its heading, its "Download CSV" button, and an empty state when there is nothing to draw. */
@Component({
  selector: 'jm-chart-panel',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-testid]': "'chart-' + chart()" },
  template: `
    <section class="panel" [attr.aria-labelledby]="'chart-title-' + chart()">
      <header class="panel-head">
        <h2 [id]="'chart-title-' + chart()">{{ heading() }}</h2>
        <button
          type="button"
          class="csv"
          [attr.data-testid]="'csv-' + chart()"
          [disabled]="downloading()"
          [attr.aria-describedby]="'chart-title-' + chart()"
          (click)="download.emit(chart())"
        >
          {{ (downloading() ? 'dashboard.downloading' : 'dashboard.downloadCsv') | translate }}
        </button>
      </header>
      @if (empty()) {
        <p class="empty" data-testid="chart-empty">{{ 'dashboard.empty' | translate }}</p>
      } @else {
        <ng-content />
      }
    </section>
  `,
  styleUrl: './chart.scss',
})
export class ChartPanel {
  readonly chart = input.required<DashboardChart>();
  readonly heading = input.required<string>();
  readonly empty = input(false);
  readonly downloading = input(false);
  readonly download = output<DashboardChart>();
}
