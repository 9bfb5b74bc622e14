import { Injectable, inject, signal } from '@angular/core';
import type { OccupationView } from '@jumush/contracts/client';
import { ReferenceApi } from '../../core/api/reference-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';

export interface OccupationOption {
  code: string;
  name: string;
}

/** Occupations of one sector, for an <optgroup>. */
export interface OccupationGroup {
  sector: string;
  options: OccupationOption[];
}

/** Known sectors, in the order they are offered; others follow. Each has a translation `sectors.<SECTOR>`. */
export const SECTORS = ['CONSTRUCTION', 'TRANSPORT', 'WAREHOUSE', 'CLEANING', 'CATERING', 'AGRICULTURE', 'MANUFACTURING', 'CARE', 'RETAIL'] as const;

export function occupationName(occupation: OccupationView | undefined, lang: string, fallback = ''): string {
  if (!occupation) return fallback;
  return occupation.names[lang] ?? occupation.names['ru'] ?? occupation.code;
}

/** The occupations a new choice may pick: the active ones, and those the item already has (`kept`), deactivated or not. */
export function offeredOccupations(list: readonly OccupationView[], kept: ReadonlyArray<string | null | undefined> = []): OccupationView[] {
  return list.filter((occupation) => occupation.active || kept.includes(occupation.code));
}

/** Occupations grouped by sector (sectors in SECTORS order), names sorted within each. */
export function groupOccupations(list: readonly OccupationView[], lang: string): OccupationGroup[] {
  // Uzbek names sort as Latin, Kyrgyz and Tajik ones as Cyrillic (Russian order where the browser lacks the language).
  const collator = new Intl.Collator([lang, lang === 'uz' || lang === 'en' ? 'en' : 'ru']);
  const bySector = new Map<string, OccupationOption[]>();
  for (const occupation of list) {
    const options = bySector.get(occupation.sector) ?? [];
    options.push({ code: occupation.code, name: occupationName(occupation, lang) });
    bySector.set(occupation.sector, options);
  }
  const order = (sector: string) => {
    const index = (SECTORS as readonly string[]).indexOf(sector);
    return index === -1 ? SECTORS.length : index;
  };
  return [...bySector.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([sector, options]) => ({ sector, options: options.sort((a, b) => collator.compare(a.name, b.name)) }));
}

/** The occupation list from the API, loaded once per session when a page first needs it. */
@Injectable({ providedIn: 'root' })
export class Occupations {
  private readonly api = inject(ReferenceApi);
  private readonly items = signal<readonly OccupationView[] | null>(null);
  private readonly failure = signal<UiProblem | null>(null);
  private loading = false;

  readonly list = this.items.asReadonly();
  readonly problem = this.failure.asReadonly();

  /** Starts loading unless loaded or loading; call again to retry after a failure. */
  load(): void {
    if (this.items() !== null || this.loading) return;
    this.loading = true;
    this.failure.set(null);
    this.api.occupations().subscribe({
      next: (list) => {
        this.items.set(list);
        this.loading = false;
      },
      error: (error: unknown) => {
        this.failure.set(toUiProblem(error));
        this.loading = false;
      },
    });
  }

  /** Forgets the list (an admin edited it): the next page that needs it loads it again. */
  reset(): void {
    this.api.forgetOccupations();
    if (!this.loading) this.items.set(null);
  }

  name(code: string | null | undefined, lang: string): string {
    if (!code) return '';
    return occupationName(
      this.items()?.find((occupation) => occupation.code === code),
      lang,
      code,
    );
  }
}
