/** Request bodies of registration, login and account administration. */
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { SEEDED_MOBILE_PHONE_COUNTRIES, normalizeMobilePhone } from '@jumush/domain/phone';
import {
  Locale,
  PASSWORD_MAX_LENGTH,
  RECOVERY_CODE_PATTERN,
  RUSSIAN_REGIONS,
  SUPPORTED_LOCALES,
  TOTP_CODE_PATTERN,
  type CitizenshipCode,
} from '@jumush/domain';
import { IsAcceptablePassword, IsCountryCode, IsMobilePhone, IsMobilePhoneOfCitizen, IsRussianRegionCode } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/**
 * A national form ('0555 123 456') is read as a number of the citizenship chosen beside it (the seeded countries
 * and the citizenship itself: the service reads it again against the active origin countries).
 */
const phoneOfCitizen = ({ value, obj }: { value: unknown; obj: { citizenship?: unknown } }) => {
  if (typeof value !== 'string') return value;
  const own = typeof obj.citizenship === 'string' && /^[A-Z]{2}$/.test(obj.citizenship) ? obj.citizenship : null;
  return normalizeMobilePhone(value, own, own ? [...SEEDED_MOBILE_PHONE_COUNTRIES, own] : SEEDED_MOBILE_PHONE_COUNTRIES);
};

export class RegisterMigrantDto {
  /**
   * Mobile number, international (+996 555 123 456) or national for the citizenship (0555 123 456); stored in E.164.
   * Read and checked by the service against the active origin countries and Russia (data, not known here).
   */
  @Transform(phoneOfCitizen)
  @IsNotEmpty()
  @IsString()
  @MaxLength(32)
  @IsMobilePhoneOfCitizen()
  phone!: string;

  @IsNotEmpty()
  @IsString()
  @IsAcceptablePassword()
  password!: string;

  /** Chosen by the migrant among the active origin countries: it decides the checklist the law asks of them. */
  @IsCountryCode()
  citizenship!: CitizenshipCode;

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

  /**
   * Absent (the admin's console): the account has no usable password and its owner gets a one-time set-up link by
   * e-mail to set one. Given (scripts and tests): the account signs in with it at once.
   */
  @IsOptional()
  @IsNotEmpty()
  @IsString()
  @IsAcceptablePassword()
  password?: string;

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

  /**
   * The Russian regions the attaché's regional representatives cover (codes of RUSSIAN_REGIONS, e.g. ["78", "47"]):
   * it then sees vacancies, batches and letters in those regions only. Absent or null: all of Russia.
   */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(RUSSIAN_REGIONS.length)
  @ArrayUnique()
  @IsRussianRegionCode({ each: true })
  coveredRegions?: string[] | null;

  /** The language of the set-up e-mail and of the account; Russian when absent. */
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

/**
 * `PUT /api/admin/accounts/:id/supervised-countries`: the origin countries an admin account supervises (their overdue
 * items escalate to it); empty: none in particular.
 */
export class SupervisedCountriesDto {
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((code) => (typeof code === 'string' ? code.trim().toUpperCase() : code)) : value,
  )
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[A-Z]{2}$/, { each: true })
  countries!: string[];
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

/** `POST /api/auth/password`: the signed-in person changes their own password. */
export class ChangePasswordDto {
  @IsNotEmpty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @IsNotEmpty()
  @IsString()
  @IsAcceptablePassword()
  newPassword!: string;
}

/** `POST /api/auth/phone-verification/confirm`: the six-digit code the SMS carried (spaces and dashes forgiven). */
export class PhoneVerificationCodeDto {
  @IsNotEmpty()
  @IsString()
  @MaxLength(20)
  code!: string;
}

/** `PUT /api/accounts/me/phone`: a migrant's new number (international form), proven by the current password. */
export class ChangePhoneDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeMobilePhone(value) : value))
  @IsNotEmpty()
  @IsString()
  @IsMobilePhone()
  phone!: string;

  @IsNotEmpty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;
}

/** `POST /api/auth/password-reset`: a code by SMS (phone login) or a link by e-mail (e-mail login). */
export class PasswordResetRequestDto {
  /** A phone number (migrants) or an email address (everyone else), as at sign-in. */
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @MaxLength(254)
  login!: string;
}

/**
 * `POST /api/auth/password-reset/confirm`: either the login and the SMS code, or the e-mail link's token (a password
 * reset or an account set-up link); and the new password.
 */
export class PasswordResetConfirmDto {
  @ValidateIf((dto: PasswordResetConfirmDto) => dto.token === undefined)
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @MaxLength(254)
  login?: string;

  @ValidateIf((dto: PasswordResetConfirmDto) => dto.token === undefined)
  @IsNotEmpty()
  @IsString()
  @MaxLength(20)
  code?: string;

  @IsOptional()
  @IsNotEmpty()
  @IsString()
  @MaxLength(100)
  token?: string;

  @IsNotEmpty()
  @IsString()
  @IsAcceptablePassword()
  newPassword!: string;
}

/** A code from the authenticator app: six digits, spaces allowed. */
export class TwoFactorCodeDto {
  @IsNotEmpty()
  @IsString()
  @Matches(TOTP_CODE_PATTERN, { message: 'twoFactor.codeFormat' })
  code!: string;
}

/** The second sign-in step: the challenge from POST /auth/login and either a code from the app or a recovery code. */
export class TwoFactorSignInDto {
  @IsNotEmpty()
  @IsString()
  @MaxLength(2000)
  challenge!: string;

  @ValidateIf((dto: TwoFactorSignInDto) => dto.recoveryCode === undefined)
  @IsNotEmpty()
  @IsString()
  @Matches(TOTP_CODE_PATTERN, { message: 'twoFactor.codeFormat' })
  code?: string;

  @ValidateIf((dto: TwoFactorSignInDto) => dto.code === undefined)
  @IsNotEmpty()
  @IsString()
  @Matches(RECOVERY_CODE_PATTERN, { message: 'twoFactor.recoveryCodeFormat' })
  recoveryCode?: string;
}
