/** Requests after arrival: what the job is really like, fees demanded or paid, suspending a flagged employer. */
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { CONTRACT_REPORTS, FEE_STATES, HOUSING_REPORTS } from '@jumush/domain';
import type { ContractReport, FeeState, HousingReport } from '@jumush/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : trim({ value }));

export class TermsReportDto {
  @IsUUID()
  applicationId!: string;

  /** Roubles a month actually paid. */
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  monthlyWageRoubles!: number;

  @IsInt()
  @Min(1)
  @Max(168)
  weeklyHours!: number;

  @IsIn(HOUSING_REPORTS)
  housing!: HousingReport;

  @IsIn(CONTRACT_REPORTS)
  contract!: ContractReport;
}

export class FeeReportDto {
  @IsUUID()
  applicationId!: string;

  @IsInt()
  @Min(1)
  @Max(10_000_000)
  amountRoubles!: number;

  @IsIn(FEE_STATES)
  state!: FeeState;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(2, 200)
  intermediaryName!: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()-]{5,31}$/, { message: 'a phone number: digits, spaces, +, ( ) and -' })
  intermediaryPhone?: string;

  /** The day it was demanded or paid (YYYY-MM-DD). */
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  happenedOn!: string;
}

export class SuspendFlaggedDto {
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Length(3, 1000)
  reason?: string;
}
