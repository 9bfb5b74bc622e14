/** Promised versus actual, fee reports and red flags, as the API answers them. */
import type { ContractReport, FeeState, HousingReport, RedFlagSignal, TermsDifference } from '@jumush/domain';

/** The terms frozen at approval (the batch's decided terms), the promise a report is compared with. */
export interface PromisedTermsView {
  monthlyWageRoubles: number;
  weeklyHours: number;
  housing: string;
  housingCostRoubles: number | null;
  contractMonths: number;
}

export interface TermsReportView {
  id: string;
  monthlyWageRoubles: number;
  weeklyHours: number;
  housing: HousingReport;
  contract: ContractReport;
  differences: TermsDifference[];
  createdAt: string;
}

export interface FeeReportView {
  id: string;
  amountRoubles: number;
  state: FeeState;
  intermediaryName: string;
  intermediaryPhone: string | null;
  /** The day the fee was demanded or paid. */
  happenedOn: string;
  createdAt: string;
  /** The receipt the migrant added (a photo or PDF); null when none. */
  receipt: FeeReceiptView | null;
}

export interface FeeReceiptView {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

/** The migrant's page of one job: the promise, and what they reported. */
export interface PromisedVsActualView {
  applicationId: string;
  /** Null when no approval froze the terms (an application decided before the snapshot existed keeps the vacancy's). */
  promised: PromisedTermsView | null;
  /** Whether the job's status takes reports now (arrived or working). */
  open: boolean;
  termsReports: TermsReportView[];
  feeReports: FeeReportView[];
}

export interface RedFlagEvidenceView {
  kind: 'grievance' | 'feeReport' | 'termsReport';
  id: string;
  signal: RedFlagSignal;
  at: string;
}

export type RedFlagStatus = 'UNDER_REVIEW' | 'SUSPENDED';

export interface RedFlagView {
  id: string;
  ruleCode: string;
  signal: RedFlagSignal;
  threshold: number;
  windowDays: number | null;
  status: RedFlagStatus;
  originCountry: string;
  evidence: RedFlagEvidenceView[];
  createdAt: string;
  decidedAt: string | null;
}

/**
 * An employer after arrival, for the attaché of one country: differences counted over their migrants' reports,
 * the fees reported with the intermediaries named (never who reported), and the red flags.
 */
export interface CompanyAfterArrivalView {
  companyId: string;
  termsReports: number;
  differences: Record<TermsDifference, number>;
  feeReports: FeeReportView[];
  redFlags: RedFlagView[];
}

/** An intermediary named in fee reports of the attaché's country's migrants. */
export interface IntermediaryView {
  name: string;
  phone: string | null;
  reports: number;
  totalRoubles: number;
  companies: Array<{ id: string; legalName: string }>;
  lastReportedAt: string;
}
