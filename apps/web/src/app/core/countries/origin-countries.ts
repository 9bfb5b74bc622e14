import { Injectable, computed, inject, signal } from '@angular/core';
import { geographyOfViews, type OriginCountryGeography, type OriginCountryView } from '@jumush/contracts/client';
import { OriginCountriesApi } from '../api/origin-countries-api';

/**
 * The active origin countries (`GET /api/origin-countries`), read once per page load: the register page's country
 * list, the profile's home regions and passport format, the search's country filter. A country is data: nothing in
 * the web names one.
 */
@Injectable({ providedIn: 'root' })
export class OriginCountries {
  private readonly api = inject(OriginCountriesApi);
  private readonly countries = signal<readonly OriginCountryView[]>([]);
  private requested = false;

  /** Empty until loaded (and when the list cannot be read: the API still judges every field). */
  readonly list = computed(() => {
    this.load();
    return this.countries();
  });
  readonly codes = computed(() => this.list().map((country) => country.code));
  readonly geography = computed<OriginCountryGeography>(() => geographyOfViews(this.list()));
  readonly loaded = computed(() => this.list().length > 0);

  byCode(code: string | null | undefined): OriginCountryView | undefined {
    return this.list().find((country) => country.code === code);
  }

  private load(): void {
    if (this.requested) return;
    this.requested = true;
    this.api.list().subscribe({
      next: (countries) => this.countries.set(countries),
      // Offline or failing: the lists stay empty, and a later page load tries again.
      error: () => (this.requested = false),
    });
  }
}
