import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { formatNumber } from '../format/format';
import { seriesColor } from './chart-scale';
import type { ChartSeries } from './bar-chart';

/** One ranked thing (a region, an occupation, an employer): its name and a figure per column. */
export interface RankingRow {
  key: string;
  label: string;
  values: readonly number[];
}

/** Rows shown before "Show all". */
export const RANKING_LIMIT = 10;

let nextId = 0;

/**
 * Horizontal bars, largest first: names wrap as text (long region names stay readable on a phone), each bar is an
 * inline SVG as wide as its share of the largest figure. "Rank by" picks the column the bars show; "Show table"
 * gives every column as a table.
 */
@Component({
  selector: 'jm-ranking-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toolbar">
      @if (columns().length > 1) {
        <label class="measure">
          {{ 'dashboard.chart.rankBy' | translate }}
          <select data-testid="ranking-measure" [value]="measure()" (change)="pick($event)">
            @for (column of columns(); track column.key; let i = $index) {
              <option [value]="i" [selected]="i === measure()">{{ column.label }}</option>
            }
          </select>
        </label>
      }
      <button type="button" class="view-toggle" data-testid="chart-view-toggle" [attr.aria-pressed]="table()" (click)="table.set(!table())">
        {{ (table() ? 'dashboard.chart.showChart' : 'dashboard.chart.showTable') | translate }}
      </button>
    </div>
    @if (!table()) {
      <ol class="ranking" tabindex="0" data-testid="ranking-list" [id]="id" [attr.aria-label]="label() + ' — ' + columns()[measure()].label">
        @for (row of visible(); track row.key) {
          <li class="rank" data-testid="ranking-row">
            <span class="rank-name">{{ row.label }}</span
            ><span class="visually-hidden">: </span>
            <span class="rank-bar">
              <svg width="100%" height="14" aria-hidden="true" focusable="false">
                <rect x="0" y="1" height="12" rx="2" [attr.width]="share(row) + '%'" [attr.fill]="color()" />
              </svg>
              <span class="rank-value" data-testid="ranking-value">{{ number(row.values[measure()]) }}</span>
            </span>
          </li>
        }
      </ol>
      @if (sorted().length > limit) {
        <button type="button" class="more" [attr.aria-controls]="id" (click)="all.set(!all())">
          {{ (all() ? 'dashboard.chart.showTop' : 'dashboard.chart.showAll') | translate: { count: all() ? limit : sorted().length } }}
        </button>
      }
    } @else {
      <div class="scroll" tabindex="0" role="region" [attr.aria-label]="label()">
        <table data-testid="ranking-table">
          <caption class="visually-hidden">
            {{
              label()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ nameHeading() }}</th>
              @for (column of columns(); track column.key) {
                <th scope="col" class="number">{{ column.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of sorted(); track row.key) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                @for (value of row.values; track $index) {
                  <td class="number">{{ number(value) }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: './chart.scss',
})
export class RankingChart {
  readonly label = input.required<string>();
  /** The heading of the names' column in the table (e.g. "Region"). */
  readonly nameHeading = input.required<string>();
  readonly columns = input.required<readonly ChartSeries[]>();
  readonly rows = input.required<readonly RankingRow[]>();
  readonly lang = input.required<string>();
  /** The column ranked by at first. */
  readonly initialMeasure = input(0);

  protected readonly id = `ranking-${nextId++}`;
  protected readonly limit = RANKING_LIMIT;
  protected readonly measure = linkedSignal(() => this.initialMeasure());
  protected readonly table = signal(false);
  protected readonly all = signal(false);

  protected readonly sorted = computed(() => {
    const measure = this.measure();
    return [...this.rows()].sort((a, b) => (b.values[measure] ?? 0) - (a.values[measure] ?? 0) || a.label.localeCompare(b.label));
  });
  protected readonly visible = computed(() => (this.all() ? this.sorted() : this.sorted().slice(0, RANKING_LIMIT)));
  private readonly largest = computed(() => Math.max(0, ...this.rows().map((row) => row.values[this.measure()] ?? 0)));

  protected readonly color = computed(() => seriesColor(this.measure()));

  protected share(row: RankingRow): number {
    const largest = this.largest();
    return largest === 0 ? 0 : Math.round(((row.values[this.measure()] ?? 0) / largest) * 1000) / 10;
  }

  protected number(value: number | undefined): string {
    return formatNumber(value ?? 0, this.lang());
  }

  protected pick(event: Event): void {
    const index = Number((event.target as HTMLSelectElement).value);
    if (Number.isInteger(index) && index >= 0 && index < this.columns().length) this.measure.set(index);
  }
}
