import { Module } from '@nestjs/common';
import { CompaniesController } from './companies.controller';
import { CompaniesRepository } from './companies.repository';
import { CompaniesService } from './companies.service';
import { CompanyDocumentsService } from './company-documents.service';
import { CompanyMembershipService } from './company-membership.service';
import { VerificationController } from './verification.controller';
import { VerificationService } from './verification.service';

/** Employers: company registration, recruiters, documents and verification by the attaché. */
@Module({
  controllers: [CompaniesController, VerificationController],
  providers: [CompaniesRepository, CompanyMembershipService, CompaniesService, CompanyDocumentsService, VerificationService],
  exports: [CompanyMembershipService, CompaniesService],
})
export class CompaniesModule {}
