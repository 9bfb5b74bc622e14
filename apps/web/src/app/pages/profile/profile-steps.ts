import {
  CURRENT_CONSENT_VERSION,
  PROFILE_STEPS,
  isAdultOn,
  passportNumberProblem,
  residenceProblem,
  normalizePassportNumber,
  type CandidateProfileView,
  type OriginCountryGeography,
  type EducationLevel,
  type ProfileStep,
  type RussianLevel,
  type Sex,
} from '@jumush/contracts/client';
import type { ProfileStepBodies } from '../../core/api/candidates-api';

/** What each step's form holds (plain strings, as native inputs give them). */
export interface StepValues {
  personal: { surname: string; givenNames: string; surnameLatin: string; givenNamesLatin: string; birthDate: string; sex: string };
  residence: { residenceRegionCode: string; residenceDistrictCode: string };
  skills: { russianLevel: string; occupationCode: string; years: string; education: string };
  preferences: { preferredRegionCodes: string[] };
  passport: { passportNumber: string; passportExpiresOn: string };
  consent: { accepted: boolean };
}

/** Errors of a step: field name → [translation key, params]. */
export type StepErrors = Record<string, { key: string; params: Record<string, string | number> }>;

export const STEPS = PROFILE_STEPS;

/** The youngest a candidate may be (the API checks the same). */
export const MIN_AGE = 18;

const CYRILLIC_NAME = /^[\p{Script=Cyrillic}ʼ'’\- ]+$/u;
const LATIN_NAME = /^[A-Za-z'\- ]+$/;

/** The first step not completed yet, or null when every step is. */
export function firstOpenStep(completed: readonly ProfileStep[]): ProfileStep | null {
  return STEPS.find((step) => !completed.includes(step)) ?? null;
}

/** The step after `step`, or null after the last one. */
export function nextStep(step: ProfileStep): ProfileStep | null {
  return STEPS[STEPS.indexOf(step) + 1] ?? null;
}

/** The form values of a step, from the saved profile. */
export function valuesFromProfile<S extends ProfileStep>(step: S, p: CandidateProfileView): StepValues[S] {
  const all: StepValues = {
    personal: {
      surname: p.surname ?? '',
      givenNames: p.givenNames ?? '',
      surnameLatin: p.surnameLatin ?? '',
      givenNamesLatin: p.givenNamesLatin ?? '',
      birthDate: p.birthDate ?? '',
      sex: p.sex ?? '',
    },
    residence: { residenceRegionCode: p.residenceRegionCode ?? '', residenceDistrictCode: p.residenceDistrictCode ?? '' },
    skills: {
      russianLevel: p.russianLevel ?? p.languages.find((l) => l.language === 'ru')?.level ?? '',
      occupationCode: p.occupations[0]?.occupationCode ?? '',
      years: p.occupations[0] ? String(p.occupations[0].years) : '',
      education: p.education ?? '',
    },
    preferences: { preferredRegionCodes: [...p.preferredRegionCodes] },
    // The profile carries the number masked; the page fetches it in full (`CandidatesApi.passportNumber`).
    passport: { passportNumber: '', passportExpiresOn: p.passportExpiresOn ?? '' },
    consent: { accepted: p.consentVersion === CURRENT_CONSENT_VERSION },
  };
  return all[step];
}

const squash = (value: string) => value.trim().replace(/\s+/g, ' ');

/** The request body of a step, from its form values (other languages and occupations of the profile are kept). */
export function bodyOf<S extends ProfileStep>(step: S, values: StepValues[S], profile?: CandidateProfileView | null): ProfileStepBodies[S] {
  const v = values as StepValues[ProfileStep];
  switch (step) {
    case 'personal': {
      const p = v as StepValues['personal'];
      return {
        surname: squash(p.surname),
        givenNames: squash(p.givenNames),
        surnameLatin: squash(p.surnameLatin),
        givenNamesLatin: squash(p.givenNamesLatin),
        birthDate: p.birthDate,
        sex: p.sex as Sex,
      } as ProfileStepBodies[S];
    }
    case 'residence': {
      const r = v as StepValues['residence'];
      // No district where the region has none listed (a city; Uzbekistan and Tajikistan today).
      return { residenceRegionCode: r.residenceRegionCode, residenceDistrictCode: r.residenceDistrictCode || null } as ProfileStepBodies[S];
    }
    case 'skills': {
      const s = v as StepValues['skills'];
      const others = (profile?.languages ?? []).filter((l) => l.language !== 'ru');
      return {
        languages: [{ language: 'ru', level: s.russianLevel as RussianLevel }, ...others],
        occupations: [{ occupationCode: s.occupationCode, years: Number(s.years) }],
        education: s.education as EducationLevel,
      } as ProfileStepBodies[S];
    }
    case 'preferences':
      return { preferredRegionCodes: [...(v as StepValues['preferences']).preferredRegionCodes] } as ProfileStepBodies[S];
    case 'passport': {
      const p = v as StepValues['passport'];
      return { passportNumber: normalizePassportNumber(p.passportNumber), passportExpiresOn: p.passportExpiresOn } as ProfileStepBodies[S];
    }
    case 'consent':
      return { version: CURRENT_CONSENT_VERSION, accepted: true } as ProfileStepBodies[S];
  }
  throw new Error(`Unknown profile step ${String(step)}`);
}

const required = { key: 'validation.isNotEmpty', params: {} };

/**
 * The same checks as the API, with the same codes; today is the migrant's calendar date (YYYY-MM-DD), country their
 * citizenship (the home region must be of that country).
 */
/** What the checks of the residence and passport steps need of the migrant's country (GET /api/origin-countries). */
export interface StepCountryData {
  /** Every country's regions and districts; empty while not loaded (then the API alone judges the home). */
  geography: OriginCountryGeography;
  /** The country's passport pattern; absent: the generic shape. */
  passportPattern?: string;
}

const NO_COUNTRY_DATA: StepCountryData = { geography: { regions: [], districts: [] } };

export function validateStep<S extends ProfileStep>(
  step: S,
  values: StepValues[S],
  today: string,
  country?: string | null,
  data: StepCountryData = NO_COUNTRY_DATA,
): StepErrors {
  const errors: StepErrors = {};
  const v = values as StepValues[ProfileStep];
  switch (step) {
    case 'personal': {
      const p = v as StepValues['personal'];
      for (const field of ['surname', 'givenNames'] as const) {
        if (!p[field].trim()) errors[field] = required;
        else if (!CYRILLIC_NAME.test(p[field].trim())) errors[field] = { key: 'name.cyrillic', params: {} };
      }
      for (const field of ['surnameLatin', 'givenNamesLatin'] as const) {
        if (!p[field].trim()) errors[field] = required;
        else if (!LATIN_NAME.test(p[field].trim())) errors[field] = { key: 'name.latin', params: {} };
      }
      if (!p.birthDate) errors['birthDate'] = required;
      else if (p.birthDate > today) errors['birthDate'] = { key: 'date.inFuture', params: {} };
      else if (!isAdultOn(p.birthDate, today, MIN_AGE)) errors['birthDate'] = { key: 'candidate.underage', params: { minAge: MIN_AGE } };
      if (!p.sex) errors['sex'] = required;
      break;
    }
    case 'residence': {
      const r = v as StepValues['residence'];
      const problem =
        data.geography.regions.length > 0
          ? residenceProblem(data.geography, country, r.residenceRegionCode, r.residenceDistrictCode)
          : r.residenceRegionCode
            ? null
            : ({ field: 'residenceRegionCode', code: 'validation.isNotEmpty' } as const);
      if (problem) errors[problem.field] = { key: problem.code, params: {} };
      break;
    }
    case 'skills': {
      const s = v as StepValues['skills'];
      if (!s.russianLevel) errors['russianLevel'] = { key: 'candidate.russianLevelRequired', params: {} };
      if (!s.occupationCode) errors['occupationCode'] = required;
      const years = Number(s.years);
      if (s.years === '' || s.years === null) errors['years'] = required;
      else if (!Number.isInteger(years)) errors['years'] = { key: 'validation.isInt', params: {} };
      else if (years < 0) errors['years'] = { key: 'validation.min', params: { min: 0 } };
      else if (years > 60) errors['years'] = { key: 'validation.max', params: { max: 60 } };
      if (!s.education) errors['education'] = required;
      break;
    }
    case 'preferences': {
      if ((v as StepValues['preferences']).preferredRegionCodes.length === 0) errors['preferredRegionCodes'] = required;
      break;
    }
    case 'passport': {
      const p = v as StepValues['passport'];
      if (!p.passportNumber.trim()) errors['passportNumber'] = required;
      else if (passportNumberProblem(p.passportNumber, data.passportPattern)) errors['passportNumber'] = { key: 'passport.format', params: {} };
      if (!p.passportExpiresOn) errors['passportExpiresOn'] = required;
      else if (p.passportExpiresOn < today) errors['passportExpiresOn'] = { key: 'passport.expired', params: {} };
      break;
    }
    case 'consent':
      if (!(v as StepValues['consent']).accepted) errors['accepted'] = required;
      break;
  }
  return errors;
}

/** Where a step's unsaved input waits (a dropped connection must not lose it). */
export const draftKey = (step: ProfileStep) => `jumush.profileDraft.${step}`;

export function loadDraft<S extends ProfileStep>(step: S, storage: Storage | null): Partial<StepValues[S]> | null {
  try {
    const raw = storage?.getItem(draftKey(step));
    return raw ? (JSON.parse(raw) as Partial<StepValues[S]>) : null;
  } catch {
    return null;
  }
}

/** Never kept in a draft: a family's shared phone must not hold a passport number in its storage. */
const NOT_DRAFTED: ReadonlySet<string> = new Set(['passportNumber']);

export function saveDraft<S extends ProfileStep>(step: S, values: StepValues[S], storage: Storage | null): void {
  try {
    const kept = Object.fromEntries(Object.entries(values).filter(([field]) => !NOT_DRAFTED.has(field)));
    storage?.setItem(draftKey(step), JSON.stringify(kept));
  } catch {
    // Storage full or off: the form still works, only the draft is not kept.
  }
}

export function clearDraft(step: ProfileStep, storage: Storage | null): void {
  try {
    storage?.removeItem(draftKey(step));
  } catch {
    // ignore
  }
}
