/** Enumerations of a vacancy's terms, shared by API, web and database. */

export enum HousingOption {
  None = 'NONE',
  Free = 'FREE',
  /** Provided at a stated monthly cost (housingCostRoubles). */
  Paid = 'PAID',
}

export enum MealsOption {
  None = 'NONE',
  Free = 'FREE',
  Paid = 'PAID',
}

export enum ShiftPattern {
  Day = 'DAY',
  Night = 'NIGHT',
  Rotating = 'ROTATING',
  TwoOnTwoOff = 'TWO_ON_TWO_OFF',
  /** Вахта: weeks on site, then weeks off. */
  Rotation = 'ROTATION',
}

export enum RussianLevel {
  None = 'NONE',
  Basic = 'BASIC',
  Conversational = 'CONVERSATIONAL',
  Fluent = 'FLUENT',
}

export enum CompanyDocumentKind {
  RegistrationExtract = 'REGISTRATION_EXTRACT',
  Licence = 'LICENCE',
  Other = 'OTHER',
}

/** A company holds one document of these kinds: a new upload replaces the earlier one (its file is deleted). "Other" documents add up. */
export const COMPANY_DOCUMENT_KINDS_HELD_ONCE: readonly CompanyDocumentKind[] = [
  CompanyDocumentKind.RegistrationExtract,
  CompanyDocumentKind.Licence,
];

export enum VacancySort {
  Relevance = 'relevance',
  Newest = 'newest',
  Wage = 'wage',
}

/** What may be uploaded as a company document, checked by content. */
export const COMPANY_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const COMPANY_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type CompanyDocumentType = (typeof COMPANY_DOCUMENT_TYPES)[number];

export const VACANCY_LIMITS = {
  titleMax: 150,
  townMax: 100,
  descriptionMax: 5000,
  wageMaxRoubles: 1_000_000,
  weeklyHoursMin: 1,
  weeklyHoursMax: 72,
  contractMonthsMin: 1,
  contractMonthsMax: 36,
  positionsMax: 5000,
  experienceYearsMax: 40,
  skillsMax: 20,
  skillMax: 60,
} as const;
