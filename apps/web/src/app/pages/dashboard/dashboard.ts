import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { merge } from 'rxjs';
import {
  DASHBOARD_VOLUMES,
  type DashboardChart,
  type DashboardQuery,
  type DashboardVolume,
  type DashboardVolumes,
  type StageTimeRow,
} from '@jumush/contracts/client';
import type { DashboardScopeKind } from '../../core/api/api-paths';
import { DashboardApi } from '../../core/api/dashboard-api';
import { CountryNamePipe } from '../../core/countries/country-name.pipe';
import { OriginCountries } from '../../core/countries/origin-countries';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { BarChart, type ChartCategory, type ChartSeries } from '../../shared/charts/bar-chart';
import { ChartPanel } from '../../shared/charts/chart-panel';
import { RankingChart, type RankingRow } from '../../shared/charts/ranking-chart';
import { StageTimes, type StageTimeLine } from '../../shared/charts/stage-times';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { formatDate } from '../../shared/format/format';
import { DateTimePipe, LocalDatePipe, NumberPipe } from '../../shared/format/format-pipes';
import { Occupations } from '../../shared/reference/occupations';
import { regionName } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { CHART_KEYS, EMPLOYER_KEYS, PRESET_KEYS, STAGE_KEYS, VOLUME_KEYS, type EmployerFigure } from './dashboard-keys';
import { PERIOD_PRESETS, dateParam, monthParam, moscowToday, presetOf, presetPeriod, previousMonth, type PeriodPreset } from './dashboard-period';

const COUNTRY = /^[A-Z]{2}$/;
const EMPLOYER_COLUMNS: readonly EmployerFigure[] = ['approvals', 'withdrawals', 'complaints'];

/**
 * `/:lang/attache/dashboard` and `/:lang/admin/dashboard`: the oversight figures of a period (in the URL:
 * `?from=&to=`, and for the admin `&country=`) as charts with their tables, each downloadable as CSV, and the
 * monthly report as a PDF. The route's data says whose (`scope`): the attaché's country and regions, or the admin's.
 */
@Component({
  selector: 'jm-dashboard',
  imports: [
    TranslatePipe,
    MatButtonModule,
    LoadState,
    ProblemAlert,
    ChartPanel,
    BarChart,
    RankingChart,
    StageTimes,
    CountryNamePipe,
    LocalDatePipe,
    DateTimePipe,
    NumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.html',
  styleUrl: './dashboard.scss',
})
export class Dashboard {
  private readonly api = inject(DashboardApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly occupations = inject(Occupations);
  protected readonly countries = inject(OriginCountries);
  protected readonly lang = inject(LocaleService).current;

  /** Route data: whose dashboard. */
  readonly scope = input.required<DashboardScopeKind>();
  /** Query params. */
  readonly from = input<string>();
  readonly to = input<string>();
  readonly country = input<string>();

  protected readonly presets = PERIOD_PRESETS;
  protected readonly volumes = DASHBOARD_VOLUMES;
  private readonly today = moscowToday();
  protected readonly thisMonth = this.today.slice(0, 7);

  /** Translations change with the language (and arrive after the first render in tests): labels built in code follow them. */
  private readonly translations = toSignal(merge(this.translate.onLangChange, this.translate.onTranslationChange));

  private readonly countryFilter = computed(() => {
    const country = this.country();
    return this.scope() === 'admin' && country && COUNTRY.test(country) ? country : undefined;
  });

  protected readonly query = computed<DashboardQuery>(() => {
    const query: DashboardQuery = {};
    const from = dateParam(this.from());
    const to = dateParam(this.to());
    if (from) query.from = from;
    if (to) query.to = to;
    const country = this.countryFilter();
    if (country) query.country = country;
    return query;
  });

  protected readonly figures = loader(
    () => ({ scope: this.scope(), query: this.query() }),
    ({ scope, query }) => this.api.figures(scope, query),
  );

  /** What the date fields hold: the URL's period, else the one the API answered for (its default). */
  protected readonly fromDraft = linkedSignal(() => this.query().from ?? this.figures.value()?.from ?? '');
  protected readonly toDraft = linkedSignal(() => this.query().to ?? this.figures.value()?.to ?? '');
  protected readonly rangeError = signal(false);

  protected readonly activePreset = computed<PeriodPreset | null>(() => {
    const data = this.figures.value();
    const from = this.query().from ?? data?.from;
    const to = this.query().to ?? data?.to;
    return from && to ? presetOf({ from, to }, this.today) : null;
  });

  protected readonly month = signal(previousMonth(this.today));
  protected readonly downloading = signal<DashboardChart | 'monthly-report' | null>(null);
  protected readonly downloadProblem = signal<UiProblem | null>(null);

  constructor() {
    this.occupations.load();
  }

  protected readonly volumeSeries = computed<ChartSeries[]>(() => {
    this.translations();
    this.lang();
    return DASHBOARD_VOLUMES.map((key) => ({ key, label: this.text(VOLUME_KEYS[key]) }));
  });

  protected readonly weeks = computed<ChartCategory[]>(() => {
    this.translations();
    const lang = this.lang();
    return (this.figures.value()?.volumesByWeek ?? []).map((row) => ({
      key: row.weekStart,
      tick: `${row.weekStart.slice(8, 10)}.${row.weekStart.slice(5, 7)}`,
      name: this.text('dashboard.weekOf', { date: formatDate(row.weekStart, lang) }),
      values: volumesOf(row),
    }));
  });

  protected readonly regions = computed<RankingRow[]>(() => {
    const lang = this.lang();
    return (this.figures.value()?.byRegion ?? []).map((row) => ({
      key: row.regionCode,
      label: regionName(row.regionCode, lang),
      values: volumesOf(row),
    }));
  });

  protected readonly occupationRows = computed<RankingRow[]>(() => {
    const lang = this.lang();
    this.occupations.list();
    return (this.figures.value()?.byOccupation ?? []).map((row) => ({
      key: row.occupationCode,
      label: this.occupations.name(row.occupationCode, lang),
      values: volumesOf(row),
    }));
  });

  protected readonly employerColumns = computed<ChartSeries[]>(() => {
    this.translations();
    this.lang();
    return EMPLOYER_COLUMNS.map((key) => ({ key, label: this.text(EMPLOYER_KEYS[key]) }));
  });

  protected readonly employers = computed<RankingRow[]>(() =>
    (this.figures.value()?.byEmployer ?? []).map((row) => ({
      key: row.companyId,
      label: row.companyName,
      values: EMPLOYER_COLUMNS.map((column) => row[column]),
    })),
  );

  protected readonly stageTimes = computed<StageTimeLine[]>(() => {
    this.translations();
    this.lang();
    return (this.figures.value()?.stageTimes ?? []).map((row) => this.stageLine(row, row.stage));
  });

  protected readonly attacheTimes = computed<StageTimeLine[]>(() => {
    this.translations();
    this.lang();
    return (this.figures.value()?.attacheTimes ?? []).map((row) => ({
      ...this.stageLine(row, `${row.staffId}:${row.stage}`),
      staffName: row.staffName,
    }));
  });

  /** What the figures cover, in words: the countries and, for a regional attaché, the regions. */
  protected readonly regionsCovered = computed(() => {
    const regions = this.figures.value()?.scope.regions;
    const lang = this.lang();
    return regions && regions.length > 0 ? regions.map((code) => regionName(code, lang)).join(', ') : null;
  });

  protected readonly nothing = computed(() => {
    const data = this.figures.value();
    return !!data && DASHBOARD_VOLUMES.every((key) => data.totals[key] === 0) && data.stageTimes.every((row) => row.decided === 0);
  });

  protected chartTitle(chart: DashboardChart): string {
    this.translations();
    return this.text(CHART_KEYS[chart]);
  }

  protected volumeKey(key: DashboardVolume): string {
    return VOLUME_KEYS[key];
  }

  protected presetKey(preset: PeriodPreset): string {
    return PRESET_KEYS[preset];
  }

  protected usePreset(preset: PeriodPreset): void {
    this.rangeError.set(false);
    this.navigate(presetPeriod(preset, this.today));
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const from = dateParam(this.fromDraft());
    const to = dateParam(this.toDraft());
    if (!from || !to || from > to) {
      this.rangeError.set(true);
      return;
    }
    this.rangeError.set(false);
    this.navigate({ from, to });
  }

  protected pickCountry(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    void this.router.navigate([], { queryParams: { country: COUNTRY.test(value) ? value : null }, queryParamsHandling: 'merge' });
  }

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected downloadCsv(chart: DashboardChart): void {
    const data = this.figures.value();
    this.download(chart, this.api.chartCsv(this.scope(), chart, this.query()), `jumush-${chart}-${data?.from ?? ''}-${data?.to ?? ''}.csv`);
  }

  protected downloadReport(): void {
    const month = monthParam(this.month());
    if (!month) return;
    const country = this.countryFilter();
    this.download(
      'monthly-report',
      this.api.monthlyReport(this.scope(), country ? { month, country, lang: this.lang() } : { month, lang: this.lang() }),
      `jumush-monthly-report-${month}.pdf`,
    );
  }

  private download(what: DashboardChart | 'monthly-report', request: ReturnType<DashboardApi['chartCsv']>, fileName: string): void {
    if (this.downloading()) return;
    this.downloading.set(what);
    this.downloadProblem.set(null);
    request.subscribe({
      next: (blob) => {
        this.downloading.set(null);
        saveBlob(blob, fileName, this.document);
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadProblem.set(toUiProblem(error));
      },
    });
  }

  private navigate(period: { from: string; to: string }): void {
    void this.router.navigate([], { queryParams: period, queryParamsHandling: 'merge' });
  }

  private stageLine(row: StageTimeRow, key: string): StageTimeLine {
    return { ...row, key, stageName: this.text(STAGE_KEYS[row.stage]) };
  }

  private text(key: string, params?: Record<string, string>): string {
    const value: unknown = this.translate.instant(key, params);
    return typeof value === 'string' ? value : key;
  }
}

function volumesOf(row: DashboardVolumes): number[] {
  return DASHBOARD_VOLUMES.map((key) => row[key]);
}
