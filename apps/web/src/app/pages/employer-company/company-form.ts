import { ChangeDetectionStrategy, Component, DOCUMENT, inject, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { normalizeRegistrationNumber, type CompanyView, type CreateCompanyDto, type FieldError } from '@jumush/contracts/client';
import { normalizeMobilePhone } from '@jumush/domain/phone';
import { CompaniesApi } from '../../core/api/companies-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { innField, ogrnField } from '../../shared/forms/company-validators';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage, firstInvalidControl } from '../../shared/forms/form-errors';
import { emailField, lengthField, maxLengthField, mobilePhoneField, requiredField } from '../../shared/forms/validators';
import { regionOptions } from '../../shared/reference/regions';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Controls in screen order with the id of their input (ids are stable hooks for browser tests). */
export const COMPANY_FIELDS = [
  ['legalName', 'company-legal-name'],
  ['inn', 'company-inn'],
  ['ogrn', 'company-ogrn'],
  ['legalAddress', 'company-address'],
  ['regionCode', 'company-region'],
  ['contactPerson', 'company-contact'],
  ['phone', 'company-phone'],
  ['email', 'company-email'],
] as const;

export type CompanyFormValue = Record<(typeof COMPANY_FIELDS)[number][0], string>;

/** The form's value as the API wants it: numbers without spaces, phone normalised, text trimmed. */
export function companyFormToDto(value: CompanyFormValue): CreateCompanyDto {
  const text = (s: string) => s.trim().replace(/\s+/g, ' ');
  return {
    legalName: text(value.legalName),
    inn: normalizeRegistrationNumber(value.inn.trim()),
    ogrn: normalizeRegistrationNumber(value.ogrn.trim()),
    legalAddress: text(value.legalAddress),
    regionCode: value.regionCode,
    contactPerson: text(value.contactPerson),
    phone: normalizeMobilePhone(value.phone),
    email: value.email.trim().toLowerCase(),
  };
}

/** Registration of the employer's company; it then waits for the attaché's verification. */
@Component({
  selector: 'jm-company-form',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './company-form.html',
  styleUrl: './company-form.scss',
})
export class CompanyForm {
  private readonly api = inject(CompaniesApi);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;
  protected readonly regions = () => regionOptions(this.lang());

  protected readonly form = inject(NonNullableFormBuilder).group({
    legalName: ['', [requiredField, lengthField(2, 300)]],
    inn: ['', [requiredField, innField]],
    ogrn: ['', [requiredField, ogrnField('inn')]],
    legalAddress: ['', [requiredField, lengthField(5, 500)]],
    regionCode: ['', [requiredField]],
    contactPerson: ['', [requiredField, lengthField(2, 120)]],
    phone: ['', [requiredField, maxLengthField(32), mobilePhoneField]],
    email: ['', [requiredField, maxLengthField(254), emailField]],
  });

  protected readonly submitting = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly message = firstFieldMessage;

  readonly created = output<CompanyView>();
  /** The INN a company already holds (409 `company.innTaken`): the page offers to dispute it. */
  readonly innTaken = output<string>();

  constructor() {
    // The ОГРН is checked against the ИНН (same kind of employer): re-check it when the ИНН changes.
    this.form.controls.inn.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.ogrn.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.problem.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.submitting.set(true);
    this.api.register(companyFormToDto(this.form.getRawValue())).subscribe({
      next: (company) => {
        this.submitting.set(false);
        this.created.emit(company);
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        if (fieldErrorsOf(problem).some((field) => field.field === 'inn' && field.code === 'company.innTaken'))
          this.innTaken.emit(companyFormToDto(this.form.getRawValue()).inn);
        this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
        this.problem.set(problem);
        this.submitting.set(false);
        this.focusFirstInvalid();
      },
    });
  }

  private focusFirstInvalid(): void {
    const name = firstInvalidControl(
      this.form,
      COMPANY_FIELDS.map(([control]) => control),
    );
    const id = COMPANY_FIELDS.find(([control]) => control === name)?.[1];
    if (id) this.document.getElementById(id)?.focus();
  }
}
