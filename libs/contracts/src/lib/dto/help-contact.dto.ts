/** The attaché's and the admin's entry in the help directory. */
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { HELP_CONTACT_KINDS, HELP_LANGUAGES } from '@jumush/domain';
import type { HelpContactKind, HelpLanguage } from '@jumush/domain';
import { IsCountryCode, IsRussianRegionCode } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An empty text field means "none". */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/** Text per day; a day left out is closed or unknown. */
export class HelpHoursDto {
  @IsOptional() @IsString() @Length(1, 60) mon?: string;
  @IsOptional() @IsString() @Length(1, 60) tue?: string;
  @IsOptional() @IsString() @Length(1, 60) wed?: string;
  @IsOptional() @IsString() @Length(1, 60) thu?: string;
  @IsOptional() @IsString() @Length(1, 60) fri?: string;
  @IsOptional() @IsString() @Length(1, 60) sat?: string;
  @IsOptional() @IsString() @Length(1, 60) sun?: string;
}

export class HelpContactDto {
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(2, 200)
  name!: string;

  @IsIn(HELP_CONTACT_KINDS)
  kind!: HelpContactKind;

  /** Russian region codes; empty: all of Russia. */
  @IsArray()
  @ArrayMaxSize(89)
  @ArrayUnique()
  @IsRussianRegionCode({ each: true })
  regions!: string[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(HELP_LANGUAGES, { each: true })
  languages!: HelpLanguage[];

  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()-]{2,30}$/)
  phone?: string | null;

  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @Length(3, 300)
  address?: string | null;

  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @Length(8, 300)
  @Matches(/^https?:\/\/[^\s/]+\.[^\s]+$/)
  website?: string | null;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => HelpHoursDto)
  hours?: HelpHoursDto;

  /** Origin countries served; empty: every country (the admin's to set). An attaché's entry serves their country. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  originCountries?: string[];
}

/** GET /api/help/mine?lang=ky: the language the migrant reads (the account's when absent). */
export class MyHelpQuery {
  @IsOptional()
  @IsIn(HELP_LANGUAGES)
  lang?: HelpLanguage;
}
