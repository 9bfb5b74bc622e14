import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import {
  LEGAL_REGIMES,
  SUPPORTED_LOCALES,
  type AdminOriginCountryView,
  type FieldError,
  type LegalRegime,
  type Locale,
  type OriginRegionDto,
  type UpdateOriginCountryDto,
} from '@jumush/contracts/client';
import { AdminOriginCountriesApi } from '../../core/api/admin-origin-countries-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const text = (value = '') => new FormControl(value, { nonNullable: true });

/** The regions as the admin edits them: a JSON list, [{ code, kind, names: {ky, ru, uz, tg, en}, districts: [{ code, names }] }]. */
export function regionsFromText(value: string): OriginRegionDto[] | null {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as OriginRegionDto[]) : null;
  } catch {
    return null;
  }
}

/** The form's values as the API takes them; null when the regions are not a JSON list. */
export function countryBodyOf(values: ReturnType<AdminCountries['form']['getRawValue']>): UpdateOriginCountryDto | null {
  const regions = regionsFromText(values.regions);
  if (regions === null) return null;
  return {
    names: { ky: values.nameKy, ru: values.nameRu, uz: values.nameUz, tg: values.nameTg, en: values.nameEn },
    callingCode: values.callingCode,
    passportPattern: values.passportPattern,
    office: {
      nameRu: values.officeNameRu,
      nameLocal: values.officeNameLocal,
      address: values.officeAddress.trim() || null,
      signatoryTitle: values.officeSignatoryTitle,
    },
    defaultLocale: values.defaultLocale as Locale,
    regime: values.regime as LegalRegime,
    regions,
  };
}

/**
 * `/:lang/admin/countries`: the origin countries as data — names in five languages, phone code, passport pattern,
 * the office that signs letters, default language, legal regime and regions. A new country starts inactive; every
 * edit is audited by the API, which judges every field.
 */
@Component({
  selector: 'jm-admin-countries',
  imports: [TranslatePipe, MatButtonModule, ReactiveFormsModule, LoadState, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-countries.html',
  styleUrls: ['../../shared/ui/list-page.scss', '../../shared/ui/form-page.scss'],
})
export class AdminCountries {
  private readonly api = inject(AdminOriginCountriesApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly regimes = LEGAL_REGIMES;
  protected readonly locales = SUPPORTED_LOCALES;

  protected readonly countries = loader(
    () => ({}),
    () => this.api.list(),
  );
  /** The country being edited; '' a new one; null: no form open. */
  protected readonly editing = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly fieldErrors = signal<FieldError[]>([]);

  readonly form = new FormGroup({
    code: text(),
    nameKy: text(),
    nameRu: text(),
    nameUz: text(),
    nameTg: text(),
    nameEn: text(),
    callingCode: text(),
    passportPattern: text('^[A-Z0-9]{6,12}$'),
    officeNameRu: text(),
    officeNameLocal: text(),
    officeAddress: text(),
    officeSignatoryTitle: text(),
    defaultLocale: text('ru'),
    regime: text('PATENT'),
    regions: text('[]'),
  });

  protected regimeKey(regime: string): string {
    return `adminCountries.regimeName.${regime}`;
  }

  protected languageKey(locale: string): string {
    return `language.${locale}`;
  }

  protected nameOf(country: AdminOriginCountryView): string {
    return country.names[this.lang()] ?? country.names['en'] ?? country.code;
  }

  /** The field errors of one field and the fields under it (names.uz, regions[0].names.ky …). */
  protected errorsOf(field: string): FieldError[] {
    return this.fieldErrors().filter((error) => error.field === field || error.field.startsWith(`${field}.`) || error.field.startsWith(`${field}[`));
  }

  protected add(): void {
    this.form.reset();
    this.open('');
  }

  protected edit(country: AdminOriginCountryView): void {
    this.form.setValue({
      code: country.code,
      nameKy: country.names['ky'] ?? '',
      nameRu: country.names['ru'] ?? '',
      nameUz: country.names['uz'] ?? '',
      nameTg: country.names['tg'] ?? '',
      nameEn: country.names['en'] ?? '',
      callingCode: country.callingCode,
      passportPattern: country.passportPattern,
      officeNameRu: country.office.nameRu,
      officeNameLocal: country.office.nameLocal,
      officeAddress: country.office.address ?? '',
      officeSignatoryTitle: country.office.signatoryTitle,
      defaultLocale: country.defaultLocale,
      regime: country.regime,
      regions: JSON.stringify(country.regions, null, 2),
    });
    this.open(country.code);
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected save(): void {
    const code = this.editing();
    const body = countryBodyOf(this.form.getRawValue());
    if (code === null) return;
    if (body === null) {
      this.fieldErrors.set([{ field: 'regions', code: 'validation.invalid', message: 'regions' }]);
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    this.fieldErrors.set([]);
    const request = code === '' ? this.api.create({ ...body, code: this.form.getRawValue().code.trim().toUpperCase() }) : this.api.update(code, body);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(null);
        this.countries.reload();
      },
      error: (error: unknown) => this.refused(error),
    });
  }

  protected setActive(country: AdminOriginCountryView, active: boolean): void {
    this.problem.set(null);
    this.api.setActive(country.code, active).subscribe({
      next: () => this.countries.reload(),
      error: (error: unknown) => this.problem.set(toUiProblem(error)),
    });
  }

  private open(code: string): void {
    this.fieldErrors.set([]);
    this.problem.set(null);
    this.editing.set(code);
  }

  private refused(error: unknown): void {
    this.saving.set(false);
    const problem = toUiProblem(error);
    this.fieldErrors.set(problem.fieldErrors);
    this.problem.set(problem);
  }
}
