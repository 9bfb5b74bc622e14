/** Requests after arrival: check-in answers, no-shows, grievances. */
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { CHECK_IN_ANSWERS, CHECK_IN_QUESTIONS, GRIEVANCE_CATEGORIES, GRIEVANCE_MOVES } from '@jumush/domain';
import type { CheckInAnswer, CheckInQuestion, GrievanceCategory, GrievanceMove } from '@jumush/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CheckInAnswerDto {
  @IsIn(CHECK_IN_QUESTIONS)
  question!: CheckInQuestion;

  @IsIn(CHECK_IN_ANSWERS)
  answer!: CheckInAnswer;
}

/** The employer (or attaché) records that the migrant never came or never started, saying why. */
export class NoShowDto {
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(3, 1000)
  reason!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class OpenGrievanceDto {
  @IsUUID()
  applicationId!: string;

  @IsIn(GRIEVANCE_CATEGORIES)
  category!: GrievanceCategory;

  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(3, 4000)
  description!: string;

  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}

export class GrievanceMessageDto {
  @Transform(trim)
  @IsNotEmpty()
  @IsString()
  @Length(1, 4000)
  body!: string;
}

export class GrievanceMoveDto {
  @IsIn(GRIEVANCE_MOVES)
  move!: GrievanceMove;

  /** Where it is referred, the outcome, or why the migrant reopens it. */
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  reason?: string;

  @IsInt()
  @Min(1)
  version!: number;
}
