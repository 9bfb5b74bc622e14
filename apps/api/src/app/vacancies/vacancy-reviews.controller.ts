import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto, ReasonDto, type Page, type VacancyReviewItem, type VacancyReviewView, type VacancyView } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { VacancyReviewsService } from './vacancy-reviews.service';

const VacancyId = () => Param('id', new ParseUUIDPipe());

@ApiTags('vacancy reviews')
@Controller('vacancy-reviews')
export class VacancyReviewsController {
  constructor(private readonly reviews: VacancyReviewsService) {}

  @Authenticated(Role.Attache, Role.Admin)
  @Get()
  @ApiOperation({
    summary: "Vacancies waiting for review in the attaché's country, oldest submission first",
  })
  queue(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<VacancyReviewItem>> {
    return this.reviews.queue(actor, query.page, query.pageSize);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get(':id')
  @ApiOperation({ summary: 'A vacancy with its employer and history' })
  get(@CurrentActor() actor: Actor, @VacancyId() vacancyId: string): Promise<VacancyReviewView> {
    return this.reviews.get(actor, vacancyId);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish a vacancy under review (its employer must be verified)',
  })
  publish(@CurrentActor() actor: Actor, @VacancyId() vacancyId: string): Promise<VacancyView> {
    return this.reviews.publish(actor, vacancyId);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a vacancy under review back to the employer, saying why',
  })
  reject(@CurrentActor() actor: Actor, @VacancyId() vacancyId: string, @Body() dto: ReasonDto): Promise<VacancyView> {
    return this.reviews.reject(actor, vacancyId, dto.reason);
  }
}
