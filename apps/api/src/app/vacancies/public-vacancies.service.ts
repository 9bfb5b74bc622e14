/** Published vacancies for anyone, without an account: the search and one vacancy. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PublicVacancyView, SearchVacanciesQuery, VacancySearchResult } from '@jumush/contracts';
import { Tagged } from './tagged-response';
import {
  buildPublicVacancyQuery,
  runVacancySearch,
  toPublicVacancyView,
  weakEtagOf,
  type PublicVacancyRow,
  type SqlExecutor,
} from './vacancy-search';
import { VACANCY_NOT_FOUND } from './vacancy-workflow.service';

@Injectable()
export class PublicVacanciesService {
  private readonly execute: SqlExecutor;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.execute = (text, values) => dataSource.query(text, values);
  }

  async search(query: SearchVacanciesQuery): Promise<Tagged<VacancySearchResult>> {
    const result = await runVacancySearch(this.execute, query);
    return new Tagged(result, weakEtagOf(result));
  }

  /** 404 unless published by a verified employer; tagged by the versions of the vacancy and its employer. */
  async get(id: string): Promise<Tagged<PublicVacancyView>> {
    const query = buildPublicVacancyQuery(id);
    const [row] = (await this.execute(query.text, query.values)) as unknown as Array<
      PublicVacancyRow & {
        version: number;
        updated_micros: string;
        company_updated_micros: string;
      }
    >;
    if (!row) throw VACANCY_NOT_FOUND();
    return new Tagged(toPublicVacancyView(row), `W/"${row.version}-${row.updated_micros}-${row.company_updated_micros}"`);
  }
}
