/** What the feeds and sitemaps read: open public vacancies, by when they changed or by id. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { PUBLIC_VACANCY_COLUMNS, openPublicVacanciesFrom, type PublicVacancyRow } from '../vacancies/vacancy-search';
import type { FeedCursor } from './feed-documents';

export interface FeedVacancyRow extends PublicVacancyRow {
  /** updated_at with microseconds, UTC: the feed's key. */
  updated_key: string;
}

export interface SitemapVacancyRow {
  id: string;
  updated_on: string;
}

@Injectable()
export class JobFeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Open vacancies changed at or after `updatedSince`, oldest change first, after the cursor: keyset on
   * (updated_at, id), so a vacancy changed while an importer pages comes again on a later page, never lost.
   */
  page(today: IsoDate, updatedSince: Date | null, after: FeedCursor | null, limit: number): Promise<FeedVacancyRow[]> {
    const values: unknown[] = [];
    const conditions: string[] = [];
    if (updatedSince) {
      values.push(updatedSince.toISOString());
      conditions.push(`v.updated_at >= $${values.length}::timestamptz`);
    }
    if (after) {
      values.push(after.updatedAt, after.id);
      conditions.push(`(v.updated_at, v.id) > ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(limit);
    return queryRows<FeedVacancyRow>(
      this.dataSource.manager,
      `SELECT ${PUBLIC_VACANCY_COLUMNS},
              to_char(v.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_key
         ${openPublicVacanciesFrom(today)}${conditions.map((condition) => ` AND ${condition}`).join('')}
        ORDER BY v.updated_at, v.id
        LIMIT $${values.length}::int`,
      values,
    );
  }

  async countOpen(today: IsoDate): Promise<number> {
    const [row] = await queryRows<{ count: number }>(this.dataSource.manager, `SELECT count(*)::int AS count ${openPublicVacanciesFrom(today)}`, []);
    return row?.count ?? 0;
  }

  /** The `file`-th (from 1) slice of open vacancies by id, for one sitemap file. */
  sitemapSlice(today: IsoDate, file: number, size: number): Promise<SitemapVacancyRow[]> {
    return queryRows<SitemapVacancyRow>(
      this.dataSource.manager,
      `SELECT v.id, to_char(v.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS updated_on
         ${openPublicVacanciesFrom(today)}
        ORDER BY v.id
        LIMIT $1::int OFFSET $2::int`,
      [size, (file - 1) * size],
    );
  }
}
