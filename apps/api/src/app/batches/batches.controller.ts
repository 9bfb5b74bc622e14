import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  BatchDecisionDto,
  BatchItemsDto,
  BatchItemsQuery,
  BatchQueueQuery,
  CreateBatchDto,
  RevokeLetterDto,
  type BatchDecisionResultView,
  type BatchDetailView,
  type BatchQueueView,
  type BatchSummaryView,
  type LetterRevocationView,
  type LetterVerificationView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor, Public } from '../auth/access.decorators';
import { ProblemException } from '../http/problem';
import { RateLimited } from '../http/rate-limited';
import { BatchDocumentsService } from './batch-documents.service';
import { BatchDecisionService } from './batch-decision.service';
import { BatchDraftsService } from './batch-drafts.service';
import { BatchQueriesService } from './batch-queries.service';
import { LetterRevocationService } from './letter-revocation.service';
import { PhaseTimings } from './phase-timings';

/** An idempotency key is what makes a retried decision safe; a decision without one is refused. */
function requireIdempotencyKey(key: string | undefined): string {
  if (!key || !/^[\w.:-]{8,128}$/.test(key)) {
    throw new ProblemException(400, {
      code: 'validation.failed',
      errors: [
        {
          field: 'Idempotency-Key',
          code: 'batch.idempotencyKeyRequired',
          message: 'Send an Idempotency-Key header (8–128 characters).',
        },
      ],
    });
  }
  return key;
}

function download(response: Response, body: Buffer, type: string, fileName: string): StreamableFile {
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(body, {
    type,
    length: body.length,
    disposition: `attachment; filename="${fileName}"`,
  });
}

@ApiTags('batches')
@Controller()
export class BatchesController {
  constructor(
    private readonly drafts: BatchDraftsService,
    private readonly queries: BatchQueriesService,
    private readonly decisions: BatchDecisionService,
    private readonly documents: BatchDocumentsService,
    private readonly revocations: LetterRevocationService,
  ) {}

  @Authenticated(Role.Employer)
  @Post('batches')
  @ApiOperation({
    summary: 'Build a batch from shortlisted applications of one vacancy',
  })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateBatchDto): Promise<BatchDetailView> {
    const batch = await this.drafts.create(actor, dto.vacancyId, dto.applicationIds);
    return this.queries.detail(actor, batch.id, { page: 1, pageSize: 100 });
  }

  @Authenticated(Role.Employer)
  @Get('batches/mine')
  @ApiOperation({ summary: 'The employer’s batches' })
  mine(
    @CurrentActor() actor: Actor,
    @Query('vacancyId', new ParseUUIDPipe({ optional: true }))
    vacancyId?: string,
  ): Promise<BatchSummaryView[]> {
    return this.queries.mine(actor, vacancyId);
  }

  @Authenticated(Role.Employer)
  @Put('batches/:id/items')
  @ApiOperation({
    summary: 'Change the applications of a draft or returned batch',
  })
  async updateItems(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: BatchItemsDto,
  ): Promise<BatchDetailView> {
    await this.drafts.updateItems(actor, id, dto.applicationIds);
    return this.queries.detail(actor, id, { page: 1, pageSize: 100 });
  }

  @Authenticated(Role.Employer)
  @Post('batches/:id/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send the batch to the attaché; the decision deadline starts',
  })
  async submit(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<BatchDetailView> {
    await this.drafts.submit(actor, id);
    return this.queries.detail(actor, id, { page: 1, pageSize: 100 });
  }

  @Authenticated(Role.Employer, Role.Attache, Role.Admin)
  @Get('batches/:id')
  @ApiOperation({
    summary: 'One batch with a page of its candidates and their flags',
  })
  detail(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: BatchItemsQuery): Promise<BatchDetailView> {
    return this.queries.detail(actor, id, {
      flaggedOnly: query.flaggedOnly,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get('attache/batches')
  @ApiOperation({
    summary: 'The attaché’s queue: batches of their country, overdue first, then by deadline',
  })
  queue(@CurrentActor() actor: Actor, @Query() query: BatchQueueQuery): Promise<BatchQueueView> {
    return this.queries.queue(actor, {
      status: query.status,
      overdueOnly: query.overdueOnly,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post('attache/batches/:id/decision')
  @HttpCode(200)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'The same key returns the first answer instead of deciding twice',
  })
  @ApiOperation({
    summary: 'Decide a whole batch: approve all, all but some, refuse, or return',
  })
  async decide(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: BatchDecisionDto,
    @Res({ passthrough: true }) response: Response,
    @Headers('idempotency-key') key?: string,
  ): Promise<BatchDecisionResultView> {
    // The server time of each phase, for the browser's network panel and the benchmark.
    const timings = new PhaseTimings();
    const result = await this.decisions.decide(actor, id, dto, requireIdempotencyKey(key), timings);
    response.setHeader('Server-Timing', timings.serverTiming());
    return result;
  }

  @Authenticated(Role.Employer, Role.Attache, Role.Admin)
  @Get('batches/:id/decision-sheet.pdf')
  @ApiOperation({ summary: 'The batch’s decision sheet' })
  async sheet(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(response, await this.documents.decisionSheetPdf(actor, id), 'application/pdf', `batch-${id.slice(0, 8)}.pdf`);
  }

  @Authenticated(Role.Employer, Role.Attache, Role.Admin)
  @Get('batches/:id/approved.csv')
  @ApiOperation({ summary: 'Approved candidates as CSV' })
  async csv(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(response, await this.documents.approvedCsv(actor, id), 'text/csv; charset=utf-8', `approved-${id.slice(0, 8)}.csv`);
  }

  @Authenticated(Role.Employer, Role.Attache, Role.Admin)
  @Get('batches/:id/approved.xlsx')
  @ApiOperation({ summary: 'Approved candidates as XLSX' })
  async xlsx(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(
      response,
      await this.documents.approvedXlsx(actor, id),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `approved-${id.slice(0, 8)}.xlsx`,
    );
  }

  @Authenticated(Role.Migrant, Role.Employer, Role.Attache, Role.Admin)
  @Get('letters/:applicationId.pdf')
  @ApiOperation({ summary: 'The approval letter of an approved application' })
  async letter(
    @CurrentActor() actor: Actor,
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(response, await this.documents.letterPdf(actor, applicationId), 'application/pdf', `approval-${applicationId.slice(0, 8)}.pdf`);
  }

  @Authenticated(Role.Attache)
  @Post('attache/letters/:applicationId/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: "Revoke an approval letter of a candidate of the attaché's country, with a reason; the migrant is told" })
  revokeLetter(
    @CurrentActor() actor: Actor,
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: RevokeLetterDto,
  ): Promise<LetterRevocationView> {
    return this.revocations.revokeByAttache(actor, applicationId, dto);
  }

  @Public()
  @RateLimited('letterCheck')
  @Get('public/verify/:code')
  @ApiOperation({ summary: 'Is this approval letter genuine and still valid?' })
  verify(@Param('code') code: string): Promise<LetterVerificationView> {
    return this.documents.verify(code.slice(0, 64));
  }
}
