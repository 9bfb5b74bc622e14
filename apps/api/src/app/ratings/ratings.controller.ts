import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnswerRatingDto, RateEmployerDto, type EmployerRatingsView, type MyRatingView, type PublicCompanyView } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor, Public } from '../auth/access.decorators';
import { RateLimited } from '../http/rate-limited';
import { RatingsService } from './ratings.service';

/** Ratings from those who worked there: the migrant's rating, the public company page, the employer's answer. */
@ApiTags('ratings')
@Controller()
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Authenticated(Role.Migrant)
  @Get('ratings/mine/:applicationId')
  @ApiOperation({ summary: 'Whether I may rate the employer of this job of mine, and my rating' })
  mine(@CurrentActor() actor: Actor, @Param('applicationId', new ParseUUIDPipe()) applicationId: string): Promise<MyRatingView> {
    return this.ratings.mine(actor, applicationId);
  }

  @Authenticated(Role.Migrant)
  @Put('ratings/mine/:applicationId')
  @ApiOperation({ summary: 'Rate the employer of a job I worked at least 30 days (or change my rating)' })
  rate(
    @CurrentActor() actor: Actor,
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: RateEmployerDto,
  ): Promise<MyRatingView> {
    return this.ratings.rate(actor, applicationId, dto);
  }

  @Public()
  @RateLimited('publicRead')
  @Get('public/companies/:id')
  @ApiOperation({ summary: 'A verified company and its ratings (figures and comments only from 5 ratings on)' })
  publicCompany(@Param('id', new ParseUUIDPipe()) id: string): Promise<PublicCompanyView> {
    return this.ratings.publicCompany(id);
  }

  @Authenticated(Role.Employer)
  @Get('companies/mine/ratings')
  @ApiOperation({ summary: "My company's ratings, to read and answer (only from 5 ratings on)" })
  forEmployer(@CurrentActor() actor: Actor): Promise<EmployerRatingsView> {
    return this.ratings.forEmployer(actor);
  }

  @Authenticated(Role.Employer)
  @Post('companies/mine/ratings/:id/answer')
  @ApiOperation({ summary: 'Answer a rating of my company publicly, once' })
  answer(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: AnswerRatingDto): Promise<EmployerRatingsView> {
    return this.ratings.answer(actor, id, dto.answer);
  }
}
