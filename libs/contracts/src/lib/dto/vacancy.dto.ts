/** Request bodies of vacancy editing and the public search query. */
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { Locale, VacancyStatus, type CitizenshipCode } from '@jumush/domain';
import { HousingOption, MealsOption, RussianLevel, ShiftPattern, VACANCY_LIMITS, VacancySort } from '../vacancy-terms';
import { PageQueryDto } from './pagination.dto';
import { IsCalendarDate, IsCountryCode, IsOccupationCode, IsRussianRegionCode } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/[ \t]+/g, ' ') : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** All of a vacancy's terms: the body of create and update. */
export class VacancyTermsDto {
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(3, VACANCY_LIMITS.titleMax)
  title!: string;

  @IsNotEmpty()
  @IsString()
  @IsOccupationCode()
  occupationCode!: string;

  @IsNotEmpty()
  @IsString()
  @IsRussianRegionCode()
  regionCode!: string;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(2, VACANCY_LIMITS.townMax)
  town!: string;

  /** Gross monthly wage in roubles; must be at least the minimum wage of the region on the start date. */
  @IsInt()
  @Min(1)
  @Max(VACANCY_LIMITS.wageMaxRoubles)
  monthlyWageRoubles!: number;

  @IsInt()
  @Min(VACANCY_LIMITS.weeklyHoursMin)
  @Max(VACANCY_LIMITS.weeklyHoursMax)
  weeklyHours!: number;

  @IsEnum(ShiftPattern)
  shiftPattern!: ShiftPattern;

  @IsEnum(HousingOption)
  housing!: HousingOption;

  /** Monthly cost of housing; required when housing is PAID, absent (or null, as views show it) otherwise. */
  @ValidateIf(
    (dto: VacancyTermsDto) => dto.housing === HousingOption.Paid || (dto.housingCostRoubles !== undefined && dto.housingCostRoubles !== null),
  )
  @IsInt()
  @Min(1)
  @Max(VACANCY_LIMITS.wageMaxRoubles)
  housingCostRoubles?: number | null;

  @IsEnum(MealsOption)
  meals!: MealsOption;

  @IsBoolean()
  travelPaid!: boolean;

  /** The employer provides voluntary medical insurance (ДМС). */
  @IsBoolean()
  insurance!: boolean;

  @IsInt()
  @Min(VACANCY_LIMITS.contractMonthsMin)
  @Max(VACANCY_LIMITS.contractMonthsMax)
  contractMonths!: number;

  @IsNotEmpty()
  @IsCalendarDate()
  startDate!: string;

  @IsInt()
  @Min(1)
  @Max(VACANCY_LIMITS.positionsMax)
  positions!: number;

  @IsEnum(RussianLevel)
  russianLevel!: RussianLevel;

  @IsInt()
  @Min(0)
  @Max(VACANCY_LIMITS.experienceYearsMax)
  experienceYears!: number;

  @IsArray()
  @ArrayMaxSize(VACANCY_LIMITS.skillsMax)
  @IsString({ each: true })
  @MaxLength(VACANCY_LIMITS.skillMax, { each: true })
  skills!: string[];

  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(VACANCY_LIMITS.descriptionMax)
  description!: string;

  /** The last day to apply; on or before the start date. */
  @IsNotEmpty()
  @IsCalendarDate()
  applicationDeadline!: string;

  /**
   * The origin countries whose migrants the vacancy is open to, among those that verified the company; absent:
   * every verified country (kept as it was on an update).
   */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsCountryCode({ each: true })
  openTo?: CitizenshipCode[];
}

export class SearchVacanciesQuery {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;

  /**
   * Vacancies open to migrants of this country (verified there). A signed-in migrant always searches their own
   * recorded citizenship, whatever this says; signed out, absent means every country.
   */
  @IsOptional()
  @IsCountryCode()
  country?: CitizenshipCode;

  @IsOptional()
  @IsRussianRegionCode()
  region?: string;

  @IsOptional()
  @IsOccupationCode()
  occupation?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(VACANCY_LIMITS.wageMaxRoubles)
  minWage?: number;

  /** `provided` means free or paid housing. */
  @IsOptional()
  @IsIn(['provided', HousingOption.Free, HousingOption.Paid, HousingOption.None])
  housing?: 'provided' | HousingOption;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  insurance?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  travelPaid?: boolean;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(VACANCY_LIMITS.contractMonthsMin)
  @Max(VACANCY_LIMITS.contractMonthsMax)
  minContractMonths?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(VACANCY_LIMITS.contractMonthsMin)
  @Max(VACANCY_LIMITS.contractMonthsMax)
  maxContractMonths?: number;

  /** YYYY-MM: vacancies starting in that month. */
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  startMonth?: string;

  @IsOptional()
  @IsEnum(VacancySort)
  sort?: VacancySort;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class WageFloorQuery {
  /** Without a region: the federal МРОТ. */
  @IsOptional()
  @IsRussianRegionCode()
  region?: string;

  @IsCalendarDate()
  date!: string;
}

/** Body of PUT /vacancies/mine/:id: all the terms, and the version they were edited from (optimistic locking). */
export class UpdateVacancyDto extends VacancyTermsDto {
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

/** Query of GET /vacancies/mine: one page, optionally of one status. */
export class MyVacanciesQuery extends PageQueryDto {
  @IsOptional()
  @IsEnum(VacancyStatus)
  status?: VacancyStatus;
}

/** Query of the reference lists: the language of the names (Russian regions have no Kyrgyz names; ky reads Russian). */
export class ReferenceLanguageQuery {
  @IsOptional()
  @IsEnum(Locale)
  lang?: Locale;
}
