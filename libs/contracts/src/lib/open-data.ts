/**
 * Open data: aggregated, non-personal statistics and the employer registry, published without sign-in under
 * CC BY 4.0 (see apps/api/src/app/open-data). A cell describing fewer than 5 people is withheld.
 */
import type { PublishedCell, SuspensionCategory } from '@jumush/domain';

export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Jumush — organised recruitment of labour migrants',
} as const;

/** The data sets, by the path segment of their endpoints (`/api/open-data/<name>`, `.csv` for CSV). */
export const OPEN_DATA_SETS = ['processing-times', 'open-vacancies', 'employers'] as const;
export type OpenDataSetName = (typeof OPEN_DATA_SETS)[number];

/** What every data set says about itself. */
export interface OpenDataEnvelope<Row> {
  dataset: OpenDataSetName;
  title: string;
  description: string;
  licence: typeof OPEN_DATA_LICENCE;
  generatedAt: string;
  /** Field name → what it means, for people importing the CSV. */
  fields: Record<string, string>;
  rows: Row[];
}

/**
 * Stages timed for the public: the application's waits (the status it waits in, as on the migrant's timeline),
 * the attaché's review of a vacancy, a country's verification of an employer, and a country's decision on a batch.
 */
export type PublicStage = 'SUBMITTED' | 'SHORTLISTED' | 'IN_BATCH' | 'APPROVED' | 'VACANCY_REVIEW' | 'COMPANY_VERIFICATION' | 'BATCH_DECISION';

export const PUBLIC_STAGES: readonly PublicStage[] = [
  'COMPANY_VERIFICATION',
  'VACANCY_REVIEW',
  'SUBMITTED',
  'SHORTLISTED',
  'IN_BATCH',
  'BATCH_DECISION',
  'APPROVED',
];

/** How long one stage took over the last 90 days: the cases that ended the stage in that window. */
export interface ProcessingTimeRow {
  stage: PublicStage;
  /** The origin country whose staff own the stage; null where it is every country's together. */
  country: string | null;
  /** How many ended the stage in the window (withheld under 5). */
  cases: PublishedCell<number>;
  medianDays: PublishedCell<number>;
  p90Days: PublishedCell<number>;
}

/** Published vacancies and their open positions, by Russian region and occupation. */
export interface OpenVacanciesRow {
  regionCode: string;
  occupationCode: string;
  vacancies: number;
  openPositions: number;
}

/** An employer in the registry: verified for a country's migrants, or suspended by it. */
export interface EmployerRegistryRow {
  legalName: string;
  inn: string;
  ogrn: string;
  regionCode: string;
  country: string;
  status: 'VERIFIED' | 'SUSPENDED' | 'BLOCKED';
  /** Verified, suspended or blocked since (YYYY-MM-DD). */
  since: string;
  /** Verified by relying on this country's verification. */
  reliedOnCountry: string | null;
  /** Why it was suspended or blocked (never the free-text reason); null when verified. */
  suspensionCategory: SuspensionCategory | null;
}

export type ProcessingTimesDataSet = OpenDataEnvelope<ProcessingTimeRow>;
export type OpenVacanciesDataSet = OpenDataEnvelope<OpenVacanciesRow>;
export type EmployerRegistryDataSet = OpenDataEnvelope<EmployerRegistryRow>;

/** `GET /api/open-data`: what is published, where, and under which licence. */
export interface OpenDataCatalogue {
  licence: typeof OPEN_DATA_LICENCE;
  datasets: Array<{ name: OpenDataSetName; title: string; json: string; csv: string }>;
}

/** One data set of a daily snapshot, with the addresses of its two forms. */
export interface OpenDataSnapshotFileView {
  dataset: OpenDataSetName;
  json: string;
  csv: string;
}

/**
 * `GET /api/public/open-data/snapshots`: the open data as it stood on one Moscow date, frozen at midnight and never
 * changed, with the audit chain's head at that moment (null while the chain was empty) and the licence.
 */
export interface OpenDataSnapshotView {
  /** The Moscow date, YYYY-MM-DD. */
  date: string;
  takenAt: string;
  auditHead: { seq: string; hash: string } | null;
  licence: typeof OPEN_DATA_LICENCE;
  files: OpenDataSnapshotFileView[];
}
