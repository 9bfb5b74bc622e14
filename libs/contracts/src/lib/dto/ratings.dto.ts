/** Requests of ratings: the migrant's rating of an employer, and the employer's one public answer. */
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { RATING_ANSWER_MAX_LENGTH, RATING_COMMENT_MAX_LENGTH, RATING_SCORE_MAX, RATING_SCORE_MIN } from '@jumush/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RateEmployerDto {
  @IsInt()
  @Min(RATING_SCORE_MIN)
  @Max(RATING_SCORE_MAX)
  wageOnTime!: number;

  @IsInt()
  @Min(RATING_SCORE_MIN)
  @Max(RATING_SCORE_MAX)
  housing!: number;

  @IsInt()
  @Min(RATING_SCORE_MIN)
  @Max(RATING_SCORE_MAX)
  treatment!: number;

  @IsBoolean()
  wouldRecommend!: boolean;

  /** Optional; an empty one is none. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, RATING_COMMENT_MAX_LENGTH)
  comment?: string;
}

export class AnswerRatingDto {
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(2, RATING_ANSWER_MAX_LENGTH)
  answer!: string;
}
