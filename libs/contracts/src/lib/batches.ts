/** Shapes of recruitment batches, their decisions and the documents they produce. */
import type {
  ApplicationStatus,
  BatchDecisionKind,
  BatchStatus,
  CandidateFlag,
  CompanyStatus,
  LetterRevocationCategory,
  RefusalReason,
} from '@jumush/domain';

export interface BatchSummaryView {
  id: string;
  vacancy: {
    id: string;
    title: string;
    town: string;
    regionCode: string;
    positions: number;
    filledPositions: number;
  };
  company: {
    id: string;
    legalName: string;
    inn: string;
    status: CompanyStatus;
  };
  originCountry: string;
  status: BatchStatus;
  candidateCount: number;
  flaggedCount: number;
  approvedCount: number;
  refusedCount: number;
  submittedAt: string | null;
  deadlineAt: string | null;
  overdue: boolean;
  decidedAt: string | null;
  returnComment: string | null;
  version: number;
}

export interface BatchItemView {
  applicationId: string;
  applicationStatus: ApplicationStatus;
  candidate: {
    fullName: string;
    fullNameLatin: string;
    birthDate: string | null;
    /** In full for attaché staff of the candidate's country; masked for the employer. */
    passportNumber: string | null;
    passportExpiresOn: string | null;
    readinessPercent: number;
  };
  flags: CandidateFlag[];
  decision: 'APPROVED' | 'REFUSED' | null;
  refusalReason: RefusalReason | null;
  refusalText: string | null;
  /** Present once approved: the letter and its public verification code. */
  letterCode: string | null;
}

export interface BatchDetailView extends BatchSummaryView {
  items: BatchItemView[];
  itemsTotal: number;
}

export interface BatchQueueView {
  items: BatchSummaryView[];
  total: number;
  overdue: number;
  page: number;
  pageSize: number;
}

export interface BatchDecisionResultView {
  batchId: string;
  kind: BatchDecisionKind;
  status: BatchStatus;
  approved: number;
  refused: number;
  /** True when this answer repeats the first decision made with the same idempotency key. */
  replayed: boolean;
}

/**
 * What the public verification page says about a letter: enough to match it against the paper (initials in the
 * letter's scripts, birth year, employer, vacancy, date), never the full name or the passport.
 */
export interface LetterVerificationView {
  status: 'VALID' | 'REVOKED' | 'UNKNOWN';
  /** Initials as printed in Latin letters (passport spelling), e.g. "A. T.". */
  initials: string | null;
  /** Initials as printed in Cyrillic, e.g. "Т. А.". */
  initialsCyrillic: string | null;
  birthYear: number | null;
  employer: string | null;
  vacancyTitle: string | null;
  town: string | null;
  decidedOn: string | null;
  office: string | null;
  /** When REVOKED: the day (YYYY-MM-DD) and the category, never the free-text reason. */
  revokedOn: string | null;
  revocationCategory: LetterRevocationCategory | null;
}

/** The answer to a revocation. */
export interface LetterRevocationView {
  applicationId: string;
  status: 'REVOKED';
  revokedAt: string;
  category: LetterRevocationCategory;
}
