/** Query strings of the admin's console. */
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Role } from '@jumush/domain';
import { PageQueryDto } from './pagination.dto';

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
