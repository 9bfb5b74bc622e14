import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { MatButtonModule } from '@angular/material/button';
import type { EmployerRegistryRow, OpenVacanciesRow, OriginCountryView, ProcessingTimeRow } from '@jumush/contracts/client';
import { OpenDataApi } from '../../core/api/open-data-api';
import { OriginCountriesApi } from '../../core/api/origin-countries-api';
import { ApiPaths } from '../../core/api/api-paths';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { Occupations, occupationName } from '../../shared/reference/occupations';
import { regionName } from '../../shared/reference/regions';
import { suspensionCategoryKey } from '../../shared/reference/suspension-categories';

/** Employers shown at first and added by each "show more": the registry grows with the exchange. */
const REGISTRY_PAGE = 50;

interface Total {
  code: string;
  name: string;
  vacancies: number;
  openPositions: number;
}

/** Vacancies and positions summed by one key (region or occupation), largest first. */
function totalsBy(rows: readonly OpenVacanciesRow[], key: (row: OpenVacanciesRow) => string, name: (code: string) => string): Total[] {
  const totals = new Map<string, Total>();
  for (const row of rows) {
    const code = key(row);
    const total = totals.get(code) ?? { code, name: name(code), vacancies: 0, openPositions: 0 };
    total.vacancies += row.vacancies;
    total.openPositions += row.openPositions;
    totals.set(code, total);
  }
  return [...totals.values()].sort((a, b) => b.openPositions - a.openPositions || a.name.localeCompare(b.name));
}

/**
 * `/:lang/transparency` (no sign-in): how fast each stage of organised recruitment goes, where the open jobs are,
 * and which employers each country verified or suspended — the open data, readable, with its downloads.
 */
@Component({
  selector: 'jm-transparency',
  imports: [TranslatePipe, MatButtonModule, LoadState, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './transparency.html',
  styleUrl: './transparency.scss',
})
export class Transparency {
  private readonly api = inject(OpenDataApi);
  private readonly occupations = inject(Occupations);
  private readonly originCountries = inject(OriginCountriesApi);
  protected readonly lang = inject(LocaleService).current;

  protected readonly times = loader(
    () => true,
    () => this.api.processingTimes(),
  );
  protected readonly vacancies = loader(
    () => true,
    () => this.api.openVacancies(),
  );
  protected readonly registry = loader(
    () => true,
    () => this.api.employers(),
  );
  private readonly countries = loader(
    () => true,
    () => this.originCountries.list(),
  );
  /** The daily snapshots, newest first: a figure can be checked against what was published on a day. */
  protected readonly snapshots = loader(
    () => true,
    () => this.api.snapshots(),
  );

  protected readonly downloads = (['processing-times', 'open-vacancies', 'employers'] as const).map((name) => ({
    name,
    json: ApiPaths.openData(name),
    csv: ApiPaths.openData(`${name}.csv`),
  }));

  protected readonly byRegion = computed(() =>
    totalsBy(
      this.vacancies.value()?.rows ?? [],
      (row) => row.regionCode,
      (code) => regionName(code, this.lang()),
    ),
  );
  protected readonly byOccupation = computed(() => {
    const list = this.occupations.list() ?? [];
    return totalsBy(
      this.vacancies.value()?.rows ?? [],
      (row) => row.occupationCode,
      (code) =>
        occupationName(
          list.find((occupation) => occupation.code === code),
          this.lang(),
          code,
        ),
    );
  });

  protected readonly shown = signal(REGISTRY_PAGE);
  protected readonly registryRows = computed(() => (this.registry.value()?.rows ?? []).slice(0, this.shown()));
  protected readonly registryLeft = computed(() => Math.max(0, (this.registry.value()?.rows.length ?? 0) - this.shown()));

  constructor() {
    this.occupations.load();
  }

  protected countryName(code: string | null): string {
    if (code === null) return '';
    const country = (this.countries.value() ?? []).find((entry: OriginCountryView) => entry.code === code);
    return country?.names[this.lang()] ?? country?.names['ru'] ?? code;
  }

  protected regionOf(code: string): string {
    return regionName(code, this.lang());
  }

  protected stageKey(row: ProcessingTimeRow): string {
    return `transparency.stages.${row.stage}`;
  }

  protected readonly categoryKey = suspensionCategoryKey;

  protected statusKey(row: EmployerRegistryRow): string {
    return `transparency.statuses.${row.status}`;
  }

  protected datasetKey(name: string): string {
    return `transparency.datasets.${name}`;
  }

  protected showMore(): void {
    this.shown.update((count) => count + REGISTRY_PAGE);
  }
}
