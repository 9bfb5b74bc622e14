/**
 * The origin countries, read once and kept: registration, the profile, letters and checklists ask them on every
 * request. An admin's edit drops the copy at once on this instance; other instances reload within CACHE_SECONDS.
 */
import { Injectable } from '@nestjs/common';
import { rulesOfRegime, type OriginCountry, type OriginCountryGeography, type RegimeRules } from '@jumush/domain';
import { mobilePhoneCountriesOf, type MobilePhoneCountries } from '@jumush/domain/phone';
import { ProblemException } from '../http/problem';
import { OriginCountriesRepository } from './origin-countries.repository';

const CACHE_SECONDS = 60;

/** What the cache holds: the countries and what is derived from them once. */
interface Loaded {
  all: readonly OriginCountry[];
  active: readonly OriginCountry[];
  byCode: ReadonlyMap<string, OriginCountry>;
  /** Every country's regions and districts (a region names its country). */
  geography: OriginCountryGeography;
  phoneCountries: MobilePhoneCountries;
}

function derive(all: readonly OriginCountry[]): Loaded {
  const active = all.filter((country) => country.active);
  return {
    all,
    active,
    byCode: new Map(all.map((country) => [country.code, country])),
    geography: {
      regions: all.flatMap((country) => country.geography.regions),
      districts: all.flatMap((country) => country.geography.districts),
    },
    phoneCountries: mobilePhoneCountriesOf(active.map((country) => country.code)),
  };
}

@Injectable()
export class OriginCountriesService {
  private loaded: Promise<Loaded> | null = null;
  private loadedAt = 0;

  constructor(private readonly repository: OriginCountriesRepository) {}

  /** Drops the copy: the next question reads the table again. */
  invalidate(): void {
    this.loaded = null;
  }

  private load(): Promise<Loaded> {
    // The cache's age is the machine's, not business time (tests stand the Clock still).
    const now = Date.now();
    if (this.loaded === null || now - this.loadedAt > CACHE_SECONDS * 1000) {
      this.loadedAt = now;
      const loading = this.repository.loadAll().then(derive);
      // A failed read is not kept: the next question tries again.
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = null;
      });
      this.loaded = loading;
    }
    return this.loaded;
  }

  async all(): Promise<readonly OriginCountry[]> {
    return (await this.load()).all;
  }

  async active(): Promise<readonly OriginCountry[]> {
    return (await this.load()).active;
  }

  /** The country, active or not; undefined when there is none. */
  async byCode(code: string | null | undefined): Promise<OriginCountry | undefined> {
    return code ? (await this.load()).byCode.get(code) : undefined;
  }

  /** The regions and districts of every country. */
  async geography(): Promise<OriginCountryGeography> {
    return (await this.load()).geography;
  }

  /** Where accounts' mobile numbers may come from: the active origin countries and Russia. */
  async phoneCountries(): Promise<MobilePhoneCountries> {
    return (await this.load()).phoneCountries;
  }

  /** The rule set of the country's regime; null for a country not on the exchange (every item required). */
  async rulesOf(code: string | null | undefined): Promise<RegimeRules | null> {
    const country = await this.byCode(code);
    return country ? rulesOfRegime(country.regime) : null;
  }

  /** An active country, or a field-level 400 naming `field` (an unknown and an inactive country alike). */
  async activeOrRefuse(code: string, field: string): Promise<OriginCountry> {
    const country = await this.byCode(code);
    if (!country?.active) {
      throw new ProblemException(400, {
        code: 'validation.failed',
        errors: [{ field, code: 'account.unknownCountry', message: `Not an origin country the exchange takes: ${code}` }],
      });
    }
    return country;
  }
}
