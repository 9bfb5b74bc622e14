/**
 * Why an employer was suspended, as the public registry says it (issue 15): the attaché's free-text reason may name
 * people and stays internal; the category is what the open data and the transparency page publish.
 */
export enum SuspensionCategory {
  /** Documents forged, expired or not matching the state register. */
  DocumentsInvalid = 'documentsInvalid',
  /** Wages below the agreed terms or the minimum wage, or not paid. */
  WageViolation = 'wageViolation',
  /** Fees taken from workers for recruitment (ILO Convention 181, art. 7). */
  RecruitmentFees = 'recruitmentFees',
  /** Workers' passports kept by the employer. */
  PassportRetention = 'passportRetention',
  /** Unsafe work or housing conditions. */
  UnsafeConditions = 'unsafeConditions',
  Other = 'other',
}

/** In the order the attaché is offered them. */
export const SUSPENSION_CATEGORIES: readonly SuspensionCategory[] = [
  SuspensionCategory.DocumentsInvalid,
  SuspensionCategory.WageViolation,
  SuspensionCategory.RecruitmentFees,
  SuspensionCategory.PassportRetention,
  SuspensionCategory.UnsafeConditions,
  SuspensionCategory.Other,
];

export function isSuspensionCategory(value: unknown): value is SuspensionCategory {
  return typeof value === 'string' && (SUSPENSION_CATEGORIES as readonly string[]).includes(value);
}
