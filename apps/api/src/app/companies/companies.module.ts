import { Module } from '@nestjs/common';
import { CompaniesController, InvitationsController } from './companies.controller';
import { CompaniesRepository } from './companies.repository';
import { CompaniesService } from './companies.service';
import { CompanyDocumentsService } from './company-documents.service';
import { CompanyInvitationsService } from './company-invitations.service';
import { CompanyMembershipService } from './company-membership.service';
import { VerificationController } from './verification.controller';
import { VerificationService } from './verification.service';

/** Employers: company registration, recruiters, documents and verification by the attaché. */
@Module({
  controllers: [CompaniesController, InvitationsController, VerificationController],
  providers: [
    CompaniesRepository,
    CompanyMembershipService,
    CompaniesService,
    CompanyDocumentsService,
    CompanyInvitationsService,
    VerificationService,
  ],
  exports: [CompanyMembershipService, CompaniesService],
})
export class CompaniesModule {}
