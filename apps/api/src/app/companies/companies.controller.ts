import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  COMPANY_DOCUMENT_MAX_BYTES,
  CreateCompanyDto,
  InviteRecruiterDto,
  UploadCompanyDocumentDto,
  type CompanyDocumentView,
  type CompanyInvitationView,
  type CompanyMemberView,
  type CompanyView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { CompaniesService } from './companies.service';
import { CompanyDocumentsService, type UploadedFile as UploadedDocument } from './company-documents.service';
import { sendDocument } from './send-document';

/** Multer keeps the file in memory (at most the document limit) and stops reading beyond it. */
const documentUpload = FileInterceptor('file', {
  limits: { fileSize: COMPANY_DOCUMENT_MAX_BYTES, files: 1, fields: 5 },
});

@ApiTags('companies')
@Controller('companies')
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly documents: CompanyDocumentsService,
  ) {}

  @Authenticated(Role.Employer)
  @Post()
  @ApiOperation({
    summary: 'Register the employer’s company; it waits for verification',
  })
  register(@CurrentActor() actor: Actor, @Body() dto: CreateCompanyDto): Promise<CompanyView> {
    return this.companies.register(actor, dto);
  }

  @Authenticated(Role.Employer)
  @Get('mine')
  @ApiOperation({
    summary: 'The company the employer recruits for, with its status and documents',
  })
  mine(@CurrentActor() actor: Actor): Promise<CompanyView> {
    return this.companies.mine(actor);
  }

  @Authenticated(Role.Employer)
  @Post('mine/documents')
  @UseInterceptors(documentUpload)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary: 'Upload a registration extract, licence or other document (PDF, JPEG, PNG)',
  })
  upload(
    @CurrentActor() actor: Actor,
    @Body() dto: UploadCompanyDocumentDto,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<CompanyDocumentView> {
    return this.documents.upload(actor, dto.kind, file);
  }

  @Authenticated(Role.Employer)
  @Get('mine/documents/:documentId/file')
  @ApiOperation({ summary: 'Download one of the company’s documents' })
  async download(
    @CurrentActor() actor: Actor,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendDocument(response, await this.documents.openMine(actor, documentId));
  }

  @Authenticated(Role.Employer)
  @Post('mine/resubmit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a rejected company back for verification after correcting it',
  })
  resubmit(@CurrentActor() actor: Actor): Promise<CompanyView> {
    return this.companies.resubmit(actor);
  }

  @Authenticated(Role.Employer)
  @Get('mine/members')
  @ApiOperation({ summary: 'Recruiters of the company, invited ones included' })
  members(@CurrentActor() actor: Actor): Promise<CompanyMemberView[]> {
    return this.companies.members(actor);
  }

  @Authenticated(Role.Employer)
  @Post('mine/invitations')
  @ApiOperation({ summary: 'Invite a colleague by email (owner only)' })
  invite(@CurrentActor() actor: Actor, @Body() dto: InviteRecruiterDto): Promise<CompanyMemberView> {
    return this.companies.invite(actor, dto.email);
  }

  @Authenticated(Role.Employer)
  @Get('invitations')
  @ApiOperation({ summary: 'Invitations waiting for the signed-in employer' })
  invitations(@CurrentActor() actor: Actor): Promise<CompanyInvitationView[]> {
    return this.companies.invitationsFor(actor);
  }

  @Authenticated(Role.Employer)
  @Post('invitations/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join the company that invited you' })
  accept(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CompanyView> {
    return this.companies.acceptInvitation(actor, id);
  }
}
