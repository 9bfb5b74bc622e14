import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldError, MinimumWageView } from '@jumush/contracts/client';
import { AdminConsoleApi } from '../../core/api/admin-console-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe, RoublesPipe } from '../../shared/format/format-pipes';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { lengthField, requiredField } from '../../shared/forms/validators';
import { regionName, regionOptions } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** A whole number of roubles from 1 to 10 million, as the API checks it. */
const roublesField = (control: { value: unknown }) => {
  const text = String(control.value ?? '').trim();
  if (text === '') return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= 10_000_000 ? null : { 'validation.isInt': {} };
};

/** A real calendar date written YYYY-MM-DD, from 2020 on (the product's table starts in 2023). */
const effectiveDateField = (control: { value: unknown }) => {
  const text = String(control.value ?? '').trim();
  if (text === '') return null;
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
    return { 'wage.invalidDate': {} };
  return text < '2020-01-01' ? { 'wage.tooEarly': {} } : null;
};

/**
 * `/:lang/admin/reference`: the federal МРОТ and the regional minimum wages, each with the legal act that sets it and
 * the date it takes effect. The admin adds and corrects them (audited); a vacancy's wage floor follows at once.
 */
@Component({
  selector: 'jm-admin-reference',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    LoadState,
    ProblemAlert,
    LocalDatePipe,
    RoublesPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-reference.html',
  styleUrls: ['../../shared/ui/list-page.scss', './admin-reference.scss'],
})
export class AdminReference {
  private readonly api = inject(AdminConsoleApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly wages = loader(
    () => true,
    () => this.api.minimumWages(),
  );
  protected readonly regionOptions = computed(() => regionOptions(this.lang()));
  protected readonly regionLabel = (code: string | null) => (code ? regionName(code, this.lang()) : null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    regionCode: [''],
    monthlyRoubles: ['', [requiredField, roublesField]],
    effectiveFrom: ['', [requiredField, effectiveDateField]],
    source: ['', [requiredField, lengthField(5, 300)]],
  });
  /** The row being corrected; null: a new figure. */
  protected readonly editing = signal<MinimumWageView | null>(null);
  protected readonly saving = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly saved = signal<MinimumWageView | null>(null);
  protected readonly message = firstFieldMessage;

  protected edit(row: MinimumWageView): void {
    this.editing.set(row);
    this.saved.set(null);
    this.problem.set(null);
    this.form.reset({
      regionCode: row.regionCode ?? '',
      monthlyRoubles: String(row.monthlyRoubles),
      effectiveFrom: row.effectiveFrom,
      source: row.source,
    });
    document.getElementById('wage-amount')?.focus();
  }

  protected cancel(): void {
    this.editing.set(null);
    this.form.reset({ regionCode: '', monthlyRoubles: '', effectiveFrom: '', source: '' });
  }

  protected save(): void {
    if (this.saving()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    this.saved.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .saveMinimumWage(
        {
          regionCode: value.regionCode || null,
          monthlyRoubles: Number(value.monthlyRoubles),
          effectiveFrom: value.effectiveFrom.trim(),
          source: value.source.trim(),
        },
        this.editing()?.id ?? null,
      )
      .subscribe({
        next: (row) => {
          this.saving.set(false);
          this.saved.set(row);
          this.cancel();
          this.wages.reload();
        },
        error: (error: unknown) => {
          const problem = toUiProblem(error);
          this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
          this.problem.set(problem);
          this.saving.set(false);
        },
      });
  }
}
