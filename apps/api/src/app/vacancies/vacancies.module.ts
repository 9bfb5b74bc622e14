import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { EmployerVacanciesController } from './employer-vacancies.controller';
import { EmployerVacanciesService } from './employer-vacancies.service';
import { PublicVacanciesController } from './public-vacancies.controller';
import { PublicVacanciesService } from './public-vacancies.service';
import { VacanciesRepository } from './vacancies.repository';
import { VacancyReviewsController } from './vacancy-reviews.controller';
import { VacancyReviewsService } from './vacancy-reviews.service';
import { VacancyWorkflow } from './vacancy-workflow.service';

/** Vacancies: employers' drafts and publication, the attaché's review, and the public search. */
@Module({
  imports: [CompaniesModule],
  controllers: [EmployerVacanciesController, VacancyReviewsController, PublicVacanciesController],
  providers: [VacanciesRepository, VacancyWorkflow, EmployerVacanciesService, VacancyReviewsService, PublicVacanciesService],
})
export class VacanciesModule {}
