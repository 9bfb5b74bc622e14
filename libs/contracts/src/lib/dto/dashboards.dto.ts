import { IsOptional, IsString } from 'class-validator';
import type { DashboardQuery } from '../dashboards';
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
