/** Open data: the data sets, their descriptions, withholding of small cells, and their CSV form. */
import { Injectable } from '@nestjs/common';
import {
  OPEN_DATA_LICENCE,
  PUBLIC_STAGES,
  type EmployerRegistryDataSet,
  type OpenDataCatalogue,
  type OpenDataEnvelope,
  type OpenDataSetName,
  type OpenVacanciesDataSet,
  type ProcessingTimeRow,
  type ProcessingTimesDataSet,
  type PublicStage,
} from '@jumush/contracts';
import { STAGE_OBSERVATION_WINDOW_DAYS, publishedCell, publishedCount, type SuspensionCategory } from '@jumush/domain';
import { csvField } from '@jumush/server/documents';
import { Clock } from '@jumush/server/config';
import { OpenDataRepository } from './open-data.repository';

const DAY_MS = 86_400_000;

/** Days with one decimal: a fraction of a day is hours, more precision is noise. A stage with cases has a duration. */
function days(value: number | null): number {
  return Math.round((value ?? 0) * 10) / 10;
}

const DESCRIPTIONS: Record<OpenDataSetName, { title: string; description: string; fields: Record<string, string> }> = {
  'processing-times': {
    title: 'Processing times by stage, last 90 days',
    description:
      'How long each stage of organised recruitment took for the cases that ended it in the last 90 days: an employer verified by an origin ' +
      "country's labour attaché (from registration), a vacancy reviewed (from submission to publication), an application waiting for the " +
      'employer (SUBMITTED), for a batch (SHORTLISTED), for the attaché (IN_BATCH), for departure (APPROVED), and a batch decided (from ' +
      'submission). A cell describing fewer than 5 cases is withheld (value null, withheld true).',
    fields: {
      stage: 'COMPANY_VERIFICATION, VACANCY_REVIEW, SUBMITTED, SHORTLISTED, IN_BATCH, BATCH_DECISION or APPROVED',
      country: 'ISO 3166-1 alpha-2 code of the origin country whose attaché owns the stage; empty for all countries together',
      cases: 'cases that ended the stage in the window',
      medianDays: 'median duration in days (one decimal)',
      p90Days: '90th percentile of the duration in days (one decimal)',
    },
  },
  'open-vacancies': {
    title: 'Open vacancies and positions by Russian region and occupation',
    description: 'Published vacancies, and their positions not yet filled, grouped by Russian region (tax-service code) and occupation (ISCO-08).',
    fields: {
      regionCode: 'Russian region, two-digit tax-service code',
      occupationCode: 'occupation, ISCO-08 unit group code',
      vacancies: 'published vacancies',
      openPositions: 'positions not yet filled',
    },
  },
  employers: {
    title: 'Registry of verified and suspended employers',
    description:
      "Employers verified by an origin country's labour attaché for that country's migrants, those suspended by it, and those blocked " +
      'everywhere by the administrator; one row per employer and country. Only the public identity of the company is published.',
    fields: {
      legalName: 'legal name',
      inn: 'INN (taxpayer number)',
      ogrn: 'OGRN (state registration number)',
      regionCode: 'Russian region of registration',
      country: 'origin country (ISO 3166-1 alpha-2)',
      status: 'VERIFIED, SUSPENDED or BLOCKED',
      since: 'date of that status (YYYY-MM-DD, Moscow time)',
      reliedOnCountry: "verified by relying on this country's verification",
      suspensionCategory:
        'why a SUSPENDED or BLOCKED employer was suspended: documentsInvalid, wageViolation, recruitmentFees, passportRetention, unsafeConditions or other; empty when VERIFIED',
    },
  },
};

@Injectable()
export class OpenDataService {
  constructor(
    private readonly repository: OpenDataRepository,
    private readonly clock: Clock,
  ) {}

  catalogue(): OpenDataCatalogue {
    return {
      licence: OPEN_DATA_LICENCE,
      datasets: (Object.keys(DESCRIPTIONS) as OpenDataSetName[]).map((name) => ({
        name,
        title: DESCRIPTIONS[name].title,
        json: `/api/open-data/${name}`,
        csv: `/api/open-data/${name}.csv`,
      })),
    };
  }

  async processingTimes(): Promise<ProcessingTimesDataSet> {
    const since = new Date(this.clock.now().getTime() - STAGE_OBSERVATION_WINDOW_DAYS * DAY_MS);
    const rows = await this.repository.stageDurations(since);
    const order = (stage: string) => PUBLIC_STAGES.indexOf(stage as PublicStage);
    const published: ProcessingTimeRow[] = rows
      .map((row) => ({
        stage: row.stage as PublicStage,
        country: row.country,
        cases: publishedCount(row.cases),
        medianDays: publishedCell(row.cases, days(row.median_days)),
        p90Days: publishedCell(row.cases, days(row.p90_days)),
      }))
      .sort((a, b) => order(a.stage) - order(b.stage) || (a.country ?? '').localeCompare(b.country ?? ''));
    return this.envelope('processing-times', published);
  }

  async openVacancies(): Promise<OpenVacanciesDataSet> {
    const rows = await this.repository.openVacancies();
    return this.envelope(
      'open-vacancies',
      rows.map((row) => ({
        regionCode: row.region_code,
        occupationCode: row.occupation_code,
        vacancies: row.vacancies,
        openPositions: row.open_positions,
      })),
    );
  }

  async employers(): Promise<EmployerRegistryDataSet> {
    const rows = await this.repository.registry();
    return this.envelope(
      'employers',
      rows.map((row) => ({
        legalName: row.legal_name,
        inn: row.inn,
        ogrn: row.ogrn,
        regionCode: row.region_code,
        country: row.country,
        status: row.status,
        since: row.since,
        reliedOnCountry: row.relied_on_country,
        suspensionCategory: row.suspension_category as SuspensionCategory | null,
      })),
    );
  }

  /**
   * A data set as CSV: UTF-8 with a byte order mark, a header of the field names, CRLF; a withheld cell is empty,
   * every cell through csvField (formulas defused — a company's legal name is typed by the company).
   */
  toCsv<Row extends object>(dataSet: OpenDataEnvelope<Row>): Buffer {
    const fields = Object.keys(dataSet.fields);
    const cell = (value: unknown): string => {
      if (value === null || value === undefined) return '';
      if (typeof value === 'object' && 'withheld' in value && 'value' in value) return cell(value.value);
      return csvField(String(value));
    };
    const lines = [fields.map(csvField).join(',')];
    for (const row of dataSet.rows) lines.push(fields.map((field) => cell((row as Record<string, unknown>)[field])).join(','));
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  }

  private envelope<Row>(dataset: OpenDataSetName, rows: Row[]): OpenDataEnvelope<Row> {
    const { title, description, fields } = DESCRIPTIONS[dataset];
    return { dataset, title, description, licence: OPEN_DATA_LICENCE, generatedAt: this.clock.now().toISOString(), fields, rows };
  }
}
