import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Subject, type Subscription, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { Role, VacancySort, type CitizenshipCode, type FacetCount, type PublicVacancyView, type VacancySearchFacets } from '@jumush/contracts/client';
import { AuthService } from '../../core/auth/auth.service';
import { CITIZENSHIP_KEY } from '../../core/offline/personal-data';
import { PublicVacanciesApi } from '../../core/api/public-vacancies-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { MonthPipe, NumberPipe, PluralPipe } from '../../shared/format/format-pipes';
import { parseWholeNumber } from '../../shared/format/numbers';
import { Occupations, groupOccupations } from '../../shared/reference/occupations';
import { regionOptions, type RegionOption } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';
import { VacancyCard } from '../../shared/vacancy/vacancy-card';
import {
  EMPTY_SEARCH,
  QUERY_MAX_LENGTH,
  activeFilterCount,
  sameSearch,
  searchStateFromParams,
  withCitizenship,
  searchStateToApiQuery,
  searchStateToQueryParams,
  upcomingMonths,
  type HousingFilter,
  type SearchState,
} from './search-state';
import { CountryNamePipe } from '../../core/countries/country-name.pipe';
import { OriginCountries } from '../../core/countries/origin-countries';

/** Where the filter panel sits beside the results instead of behind the Filters button (vacancy-search.scss). */
const FILTERS_BESIDE_QUERY = '(min-width: 900px)';

/** How long typing pauses before the search runs (slow connections: don't search every letter). */
export const QUERY_DEBOUNCE_MS = 400;

interface CountedOption {
  value: string;
  label: string;
  count: number | null;
}

function countOf(facet: readonly FacetCount[] | undefined, value: string): number | null {
  if (!facet) return null;
  return facet.find((item) => item.value === value)?.count ?? 0;
}

/**
 * `/:lang/vacancies`: the public search, for anyone, made for a cheap phone on slow mobile data. Plain
 * HTML controls (no Material here: this page must stay small), state in the URL query, "Load more" with
 * the API's cursor.
 */
@Component({
  selector: 'jm-vacancy-search',
  imports: [CountryNamePipe, TranslatePipe, VacancyCard, LoadState, NumberPipe, PluralPipe, MonthPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './vacancy-search.html',
  styleUrl: './vacancy-search.scss',
})
export class VacancySearch {
  private readonly api = inject(PublicVacanciesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly occupations = inject(Occupations);
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LocaleService).current;

  protected readonly queryMax = QUERY_MAX_LENGTH;
  protected readonly Sort = VacancySort;

  private readonly params = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  /**
   * A signed-in migrant's recorded citizenship: they see the vacancies open to their country only. Until the session
   * is restored (or when it cannot be, offline), the one remembered on this phone (cleared at sign-out).
   */
  protected readonly citizenship = computed(() => {
    const account = this.auth.account();
    if (account) return account.role === Role.Migrant ? account.originCountry : null;
    return this.rememberedCitizenship();
  });
  protected readonly countries = inject(OriginCountries).codes;
  protected readonly state = computed(() => withCitizenship(searchStateFromParams(this.params()), this.citizenship()), {
    equal: (a, b) => sameSearch(a, b),
  });
  // A migrant's own country is not a filter they chose.
  protected readonly filterCount = computed(() => activeFilterCount(this.state()) - (this.citizenship() ? 1 : 0));
  protected readonly searching = computed(() => this.filterCount() > 0 || this.state().q !== '');

  /** The text box: follows the URL, but keeps what is being typed (a trailing space is not "a change"). */
  protected readonly qDraft = linkedSignal<string, string>({
    source: () => this.state().q,
    computation: (q, previous) => (previous && previous.value.trim() === q ? previous.value : q),
  });
  private readonly typed = new Subject<string>();

  protected readonly filtersOpen = signal(false);
  /**
   * Below 900 px the filter panel stays closed until asked for (vacancy-search.scss), so its controls — some
   * 200 options — are rendered only then: on a cheap phone that is a good part of the first render spared.
   */
  private readonly filtersBeside = signal(this.matchesWide());
  private readonly filtersOpened = signal(false);
  protected readonly filtersRendered = computed(() => this.filtersBeside() || this.filtersOpened());

  protected readonly items = signal<PublicVacancyView[]>([]);
  protected readonly total = signal<number | null>(null);
  protected readonly facets = signal<VacancySearchFacets | null>(null);
  private readonly nextCursor = signal<string | null>(null);
  protected readonly hasMore = computed(() => this.nextCursor() !== null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreProblem = signal<UiProblem | null>(null);
  private readonly reloads = signal(0);
  private more: Subscription | null = null;

  protected readonly regions = computed(() => this.regionGroups(regionOptions(this.lang()), this.facets()?.regions));
  protected readonly occupationGroups = computed(() => {
    const list = this.occupations.list();
    const facet = this.facets()?.occupations;
    const lang = this.lang();
    return list
      ? groupOccupations(list, lang).map((group) => ({
          sector: group.sector,
          options: group.options.map((option) => ({ value: option.code, label: option.name, count: countOf(facet, option.code) })),
        }))
      : [];
  });
  protected readonly housingOptions = computed<CountedOption[]>(() => {
    const facet = this.facets()?.housing;
    const free = countOf(facet, 'FREE');
    const paid = countOf(facet, 'PAID');
    const provided = countOf(facet, 'provided') || (free !== null && paid !== null ? free + paid : null);
    return [
      { value: 'provided', label: 'search.housingProvided', count: provided },
      { value: 'FREE', label: 'terms.housingOption.FREE', count: free },
      { value: 'PAID', label: 'terms.housingOption.PAID', count: paid },
      { value: 'NONE', label: 'terms.housingOption.NONE', count: countOf(facet, 'NONE') },
    ];
  });
  protected readonly insuranceCount = computed(() => countOf(this.facets()?.insurance, 'true'));
  protected readonly travelPaidCount = computed(() => countOf(this.facets()?.travelPaid, 'true'));
  protected readonly months = computed(() => {
    const months = upcomingMonths(new Date(), 12);
    const chosen = this.state().startMonth;
    return chosen && !months.includes(chosen) ? [chosen, ...months] : months;
  });

  private rememberedCitizenship(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(CITIZENSHIP_KEY) ?? null;
    } catch {
      return null;
    }
  }

  constructor() {
    effect(() => {
      const account = this.auth.account();
      if (account?.role !== Role.Migrant || !account.originCountry) return;
      try {
        this.document.defaultView?.localStorage.setItem(CITIZENSHIP_KEY, account.originCountry);
      } catch {
        // Private mode or full storage: an offline reload then searches every country.
      }
    });
    this.occupations.load();

    const wide = this.document.defaultView?.matchMedia?.(FILTERS_BESIDE_QUERY);
    if (wide) {
      const follow = (event: MediaQueryListEvent) => this.filtersBeside.set(event.matches);
      wide.addEventListener('change', follow);
      inject(DestroyRef).onDestroy(() => wide.removeEventListener('change', follow));
    }

    toObservable(computed(() => ({ state: this.state(), reload: this.reloads() })))
      .pipe(
        switchMap(({ state }) => {
          this.more?.unsubscribe();
          this.loadingMore.set(false);
          this.moreProblem.set(null);
          this.loading.set(true);
          this.problem.set(null);
          return this.api.search(searchStateToApiQuery(state)).pipe(
            map((result) => ({ ok: true as const, result })),
            catchError((error: unknown) => of({ ok: false as const, error })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.loading.set(false);
        if (!outcome.ok) {
          this.problem.set(toUiProblem(outcome.error));
          return;
        }
        this.items.set(outcome.result.items);
        this.total.set(outcome.result.total);
        this.facets.set(outcome.result.facets);
        this.nextCursor.set(outcome.result.nextCursor);
      });

    this.typed.pipe(debounceTime(QUERY_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed()).subscribe((q) => this.update({ q }));
  }

  protected onQueryInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.qDraft.set(value);
    this.typed.next(value.trim());
  }

  /** Enter / the search button: search now, and let the phone's keyboard go away. */
  protected submitQuery(event: Event): void {
    event.preventDefault();
    this.update({ q: this.qDraft().trim() });
    (this.document.activeElement as HTMLElement | null)?.blur?.();
  }

  protected select(name: 'region' | 'occupation' | 'housing' | 'startMonth' | 'country', event: Event): void {
    const value = (event.target as HTMLSelectElement).value || null;
    if (name === 'housing') this.update({ housing: value as HousingFilter | null });
    else if (name === 'country') this.update({ country: value as CitizenshipCode | null });
    else this.update({ [name]: value });
  }

  protected sortBy(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.update({ sort: value ? (value as VacancySort) : null });
  }

  protected toggle(name: 'insurance' | 'travelPaid', event: Event): void {
    this.update({ [name]: (event.target as HTMLInputElement).checked });
  }

  protected toggleFilters(): void {
    this.filtersOpen.set(!this.filtersOpen());
    this.filtersOpened.set(true);
  }

  /** Closes the phone's filter panel; focus goes back to the button that opened it, not to the page top. */
  protected closeFilters(toggle: HTMLButtonElement): void {
    this.filtersOpen.set(false);
    toggle.focus();
  }

  protected number(name: 'minWage' | 'minContractMonths' | 'maxContractMonths', event: Event): void {
    const input = event.target as HTMLInputElement;
    const max = name === 'minWage' ? 1_000_000 : 36;
    const value = parseWholeNumber(input.value, 1, max);
    if (value === null) input.value = '';
    this.update({ [name]: value });
  }

  /** True where the panel is shown beside the results, and where the browser cannot tell (tests). */
  private matchesWide(): boolean {
    return this.document.defaultView?.matchMedia?.(FILTERS_BESIDE_QUERY).matches ?? true;
  }

  protected clearAll(): void {
    this.qDraft.set('');
    this.navigate(EMPTY_SEARCH);
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    const firstNew = this.items().length;
    this.loadingMore.set(true);
    this.moreProblem.set(null);
    this.more = this.api.search(searchStateToApiQuery(this.state(), cursor)).subscribe({
      next: (result) => {
        this.items.update((items) => [...items, ...result.items]);
        this.total.set(result.total);
        this.nextCursor.set(result.nextCursor);
        this.loadingMore.set(false);
        // Keyboard and screen reader users continue at the first new vacancy.
        afterNextRender(() => this.document.querySelectorAll<HTMLElement>('.results [data-testid="vacancy-card"] a')[firstNew]?.focus(), {
          injector: this.injector,
        });
      },
      error: (error: unknown) => {
        this.moreProblem.set(toUiProblem(error));
        this.loadingMore.set(false);
      },
    });
  }

  protected cardLink(vacancy: PublicVacancyView): string[] {
    return ['/', this.lang(), 'vacancies', vacancy.id];
  }

  private update(change: Partial<SearchState>): void {
    this.navigate({ ...this.state(), ...change });
  }

  private navigate(state: SearchState): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: searchStateToQueryParams(state),
      replaceUrl: true,
    });
  }

  /** Regions with vacancies first (with their counts), then the others; the chosen one is always there. */
  private regionGroups(all: readonly RegionOption[], facet: readonly FacetCount[] | undefined) {
    if (!facet) return { withVacancies: [] as CountedOption[], others: all.map((r) => ({ value: r.code, label: r.name, count: null })) };
    const counts = new Map(facet.filter((item) => item.count > 0).map((item) => [item.value, item.count]));
    const withVacancies: CountedOption[] = [];
    const others: CountedOption[] = [];
    for (const region of all) {
      const count = counts.get(region.code);
      if (count !== undefined) withVacancies.push({ value: region.code, label: region.name, count });
      else others.push({ value: region.code, label: region.name, count: 0 });
    }
    return { withVacancies, others };
  }
}
