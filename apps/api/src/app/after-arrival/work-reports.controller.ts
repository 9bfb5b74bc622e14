import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  FeeReportDto,
  SuspendFlaggedDto,
  TermsReportDto,
  type CompanyAfterArrivalView,
  type CompanyView,
  type IntermediaryView,
  type PromisedVsActualView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import type { UploadedFile as UploadedDocument } from '../companies/company-documents.service';
import { sendDocument } from '../companies/send-document';
import { evidenceUpload } from './evidence-files';
import { FeeReceiptsService } from './fee-receipts.service';
import { RedFlagsService } from './red-flags.service';
import { WorkReportsService } from './work-reports.service';

/** Promised versus actual and fee reports (the migrant), and what they say about an employer (the attaché). */
@ApiTags('after-arrival')
@Controller()
export class WorkReportsController {
  constructor(
    private readonly reports: WorkReportsService,
    private readonly redFlags: RedFlagsService,
    private readonly receipts: FeeReceiptsService,
  ) {}

  @Authenticated(Role.Migrant)
  @Get('work-reports/applications/:applicationId')
  @ApiOperation({ summary: 'The terms promised at approval beside what I reported about the job' })
  mine(@CurrentActor() actor: Actor, @Param('applicationId', new ParseUUIDPipe()) applicationId: string): Promise<PromisedVsActualView> {
    return this.reports.mine(actor, applicationId);
  }

  @Authenticated(Role.Migrant)
  @Post('work-reports/terms')
  @ApiOperation({ summary: 'Report the actual wage, hours, housing and contract of the job I arrived at' })
  reportTerms(@CurrentActor() actor: Actor, @Body() dto: TermsReportDto): Promise<PromisedVsActualView> {
    return this.reports.reportTerms(actor, dto);
  }

  @Authenticated(Role.Migrant)
  @Post('work-reports/fees')
  @ApiOperation({ summary: 'Report a recruitment fee demanded or paid, naming the intermediary (the employer never learns who)' })
  reportFee(@CurrentActor() actor: Actor, @Body() dto: FeeReportDto): Promise<PromisedVsActualView> {
    return this.reports.reportFee(actor, dto);
  }

  @Authenticated(Role.Migrant)
  @Post('work-reports/fees/:id/receipt')
  @HttpCode(200)
  @UseInterceptors(evidenceUpload)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Add the receipt (a photo or PDF) to my fee report; a new one replaces the old' })
  attachReceipt(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<PromisedVsActualView> {
    return this.receipts.attach(actor, id, file);
  }

  @Authenticated(Role.Migrant)
  @Get('work-reports/fees/:id/receipt')
  @ApiOperation({ summary: 'The receipt of my fee report' })
  async myReceipt(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendDocument(response, await this.receipts.mine(actor, id));
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get('attache/fee-reports/:id/receipt')
  @ApiOperation({ summary: "The receipt of a fee report by my country's migrant" })
  async staffReceipt(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendDocument(response, await this.receipts.forStaff(actor, id));
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get('attache/companies/:id/after-arrival')
  @ApiOperation({ summary: 'An employer after arrival for my country: differences counted, fees reported, red flags with evidence' })
  company(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CompanyAfterArrivalView> {
    return this.reports.company(actor, id);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get('attache/intermediaries')
  @ApiOperation({ summary: "Intermediaries named in my country's fee reports" })
  intermediaries(@CurrentActor() actor: Actor): Promise<IntermediaryView[]> {
    return this.reports.intermediaries(actor);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post('attache/red-flags/:id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend the flagged employer for my country in one action (the existing suspension), closing its open flags' })
  suspend(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SuspendFlaggedDto): Promise<CompanyView> {
    return this.redFlags.suspend(actor, id, dto.reason);
  }
}
