import { Module } from '@nestjs/common';
import { CompanyMembershipService } from './company-membership.service';

/** Employers: company registration, recruiters, documents and verification by the attaché. */
@Module({ providers: [CompanyMembershipService], exports: [CompanyMembershipService] })
export class CompaniesModule {}
