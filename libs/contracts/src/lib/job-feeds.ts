/**
 * Vacancies where people look: the open feed job aggregators import, and the schema.org JobPosting of a vacancy
 * page that search engines read. Only open vacancies of verified employers, the same ones the public search shows.
 */
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SUPPORTED_LOCALES, type Locale } from '@jumush/domain';
import type { OPEN_DATA_LICENCE } from './open-data';

/** Items per feed page unless asked otherwise, and the most one page holds. */
export const FEED_PAGE_DEFAULT = 100;
export const FEED_PAGE_MAX = 500;

export class VacancyFeedQuery {
  /** Only vacancies changed at or after this moment (ISO 8601 with a time zone): what an importer polls with. */
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  updated_since?: string;

  /** `nextCursor` of the page before. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FEED_PAGE_MAX)
  limit?: number;
}

/** One open vacancy as an aggregator imports it: its terms, where, who offers it, and its page in every language. */
export interface FeedVacancy {
  id: string;
  title: string;
  description: string;
  occupationCode: string;
  region: { code: string; name: string };
  town: string;
  monthlyWageRoubles: number;
  weeklyHours: number;
  /** schema.org employment types: FULL_TIME or PART_TIME, and TEMPORARY (every contract has a fixed term). */
  employmentType: string[];
  contractMonths: number;
  housing: string;
  housingCostRoubles: number | null;
  travelPaid: boolean;
  insurance: boolean;
  positionsOpen: number;
  startDate: string;
  /** The last day applications are taken (Moscow calendar). */
  applicationDeadline: string;
  company: { id: string; legalName: string; inn: string };
  publishedAt: string;
  updatedAt: string;
  /** The vacancy's page per language (ky, ru, uz, tg, en). */
  urls: Record<string, string>;
}

export interface VacancyFeedPage {
  items: FeedVacancy[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** When this page was made: the `updated_since` of the next poll, once every page has been read. */
  generatedAt: string;
  licence: typeof OPEN_DATA_LICENCE;
}

export class JobPostingQuery {
  /** The language of the page the posting describes (its `url`); Russian unless given. */
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  lang?: Locale;
}
