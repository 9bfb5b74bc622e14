/** The admin's edits of occupations: add one, rename it (names and synonyms in five languages), move it to another sector. */
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmptyObject, IsObject, IsOptional, Matches } from 'class-validator';
import { OCCUPATION_SECTORS } from '../occupations';

/** Names and synonyms are checked by the service (occupationEditProblems in libs/domain), field by field. */
export class CreateOccupationDto {
  /** The ISCO-08 unit group (4 digits), e.g. 7112. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @Matches(/^[1-9][0-9]{3}$/, { message: 'occupation.code' })
  code!: string;

  @IsIn(OCCUPATION_SECTORS)
  sector!: string;

  @IsObject()
  @IsNotEmptyObject()
  names!: Record<string, string>;

  @IsOptional()
  @IsObject()
  synonyms?: Record<string, string[]>;
}

/** What is given changes; the code never does (vacancies and profiles hold it). */
export class UpdateOccupationDto {
  @IsOptional()
  @IsIn(OCCUPATION_SECTORS)
  sector?: string;

  @IsOptional()
  @IsObject()
  @IsNotEmptyObject()
  names?: Record<string, string>;

  @IsOptional()
  @IsObject()
  synonyms?: Record<string, string[]>;
}
