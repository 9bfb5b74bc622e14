import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  COMPANY_DOCUMENT_MAX_BYTES,
  CompanyDisputeQueueQuery,
  FileCompanyDisputeDto,
  ReasonDto,
  type CompanyDisputeView,
  type MyCompanyDisputeView,
  type Page,
} from '@jumush/contracts';
import { CompanyDisputeStatus, Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import type { UploadedFile as UploadedDocument } from './company-documents.service';
import { CompanyDisputesService } from './company-disputes.service';
import { sendDocument } from './send-document';

/** Multer keeps the evidence in memory (at most the document limit) and stops reading beyond it. */
const evidenceUpload = FileInterceptor('file', { limits: { fileSize: COMPANY_DOCUMENT_MAX_BYTES, files: 1, fields: 5 } });

/** The claimant's side: an employer refused with `company.innTaken` disputes the INN. */
@ApiTags('company-disputes')
@Controller('company-disputes')
export class CompanyDisputesController {
  constructor(private readonly disputes: CompanyDisputesService) {}

  @Authenticated(Role.Employer)
  @Post()
  @UseInterceptors(evidenceUpload)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Dispute a company that holds your INN: a statement and a document (PDF, JPEG, PNG) for the attaché' })
  file(
    @CurrentActor() actor: Actor,
    @Body() dto: FileCompanyDisputeDto,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<MyCompanyDisputeView> {
    return this.disputes.file(actor, dto, file);
  }

  @Authenticated(Role.Employer)
  @Get('mine')
  @ApiOperation({ summary: 'Your disputes, newest first' })
  mine(@CurrentActor() actor: Actor): Promise<MyCompanyDisputeView[]> {
    return this.disputes.mine(actor);
  }

  @Authenticated(Role.Employer)
  @Get(':id')
  @ApiOperation({ summary: 'One of your disputes (anyone else’s: 404)' })
  one(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<MyCompanyDisputeView> {
    return this.disputes.myDispute(actor, id);
  }

  @Authenticated(Role.Employer)
  @Get(':id/evidence')
  @ApiOperation({ summary: 'The document you filed with a dispute' })
  async evidence(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendDocument(response, await this.disputes.myEvidence(actor, id));
  }
}

/**
 * The attachés' side. Any origin country's attaché (and an admin) sees and decides every dispute: ownership is one
 * fact for all countries (why, and how per-country verification stays per country: company-disputes.service.ts).
 */
@ApiTags('verification')
@Controller('verification/disputes')
export class DisputeDecisionsController {
  constructor(private readonly disputes: CompanyDisputesService) {}

  @Authenticated(Role.Attache, Role.Admin)
  @Get()
  @ApiOperation({ summary: 'Disputes of claimed INNs by status (open by default), longest waiting first' })
  queue(@Query() query: CompanyDisputeQueueQuery): Promise<Page<CompanyDisputeView>> {
    return this.disputes.queue(query.status ?? CompanyDisputeStatus.Open, query.page, query.pageSize);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get(':id')
  @ApiOperation({ summary: 'One dispute: the claimant, the statement, the company and its owners now' })
  detail(@Param('id', new ParseUUIDPipe()) id: string): Promise<CompanyDisputeView> {
    return this.disputes.detail(id);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get(':id/evidence')
  @ApiOperation({ summary: 'The document the claimant filed' })
  async evidence(@Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return sendDocument(response, await this.disputes.evidence(id));
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post(':id/uphold')
  @HttpCode(200)
  @ApiOperation({ summary: 'Uphold: the company passes to the claimant as owner; the holder’s people lose it; verifications go back to review' })
  uphold(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReasonDto): Promise<CompanyDisputeView> {
    return this.disputes.decide(actor, id, 'uphold', dto.reason);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject: the company stays with its holder' })
  reject(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReasonDto): Promise<CompanyDisputeView> {
    return this.disputes.decide(actor, id, 'reject', dto.reason);
  }
}
