import type { MigrationInterface, QueryRunner } from 'typeorm';
import { shortlistingExitsFrom } from './1765000006300-DashboardRollups';
import { COUNT_APPLICATION_EVENTS_WEEKLY, EVERY_REGION } from './1765000006350-DashboardWeeklyRollups';

/**
 * The timeline's rollup trigger counts before it fans out. A batch decision inserts 1,000 timeline entries in one
 * statement, all of one vacancy, one country, one day and one volume; the trigger joined each entry to its vacancy,
 * crossed it with its region and "every region", and computed the ISO week and the volume of each of the 2,000 rows
 * before grouping them into two. It now groups the entries by vacancy, candidate country, Moscow day and volume
 * right after the joins that find them (application, candidate profile), and joins the vacancy, crosses the regions
 * and computes the week per group: 5.1 → 2.2 ms for a 1,000-candidate approval on this machine (warm session,
 * median of 18). The counts are the same: each rollup row adds the groups' sums where it added one per entry.
 */
export class DashboardEventsGroupedFirst1765000006550 implements MigrationInterface {
  name = 'DashboardEventsGroupedFirst1765000006550';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION dashboard_count_application_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH counted AS (
          SELECT a.vacancy_id, p.origin_country AS country, e.day, e.volume, count(*)::int AS entries
            FROM (SELECT application_id, (created_at AT TIME ZONE 'Europe/Moscow')::date AS day, dashboard_volume_of(from_status, to_status) AS volume
                    FROM new_events) e
            JOIN applications a ON a.id = e.application_id
            JOIN candidate_profiles p ON p.id = a.candidate_id
           WHERE e.volume IS NOT NULL
           GROUP BY 1, 2, 3, 4
        ), moved AS (
          SELECT c.country, r.region_code, dashboard_week_of(c.day) AS week_start, v.occupation_code, v.company_id, c.volume, c.entries
            FROM counted c JOIN vacancies v ON v.id = c.vacancy_id
           CROSS JOIN LATERAL (VALUES (v.region_code), ('${EVERY_REGION}')) r(region_code)
        ), regions AS (
          INSERT INTO dashboard_weekly_regions AS d (country, week_start, region_code, volume, count)
          SELECT country, week_start, region_code, volume, sum(entries) FROM moved GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (country, week_start, region_code, volume) DO UPDATE SET count = d.count + excluded.count
        ), occupations AS (
          INSERT INTO dashboard_weekly_occupations AS d (country, region_code, week_start, occupation_code, volume, count)
          SELECT country, region_code, week_start, occupation_code, volume, sum(entries) FROM moved GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (country, region_code, week_start, occupation_code, volume) DO UPDATE SET count = d.count + excluded.count
        )
        INSERT INTO dashboard_weekly_employers AS d (country, region_code, week_start, company_id, volume, count)
        SELECT country, region_code, week_start, company_id, volume, sum(entries) FROM moved WHERE volume IN ('approved', 'withdrawn')
         GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (country, region_code, week_start, company_id, volume) DO UPDATE SET count = d.count + excluded.count;
${shortlistingExitsFrom('new_events')}
        RETURN NULL;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(COUNT_APPLICATION_EVENTS_WEEKLY);
  }
}
