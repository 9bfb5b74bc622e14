import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl, type FormGroup, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { PASSWORD_MIN_LENGTH, type AccountView, type CitizenshipCode, type FieldError, type OriginCountryView } from '@jumush/contracts/client';
import { mobilePhoneCountriesOf, mobilePhoneProblem, normalizeMobilePhone } from '@jumush/domain/phone';
import { AuthService } from '../../core/auth/auth.service';
import { safeReturnUrl } from '../../core/auth/return-url';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage, firstInvalidControl } from '../../shared/forms/form-errors';
import { emailField, lengthField, maxLengthField, passwordField, requiredField } from '../../shared/forms/validators';
import { PasswordReveal } from '../../shared/ui/password-reveal';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { CountryNamePipe } from '../../core/countries/country-name.pipe';
import { OriginCountries } from '../../core/countries/origin-countries';

export type RegisterAs = 'migrant' | 'employer';

/**
 * The citizenship offered first: the one country whose default language the page is read in. A suggestion the
 * migrant sees and may change, never recorded unseen; Russian and English readers choose from an empty field.
 */
export function suggestedCitizenship(lang: string, countries: readonly Pick<OriginCountryView, 'code' | 'defaultLocale'>[]): CitizenshipCode | '' {
  if (lang === 'ru' || lang === 'en') return '';
  const spoken = countries.filter((country) => country.defaultLocale === lang);
  return spoken.length === 1 ? spoken[0].code : '';
}

/** Controls in screen order, with the id of their input (to move focus to the first invalid one). */
const FIELDS: Readonly<Record<RegisterAs, readonly (readonly [control: string, id: string])[]>> = {
  migrant: [
    ['citizenship', 'register-citizenship'],
    ['phone', 'register-phone'],
    ['password', 'register-password'],
  ],
  employer: [
    ['email', 'register-email'],
    ['fullName', 'register-full-name'],
    ['password', 'register-password'],
  ],
};

@Component({
  selector: 'jm-register',
  imports: [
    CountryNamePipe,
    PasswordReveal,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register.html',
  styleUrls: ['../../shared/ui/form-page.scss', './register.scss'],
})
export class Register {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly lang = inject(LocaleService).current;

  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;
  protected readonly mode = signal<RegisterAs>(this.query.get('as') === 'employer' ? 'employer' : 'migrant');
  /** Where to go once registered, e.g. back to the invitation link that brought the visitor here. */
  private readonly returnUrl = safeReturnUrl(this.query.get('returnUrl'));

  private readonly countries = inject(OriginCountries);
  protected readonly citizenships = this.countries.codes;
  /**
   * Numbers of the active origin countries and Russia are taken (as the API takes them); until the list arrives, the
   * domain's default, and the API has the last word.
   */
  private readonly phoneCountries = computed(() => (this.countries.loaded() ? mobilePhoneCountriesOf(this.countries.codes()) : undefined));

  protected readonly migrantForm = this.fb.group({
    citizenship: ['', [requiredField]],
    // A national form (0555 …, 90 123 45 67) is read as a number of the chosen citizenship, as the API reads it.
    phone: ['', [requiredField, maxLengthField(32), (control: AbstractControl) => this.phoneProblem(control)]],
    password: ['', [requiredField, passwordField]],
  });

  protected readonly employerForm = this.fb.group({
    // An invitation's page passes the invited address.
    email: [this.query.get('email') ?? '', [requiredField, maxLengthField(254), emailField]],
    fullName: ['', [requiredField, lengthField(2, 120)]],
    password: ['', [requiredField, passwordField]],
  });

  protected readonly submitting = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);

  protected readonly message = firstFieldMessage;

  constructor() {
    this.migrantForm.controls.citizenship.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.migrantForm.controls.phone.updateValueAndValidity());
    // Once the countries arrive: the suggestion (unless the migrant chose already), and the phone read against them.
    effect(() => {
      const suggestion = suggestedCitizenship(this.lang(), this.countries.list());
      untracked(() => {
        const citizenship = this.migrantForm.controls.citizenship;
        if (citizenship.pristine && citizenship.value === '' && suggestion !== '') citizenship.setValue(suggestion);
        this.migrantForm.controls.phone.updateValueAndValidity();
      });
    });
  }

  private phoneProblem(control: AbstractControl): ValidationErrors | null {
    const value = String(control.value ?? '');
    if (value.trim() === '') return null;
    const citizenship = control.parent?.get('citizenship')?.value;
    const problem = mobilePhoneProblem(value, typeof citizenship === 'string' && citizenship !== '' ? citizenship : null, this.phoneCountries());
    return problem ? { [problem]: {} } : null;
  }

  protected field(form: FormGroup, name: string): AbstractControl | null {
    return form.get(name);
  }

  protected choose(mode: RegisterAs): void {
    if (this.submitting() || mode === this.mode()) return;
    this.mode.set(mode);
    this.problem.set(null);
    this.unmatched.set([]);
    void this.router.navigate([], { queryParams: { as: mode }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected submit(): void {
    if (this.submitting()) return;
    const mode = this.mode();
    const form: FormGroup = mode === 'migrant' ? this.migrantForm : this.employerForm;
    this.problem.set(null);
    this.unmatched.set([]);
    if (form.invalid) {
      form.markAllAsTouched();
      this.focusFirstInvalid(form, mode);
      return;
    }
    const locale = this.lang();
    const request: Observable<AccountView | null> =
      mode === 'migrant'
        ? this.auth.registerMigrant({
            ...this.migrantForm.getRawValue(),
            // Read as the API reads it: a national form as a number of the chosen citizenship.
            phone: normalizeMobilePhone(this.migrantForm.getRawValue().phone, this.migrantForm.getRawValue().citizenship, this.phoneCountries()),
            citizenship: this.migrantForm.getRawValue().citizenship as CitizenshipCode,
            locale,
          })
        : this.auth.registerEmployer({ ...this.employerForm.getRawValue(), locale });

    this.submitting.set(true);
    request.subscribe({
      next: (account) => {
        if (account && this.returnUrl) void this.router.navigateByUrl(this.returnUrl);
        else if (account) void this.router.navigate(['/', locale, 'home']);
        else
          void this.router.navigate(['/', locale, 'login'], {
            queryParams: { registered: 1, ...(this.returnUrl ? { returnUrl: this.returnUrl } : {}) },
          });
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.unmatched.set(applyFieldErrors(form, fieldErrorsOf(problem)));
        this.problem.set(problem);
        this.submitting.set(false);
        this.focusFirstInvalid(form, mode);
      },
    });
  }

  private focusFirstInvalid(form: FormGroup, mode: RegisterAs): void {
    const fields = FIELDS[mode];
    const name = firstInvalidControl(
      form,
      fields.map(([control]) => control),
    );
    const id = fields.find(([control]) => control === name)?.[1];
    if (id) this.document.getElementById(id)?.focus();
  }
}
