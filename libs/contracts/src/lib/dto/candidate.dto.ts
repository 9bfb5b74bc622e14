/** Request bodies of the candidate profile wizard, the checklist, and applications. */
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  ArrayMinSize,
} from 'class-validator';
import { ApplicationStatus, ChecklistItemKind, ChecklistItemStatus, type CitizenshipCode } from '@jumush/domain';
import { CURRENT_CONSENT_VERSION, EducationLevel, Sex } from '../candidates';
import { RussianLevel } from '../vacancy-terms';
import { PageQueryDto } from './pagination.dto';
import { IsCalendarDate, IsCountryCode, IsOccupationCode, IsRussianRegionCode } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);
const CYRILLIC_NAME = /^[\p{Script=Cyrillic}ʼ'’\- ]+$/u;
const LATIN_NAME = /^[A-Za-z'\- ]+$/;

export class PersonalStepDto {
  @Transform(trim)
  @IsNotEmpty()
  @Length(1, 80)
  @Matches(CYRILLIC_NAME, { message: 'name.cyrillic' })
  surname!: string;

  @Transform(trim)
  @IsNotEmpty()
  @Length(1, 120)
  @Matches(CYRILLIC_NAME, { message: 'name.cyrillic' })
  givenNames!: string;

  @Transform(trim)
  @IsNotEmpty()
  @Length(1, 80)
  @Matches(LATIN_NAME, { message: 'name.latin' })
  surnameLatin!: string;

  @Transform(trim)
  @IsNotEmpty()
  @Length(1, 120)
  @Matches(LATIN_NAME, { message: 'name.latin' })
  givenNamesLatin!: string;

  /** The candidate must be 18 or older (checked by the service against today). */
  @IsCalendarDate()
  birthDate!: string;

  @IsEnum(Sex)
  sex!: Sex;
}

/** The region must be of the migrant's citizenship, the district one of its districts where we list them (see residenceProblem). */
export class ResidenceStepDto {
  @IsNotEmpty()
  @IsString()
  @MaxLength(16)
  residenceRegionCode!: string;

  /** None (null or empty) for a region whose districts are not listed: a city, Uzbekistan and Tajikistan today. */
  @IsOptional()
  @IsString()
  @MaxLength(16)
  residenceDistrictCode?: string | null;
}

export class LanguageSkillDto {
  @IsString()
  @Matches(/^[a-z]{2}$/)
  language!: string;

  @IsEnum(RussianLevel)
  level!: RussianLevel;
}

export class OccupationExperienceDto {
  @IsOccupationCode()
  occupationCode!: string;

  @IsInt()
  @Min(0)
  @Max(50)
  years!: number;
}

export class SkillsStepDto {
  /** Russian must be among them: employers need to know the level. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LanguageSkillDto)
  languages!: LanguageSkillDto[];

  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => OccupationExperienceDto)
  occupations!: OccupationExperienceDto[];

  @IsEnum(EducationLevel)
  education!: EducationLevel;
}

export class PreferencesStepDto {
  @IsArray()
  @ArrayMaxSize(20)
  @IsRussianRegionCode({ each: true })
  preferredRegionCodes!: string[];
}

export class PassportStepDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty()
  @IsString()
  @MaxLength(20)
  passportNumber!: string;

  @IsCalendarDate()
  passportExpiresOn!: string;
}

/** The planned departure date; null clears it. The service checks it is after today (Bishkek) and at most a year ahead. */
export class PlannedDepartureDto {
  @ValidateIf((_dto, value) => value !== null)
  @IsCalendarDate()
  plannedDepartureOn!: string | null;
}

export class ConsentDto {
  /** The version of the text the candidate read; an outdated version is refused. */
  @IsIn([CURRENT_CONSENT_VERSION])
  version!: string;

  @IsBoolean()
  @IsIn([true])
  accepted!: boolean;
}

/** PUT /api/candidates/me/citizenship: allowed while no application went past the employer's first look. */
export class CitizenshipDto {
  @IsCountryCode()
  citizenship!: CitizenshipCode;
}

/** GET /api/candidates/me/after-arrival: the date of entry into Russia and the contract's date, each when known. */
export class AfterArrivalQuery {
  @IsOptional()
  @IsCalendarDate()
  arrivedOn?: string;

  @IsOptional()
  @IsCalendarDate()
  contractSignedOn?: string;
}

export class ChecklistItemDto {
  @IsEnum(ChecklistItemStatus)
  status!: ChecklistItemStatus;

  @IsOptional()
  @IsCalendarDate()
  completedOn?: string | null;

  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;
}

export class ChecklistKindParam {
  @IsEnum(ChecklistItemKind)
  kind!: ChecklistItemKind;
}

export class ApplyDto {
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class WithdrawDto {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;

  @IsInt()
  @Min(1)
  version!: number;
}

export class ApplicationDecisionDto {
  @IsIn(['shortlist', 'decline'])
  decision!: 'shortlist' | 'decline';

  /** Required when declining. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(3, 1000)
  reason?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('4', { each: true })
  applicationIds!: string[];
}

export class ApplicantsQuery extends PageQueryDto {
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  minReadiness?: number;

  @IsOptional()
  @IsEnum(RussianLevel)
  russianLevel?: RussianLevel;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(50)
  minExperience?: number;

  @IsOptional()
  @IsString()
  @MaxLength(16)
  residenceRegion?: string;
}

/** The version of the application the caller saw (optimistic locking). */
export class ApplicationVersionDto {
  @IsInt()
  @Min(1)
  version!: number;
}

export class DeclineApplicationDto extends ApplicationVersionDto {
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(3, 1000)
  reason!: string;
}
