import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { LocaleService } from '../i18n/locale.service';
import { OriginCountries } from './origin-countries';

/**
 * An origin country's name in the reader's language: our own translation where we have one, else the name the admin
 * entered for the country (origin_countries.names), else its code. Impure: the list arrives after the first render.
 */
@Pipe({ name: 'countryName', pure: false })
export class CountryNamePipe implements PipeTransform {
  private readonly countries = inject(OriginCountries);
  private readonly translate = inject(TranslateService);
  private readonly lang = inject(LocaleService).current;

  transform(code: string | null | undefined): string {
    if (!code) return '';
    const key = `citizenship.country.${code}`;
    const translated: unknown = this.translate.instant(key);
    if (typeof translated === 'string' && translated !== key) return translated;
    const names = this.countries.byCode(code)?.names;
    return names?.[this.lang()] ?? names?.['en'] ?? code;
  }
}
