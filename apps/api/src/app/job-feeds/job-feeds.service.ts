/** Vacancies where people look: a vacancy's JobPosting, the open feed for aggregators, and the sitemaps. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FEED_PAGE_DEFAULT, OPEN_DATA_LICENCE, type VacancyFeedPage, type VacancyFeedQuery } from '@jumush/contracts';
import { MOSCOW_TIME_ZONE, regionByCode } from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { ProblemException } from '../http/problem';
import { findPublicVacancy, toPublicVacancyView } from '../vacancies/vacancy-search';
import { VACANCY_NOT_FOUND } from '../vacancies/vacancy-workflow.service';
import {
  SITEMAP_PAGES,
  SITEMAP_VACANCIES_PER_FILE,
  decodeFeedCursor,
  encodeFeedCursor,
  feedVacancyOf,
  feedXml,
  sitemapIndexXml,
  sitemapUrlsetXml,
} from './feed-documents';
import { JobFeedsRepository } from './job-feeds.repository';
import { jobPostingOf, type JobPosting } from './job-posting';

const regionName = (code: string) => regionByCode(code)?.nameRu ?? code;

@Injectable()
export class JobFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feeds: JobFeedsRepository,
    private readonly clock: Clock,
    private readonly config: ApiConfig,
  ) {}

  private get publicWebUrl(): string {
    return this.config.WEB_ORIGIN;
  }

  /** The JobPosting of a vacancy the public may see; 404 as the vacancy itself otherwise. */
  async jobPosting(id: string, language: string): Promise<JobPosting> {
    const row = await findPublicVacancy((text, values) => this.dataSource.query(text, values), id);
    if (!row) throw VACANCY_NOT_FOUND();
    const vacancy = toPublicVacancyView(row);
    return jobPostingOf(vacancy, regionName(vacancy.regionCode), `${this.publicWebUrl.replace(/\/+$/, '')}/${language}/vacancies/${vacancy.id}`);
  }

  async feed(query: VacancyFeedQuery): Promise<VacancyFeedPage> {
    const limit = query.limit ?? FEED_PAGE_DEFAULT;
    const generatedAt = this.clock.now().toISOString();
    const after = query.cursor ? decodeFeedCursor(query.cursor) : null;
    const since = query.updated_since ? new Date(query.updated_since) : null;
    const rows = await this.feeds.page(this.clock.today(MOSCOW_TIME_ZONE), since, after, limit + 1);
    const pageRows = rows.slice(0, limit);
    const last = pageRows.at(-1);
    return {
      items: pageRows.map((row) =>
        feedVacancyOf(toPublicVacancyView(row), regionName(row.region_code), new Date(row.updated_key).toISOString(), this.publicWebUrl),
      ),
      nextCursor: rows.length > limit && last ? encodeFeedCursor({ updatedAt: last.updated_key, id: last.id }) : null,
      generatedAt,
      licence: OPEN_DATA_LICENCE,
    };
  }

  /** The feed page as XML, naming the next page's address (same filters, the next cursor). */
  async feedXml(query: VacancyFeedQuery): Promise<string> {
    const page = await this.feed(query);
    if (!page.nextCursor) return feedXml(page, null);
    const next = new URLSearchParams();
    if (query.updated_since) next.set('updated_since', query.updated_since);
    if (query.limit) next.set('limit', String(query.limit));
    next.set('cursor', page.nextCursor);
    return feedXml(page, `${this.publicWebUrl.replace(/\/+$/, '')}/api/public/feed/vacancies.xml?${next.toString()}`);
  }

  async sitemapIndex(): Promise<string> {
    return sitemapIndexXml(this.publicWebUrl, await this.feeds.countOpen(this.clock.today(MOSCOW_TIME_ZONE)));
  }

  /** `pages.xml` or `vacancies-N.xml`; 404 for any other name or a file past the last. */
  async sitemapFile(name: string): Promise<string> {
    if (name === 'pages.xml')
      return sitemapUrlsetXml(
        this.publicWebUrl,
        SITEMAP_PAGES.map((path) => ({ path })),
      );
    const match = /^vacancies-([1-9]\d{0,5})\.xml$/.exec(name);
    const rows = match ? await this.feeds.sitemapSlice(this.clock.today(MOSCOW_TIME_ZONE), Number(match[1]), SITEMAP_VACANCIES_PER_FILE) : [];
    // The first file exists even with no open vacancy, as the index lists it.
    if (!match || (rows.length === 0 && match[1] !== '1')) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such sitemap.' });
    return sitemapUrlsetXml(
      this.publicWebUrl,
      rows.map((row) => ({ path: `/vacancies/${row.id}`, lastModified: row.updated_on })),
    );
  }
}
