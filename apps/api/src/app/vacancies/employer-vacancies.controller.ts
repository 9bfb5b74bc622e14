import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  MyVacanciesQuery,
  UpdateVacancyDto,
  VacancyTermsDto,
  type MyVacanciesPage,
  type VacancyHistoryView,
  type VacancyView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { AllowApiKey } from '../api-keys/api-key-access';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { EmployerVacanciesService } from './employer-vacancies.service';

const VacancyId = () => Param('id', new ParseUUIDPipe());

@ApiTags('vacancies')
@Controller('vacancies')
export class EmployerVacanciesController {
  constructor(private readonly vacancies: EmployerVacanciesService) {}

  @Authenticated(Role.Employer)
  @AllowApiKey('vacancies:read')
  @Get('mine')
  @ApiOperation({
    summary: "The company's vacancies, one page, with counts per status",
  })
  listMine(@CurrentActor() actor: Actor, @Query() query: MyVacanciesQuery): Promise<MyVacanciesPage> {
    return this.vacancies.listMine(actor, query);
  }

  @Authenticated(Role.Employer)
  @AllowApiKey('vacancies:write')
  @Post()
  @ApiOperation({ summary: 'Create a vacancy as a draft' })
  create(@CurrentActor() actor: Actor, @Body() dto: VacancyTermsDto): Promise<VacancyView> {
    return this.vacancies.create(actor, dto);
  }

  @Authenticated(Role.Employer)
  @AllowApiKey('vacancies:read')
  @Get('mine/:id')
  @ApiOperation({ summary: "One of the company's vacancies" })
  getMine(@CurrentActor() actor: Actor, @VacancyId() vacancyId: string): Promise<VacancyView> {
    return this.vacancies.getMine(actor, vacancyId);
  }

  @Authenticated(Role.Employer)
  @AllowApiKey('vacancies:write')
  @Put('mine/:id')
  @ApiOperation({
    summary: 'Replace the terms (optimistic locking by version); a material change of a published vacancy sends it back to review',
  })
  update(@CurrentActor() actor: Actor, @VacancyId() vacancyId: string, @Body() dto: UpdateVacancyDto): Promise<VacancyView> {
    return this.vacancies.update(actor, vacancyId, dto);
  }

  @Authenticated(Role.Employer)
  @AllowApiKey('vacancies:write')
  @Post('mine/:id/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a draft (or a rejected vacancy, corrected) to the attaché for review',
  })
  submit(@CurrentActor() actor: Actor, @VacancyId() vacancyId: string): Promise<VacancyView> {
    return this.vacancies.submit(actor, vacancyId);
  }

  @Authenticated(Role.Employer)
  @AllowApiKey('vacancies:write')
  @Post('mine/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a draft or a published vacancy' })
  withdraw(@CurrentActor() actor: Actor, @VacancyId() vacancyId: string): Promise<VacancyView> {
    return this.vacancies.withdraw(actor, vacancyId);
  }

  @Authenticated(Role.Employer)
  @AllowApiKey('vacancies:read')
  @Get('mine/:id/history')
  @ApiOperation({
    summary: 'Terms at each recorded version, and every decision',
  })
  history(@CurrentActor() actor: Actor, @VacancyId() vacancyId: string): Promise<VacancyHistoryView> {
    return this.vacancies.history(actor, vacancyId);
  }
}
