/** Request bodies of company registration, invitations and verification decisions. */
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import {
  CompanyDisputeStatus,
  CompanyStatus,
  SuspensionCategory,
  DISPUTE_STATEMENT_MAX_LENGTH,
  DISPUTE_STATEMENT_MIN_LENGTH,
  normalizeRegistrationNumber,
  type CitizenshipCode,
} from '@jumush/domain';
import { normalizeMobilePhone } from '@jumush/domain/phone';
import { PageQueryDto } from './pagination.dto';
import { CompanyDocumentKind } from '../vacancy-terms';
import { IsCountryCode, IsInn, IsMobilePhone, IsOgrn, IsRussianRegionCode } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);
const digits = ({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeRegistrationNumber(value) : value);

export class CreateCompanyDto {
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(2, 300)
  legalName!: string;

  /** 10 digits for a company, 12 for an individual entrepreneur. */
  @Transform(digits)
  @IsNotEmpty()
  @IsString()
  @IsInn()
  inn!: string;

  /** OGRN (13 digits) for a company, OGRNIP (15) for an individual entrepreneur. */
  @Transform(digits)
  @IsNotEmpty()
  @IsString()
  @IsOgrn()
  ogrn!: string;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(5, 500)
  legalAddress!: string;

  @IsNotEmpty()
  @IsString()
  @IsRussianRegionCode()
  regionCode!: string;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(2, 120)
  contactPerson!: string;

  @Transform(({ value }) => (typeof value === 'string' ? normalizeMobilePhone(value) : value))
  @IsNotEmpty()
  @IsString()
  @IsMobilePhone()
  phone!: string;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class UploadCompanyDocumentDto {
  @IsNotEmpty()
  @IsEnum(CompanyDocumentKind)
  kind!: CompanyDocumentKind;
}

/** A single-use link's secret as the web read it from the address (e-mail verification). */
export class OneTimeLinkDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  token!: string;
}

export class InviteRecruiterDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

/** A decision that must say why: reject, suspend, reinstate, close. */
export class ReasonDto {
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

/** A suspension: why (kept internal) and its category (published in the registry instead of the reason). */
export class SuspendCompanyDto extends ReasonDto {
  @IsEnum(SuspensionCategory)
  category!: SuspensionCategory;
}

export class VerificationQueueQuery extends PageQueryDto {
  @IsOptional()
  @IsEnum(CompanyStatus)
  status?: CompanyStatus;

  /** An admin's filter by country (every country when absent); an attaché always sees their own. */
  @IsOptional()
  @IsCountryCode()
  country?: CitizenshipCode;
}

/** Verifying in one click by relying on another country's verification of the company. */
export class RelyOnCountryDto {
  @IsCountryCode()
  country!: CitizenshipCode;
}

/** A dispute of a claimed INN, sent as multipart form fields beside its `file` (the evidence). */
export class FileCompanyDisputeDto {
  @Transform(digits)
  @IsNotEmpty()
  @IsString()
  @IsInn()
  inn!: string;

  /** Who the claimant is and why the company is theirs; the attaché reads it beside the document. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty()
  @IsString()
  @Length(DISPUTE_STATEMENT_MIN_LENGTH, DISPUTE_STATEMENT_MAX_LENGTH)
  statement!: string;
}

export class CompanyDisputeQueueQuery extends PageQueryDto {
  @IsOptional()
  @IsEnum(CompanyDisputeStatus)
  status?: CompanyDisputeStatus;
}
