import { Controller, Get, Header, Param, ParseUUIDPipe, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SearchVacanciesQuery, type PublicVacancyView, type VacancySearchResult } from '@jumush/contracts';
import { Public } from '../auth/access.decorators';
import { RateLimited } from '../http/rate-limited';
import { PublicVacanciesService } from './public-vacancies.service';
import { TaggedResponseInterceptor, type Tagged } from './tagged-response';

const PUBLIC_CACHE = 'public, max-age=60';

@ApiTags('public vacancies')
@Controller('public/vacancies')
@UseInterceptors(TaggedResponseInterceptor)
export class PublicVacanciesController {
  constructor(private readonly vacancies: PublicVacanciesService) {}

  @Public()
  @RateLimited('publicRead')
  @Get()
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({
    summary: 'Search published vacancies: text, filters, facets, cursor pagination (ETag, If-None-Match → 304)',
  })
  search(@Query() query: SearchVacanciesQuery): Promise<Tagged<VacancySearchResult>> {
    return this.vacancies.search(query);
  }

  @Public()
  @RateLimited('publicRead')
  @Get(':id')
  @Header('Cache-Control', PUBLIC_CACHE)
  @ApiOperation({
    summary: 'One published vacancy of a verified employer (ETag, If-None-Match → 304)',
  })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<Tagged<PublicVacancyView>> {
    return this.vacancies.get(id);
  }
}
