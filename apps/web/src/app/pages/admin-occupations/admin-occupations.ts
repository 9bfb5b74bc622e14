import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { OCCUPATION_SECTORS, SUPPORTED_LOCALES, type AdminOccupationView, type FieldError } from '@jumush/contracts/client';
import { AdminOccupationsApi, type OccupationBody } from '../../core/api/admin-occupations-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { Occupations } from '../../shared/reference/occupations';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const text = (value = '') => new FormControl(value, { nonNullable: true });

/** Synonyms as the admin types them: separated by commas or new lines, blanks dropped. */
export function synonymsFromText(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter(Boolean);
}

/** The form's values as the API takes them (the code is added for a new occupation). */
export function occupationBodyOf(values: ReturnType<AdminOccupations['form']['getRawValue']>): OccupationBody {
  return {
    sector: values.sector,
    names: Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, values.names[locale].trim()])),
    synonyms: Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, synonymsFromText(values.synonyms[locale])])),
  };
}

const perLanguage = () =>
  new FormGroup({ ky: text(), ru: text(), uz: text(), tg: text(), en: text() }) as FormGroup<
    Record<(typeof SUPPORTED_LOCALES)[number], FormControl<string>>
  >;

/**
 * `/:lang/admin/occupations`: the occupations as data — add one (ISCO-08 code, sector, names and synonyms in the five
 * languages), rename it, deactivate it (vacancies and profiles that have it keep it; no new one may choose it) or
 * offer it again. Nothing is deleted; every edit is audited by the API, which judges every field.
 */
@Component({
  selector: 'jm-admin-occupations',
  imports: [TranslatePipe, MatButtonModule, ReactiveFormsModule, RouterLink, LoadState, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-occupations.html',
  styleUrls: ['../../shared/ui/list-page.scss', '../../shared/ui/form-page.scss'],
})
export class AdminOccupations {
  private readonly api = inject(AdminOccupationsApi);
  private readonly shared = inject(Occupations);
  protected readonly lang = inject(LocaleService).current;
  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly sectors = OCCUPATION_SECTORS;

  protected readonly occupations = loader(
    () => ({}),
    () => this.api.list(),
  );
  /** The occupation being edited; '' a new one; null: no form open. */
  protected readonly editing = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly fieldErrors = signal<FieldError[]>([]);

  readonly form = new FormGroup({ code: text(), sector: text('CONSTRUCTION'), names: perLanguage(), synonyms: perLanguage() });

  protected languageKey(locale: string): string {
    return `language.${locale}`;
  }

  protected sectorKey(sector: string): string {
    return `sectors.${sector}`;
  }

  protected nameOf(occupation: AdminOccupationView): string {
    return occupation.names[this.lang()] ?? occupation.names['ru'] ?? occupation.code;
  }

  /** The field errors of one field and the fields under it (names.uz …). */
  protected errorsOf(field: string): FieldError[] {
    return this.fieldErrors().filter((error) => error.field === field || error.field.startsWith(`${field}.`));
  }

  protected add(): void {
    this.form.reset();
    this.open('');
  }

  protected edit(occupation: AdminOccupationView): void {
    this.form.setValue({
      code: occupation.code,
      sector: occupation.sector,
      names: Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, occupation.names[locale] ?? ''])) as Record<
        (typeof SUPPORTED_LOCALES)[number],
        string
      >,
      synonyms: Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, (occupation.synonyms[locale] ?? []).join(', ')])) as Record<
        (typeof SUPPORTED_LOCALES)[number],
        string
      >,
    });
    this.open(occupation.code);
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected save(): void {
    const code = this.editing();
    if (code === null || this.saving()) return;
    const body = occupationBodyOf(this.form.getRawValue());
    this.saving.set(true);
    this.problem.set(null);
    this.fieldErrors.set([]);
    const request = code === '' ? this.api.create({ ...body, code: this.form.getRawValue().code.trim() }) : this.api.update(code, body);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(null);
        this.changed();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toUiProblem(error);
        this.fieldErrors.set(problem.fieldErrors);
        this.problem.set(problem);
      },
    });
  }

  protected setActive(occupation: AdminOccupationView, active: boolean): void {
    this.problem.set(null);
    this.api.setActive(occupation.code, active).subscribe({
      next: () => this.changed(),
      error: (error: unknown) => this.problem.set(toUiProblem(error)),
    });
  }

  /** The list here, and the one every other page of this session offers, are read again. */
  private changed(): void {
    this.occupations.reload();
    this.shared.reset();
  }

  private open(code: string): void {
    this.fieldErrors.set([]);
    this.problem.set(null);
    this.editing.set(code);
  }
}
