import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { SUPPORTED_LOCALES } from '@jumush/domain';
import type { DashboardQuery, MonthlyReportQuery } from '../dashboards';
import { IsCalendarDate, IsCountryCode } from './validators';

/** `GET …/dashboard` and its CSVs: the period (Moscow calendar dates, inclusive) and, for the admin, one country. */
export class DashboardQueryDto implements DashboardQuery {
  @IsOptional()
  @IsString()
  @IsCalendarDate()
  from?: string;

  @IsOptional()
  @IsString()
  @IsCalendarDate()
  to?: string;

  @IsOptional()
  @IsString()
  @IsCountryCode()
  country?: string;
}

/** `GET …/dashboard/monthly-report.pdf`: one month (`YYYY-MM`), the admin's country, and the report's language. */
export class MonthlyReportQueryDto implements MonthlyReportQuery {
  @IsString()
  @Matches(/^20\d{2}-(0[1-9]|1[0-2])$/, { message: 'dashboardPeriod.month' })
  month!: string;

  @IsOptional()
  @IsString()
  @IsCountryCode()
  country?: string;

  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  lang?: string;
}
