import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import type { PublicVacancyView } from '@jumush/contracts/client';

export const SAVED_VACANCIES_KEY = 'jumush.savedVacancies';

/** What the "Saved" list shows without a connection: enough to recognise the job and open its page. */
export interface SavedVacancy {
  id: string;
  title: string;
  town: string;
  companyName: string;
  monthlyWageRoubles: number;
  savedAt: string;
}

export function readSavedVacancies(storage: Storage | null): SavedVacancy[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(SAVED_VACANCIES_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as SavedVacancy[]).filter((item) => typeof item?.id === 'string' && typeof item.title === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Vacancies starred on this phone, newest first, kept in localStorage: no account needed, and the list
 * works offline (the service worker keeps the pages of vacancies seen lately). Public data only, so it
 * outlives sign-out.
 */
@Injectable({ providedIn: 'root' })
export class SavedVacancies {
  private readonly storage: Storage | null = inject(DOCUMENT).defaultView?.localStorage ?? null;
  private readonly items = signal<SavedVacancy[]>(readSavedVacancies(this.storage));
  readonly list = this.items.asReadonly();
  private readonly ids = computed(() => new Set(this.items().map((item) => item.id)));

  isSaved(id: string): boolean {
    return this.ids().has(id);
  }

  save(vacancy: PublicVacancyView): void {
    const item: SavedVacancy = {
      id: vacancy.id,
      title: vacancy.title,
      town: vacancy.town,
      companyName: vacancy.company.legalName,
      monthlyWageRoubles: vacancy.monthlyWageRoubles,
      savedAt: new Date().toISOString(),
    };
    this.write([item, ...this.items().filter((saved) => saved.id !== vacancy.id)]);
  }

  remove(id: string): void {
    this.write(this.items().filter((saved) => saved.id !== id));
  }

  toggle(vacancy: PublicVacancyView): void {
    if (this.isSaved(vacancy.id)) this.remove(vacancy.id);
    else this.save(vacancy);
  }

  private write(items: SavedVacancy[]): void {
    this.items.set(items);
    try {
      this.storage?.setItem(SAVED_VACANCIES_KEY, JSON.stringify(items));
    } catch {
      // Storage full or blocked: the list lasts until the tab closes.
    }
  }
}
