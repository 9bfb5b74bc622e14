/** Request bodies of batch building and the attaché's decision. */
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ATTACHE_LETTER_REVOCATION_CATEGORIES,
  BATCH_DECISION_KINDS,
  BatchStatus,
  REFUSAL_REASONS,
  type BatchDecisionKind,
  type LetterRevocationCategory,
  type RefusalReason,
} from '@jumush/domain';
import { MAX_PAGE, PageQueryDto } from './pagination.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The largest batch one decision handles. */
export const MAX_BATCH_SIZE = 2000;

export class CreateBatchDto {
  @IsUUID('4')
  vacancyId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_SIZE)
  @IsUUID('4', { each: true })
  applicationIds!: string[];
}

export class BatchItemsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_SIZE)
  @IsUUID('4', { each: true })
  applicationIds!: string[];
}

export class BatchExclusionDto {
  @IsUUID('4')
  applicationId!: string;

  @IsIn(REFUSAL_REASONS)
  reasonCode!: RefusalReason;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  text?: string;
}

export class BatchDecisionDto {
  @IsIn(BATCH_DECISION_KINDS)
  kind!: BatchDecisionKind;

  @ValidateIf((dto: BatchDecisionDto) => dto.kind === 'APPROVE_ALL_EXCEPT')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_SIZE)
  @ValidateNested({ each: true })
  @Type(() => BatchExclusionDto)
  exclusions?: BatchExclusionDto[];

  @ValidateIf((dto: BatchDecisionDto) => dto.kind === 'REFUSE_ALL')
  @IsIn(REFUSAL_REASONS)
  reasonCode?: RefusalReason;

  @ValidateIf((dto: BatchDecisionDto) => dto.kind === 'REFUSE_ALL')
  @Transform(trim)
  @IsString()
  @Length(3, 1000)
  text?: string;

  @ValidateIf((dto: BatchDecisionDto) => dto.kind === 'RETURN')
  @Transform(trim)
  @IsString()
  @Length(3, 2000)
  comment?: string;
}

export class BatchQueueQuery extends PageQueryDto {
  @IsOptional()
  @IsIn(Object.values(BatchStatus))
  status?: BatchStatus;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdueOnly?: boolean;
}

/** A batch's candidates: pages as large as a batch, so the attaché can decide from one screen. */
export class BatchItemsQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_BATCH_SIZE)
  pageSize = 100;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  flaggedOnly?: boolean;
}

/** The attaché revokes an approval letter: a category the public page shows, and the reason in words for the record. */
export class RevokeLetterDto {
  @IsIn(ATTACHE_LETTER_REVOCATION_CATEGORIES)
  category!: LetterRevocationCategory;

  @Transform(trim)
  @IsString()
  @Length(3, 1000)
  reason!: string;
}
