import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ReasonDto,
  SuspendCompanyDto,
  RelyOnCountryDto,
  VerificationQueueQuery,
  type CompanyCountryDetailView,
  type CompanyDetailView,
  type CompanyView,
  type Page,
  type VerificationQueueItem,
} from '@jumush/contracts';
import { CompanyStatus, Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { CompanyDocumentsService } from './company-documents.service';
import { sendDocument } from './send-document';
import { VerificationService } from './verification.service';

@ApiTags('verification')
@Controller('verification/companies')
export class VerificationController {
  constructor(
    private readonly verification: VerificationService,
    private readonly documents: CompanyDocumentsService,
  ) {}

  @Authenticated(Role.Attache, Role.Admin)
  @Get()
  @ApiOperation({ summary: "Companies by their status in the attaché's country, longest waiting first" })
  queue(@CurrentActor() actor: Actor, @Query() query: VerificationQueueQuery): Promise<Page<VerificationQueueItem>> {
    return this.verification.queue(actor, query.status ?? CompanyStatus.Pending, query.country, query.page, query.pageSize);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get(':id')
  @ApiOperation({
    summary: 'One company with its documents and decision history',
  })
  detail(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CompanyDetailView> {
    return this.verification.detail(actor, id);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get(':id/countries/:country')
  @ApiOperation({ summary: "One country's decision on a company, with its history (that country's attaché only)" })
  countryDetail(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('country') country: string,
  ): Promise<CompanyCountryDetailView> {
    return this.verification.countryDetail(actor, id, country);
  }

  @Authenticated(Role.Attache)
  @Post(':id/rely')
  @HttpCode(200)
  @ApiOperation({ summary: "Verify for the attaché's country relying on another country's verification" })
  rely(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RelyOnCountryDto): Promise<CompanyView> {
    return this.verification.relyOn(actor, id, dto.country);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get(':id/documents/:documentId/file')
  @ApiOperation({ summary: 'Download a company document' })
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendDocument(response, await this.documents.open(actor, id, documentId));
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a pending company' })
  verify(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CompanyView> {
    return this.verification.decide(actor, id, 'verify');
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending company, saying why' })
  reject(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReasonDto): Promise<CompanyView> {
    return this.verification.decide(actor, id, 'reject', dto.reason);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Suspend a verified company in the attaché's country (the admin's: everywhere), with a reason and its category (the registry publishes the category): its vacancies leave that country's search at once",
  })
  suspend(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SuspendCompanyDto): Promise<CompanyView> {
    return this.verification.decide(actor, id, 'suspend', dto.reason, dto.category);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reinstate a suspended company, saying what changed',
  })
  reinstate(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReasonDto): Promise<CompanyView> {
    return this.verification.decide(actor, id, 'reinstate', dto.reason);
  }
}
