import { Module } from '@nestjs/common';
import { CompaniesController, InvitationsController } from './companies.controller';
import { CompaniesRepository } from './companies.repository';
import { CompaniesService } from './companies.service';
import { CompanyDisputesController, DisputeDecisionsController } from './company-disputes.controller';
import { CompanyDisputesRepository } from './company-disputes.repository';
import { CompanyDisputesService } from './company-disputes.service';
import { CompanyDocumentsService } from './company-documents.service';
import { CompanyInvitationsService } from './company-invitations.service';
import { CompanyMembershipService } from './company-membership.service';
import { VerificationController } from './verification.controller';
import { VerificationDeadlinesService } from './verification-deadlines.service';
import { VerificationService } from './verification.service';

/** Employers: company registration, recruiters, documents, verification by the attaché, and disputes of a claimed INN. */
@Module({
  controllers: [CompaniesController, InvitationsController, VerificationController, CompanyDisputesController, DisputeDecisionsController],
  providers: [
    CompaniesRepository,
    CompanyMembershipService,
    CompaniesService,
    CompanyDocumentsService,
    CompanyInvitationsService,
    VerificationService,
    CompanyDisputesRepository,
    CompanyDisputesService,
    VerificationDeadlinesService,
  ],
  exports: [CompanyMembershipService, CompaniesService, VerificationService],
})
export class CompaniesModule {}
