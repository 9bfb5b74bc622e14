import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ReasonDto,
  VerificationQueueQuery,
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
  @ApiOperation({ summary: 'Companies by status, longest waiting first' })
  queue(@Query() query: VerificationQueueQuery): Promise<Page<VerificationQueueItem>> {
    return this.verification.queue(query.status ?? CompanyStatus.Pending, query.page, query.pageSize);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get(':id')
  @ApiOperation({
    summary: 'One company with its documents and decision history',
  })
  detail(@Param('id', new ParseUUIDPipe()) id: string): Promise<CompanyDetailView> {
    return this.verification.detail(id);
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
    summary: 'Suspend a verified company: its vacancies leave search at once',
  })
  suspend(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReasonDto): Promise<CompanyView> {
    return this.verification.decide(actor, id, 'suspend', dto.reason);
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
