/** The admin's edits of origin countries: names, office, regime, passport pattern, language, regions and districts. */
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNotEmptyObject,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LEGAL_REGIMES, ORIGIN_REGION_KINDS, SUPPORTED_LOCALES, type LegalRegime, type Locale, type OriginRegionKind } from '@jumush/domain';
import { IsCountryCode } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upperTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class SigningOfficeDto {
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @MaxLength(200)
  nameRu!: string;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @MaxLength(200)
  nameLocal!: string;

  /** Null: not known yet. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @MaxLength(200)
  signatoryTitle!: string;
}

export class OriginDistrictDto {
  @Transform(upperTrim)
  @IsNotEmpty()
  @IsString()
  @MaxLength(40)
  code!: string;

  /** A name in each of the five languages (checked by the service: originCountryProblems). */
  @IsObject()
  @IsNotEmptyObject()
  names!: Record<string, string>;
}

export class OriginRegionDto {
  @Transform(upperTrim)
  @IsNotEmpty()
  @IsString()
  @MaxLength(12)
  code!: string;

  @IsIn(ORIGIN_REGION_KINDS)
  kind!: OriginRegionKind;

  @IsObject()
  @IsNotEmptyObject()
  names!: Record<string, string>;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => OriginDistrictDto)
  districts?: OriginDistrictDto[];
}

/** PUT /api/admin/origin-countries/:code: the whole country (its regions replace the old list). */
export class UpdateOriginCountryDto {
  @IsObject()
  @IsNotEmptyObject()
  names!: Record<string, string>;

  /** Without '+': must be the one libphonenumber-js knows for the ISO code. */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().replace(/^\+/, '') : value))
  @IsNotEmpty()
  @IsString()
  @MaxLength(3)
  callingCode!: string;

  @IsNotEmpty()
  @IsString()
  @MaxLength(200)
  passportPattern!: string;

  @ValidateNested()
  @Type(() => SigningOfficeDto)
  @IsObject()
  office!: SigningOfficeDto;

  @IsIn(SUPPORTED_LOCALES)
  defaultLocale!: Locale;

  @IsIn(LEGAL_REGIMES)
  regime!: LegalRegime;

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OriginRegionDto)
  regions!: OriginRegionDto[];
}

/** POST /api/admin/origin-countries: a new country, inactive until the admin activates it. */
export class CreateOriginCountryDto extends UpdateOriginCountryDto {
  @Transform(upperTrim)
  @IsCountryCode()
  code!: string;
}

/** PUT /api/admin/origin-countries/:code/active. */
export class OriginCountryActiveDto {
  @IsBoolean()
  active!: boolean;
}
