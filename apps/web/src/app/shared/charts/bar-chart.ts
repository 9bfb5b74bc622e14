import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { formatNumber } from '../format/format';
import { niceScale, seriesColor } from './chart-scale';

export interface ChartSeries {
  key: string;
  label: string;
}

/** One column of the chart (a week): its short axis label, its full name for the spoken label and the table, a value per series. */
export interface ChartCategory {
  key: string;
  tick: string;
  name: string;
  values: readonly number[];
}

interface Rect {
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Column {
  key: string;
  x: number;
  width: number;
  tick: string;
  description: string;
  rects: Rect[];
}

const HEIGHT = 240;
const AXIS_WIDTH = 44;
const TOP = 10;
const BOTTOM = 26;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const BAR = 8;
const STACK = 26;
const GAP = 14;

/**
 * A vertical bar chart in inline SVG, grouped or stacked: one column per category (a week), one bar (or segment)
 * per series. Each column is a tab stop whose spoken label gives every figure; the legend's buttons show and hide
 * series; "Show table" swaps the picture for the same figures as a table.
 */
@Component({
  selector: 'jm-bar-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toolbar">
      <ul class="legend" [attr.aria-label]="'dashboard.chart.legend' | translate">
        @for (s of series(); track s.key; let i = $index) {
          <li>
            <button
              type="button"
              class="legend-item"
              [attr.aria-pressed]="!hidden().has(i)"
              [attr.data-testid]="'legend-' + s.key"
              (click)="toggleSeries(i)"
            >
              <span
                class="swatch"
                aria-hidden="true"
                [style.background]="hidden().has(i) ? 'transparent' : color(i)"
                [style.border-color]="color(i)"
              ></span>
              {{ s.label }}
            </button>
          </li>
        }
      </ul>
      <button type="button" class="view-toggle" data-testid="chart-view-toggle" [attr.aria-pressed]="table()" (click)="table.set(!table())">
        {{ (table() ? 'dashboard.chart.showChart' : 'dashboard.chart.showTable') | translate }}
      </button>
    </div>
    @if (!table()) {
      <div class="scroll">
        <svg
          class="chart"
          data-testid="bar-chart-svg"
          [attr.viewBox]="'0 0 ' + width() + ' ' + height"
          [style.min-width.px]="width() * 0.7"
          [style.max-width.px]="width() * 1.3"
          role="group"
          [attr.aria-label]="label()"
        >
          <g class="axis" aria-hidden="true">
            @for (tick of ticks(); track tick.value) {
              <line [attr.x1]="axisWidth" [attr.x2]="width()" [attr.y1]="tick.y" [attr.y2]="tick.y" />
              <text [attr.x]="axisWidth - 6" [attr.y]="tick.y + 4" text-anchor="end">{{ tick.label }}</text>
            }
          </g>
          @for (column of columns(); track column.key; let c = $index) {
            <g
              class="column"
              tabindex="0"
              role="img"
              data-testid="bar-chart-column"
              [attr.aria-label]="column.description"
              (focus)="focused.set(c)"
              (blur)="focused.set(null)"
              (mouseenter)="focused.set(c)"
              (mouseleave)="focused.set(null)"
            >
              <rect class="hit" [attr.x]="column.x - 3" [attr.y]="top" [attr.width]="column.width + 6" [attr.height]="plotHeight + 22" />
              @for (rect of column.rects; track rect.series) {
                <rect [attr.x]="rect.x" [attr.y]="rect.y" [attr.width]="rect.width" [attr.height]="rect.height" [attr.fill]="color(rect.series)" />
              }
              <text class="tick" [attr.x]="column.x + column.width / 2" [attr.y]="height - 8" text-anchor="middle">{{ column.tick }}</text>
            </g>
          }
        </svg>
      </div>
      <p class="detail" aria-hidden="true" data-testid="bar-chart-detail">{{ detail() }}</p>
    } @else {
      <div class="scroll" tabindex="0" role="region" [attr.aria-label]="label()">
        <table data-testid="bar-chart-table">
          <caption class="visually-hidden">
            {{
              label()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ categoryHeading() }}</th>
              @for (s of series(); track s.key) {
                <th scope="col" class="number">{{ s.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (category of categories(); track category.key) {
              <tr>
                <th scope="row">{{ category.name }}</th>
                @for (value of category.values; track $index) {
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
export class BarChart {
  /** What the chart shows, spoken with it and the caption of its table. */
  readonly label = input.required<string>();
  /** The heading of the table's first column (e.g. "Week"). */
  readonly categoryHeading = input.required<string>();
  readonly series = input.required<readonly ChartSeries[]>();
  readonly categories = input.required<readonly ChartCategory[]>();
  readonly mode = input<'grouped' | 'stacked'>('grouped');
  readonly lang = input.required<string>();

  protected readonly height = HEIGHT;
  protected readonly axisWidth = AXIS_WIDTH;
  protected readonly top = TOP;
  protected readonly plotHeight = PLOT_HEIGHT;

  /** Series switched off in the legend, by index. */
  protected readonly hidden = signal<ReadonlySet<number>>(new Set());
  protected readonly table = signal(false);
  protected readonly focused = signal<number | null>(null);

  private readonly shown = computed(() => this.series().flatMap((_, index) => (this.hidden().has(index) ? [] : [index])));

  private readonly columnWidth = computed(() => (this.mode() === 'stacked' ? STACK : Math.max(1, this.shown().length) * BAR));

  protected readonly width = computed(() => AXIS_WIDTH + Math.max(1, this.categories().length) * (this.columnWidth() + GAP) + GAP);

  private readonly scale = computed(() => {
    const shown = this.shown();
    const largest = Math.max(
      0,
      ...this.categories().map((category) =>
        this.mode() === 'stacked'
          ? shown.reduce((sum, index) => sum + (category.values[index] ?? 0), 0)
          : Math.max(0, ...shown.map((index) => category.values[index] ?? 0)),
      ),
    );
    return niceScale(largest);
  });

  protected readonly ticks = computed(() => {
    const { max, ticks } = this.scale();
    return ticks.map((value) => ({ value, y: TOP + PLOT_HEIGHT - (value / max) * PLOT_HEIGHT, label: formatNumber(value, this.lang()) }));
  });

  protected readonly columns = computed<Column[]>(() => {
    const { max } = this.scale();
    const shown = this.shown();
    const stacked = this.mode() === 'stacked';
    const width = this.columnWidth();
    const heightOf = (value: number) => (value / max) * PLOT_HEIGHT;
    return this.categories().map((category, c) => {
      const x = AXIS_WIDTH + GAP + c * (width + GAP);
      let base = TOP + PLOT_HEIGHT;
      const rects = shown.map((series, position) => {
        const height = heightOf(category.values[series] ?? 0);
        if (stacked) {
          base -= height;
          return { series, x, y: base, width, height };
        }
        return { series, x: x + position * BAR, y: TOP + PLOT_HEIGHT - height, width: BAR - 1, height };
      });
      return { key: category.key, x, width, tick: category.tick, description: this.describe(category), rects };
    });
  });

  /** The focused (or pointed at) column's figures, written under the chart for those who see it. */
  protected readonly detail = computed(() => {
    const index = this.focused();
    const category = index === null ? undefined : this.categories()[index];
    return category ? this.describe(category) : '';
  });

  protected color(index: number): string {
    return seriesColor(index);
  }

  protected number(value: number): string {
    return formatNumber(value, this.lang());
  }

  protected toggleSeries(index: number): void {
    this.hidden.update((hidden) => {
      const next = new Set(hidden);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  }

  /** "Week of 3 March 2026: applied 12, shortlisted 5, …" (the series shown). */
  private describe(category: ChartCategory): string {
    const figures = this.shown().map((index) => `${this.series()[index].label} ${formatNumber(category.values[index] ?? 0, this.lang())}`);
    return `${category.name}: ${figures.join(', ')}`;
  }
}
