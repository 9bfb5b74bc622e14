import { Module } from '@nestjs/common';
import { JobFeedsController } from './job-feeds.controller';
import { JobFeedsRepository } from './job-feeds.repository';
import { JobFeedsService } from './job-feeds.service';

/** Vacancies where people look: feeds for aggregators, sitemaps and JobPosting data for search engines. */
@Module({ controllers: [JobFeedsController], providers: [JobFeedsRepository, JobFeedsService] })
export class JobFeedsModule {}
