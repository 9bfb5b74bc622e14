/** Request bodies of registration, login and account administration. */
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Locale, PASSWORD_MAX_LENGTH, SUPPORTED_LOCALES, normalizeMobilePhone } from '@jumush/domain';
import { IsAcceptablePassword, IsMobilePhone } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const phone = ({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeMobilePhone(value) : value);

export class RegisterMigrantDto {
  /** Mobile number in international form, e.g. +996 555 123 456. */
  @Transform(phone)
  @IsNotEmpty()
  @IsString()
  @IsMobilePhone()
  phone!: string;

  @IsNotEmpty()
  @IsString()
  @IsAcceptablePassword()
  password!: string;

  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class RegisterEmployerDto {
  @Transform(lowerTrim)
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsNotEmpty()
  @IsString()
  @IsAcceptablePassword()
  password!: string;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(2, 120)
  fullName!: string;

  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class LoginDto {
  /** A phone number (migrants) or an email address (everyone else). */
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @MaxLength(254)
  login!: string;

  @IsNotEmpty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class CreateAttacheDto {
  @Transform(lowerTrim)
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsNotEmpty()
  @IsString()
  @IsAcceptablePassword()
  password!: string;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(2, 120)
  fullName!: string;

  /** ISO 3166-1 alpha-2 code of the origin country the attaché serves, e.g. KG. */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsNotEmpty()
  @IsString()
  @Length(2, 2)
  originCountry!: string;
}

export class UpdateLocaleDto {
  @IsNotEmpty()
  @IsEnum(Locale)
  locale!: Locale;
}

export class SmokeJobDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  echo?: string;
}
