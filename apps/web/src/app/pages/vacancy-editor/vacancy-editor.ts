import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { MatButtonModule } from '@angular/material/button';
import { type MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { type Observable, map, of, startWith, switchMap } from 'rxjs';
import {
  EMPLOYER_EDITABLE_VACANCY_STATUSES,
  companyStandingSummary,
  isCountryCodeShape,
  HousingOption,
  MealsOption,
  RussianLevel,
  ShiftPattern,
  SUBMITTABLE_VACANCY_STATUSES,
  VACANCY_LIMITS,
  VacancyStatus,
  WITHDRAWABLE_VACANCY_STATUSES,
  materialChanges,
  vacancyRegionWarnings,
  vacancyTermsFindings,
  type FieldError,
  type VacancyView,
} from '@jumush/contracts/client';
import { CompaniesApi } from '../../core/api/companies-api';
import { EmployerVacanciesApi } from '../../core/api/employer-vacancies-api';
import { ReferenceApi } from '../../core/api/reference-api';
import { toUiProblem, type MessageParams, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { formatDate, formatRoubles, todayIso } from '../../shared/format/format';
import { LocalDatePipe, RoublesPipe } from '../../shared/format/format-pipes';
import { parseWholeNumber } from '../../shared/format/numbers';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage, firstInvalidControl, type FieldMessage } from '../../shared/forms/form-errors';
import { Occupations, groupOccupations, offeredOccupations } from '../../shared/reference/occupations';
import { regionOptions } from '../../shared/reference/regions';
import { DECISION_DIALOG_CONFIG, DecisionDialog, type DecisionDialogData } from '../../shared/ui/decision-dialog';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { StatusBadge } from '../../shared/ui/status-badge';
import { VacancyCard } from '../../shared/vacancy/vacancy-card';
import { VacancyDetails } from '../../shared/vacancy/vacancy-details';
import type { VacancyDisplay } from '../../shared/vacancy/vacancy-display';
import { TermsFindings } from '../../shared/vacancy/terms-findings';
import { VacancyHistory } from '../../shared/vacancy/vacancy-history';
import { hintFromFloor, wageFloorRequest, type WageFloorRequest } from '../../shared/vacancy/wage-floor';
import {
  EMPTY_VACANCY,
  VACANCY_FIELDS,
  createVacancyForm,
  fieldId,
  normalizeSkills,
  vacancyFormToDto,
  vacancyFormToCheckedTerms,
  vacancyFormToPreview,
  vacancyToFormValue,
  type VacancyFormValue,
} from './vacancy-form';
import { CountryNamePipe } from '../../core/countries/country-name.pipe';

function addError(control: AbstractControl, code: string, params: MessageParams = {}): void {
  control.setErrors({ ...(control.errors ?? {}), [code]: params });
  control.markAsTouched();
}

/** What the page was asked to say after a navigation (e.g. "Draft saved" once a new vacancy has its URL). */
type Notice = 'saved' | 'submitted' | 'withdrawn' | 'backToReview';

/**
 * `/:lang/employer/vacancies/new` and `/:lang/employer/vacancies/:id/edit`: the vacancy form, validated
 * live with the API's rules, with the minimum wage of the region and what the terms add up to (housing against
 * the wage, hours against the 40-hour week) shown while typing, a preview as a
 * migrant sees it, Save draft / Submit for review, and the history of versions.
 */
@Component({
  selector: 'jm-vacancy-editor',
  imports: [
    CountryNamePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    LoadState,
    ProblemAlert,
    StatusBadge,
    VacancyCard,
    VacancyDetails,
    VacancyHistory,
    TermsFindings,
    RoublesPipe,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './vacancy-editor.html',
  styleUrl: './vacancy-editor.scss',
})
export class VacancyEditor {
  private readonly api = inject(EmployerVacanciesApi);
  private readonly companies = inject(CompaniesApi);
  private readonly reference = inject(ReferenceApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly dialog = inject(MatDialog);
  private readonly occupations = inject(Occupations);
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LocaleService).current;

  /** The `:id` of the edit route; absent for a new vacancy. */
  readonly id = input<string>();

  protected readonly limits = VACANCY_LIMITS;
  protected readonly fieldId = fieldId;
  protected readonly Status = VacancyStatus;
  protected readonly shiftPatterns = Object.values(ShiftPattern);
  protected readonly housingOptions = Object.values(HousingOption);
  protected readonly mealsOptions = Object.values(MealsOption);
  protected readonly russianLevels = Object.values(RussianLevel);
  protected readonly skillSeparators = [ENTER, COMMA] as const;
  protected readonly regions = computed(() => regionOptions(this.lang()));
  // A deactivated occupation is offered only to the vacancy that has it.
  protected readonly occupationGroups = computed(() =>
    groupOccupations(offeredOccupations(this.occupations.list() ?? [], [this.vacancy.value()?.occupationCode]), this.lang()),
  );
  protected readonly occupationsProblem = this.occupations.problem;

  protected readonly form = createVacancyForm();
  protected readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { initialValue: this.form.getRawValue() },
  );

  protected readonly vacancy = loader(
    () => this.id() ?? null,
    (id) => this.api.get(id),
  );
  /** The employer's company: its name for the preview, and whether it may submit at all. */
  protected readonly company = loader(
    () => true,
    () => this.companies.mine(),
  );
  protected readonly history = loader(
    () => {
      const v = this.vacancy.value();
      return v ? { id: v.id, version: v.version, status: v.status } : null;
    },
    ({ id }) => this.api.history(id),
  );

  protected readonly status = computed<VacancyStatus | null>(() => this.vacancy.value()?.status ?? null);
  protected readonly editable = computed(() => {
    const status = this.status();
    return status === null || EMPLOYER_EDITABLE_VACANCY_STATUSES.includes(status);
  });
  protected readonly canSubmit = computed(() => {
    const status = this.status();
    return status === null || SUBMITTABLE_VACANCY_STATUSES.includes(status);
  });
  protected readonly canWithdraw = computed(() => {
    const status = this.status();
    return status !== null && WITHDRAWABLE_VACANCY_STATUSES.includes(status);
  });
  protected readonly companyVerified = computed(() => (this.company.value()?.verifiedCountries.length ?? 0) > 0);
  /** The countries the vacancy may be open to: those that verified the company, and any chosen before it suspended the company. */
  protected readonly countryChoices = computed(() =>
    [...new Set([...(this.company.value()?.verifiedCountries ?? []), ...(this.vacancy.value()?.openTo ?? [])])].sort(),
  );
  /** The employer's choice; null until they change it (then: as saved, or every verified country for a new vacancy). */
  private readonly chosenCountries = signal<string[] | null>(null);
  protected readonly openTo = computed(() => this.chosenCountries() ?? this.vacancy.value()?.openTo ?? this.company.value()?.verifiedCountries ?? []);
  protected readonly noCompany = computed(() => this.company.problem()?.code === 'company.none');

  protected readonly today = todayIso();
  /** The region and date the floor is asked for; the same pair asks once, whatever else is typed. */
  private readonly floorRequest = computed(
    () => {
      const v = this.value();
      return wageFloorRequest(v.regionCode, v.startDate, this.today);
    },
    { equal: (a: WageFloorRequest | null, b: WageFloorRequest | null) => a?.region === b?.region && a?.date === b?.date },
  );
  /** The floor in force from the API (the admin's table, which the submission is checked against), not the shipped one. */
  private readonly floorInForce = loader(
    () => this.floorRequest(),
    (request) => this.reference.wageFloor(request.region, request.date),
  );
  protected readonly wageFloor = computed(() => {
    const request = this.floorRequest();
    const floor = this.floorInForce.value();
    // Only the answer for the region and date on screen (a new one may still be on its way).
    if (!request || !floor || floor.date !== request.date || (floor.regionCode ?? null) !== request.region) return null;
    return hintFromFloor(request, floor, parseWholeNumber(this.value().monthlyWageRoubles));
  });
  /** The region's warnings (Far North coefficient, annexed territory): shown beside the wage, never blocking. */
  protected readonly regionWarnings = computed(() => vacancyRegionWarnings(this.value().regionCode ?? ''));
  /** What the terms add up to, live (the attaché sees the same at review): computed from the raw values, valid or not. */
  protected readonly termsFindings = computed(() => vacancyTermsFindings(vacancyFormToCheckedTerms(this.value(), this.today)));
  /** On a published vacancy: the material terms changed so far (saving sends it back to review). */
  protected readonly materialChanges = computed(() => {
    const original = this.vacancy.value();
    if (!original || original.status !== VacancyStatus.Published) return [];
    const before = vacancyFormToDto(vacancyToFormValue(original));
    const after = vacancyFormToDto(this.value());
    return materialChanges(before, after);
  });

  protected readonly previewing = signal(false);
  protected readonly preview = computed<VacancyDisplay>(() => {
    const company = this.company.value();
    return {
      ...vacancyFormToPreview(this.value()),
      company: company ? { legalName: company.legalName, inn: company.inn, status: companyStandingSummary(company, company.countries).status } : null,
      remainingPositions: null,
    };
  });

  protected readonly busy = signal<'save' | 'submit' | 'withdraw' | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly notice = signal<Notice | null>(this.noticeFromNavigation());

  protected readonly message = firstFieldMessage;

  constructor() {
    this.occupations.load();

    // Cross-field rules: re-check the housing cost when housing changes, the deadline when the start does.
    const controls = this.form.controls;
    controls.housing.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      controls.housingCostRoubles.updateValueAndValidity({ emitEvent: false });
    });
    controls.startDate.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      controls.applicationDeadline.updateValueAndValidity({ emitEvent: false });
    });

    // Fill the form with the loaded vacancy; lock it while the attaché reviews it or after it closed.
    effect(() => {
      const vacancy = this.vacancy.value();
      untracked(() => {
        if (vacancy) {
          this.form.reset(vacancyToFormValue(vacancy));
          if (EMPLOYER_EDITABLE_VACANCY_STATUSES.includes(vacancy.status)) this.form.enable({ emitEvent: false });
          else this.form.disable({ emitEvent: false });
        } else if (this.id() === undefined) {
          this.form.reset(EMPTY_VACANCY);
        }
      });
    });
  }

  /** The message of a field, with the wage floor's figures formatted for the language. */
  protected fieldMessage(name: keyof VacancyFormValue): FieldMessage | null {
    const m = firstFieldMessage(this.form.controls[name]);
    if (!m) return null;
    const params: MessageParams = { ...m.params };
    if (typeof params['floor'] === 'number') params['floor'] = formatRoubles(params['floor'], this.lang());
    if (typeof params['effectiveFrom'] === 'string') params['effectiveFrom'] = formatDate(params['effectiveFrom'], this.lang());
    return { key: m.key, params };
  }

  protected addSkill(event: MatChipInputEvent): void {
    const parts = event.value.split(/[,;\n]/);
    const skills = normalizeSkills([...this.form.controls.skills.value, ...parts]);
    this.setSkills(skills);
    event.chipInput.clear();
  }

  protected removeSkill(index: number): void {
    const skills = this.form.controls.skills.value.filter((_, i) => i !== index);
    this.setSkills(skills);
    this.document.getElementById(fieldId('skills'))?.focus();
  }

  private setSkills(skills: string[]): void {
    const control = this.form.controls.skills;
    control.setValue(skills);
    control.markAsDirty();
    control.markAsTouched();
  }

  protected togglePreview(): void {
    this.previewing.update((on) => !on);
    this.focusSoon(this.previewing() ? 'preview-title' : 'editor-title');
  }

  /** Moves focus (and so the view) to an element once it is rendered. */
  private focusSoon(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected save(): void {
    if (!this.checkForm(false)) return;
    this.busy.set('save');
    const published = this.status() === VacancyStatus.Published;
    this.persist().subscribe({
      next: (saved) => {
        this.busy.set(null);
        const backToReview = published && saved.status === VacancyStatus.PendingReview;
        this.after(saved, backToReview ? 'backToReview' : 'saved');
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected submit(): void {
    if (!this.checkForm(true)) return;
    this.busy.set('submit');
    this.persist()
      .pipe(switchMap((saved) => this.api.submit(saved.id)))
      .subscribe({
        next: (submitted) => {
          this.busy.set(null);
          this.after(submitted, 'submitted');
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected withdraw(): void {
    const vacancy = this.vacancy.value();
    if (!vacancy) return;
    const data: DecisionDialogData<VacancyView> = {
      titleKey: 'editor.withdrawTitle',
      textKey: 'editor.withdrawText',
      textParams: { title: vacancy.title },
      confirmKey: 'editor.withdraw',
      reasonRequired: false,
      destructive: true,
      submit: () => this.api.withdraw(vacancy.id),
    };
    this.dialog
      .open<DecisionDialog<VacancyView>, DecisionDialogData<VacancyView>, VacancyView>(DecisionDialog, { ...DECISION_DIALOG_CONFIG, data })
      .afterClosed()
      .subscribe((closed) => {
        if (closed) this.after(closed, 'withdrawn');
      });
  }

  protected reload(): void {
    this.problem.set(null);
    this.unmatched.set([]);
    this.vacancy.reload();
  }

  protected toggleCountry(country: string, checked: boolean): void {
    const next = new Set(this.openTo());
    if (checked) next.add(country);
    else next.delete(country);
    this.chosenCountries.set([...next].sort());
  }

  /** Creates the vacancy, or saves the changes (only when there are any). */
  private persist(): Observable<VacancyView> {
    const existing = this.vacancy.value();
    const chosen = this.chosenCountries();
    const dto = { ...vacancyFormToDto(this.form.getRawValue()), ...(chosen ? { openTo: chosen.filter(isCountryCodeShape) } : {}) };
    if (!existing) return this.api.create(dto);
    if (!this.form.dirty && chosen === null) return of(existing);
    return this.api.update(existing.id, dto, existing.version);
  }

  /** Validates everything; for a submission also the wage floor (a draft may still be below it). */
  private checkForm(forSubmission: boolean): boolean {
    if (this.busy()) return false;
    this.problem.set(null);
    this.unmatched.set([]);
    this.notice.set(null);
    const controls = this.form.controls;
    const original = this.vacancy.value();
    // Dates the API refuses: a start in the past (unless it was already saved so), a deadline already passed.
    const start = controls.startDate.value;
    if (start && start < this.today && start !== original?.startDate) addError(controls.startDate, 'vacancy.startInPast');
    const deadline = controls.applicationDeadline.value;
    if (forSubmission && deadline && deadline < this.today) addError(controls.applicationDeadline, 'vacancy.deadlinePassed');
    const floor = this.wageFloor();
    if (forSubmission && floor?.below) {
      const wage = this.form.controls.monthlyWageRoubles;
      wage.setErrors({
        ...(wage.errors ?? {}),
        'wage.belowFloor': { floor: floor.floor, effectiveFrom: floor.effectiveFrom, source: floor.source },
      });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set({ status: 0, code: 'validation.failed', params: {}, fieldErrors: [] });
      this.focusFirstInvalid();
      return false;
    }
    return true;
  }

  private after(vacancy: VacancyView, notice: Notice): void {
    if (this.id() !== vacancy.id) {
      // A new vacancy gets its own address; the page there says what just happened.
      void this.router.navigate(['/', this.lang(), 'employer', 'vacancies', vacancy.id, 'edit'], {
        replaceUrl: true,
        state: { notice },
      });
      return;
    }
    this.vacancy.set(vacancy);
    this.notice.set(notice);
    this.previewing.set(false);
    this.focusSoon('editor-title');
  }

  private fail(error: unknown): void {
    this.busy.set(null);
    const problem = toUiProblem(error);
    this.unmatched.set(applyFieldErrors(this.form, fieldErrorsOf(problem)));
    this.problem.set(problem);
    this.previewing.set(false);
    this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    const name = firstInvalidControl(this.form, VACANCY_FIELDS);
    if (name) this.document.getElementById(fieldId(name))?.focus();
  }

  private noticeFromNavigation(): Notice | null {
    const state = this.router.currentNavigation()?.extras.state;
    const notice = (state as { notice?: unknown } | null)?.notice;
    return notice === 'saved' || notice === 'submitted' || notice === 'withdrawn' || notice === 'backToReview' ? notice : null;
  }
}
