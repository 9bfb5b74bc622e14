import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApplicantsQuery,
  ApplicationDecisionDto,
  ApplicationVersionDto,
  ApplyDto,
  DeclineApplicationDto,
  NoShowDto,
  WithdrawDto,
  type ApplicantView,
  type BulkDecisionResultView,
  type ExpectedDurationView,
  type MyApplicationView,
  type Page,
} from '@jumush/contracts';
import { ApplicationStatus, Role, type Actor, type TimedStage } from '@jumush/domain';
import { AllowApiKey } from '../api-keys/api-key-access';
import { Authenticated, CurrentActor, Public } from '../auth/access.decorators';
import { EmployerApplicantsService } from './employer-applicants.service';
import { ExpectedDurationsService } from './expected-durations.service';
import { ArrivalService } from './arrival.service';
import { MyApplicationsService } from './my-applications.service';

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(
    private readonly mine: MyApplicationsService,
    private readonly applicantsOf: EmployerApplicantsService,
    private readonly durations: ExpectedDurationsService,
    private readonly arrival: ArrivalService,
  ) {}

  @Authenticated(Role.Migrant)
  @Post('vacancies/:vacancyId/applications')
  @ApiOperation({ summary: 'Apply to a published vacancy (one tap)' })
  async apply(
    @CurrentActor() actor: Actor,
    @Param('vacancyId', new ParseUUIDPipe()) vacancyId: string,
    @Body() dto: ApplyDto,
  ): Promise<MyApplicationView> {
    const application = await this.mine.apply(actor, vacancyId, dto.note);
    return this.mine.mineOne(actor, application.id);
  }

  @Authenticated(Role.Migrant)
  @Get('applications/mine')
  @ApiOperation({
    summary: 'My applications with their timelines and what happens next',
  })
  myApplications(@CurrentActor() actor: Actor): Promise<MyApplicationView[]> {
    return this.mine.mine(actor);
  }

  @Authenticated(Role.Migrant)
  @Get('applications/mine/:id')
  @ApiOperation({ summary: 'One of my applications' })
  mineOne(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<MyApplicationView> {
    return this.mine.mineOne(actor, id);
  }

  @Authenticated(Role.Migrant)
  @Post('applications/mine/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw my application (any time before departure)',
  })
  withdraw(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: WithdrawDto): Promise<MyApplicationView> {
    return this.mine.withdraw(actor, id, dto.version, dto.reason);
  }

  @Authenticated(Role.Migrant)
  @Post('applications/mine/:id/depart')
  @HttpCode(200)
  @ApiOperation({ summary: 'I left for the job (one tap; a replay once recorded is a success)' })
  depart(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<MyApplicationView> {
    return this.arrival.depart(actor, id);
  }

  @Authenticated(Role.Migrant)
  @Post('applications/mine/:id/arrive')
  @HttpCode(200)
  @ApiOperation({ summary: 'I arrived at the employer (one tap): the check-ins after arrival are scheduled' })
  arrive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<MyApplicationView> {
    return this.arrival.arrive(actor, id);
  }

  @Public()
  @Get('applications/expected-durations')
  @ApiOperation({
    summary: 'How long each stage usually takes (median of the last 90 days)',
  })
  expectedDurations(): Promise<Record<TimedStage, ExpectedDurationView>> {
    return this.durations.all();
  }

  @Authenticated(Role.Employer)
  @AllowApiKey('applicants:read')
  @Get('vacancies/mine/:vacancyId/applications')
  @ApiOperation({ summary: 'Applicants of one of my vacancies, filtered' })
  applicants(
    @CurrentActor() actor: Actor,
    @Param('vacancyId', new ParseUUIDPipe()) vacancyId: string,
    @Query() query: ApplicantsQuery,
  ): Promise<Page<ApplicantView>> {
    return this.applicantsOf.applicants(actor, vacancyId, query);
  }

  @Authenticated(Role.Employer)
  @Post('vacancies/mine/:vacancyId/applications/decisions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Shortlist or decline many applicants at once' })
  decideMany(
    @CurrentActor() actor: Actor,
    @Param('vacancyId', new ParseUUIDPipe()) vacancyId: string,
    @Body() dto: ApplicationDecisionDto,
  ): Promise<BulkDecisionResultView> {
    return this.applicantsOf.decideMany(actor, vacancyId, dto.decision, dto.applicationIds, dto.reason);
  }

  @Authenticated(Role.Employer)
  @Post('applications/:id/shortlist')
  @HttpCode(200)
  @ApiOperation({ summary: 'Shortlist one applicant' })
  async shortlist(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ApplicationVersionDto,
  ): Promise<{ status: ApplicationStatus; version: number }> {
    const { status, version } = await this.applicantsOf.decideOne(actor, id, ApplicationStatus.Shortlisted, dto.version);
    return { status, version };
  }

  @Authenticated(Role.Employer)
  @Post('applications/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline one applicant, saying why' })
  async decline(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: DeclineApplicationDto,
  ): Promise<{ status: ApplicationStatus; version: number }> {
    const { status, version } = await this.applicantsOf.decideOne(actor, id, ApplicationStatus.Declined, dto.version, dto.reason);
    return { status, version };
  }

  @Authenticated(Role.Employer)
  @Post('applications/:id/start-work')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the arrived migrant started work' })
  startWork(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ApplicationVersionDto,
  ): Promise<{ status: ApplicationStatus; version: number }> {
    return this.arrival.startWork(actor, id, dto.version);
  }

  @Authenticated(Role.Employer)
  @Post('applications/:id/no-show')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the migrant never came or never started, saying why' })
  noShow(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: NoShowDto,
  ): Promise<{ status: ApplicationStatus; version: number }> {
    return this.arrival.noShow(actor, id, dto.reason, dto.version);
  }
}
