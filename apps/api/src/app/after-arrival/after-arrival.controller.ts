import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CheckInAnswerDto,
  GrievanceMessageDto,
  GrievanceMoveDto,
  OpenGrievanceDto,
  type CheckInView,
  type GrievanceSummaryView,
  type GrievanceView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import type { UploadedFile as UploadedDocument } from '../companies/company-documents.service';
import { sendDocument } from '../companies/send-document';
import { CheckInsService } from './check-ins.service';
import { evidenceUpload } from './evidence-files';
import { GrievanceAttachmentsService } from './grievance-attachments.service';
import { GrievancesService } from './grievances.service';

/** After arrival: the migrant's check-ins and grievances, and the attaché's grievance queue. */
@ApiTags('after-arrival')
@Controller()
export class AfterArrivalController {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly grievances: GrievancesService,
    private readonly attachments: GrievanceAttachmentsService,
  ) {}

  @Authenticated(Role.Migrant)
  @Get('check-ins/mine')
  @ApiOperation({ summary: 'My check-ins after arrival, due or coming' })
  myCheckIns(@CurrentActor() actor: Actor): Promise<CheckInView[]> {
    return this.checkIns.mine(actor);
  }

  @Authenticated(Role.Migrant)
  @Get('check-ins/:id')
  @ApiOperation({ summary: 'One of my check-ins' })
  myCheckIn(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CheckInView> {
    return this.checkIns.mineOne(actor, id);
  }

  @Authenticated(Role.Migrant)
  @Post('check-ins/:id/answers')
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer one check-in question in one tap (the same answer twice records it once)' })
  answer(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CheckInAnswerDto): Promise<CheckInView> {
    return this.checkIns.answer(actor, id, dto.question, dto.answer);
  }

  @Authenticated(Role.Migrant)
  @Post('grievances')
  @ApiOperation({ summary: 'Open a grievance about one of my jobs (anonymous towards the employer unless I say otherwise)' })
  open(@CurrentActor() actor: Actor, @Body() dto: OpenGrievanceDto): Promise<GrievanceView> {
    return this.grievances.open(actor, dto);
  }

  @Authenticated(Role.Migrant)
  @Get('grievances/mine')
  @ApiOperation({ summary: 'My grievances' })
  myGrievances(@CurrentActor() actor: Actor): Promise<GrievanceSummaryView[]> {
    return this.grievances.mine(actor);
  }

  @Authenticated(Role.Migrant)
  @Get('grievances/mine/:id')
  @ApiOperation({ summary: 'One of my grievances with its messages and outcome' })
  myGrievance(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<GrievanceView> {
    return this.grievances.mineOne(actor, id);
  }

  @Authenticated(Role.Migrant)
  @Post('grievances/mine/:id/messages')
  @ApiOperation({ summary: 'Write to the staff in my grievance' })
  writeMine(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: GrievanceMessageDto): Promise<GrievanceView> {
    return this.grievances.write(actor, id, dto.body);
  }

  @Authenticated(Role.Migrant)
  @Post('grievances/mine/:id/moves')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the outcome (close) or reopen my grievance' })
  moveMine(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: GrievanceMoveDto): Promise<GrievanceView> {
    return this.grievances.move(actor, id, dto.move, dto.version, dto.reason);
  }

  @Authenticated(Role.Migrant)
  @Post('grievances/mine/:id/attachments')
  @UseInterceptors(evidenceUpload)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Add a file (PDF, JPEG, PNG; at most 5) to my open grievance as evidence' })
  attach(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<GrievanceView> {
    return this.attachments.add(actor, id, file);
  }

  @Authenticated(Role.Migrant)
  @Get('grievances/mine/:id/attachments/:attachmentId')
  @ApiOperation({ summary: 'A file of my grievance' })
  async myAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendDocument(response, await this.attachments.download(actor, id, attachmentId));
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get('attache/grievances/:id/attachments/:attachmentId')
  @ApiOperation({ summary: 'A file the migrant added to a grievance of my queue' })
  async staffAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendDocument(response, await this.attachments.download(actor, id, attachmentId));
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get('attache/grievances')
  @ApiOperation({ summary: "The grievance queue of my country's migrants in my regions" })
  queue(@CurrentActor() actor: Actor): Promise<GrievanceSummaryView[]> {
    return this.grievances.queue(actor);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get('attache/grievances/:id')
  @ApiOperation({ summary: 'One grievance of my queue' })
  staffOne(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<GrievanceView> {
    return this.grievances.staffOne(actor, id);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post('attache/grievances/:id/messages')
  @ApiOperation({ summary: 'Answer the migrant in a grievance' })
  writeStaff(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: GrievanceMessageDto): Promise<GrievanceView> {
    return this.grievances.write(actor, id, dto.body);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post('attache/grievances/:id/moves')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take up, refer, resolve (with the outcome) or close a grievance' })
  moveStaff(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: GrievanceMoveDto): Promise<GrievanceView> {
    return this.grievances.move(actor, id, dto.move, dto.version, dto.reason);
  }
}
