import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@jumush/server/queues';
import { CompaniesModule } from '../companies/companies.module';
import { RatingsModule } from '../ratings/ratings.module';
import { EmployerVacanciesController } from './employer-vacancies.controller';
import { EmployerVacanciesService } from './employer-vacancies.service';
import { PublicVacanciesController } from './public-vacancies.controller';
import { PublicVacanciesService } from './public-vacancies.service';
import { VacanciesRepository } from './vacancies.repository';
import { VacancyReviewsController } from './vacancy-reviews.controller';
import { VacancyClosingProcessor, VacancyClosingSchedule } from './vacancy-closing.processor';
import { VacancyClosingService } from './vacancy-closing.service';
import { VacancyReviewsService } from './vacancy-reviews.service';
import { VacancyWorkflow } from './vacancy-workflow.service';

/** Vacancies: employers' drafts and publication, the attaché's review, the public search, and closing when due. */
@Module({
  imports: [CompaniesModule, RatingsModule, BullModule.registerQueue({ name: QueueName.Vacancies })],
  controllers: [EmployerVacanciesController, VacancyReviewsController, PublicVacanciesController],
  providers: [
    VacanciesRepository,
    VacancyWorkflow,
    EmployerVacanciesService,
    VacancyReviewsService,
    PublicVacanciesService,
    VacancyClosingService,
    VacancyClosingProcessor,
    VacancyClosingSchedule,
  ],
})
export class VacanciesModule {}
