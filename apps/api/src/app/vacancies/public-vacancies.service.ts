/** Published vacancies for anyone, without an account: the search and one vacancy. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MOSCOW_TIME_ZONE } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { PublicVacancyView, SearchVacanciesQuery, VacancySearchResult } from '@jumush/contracts';
import { Tagged } from './tagged-response';
import { findPublicVacancy, publicVacancyEtag, runVacancySearch, toPublicVacancyView, weakEtagOf, type SqlExecutor } from './vacancy-search';
import { RatingsService } from '../ratings/ratings.service';
import { OccupationsService } from '../occupations/occupations.service';
import { VACANCY_NOT_FOUND } from './vacancy-workflow.service';

@Injectable()
export class PublicVacanciesService {
  private readonly execute: SqlExecutor;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly clock: Clock,
    private readonly ratings: RatingsService,
    private readonly occupations: OccupationsService,
  ) {
    this.execute = (text, values) => dataSource.query(text, values);
  }

  async search(query: SearchVacanciesQuery): Promise<Tagged<VacancySearchResult>> {
    // The occupations as the admin last edited them: the fuzzy fallback matches a misspelt word against their names.
    await this.occupations.all();
    const result = await runVacancySearch(this.execute, query, this.clock.today(MOSCOW_TIME_ZONE));
    return new Tagged(result, weakEtagOf(result));
  }

  /**
   * 404 unless published by a verified employer; tagged by the versions of the vacancy and its employer and by the
   * employer's ratings (their figures only: null under the threshold, never a comment or an author).
   */
  async get(id: string): Promise<Tagged<PublicVacancyView>> {
    const row = await findPublicVacancy(this.execute, id);
    if (!row) throw VACANCY_NOT_FOUND();
    const view = toPublicVacancyView(row);
    const companyRatings = await this.ratings.publicAggregate(view.company.id);
    const ratingsTag = companyRatings.aggregate
      ? `${companyRatings.count}-${Object.values(companyRatings.aggregate).join('-')}`
      : String(companyRatings.count);
    return new Tagged({ ...view, companyRatings }, publicVacancyEtag(row).replace(/"$/, `-r${ratingsTag}"`));
  }
}
