/** The owner's new API key: a name to recognise it by, what it may do and, if it should, when it stops working. */
import { Transform } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { API_KEY_MAX_DAYS, API_KEY_NAME_MAX_LENGTH, API_KEY_SCOPES, type ApiKeyScope } from '@jumush/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateApiKeyDto {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @Length(1, API_KEY_NAME_MAX_LENGTH)
  name!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes!: ApiKeyScope[];

  /** Days until the key stops working; absent: until revoked. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(API_KEY_MAX_DAYS)
  expiresInDays?: number;
}
