/** Why an approval letter stops being valid: the category the public verification page shows, never the free text. */
export enum LetterRevocationCategory {
  /** Forged or false documents, misrepresentation. */
  Fraud = 'FRAUD',
  /** The employer was suspended: it may hire nobody on this letter. */
  EmployerSuspended = 'EMPLOYER_SUSPENDED',
  /** The candidate asked for it (or withdrew the application). */
  CandidateRequest = 'CANDIDATE_REQUEST',
  Other = 'OTHER',
}

export const LETTER_REVOCATION_CATEGORIES: readonly LetterRevocationCategory[] = Object.values(LetterRevocationCategory);

/** The categories an attaché chooses from; EMPLOYER_SUSPENDED is set by the suspension itself. */
export const ATTACHE_LETTER_REVOCATION_CATEGORIES: readonly LetterRevocationCategory[] = LETTER_REVOCATION_CATEGORIES.filter(
  (category) => category !== LetterRevocationCategory.EmployerSuspended,
);

/**
 * The category of a revoked letter as recorded, or, for letters revoked before categories were recorded (or by an
 * application move: the migrant withdrawing an approved application), the category its move implies.
 */
export function letterRevocationCategoryOf(recorded: string | null, revokedByMove: string | null): LetterRevocationCategory {
  const known = LETTER_REVOCATION_CATEGORIES.find((category) => category === recorded);
  if (known) return known;
  return revokedByMove === 'withdraw' ? LetterRevocationCategory.CandidateRequest : LetterRevocationCategory.Other;
}

/**
 * What the public page shows of a name: the initial of each part, in the script the letter prints it (Cyrillic for
 * the Kyrgyz/Russian text, Latin as in the passport), so it can be matched against the paper without disclosing it.
 */
export function nameInitials(...parts: Array<string | null | undefined>): string | null {
  const initials = parts
    .flatMap((part) => (part ?? '').split(/[\s-]+/))
    .map((word) => [...word][0])
    .filter((first): first is string => first !== undefined)
    .map((first) => `${first.toLocaleUpperCase('ru')}.`);
  return initials.length > 0 ? initials.join(' ') : null;
}
