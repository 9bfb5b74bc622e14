import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
/**
 * The furthest page a list serves: an OFFSET makes PostgreSQL read and discard every row before it, so an unbounded
 * page number is a cheap way to make the database work hard. 1,000 pages of 100 is further than anyone pages by hand.
 */
export const MAX_PAGE = 1000;

export class PageQueryDto {
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
  @Max(MAX_PAGE_SIZE)
  pageSize = 20;
}
