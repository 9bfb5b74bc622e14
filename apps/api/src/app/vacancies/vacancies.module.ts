import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';

/** Vacancies: employers' drafts and publication, the attaché's review, and the public search. */
@Module({ imports: [CompaniesModule] })
export class VacanciesModule {}
