import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { map } from 'rxjs';
import {
  ChecklistItemStatus,
  EducationLevel,
  RussianLevel,
  Sex,
  originDistrictsOf,
  originRegionsOf,
  type CandidateProfileView,
  type ChecklistItemKind,
  type ChecklistItemView,
  type FieldError,
  type ProfileStep,
  type RequirementSource,
} from '@jumush/contracts/client';
import { ApiPaths } from '../../core/api/api-paths';
import { CandidatesApi } from '../../core/api/candidates-api';
import { AuthService } from '../../core/auth/auth.service';
import { toUiProblem, uploadProblemOf, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { Connectivity } from '../../core/offline/connectivity';
import { Outbox, isTransient } from '../../core/offline/outbox';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { todayIso } from '../../shared/format/format';
import { legalSourceLine } from '../../shared/format/legal-source';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage } from '../../shared/forms/form-errors';
import { Occupations, groupOccupations, offeredOccupations } from '../../shared/reference/occupations';
import { regionOptions } from '../../shared/reference/regions';
import { DECISION_DIALOG_CONFIG, DecisionDialog, type DecisionDialogData } from '../../shared/ui/decision-dialog';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { DeparturePlan } from './departure-plan';
import {
  STEPS,
  bodyOf,
  clearDraft,
  firstOpenStep,
  loadDraft,
  nextStep,
  saveDraft,
  validateStep,
  valuesFromProfile,
  type StepValues,
} from './profile-steps';
import { CountryNamePipe } from '../../core/countries/country-name.pipe';
import { OriginCountries } from '../../core/countries/origin-countries';

const text = () => new FormControl('', { nonNullable: true });

/** `/:lang/profile`: the migrant's pre-departure profile in small steps, then the checklist. */
@Component({
  selector: 'jm-profile',
  imports: [
    CountryNamePipe,
    ReactiveFormsModule,
    TranslatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    LoadState,
    ProblemAlert,
    LocalDatePipe,
    DeparturePlan,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile.html',
  styleUrl: './profile.scss',
})
export class Profile {
  private readonly api = inject(CandidatesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly occupations = inject(Occupations);
  private readonly outbox = inject(Outbox);
  private readonly connectivity = inject(Connectivity);
  private readonly countries = inject(OriginCountries);
  protected readonly lang = inject(LocaleService).current;
  private readonly storage: Storage | null = this.document.defaultView?.localStorage ?? null;

  protected readonly steps = STEPS;
  protected readonly profile = loader(
    () => true,
    () => this.api.me(),
  );
  protected readonly step = signal<ProfileStep | 'checklist'>('personal');
  protected readonly saving = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly notice = signal<string | null>(null);
  protected readonly message = firstFieldMessage;

  protected readonly forms = {
    personal: new FormGroup({ surname: text(), givenNames: text(), surnameLatin: text(), givenNamesLatin: text(), birthDate: text(), sex: text() }),
    residence: new FormGroup({ residenceRegionCode: text(), residenceDistrictCode: text() }),
    skills: new FormGroup({ russianLevel: text(), occupationCode: text(), years: text(), education: text() }),
    preferences: new FormGroup({ preferredRegionCodes: new FormControl<string[]>([], { nonNullable: true }) }),
    passport: new FormGroup({ passportNumber: text(), passportExpiresOn: text() }),
    consent: new FormGroup({ accepted: new FormControl(false, { nonNullable: true }) }),
  };

  protected readonly sexes = Object.values(Sex);
  protected readonly russianLevels = Object.values(RussianLevel);
  protected readonly educationLevels = Object.values(EducationLevel);
  protected readonly checklistStatuses = Object.values(ChecklistItemStatus);
  /** The home regions offered: those of the migrant's citizenship. */
  protected readonly originRegions = computed(() => originRegionsOf(this.countries.geography(), this.profile.value()?.citizenship.code));
  protected readonly russianRegions = computed(() => regionOptions(this.lang()));
  // A deactivated occupation is offered only to the profile that has it.
  protected readonly occupationGroups = computed(() =>
    groupOccupations(
      offeredOccupations(this.occupations.list() ?? [], this.profile.value()?.occupations.map((occupation) => occupation.occupationCode) ?? []),
      this.lang(),
    ),
  );
  private readonly regionCode = toSignal(this.forms.residence.controls.residenceRegionCode.valueChanges, { initialValue: '' });
  protected readonly districts = computed(() =>
    originDistrictsOf(this.countries.geography(), this.regionCode() || this.forms.residence.controls.residenceRegionCode.value),
  );
  protected readonly completed = computed(() => this.profile.value()?.completedSteps ?? []);
  protected readonly allDone = computed(() => firstOpenStep(this.completed()) === null && !!this.profile.value());
  protected readonly today = todayIso();
  protected readonly checklistBusy = signal<ChecklistItemKind | null>(null);
  protected readonly checklistProblem = signal<UiProblem | null>(null);
  protected readonly citizenships = this.countries.codes;
  protected readonly citizenshipBusy = signal(false);
  protected readonly citizenshipProblem = signal<UiProblem | null>(null);
  private readonly translate = inject(TranslateService);

  private filled = false;

  constructor() {
    this.occupations.load();
    // First answer: fill every step (unsaved drafts win) and open the first step not done yet.
    effect(() => {
      const profile = this.profile.value();
      if (!profile || this.filled) return;
      untracked(() => {
        for (const step of STEPS) this.fill(step, profile);
        this.step.set(firstOpenStep(profile.completedSteps) ?? 'checklist');
      });
      // Only what the migrant types from now on is a draft.
      this.filled = true;
    });
    for (const step of STEPS) {
      const form = this.forms[step] as FormGroup;
      form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
        if (this.filled) saveDraft(step, form.getRawValue(), this.storage);
      });
    }
    // A step saved offline went out when the connection came back: take the profile it answered with.
    this.outbox.delivered.pipe(takeUntilDestroyed()).subscribe(({ entry, response, problem }) => {
      if (entry.kind !== 'profileStep') return;
      const step = entry.subject as ProfileStep;
      if (problem) {
        this.go(step);
        this.problem.set(problem);
        return;
      }
      clearDraft(step, this.storage);
      this.profile.set(response as CandidateProfileView);
      this.notice.set('profile.saved');
    });
    // A district of another region is no longer a choice.
    this.forms.residence.controls.residenceRegionCode.valueChanges.pipe(takeUntilDestroyed()).subscribe((region) => {
      const district = this.forms.residence.controls.residenceDistrictCode;
      if (district.value && !originDistrictsOf(this.countries.geography(), region).some((d) => d.code === district.value)) district.setValue('');
    });
  }

  private fill(step: ProfileStep, profile: CandidateProfileView): void {
    const values = { ...valuesFromProfile(step, profile), ...loadDraft(step, this.storage) };
    (this.forms[step] as FormGroup).reset(values, { emitEvent: step === 'residence' });
    if (step === 'passport' && profile.passportNumber) this.fillPassportNumber();
  }

  /** The profile shows the number masked; the form gets it in full from its own uncached route (offline: left empty). */
  private fillPassportNumber(): void {
    this.api.passportNumber().subscribe({
      next: ({ passportNumber }) => {
        const control = this.forms.passport.controls.passportNumber;
        if (passportNumber && !control.value) control.reset(passportNumber, { emitEvent: false });
      },
      error: () => undefined,
    });
  }

  protected regionName(name: Record<string, string>): string {
    return name[this.lang()] ?? name['ru'];
  }

  protected go(step: ProfileStep | 'checklist'): void {
    this.problem.set(null);
    this.unmatched.set([]);
    this.notice.set(null);
    this.step.set(step);
  }

  protected isDone(step: ProfileStep): boolean {
    return this.completed().includes(step);
  }

  protected save(step: ProfileStep): void {
    if (this.saving()) return;
    const form = this.forms[step] as FormGroup;
    const values = { ...form.getRawValue() } as StepValues[ProfileStep];
    if (step === 'skills') (values as StepValues['skills']).years = String((values as StepValues['skills']).years ?? '');
    const code = this.profile.value()?.citizenship.code;
    const errors = validateStep(step, values, todayIso(), code, {
      geography: this.countries.geography(),
      passportPattern: this.countries.byCode(code)?.passportPattern,
    });
    this.problem.set(null);
    this.unmatched.set([]);
    if (Object.keys(errors).length > 0) {
      for (const [field, error] of Object.entries(errors)) {
        form.get(field)?.setErrors({ [error.key]: error.params });
        form.get(field)?.markAsTouched();
      }
      this.focusFirstInvalid();
      return;
    }
    const body = bodyOf(step, values, this.profile.value());
    if (!this.connectivity.online()) {
      this.queueStep(step, body);
      return;
    }
    this.saving.set(true);
    this.api.saveStep(step, body).subscribe({
      next: (profile) => {
        clearDraft(step, this.storage);
        this.profile.set(profile);
        this.saving.set(false);
        this.notice.set('profile.saved');
        this.step.set(nextStep(step) ?? 'checklist');
        if (nextStep(step) === null || firstOpenStep(profile.completedSteps) === null)
          this.step.set(firstOpenStep(profile.completedSteps) ?? 'checklist');
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        if (isTransient(problem)) {
          this.saving.set(false);
          this.queueStep(step, body);
          return;
        }
        const aliases: Record<string, string> =
          step === 'skills' ? { languages: 'russianLevel', occupations: 'occupationCode', 'occupations.0.years': 'years' } : {};
        this.unmatched.set(applyFieldErrors(form, fieldErrorsOf(problem), aliases));
        this.problem.set(problem);
        this.saving.set(false);
      },
    });
  }

  /**
   * No connection: the step's answers stay as a draft on this phone, the request waits in the outbox and
   * goes out when the connection returns; the migrant carries on with the next step meanwhile.
   */
  private queueStep(step: ProfileStep, body: unknown): void {
    if (!this.outbox.enqueue({ kind: 'profileStep', subject: step, method: 'PUT', url: ApiPaths.myProfileStep(step), body })) return;
    this.notice.set('offline.stepQueued');
    this.step.set(nextStep(step) ?? 'checklist');
  }

  private focusFirstInvalid(): void {
    setTimeout(() => this.document.querySelector<HTMLElement>('.step-form .ng-invalid[id]')?.focus());
  }

  // ---- checklist ----

  protected saveItem(item: ChecklistItemView, status: string, completedOn: string, validUntil: string): void {
    this.checklistBusy.set(item.kind);
    this.checklistProblem.set(null);
    this.api
      .saveChecklistItem(item.kind, {
        status: status as ChecklistItemStatus,
        completedOn: completedOn || null,
        validUntil: validUntil || null,
      })
      .subscribe({
        next: (profile) => {
          this.profile.set(profile);
          this.checklistBusy.set(null);
        },
        error: (error: unknown) => {
          this.checklistProblem.set(toUiProblem(error));
          this.checklistBusy.set(null);
        },
      });
  }

  protected upload(item: ChecklistItemView, event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.checklistBusy.set(item.kind);
    this.checklistProblem.set(null);
    this.api.uploadChecklistDocument(item.kind, file).subscribe({
      next: (profile) => {
        this.profile.set(profile);
        this.checklistBusy.set(null);
        input.value = '';
      },
      error: (error: unknown) => {
        this.checklistProblem.set(uploadProblemOf(toUiProblem(error)));
        this.checklistBusy.set(null);
        input.value = '';
      },
    });
  }

  // ---- citizenship ----

  /** Saves (or confirms) the citizenship; the checklist that follows is the new country's. */
  protected saveCitizenship(code: string): void {
    this.citizenshipBusy.set(true);
    this.citizenshipProblem.set(null);
    this.api.saveCitizenship({ citizenship: code }).subscribe({
      next: (profile) => {
        const hadHome = !!this.profile.value()?.residenceRegionCode;
        this.profile.set(profile);
        this.citizenshipBusy.set(false);
        // A new country clears the home region (the API does): the residence step asks again, with its regions.
        if (hadHome && !profile.residenceRegionCode) {
          clearDraft('residence', this.storage);
          this.forms.residence.reset(valuesFromProfile('residence', profile));
          this.notice.set('profile.citizenship.residenceCleared');
        }
      },
      error: (error: unknown) => {
        this.citizenshipProblem.set(toUiProblem(error));
        this.citizenshipBusy.set(false);
      },
    });
  }

  /** "Legal basis: <act>, article <n>" in the reader's language, or the programme label. */
  protected sourceLine(source: RequirementSource): string {
    return legalSourceLine(source, (key, params) => this.translate.instant(key, params), this.lang());
  }

  // ---- my data ----

  protected downloadData(): void {
    this.api.export().subscribe({
      next: (blob) => saveBlob(blob, 'jumush-my-data.json', this.document),
      error: (error: unknown) => this.checklistProblem.set(toUiProblem(error)),
    });
  }

  protected deleteAccount(): void {
    const data: DecisionDialogData<boolean> = {
      titleKey: 'profile.delete.title',
      textKey: 'profile.delete.text',
      confirmKey: 'profile.delete.confirm',
      reasonRequired: false,
      destructive: true,
      submit: () => this.api.deleteAccount().pipe(map(() => true)),
    };
    this.dialog
      .open(DecisionDialog<boolean>, { ...DECISION_DIALOG_CONFIG, data })
      .afterClosed()
      .subscribe((deleted) => {
        if (!deleted) return;
        for (const step of STEPS) clearDraft(step, this.storage);
        const lang = this.lang();
        this.auth.logout().subscribe(() => void this.router.navigate(['/', lang]));
      });
  }
}
