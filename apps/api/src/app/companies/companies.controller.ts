import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
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
  CreateCompanyDto,
  InviteRecruiterDto,
  UploadCompanyDocumentDto,
  type CompanyDocumentView,
  type CompanyInvitationView,
  type CompanyMembersView,
  type CompanyView,
  type InvitationLinkView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor, Public } from '../auth/access.decorators';
import { CompaniesService } from './companies.service';
import { CompanyInvitationsService } from './company-invitations.service';
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
    private readonly invitations: CompanyInvitationsService,
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
  @ApiOperation({ summary: 'Recruiters of the company (role, since) and its invitations not accepted' })
  members(@CurrentActor() actor: Actor): Promise<CompanyMembersView> {
    return this.invitations.list(actor);
  }

  @Authenticated(Role.Employer)
  @Delete('mine/members/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a recruiter: their access ends at once (owner only; the last owner stays)' })
  async removeMember(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.invitations.remove(actor, id);
  }

  @Authenticated(Role.Employer)
  @Post('mine/invitations')
  @ApiOperation({ summary: 'Invite a colleague by e-mail: a single-use link valid 7 days (owner only)' })
  invite(@CurrentActor() actor: Actor, @Body() dto: InviteRecruiterDto): Promise<CompanyInvitationView> {
    return this.invitations.invite(actor, dto.email);
  }

  @Authenticated(Role.Employer)
  @Delete('mine/invitations/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an invitation: its link stops working (owner only)' })
  async revokeInvitation(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.invitations.revoke(actor, id);
  }
}

/** An invitation's own link: shown to whoever holds it, accepted by the invited, verified account. */
@ApiTags('companies')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: CompanyInvitationsService) {}

  @Public()
  @Get(':token')
  @ApiOperation({ summary: 'The company and inviter an invitation link names, and whether it can still be accepted' })
  describe(@Param('token') token: string): Promise<InvitationLinkView> {
    return this.invitations.describe(token);
  }

  @Authenticated(Role.Employer)
  @Post(':token/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join the company: the signed-in account must be the invited, verified address' })
  accept(@CurrentActor() actor: Actor, @Param('token') token: string): Promise<CompanyView> {
    return this.invitations.accept(actor, token);
  }
}
