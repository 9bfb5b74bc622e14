import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import {
  HousingOption,
  MealsOption,
  RussianLevel,
  ShiftPattern,
  VACANCY_LIMITS,
  type CheckedVacancyTerms,
  type VacancyTermsDto,
  type VacancyTermsView,
} from '@jumush/contracts/client';
import { lengthField, maxLengthField, requiredField } from '../../shared/forms/validators';
import { parseWholeNumber } from '../../shared/format/numbers';

/**
 * The vacancy form: its controls, its validation (the API's rules and codes), and the mapping between the
 * form's text values and the API's VacancyTermsDto. Numbers are typed as text ("75 000" is fine).
 */

export type TermField = keyof VacancyTermsDto;

/** Every field of VacancyTermsDto, in screen order, with the id of its input (`#vacancy-<kebab-case>`). */
export const VACANCY_FIELDS: readonly TermField[] = [
  'title',
  'occupationCode',
  'regionCode',
  'town',
  'monthlyWageRoubles',
  'weeklyHours',
  'shiftPattern',
  'housing',
  'housingCostRoubles',
  'meals',
  'travelPaid',
  'insurance',
  'contractMonths',
  'startDate',
  'positions',
  'russianLevel',
  'experienceYears',
  'skills',
  'description',
  'applicationDeadline',
];

export function fieldId(field: string): string {
  return `vacancy-${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

export interface VacancyFormValue {
  title: string;
  occupationCode: string;
  regionCode: string;
  town: string;
  monthlyWageRoubles: string;
  weeklyHours: string;
  shiftPattern: ShiftPattern | '';
  housing: HousingOption | '';
  housingCostRoubles: string;
  meals: MealsOption | '';
  travelPaid: boolean;
  insurance: boolean;
  contractMonths: string;
  startDate: string;
  positions: string;
  russianLevel: RussianLevel | '';
  experienceYears: string;
  skills: string[];
  description: string;
  applicationDeadline: string;
}

export type VacancyForm = FormGroup<{ [K in keyof VacancyFormValue]: FormControl<VacancyFormValue[K]> }>;

export const EMPTY_VACANCY: VacancyFormValue = {
  title: '',
  occupationCode: '',
  regionCode: '',
  town: '',
  monthlyWageRoubles: '',
  weeklyHours: '40',
  shiftPattern: '',
  housing: '',
  housingCostRoubles: '',
  meals: '',
  travelPaid: false,
  insurance: false,
  contractMonths: '',
  startDate: '',
  positions: '1',
  russianLevel: '',
  experienceYears: '0',
  skills: [],
  description: '',
  applicationDeadline: '',
};

function text(control: AbstractControl): string {
  return typeof control.value === 'string' ? control.value : '';
}

/** A whole number in [min, max]: 'validation.isInt', 'validation.min' {min}, 'validation.max' {max}. */
export function wholeNumberField(min: number, max: number): ValidatorFn {
  return (control) => {
    const value = text(control).replace(/[\s\u00a0\u202f]/g, '');
    if (value.length === 0) return null;
    if (!/^-?\d+$/.test(value)) return { 'validation.isInt': {} };
    const number = Number(value);
    if (number < min) return { 'validation.min': { min } };
    if (number > max) return { 'validation.max': { max } };
    return null;
  };
}

/** One of the values of an enum; an empty select says "choose one" ('validation.isEnum'), like the API. */
export function enumField(values: readonly string[]): ValidatorFn {
  return (control) => (values.includes(text(control)) ? null : { 'validation.isEnum': {} });
}

/** A real calendar date 'YYYY-MM-DD' ('date.format'); empty is left to requiredField. */
export const calendarDateField: ValidatorFn = (control) => {
  const value = text(control);
  if (value.length === 0) return null;
  const date = new Date(`${value}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  return ok ? null : { 'date.format': {} };
};

/** Housing cost: required and a whole number only when housing is PAID. Re-run it when housing changes. */
export const housingCostField: ValidatorFn = (control) => {
  if (control.parent?.get('housing')?.value !== HousingOption.Paid) return null;
  if (text(control).trim().length === 0) return { 'validation.isNotEmpty': {} };
  return wholeNumberField(1, VACANCY_LIMITS.wageMaxRoubles)(control);
};

/** The last day to apply must be on or before the start date. Re-run it when the start date changes. */
export const deadlineField: ValidatorFn = (control) => {
  const deadline = text(control);
  const start = control.parent?.get('startDate')?.value;
  if (!deadline || typeof start !== 'string' || !start || calendarDateField(control) !== null) return null;
  return deadline > start ? { 'vacancy.deadlineAfterStart': {} } : null;
};

/** At most 20 skills of at most 60 characters each. */
export const skillsField: ValidatorFn = (control): ValidationErrors | null => {
  const skills: unknown = control.value;
  if (!Array.isArray(skills)) return null;
  if (skills.length > VACANCY_LIMITS.skillsMax) return { 'validation.arrayMaxSize': { max: VACANCY_LIMITS.skillsMax } };
  if (skills.some((skill) => typeof skill !== 'string' || skill.length > VACANCY_LIMITS.skillMax)) {
    return { 'validation.maxLength': { max: VACANCY_LIMITS.skillMax } };
  }
  return null;
};

export function createVacancyForm(value: VacancyFormValue = EMPTY_VACANCY): VacancyForm {
  const L = VACANCY_LIMITS;
  const c = <T>(initial: T, validators: ValidatorFn[] = []) => new FormControl<T>(initial, { nonNullable: true, validators });
  return new FormGroup({
    title: c(value.title, [requiredField, lengthField(3, L.titleMax)]),
    occupationCode: c(value.occupationCode, [requiredField]),
    regionCode: c(value.regionCode, [requiredField]),
    town: c(value.town, [requiredField, lengthField(2, L.townMax)]),
    monthlyWageRoubles: c(value.monthlyWageRoubles, [requiredField, wholeNumberField(1, L.wageMaxRoubles)]),
    weeklyHours: c(value.weeklyHours, [requiredField, wholeNumberField(L.weeklyHoursMin, L.weeklyHoursMax)]),
    shiftPattern: c(value.shiftPattern, [enumField(Object.values(ShiftPattern))]),
    housing: c(value.housing, [enumField(Object.values(HousingOption))]),
    housingCostRoubles: c(value.housingCostRoubles, [housingCostField]),
    meals: c(value.meals, [enumField(Object.values(MealsOption))]),
    travelPaid: c(value.travelPaid),
    insurance: c(value.insurance),
    contractMonths: c(value.contractMonths, [requiredField, wholeNumberField(L.contractMonthsMin, L.contractMonthsMax)]),
    startDate: c(value.startDate, [requiredField, calendarDateField]),
    positions: c(value.positions, [requiredField, wholeNumberField(1, L.positionsMax)]),
    russianLevel: c(value.russianLevel, [enumField(Object.values(RussianLevel))]),
    experienceYears: c(value.experienceYears, [requiredField, wholeNumberField(0, L.experienceYearsMax)]),
    skills: c(value.skills, [skillsField]),
    description: c(value.description, [maxLengthField(L.descriptionMax)]),
    applicationDeadline: c(value.applicationDeadline, [requiredField, calendarDateField, deadlineField]),
  });
}

function whole(value: string): number {
  return parseWholeNumber(value) ?? Number.NaN;
}

/** Form → request body. Housing cost is sent only for PAID housing (the API refuses it otherwise). */
export function vacancyFormToDto(value: VacancyFormValue): VacancyTermsDto {
  const dto: VacancyTermsDto = {
    title: value.title.trim().replace(/[ \t]+/g, ' '),
    occupationCode: value.occupationCode,
    regionCode: value.regionCode,
    town: value.town.trim().replace(/[ \t]+/g, ' '),
    monthlyWageRoubles: whole(value.monthlyWageRoubles),
    weeklyHours: whole(value.weeklyHours),
    shiftPattern: value.shiftPattern as ShiftPattern,
    housing: value.housing as HousingOption,
    meals: value.meals as MealsOption,
    travelPaid: value.travelPaid,
    insurance: value.insurance,
    contractMonths: whole(value.contractMonths),
    startDate: value.startDate,
    positions: whole(value.positions),
    russianLevel: value.russianLevel as RussianLevel,
    experienceYears: whole(value.experienceYears),
    skills: normalizeSkills(value.skills),
    description: value.description.trim(),
    applicationDeadline: value.applicationDeadline,
  };
  if (value.housing === HousingOption.Paid) dto.housingCostRoubles = whole(value.housingCostRoubles);
  return dto;
}

/**
 * The form as the honest-terms check reads it (vacancyTermsFindings), whatever else is still invalid: a number not
 * typed yet is null and skips the checks it feeds; without a start date the floor is today's, as the wage hint shows.
 */
export function vacancyFormToCheckedTerms(value: VacancyFormValue, today: string): CheckedVacancyTerms {
  return {
    monthlyWageRoubles: parseWholeNumber(value.monthlyWageRoubles),
    weeklyHours: parseWholeNumber(value.weeklyHours),
    housing: value.housing,
    housingCostRoubles: parseWholeNumber(value.housingCostRoubles),
    meals: value.meals,
    contractMonths: parseWholeNumber(value.contractMonths),
    regionCode: value.regionCode || null,
    startDate: value.startDate || today,
  };
}

/** A vacancy from the API → the form's text values. */
export function vacancyToFormValue(view: VacancyTermsView): VacancyFormValue {
  const n = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    title: view.title,
    occupationCode: view.occupationCode,
    regionCode: view.regionCode,
    town: view.town,
    monthlyWageRoubles: n(view.monthlyWageRoubles),
    weeklyHours: n(view.weeklyHours),
    shiftPattern: view.shiftPattern,
    housing: view.housing,
    housingCostRoubles: view.housing === HousingOption.Paid ? n(view.housingCostRoubles) : '',
    meals: view.meals,
    travelPaid: view.travelPaid,
    insurance: view.insurance,
    contractMonths: n(view.contractMonths),
    startDate: view.startDate,
    positions: n(view.positions),
    russianLevel: view.russianLevel,
    experienceYears: n(view.experienceYears),
    skills: [...view.skills],
    description: view.description,
    applicationDeadline: view.applicationDeadline,
  };
}

/** Trimmed, without empties and duplicates (ignoring case), in the order typed. */
export function normalizeSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of skills) {
    const skill = raw.trim().replace(/\s+/g, ' ');
    const key = skill.toLocaleLowerCase();
    if (skill.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(skill);
  }
  return out;
}

/** The terms the preview shows: what the form holds now, with defaults where it is still incomplete. */
export function vacancyFormToPreview(value: VacancyFormValue): VacancyTermsView {
  const dto = vacancyFormToDto(value);
  const num = (n: number) => (Number.isFinite(n) ? n : 0);
  return {
    ...dto,
    monthlyWageRoubles: num(dto.monthlyWageRoubles),
    weeklyHours: num(dto.weeklyHours),
    contractMonths: num(dto.contractMonths),
    positions: num(dto.positions),
    experienceYears: num(dto.experienceYears),
    housingCostRoubles: dto.housingCostRoubles !== undefined ? num(dto.housingCostRoubles ?? 0) : null,
    shiftPattern: value.shiftPattern || ShiftPattern.Day,
    housing: value.housing || HousingOption.None,
    meals: value.meals || MealsOption.None,
    russianLevel: value.russianLevel || RussianLevel.None,
  };
}
