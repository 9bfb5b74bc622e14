/** Query strings of the admin's console. */
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsISO8601, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Role } from '@jumush/domain';
import { PageQueryDto } from './pagination.dto';
import { IsRussianRegionCode } from './validators';

const trimmedOrAbsent = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** `GET /api/admin/accounts`: a page of accounts, narrowed by a search, a role and a country. */
export class AdminAccountsQueryDto extends PageQueryDto {
  /** Part of an e-mail, a phone number (any form: only its digits count) or a name. */
  @IsOptional()
  @Transform(trimmedOrAbsent)
  @IsString()
  @MaxLength(120)
  q?: string;

  @IsOptional()
  @Transform(trimmedOrAbsent)
  @IsEnum(Role)
  role?: Role;

  /** ISO 3166-1 alpha-2 code of an origin country (the migrant's citizenship, the attaché's country). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() || undefined : value))
  @IsString()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

/** A new or corrected minimum wage (`POST`/`PUT /api/admin/reference/minimum-wages`). */
export class MinimumWageDto {
  /** Tax-service code of the Russian region; null or absent for the federal МРОТ. */
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @IsRussianRegionCode()
  regionCode?: string | null;

  /** Roubles a month for a full month of full-time work, before income tax. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  monthlyRoubles!: number;

  /** The date the figure takes effect, YYYY-MM-DD; the product's table starts in 2023. */
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'wage.invalidDate' })
  @IsISO8601({ strict: true }, { message: 'wage.invalidDate' })
  @Matches(/^20[2-9]\d-/, { message: 'wage.tooEarly' })
  effectiveFrom!: string;

  /** The legal act that sets the figure (its name, date and number). */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(5, 300)
  source!: string;
}
