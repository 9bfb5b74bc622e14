import type { MigrationInterface, QueryRunner } from 'typeorm';
import { shortlistingExitsFrom } from './1765000006300-DashboardRollups';

/** The regions' code in the weekly rollups for "every region": what a dashboard not limited to some regions reads. */
export const EVERY_REGION = '*';

/**
 * The application timeline's trigger function as this migration writes it: the three volume rollups (each row also
 * under every region), then the shortlisting exits. DashboardEventsGroupedFirst restores it on its way down.
 */
export const COUNT_APPLICATION_EVENTS_WEEKLY = `
      CREATE OR REPLACE FUNCTION dashboard_count_application_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH moved AS (
          SELECT p.origin_country AS country, r.region_code, dashboard_week_of((e.created_at AT TIME ZONE 'Europe/Moscow')::date) AS week_start,
                 v.occupation_code, v.company_id, dashboard_volume_of(e.from_status, e.to_status) AS volume
            FROM new_events e JOIN applications a ON a.id = e.application_id JOIN vacancies v ON v.id = a.vacancy_id
            JOIN candidate_profiles p ON p.id = a.candidate_id
           CROSS JOIN LATERAL (VALUES (v.region_code), ('${EVERY_REGION}')) r(region_code)
           WHERE dashboard_volume_of(e.from_status, e.to_status) IS NOT NULL
        ), regions AS (
          INSERT INTO dashboard_weekly_regions AS d (country, week_start, region_code, volume, count)
          SELECT country, week_start, region_code, volume, count(*) FROM moved GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (country, week_start, region_code, volume) DO UPDATE SET count = d.count + excluded.count
        ), occupations AS (
          INSERT INTO dashboard_weekly_occupations AS d (country, region_code, week_start, occupation_code, volume, count)
          SELECT country, region_code, week_start, occupation_code, volume, count(*) FROM moved GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (country, region_code, week_start, occupation_code, volume) DO UPDATE SET count = d.count + excluded.count
        )
        INSERT INTO dashboard_weekly_employers AS d (country, region_code, week_start, company_id, volume, count)
        SELECT country, region_code, week_start, company_id, volume, count(*) FROM moved WHERE volume IN ('approved', 'withdrawn')
         GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (country, region_code, week_start, company_id, volume) DO UPDATE SET count = d.count + excluded.count;

${shortlistingExitsFrom('new_events')}        RETURN NULL;
      END $$`;

/**
 * The oversight dashboards' rollups at week grain (issue 15), so a dashboard's cost depends on its period and on the
 * breakdowns' cardinality, never on how dense the history is. They replace `dashboard_daily_volumes` (a row per day,
 * region, occupation, employer and volume: 0.8 rows per timeline event) and the dashboards' reading of every stage
 * exit in `dashboard_stage_durations`:
 * - `dashboard_weekly_regions` (country, ISO week, region, volume): the weeks, the totals and the regions;
 * - `dashboard_weekly_occupations` (country, region, week, occupation, volume);
 * - `dashboard_weekly_employers` (country, region, week, company, approved | withdrawn | complaint);
 * - `dashboard_weekly_stage_times` (country, region, week, stage, decider, duration bucket): how many items left the
 *   stage with a duration in that bucket, how many of them had a deadline and how many met it. A bucket is named by its
 *   upper bound in hours (`dashboard_hours_bucket`): whole hours up to 2 days, then 6 hours up to 30 days, then days;
 *   0 holds the exits of no duration at all.
 * An attaché may be limited to some regions and that limit applies to every breakdown, so each table has the region;
 * every row is also counted under region `*` (every region), which is what the admin and unlimited attachés read —
 * a week of a country then has at most one row per occupation, employer or bucket, whatever the number of events.
 * Weeks are ISO weeks (Monday) of the Moscow calendar; the dashboards' periods are whole weeks.
 * `dashboard_stage_durations` stays as the log of stage exits (the triggers find a grievance's take-up in it, and the
 * decider is filled in after the exit when the audit event comes later); the histogram follows its inserts and updates.
 */
export class DashboardWeeklyRollups1765000006350 implements MigrationInterface {
  name = 'DashboardWeeklyRollups1765000006350';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dashboard_weekly_regions (
        country character varying(2) NOT NULL,
        week_start date NOT NULL,
        region_code character varying(8) NOT NULL,
        volume character varying(16) NOT NULL,
        count integer NOT NULL,
        CONSTRAINT dashboard_weekly_regions_pkey PRIMARY KEY (country, week_start, region_code, volume)
      )`);
    await queryRunner.query(`
      CREATE TABLE dashboard_weekly_occupations (
        country character varying(2) NOT NULL,
        region_code character varying(8) NOT NULL,
        week_start date NOT NULL,
        occupation_code character varying(4) NOT NULL,
        volume character varying(16) NOT NULL,
        count integer NOT NULL,
        CONSTRAINT dashboard_weekly_occupations_pkey PRIMARY KEY (country, region_code, week_start, occupation_code, volume)
      )`);
    await queryRunner.query(`
      CREATE TABLE dashboard_weekly_employers (
        country character varying(2) NOT NULL,
        region_code character varying(8) NOT NULL,
        week_start date NOT NULL,
        company_id uuid NOT NULL,
        volume character varying(16) NOT NULL,
        count integer NOT NULL,
        CONSTRAINT dashboard_weekly_employers_pkey PRIMARY KEY (country, region_code, week_start, company_id, volume)
      )`);
    await queryRunner.query(`
      CREATE TABLE dashboard_weekly_stage_times (
        country character varying(2) NOT NULL,
        region_code character varying(8) NOT NULL,
        week_start date NOT NULL,
        stage character varying(24) NOT NULL,
        decided_by uuid,
        hours_bucket integer NOT NULL,
        count integer NOT NULL,
        with_deadline integer NOT NULL,
        within integer NOT NULL,
        CONSTRAINT dashboard_weekly_stage_times_key UNIQUE NULLS NOT DISTINCT (country, region_code, week_start, stage, decided_by, hours_bucket)
      )`);

    await queryRunner.query(`
      CREATE FUNCTION dashboard_week_of(day date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
        SELECT day - (extract(isodow FROM day)::int - 1) $$`);
    // The duration's bucket, named by its upper bound in hours (see the class comment); the web and API know the lower bounds.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_hours_bucket(days double precision) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
        SELECT (CASE WHEN h <= 48 THEN ceil(h) WHEN h <= 720 THEN ceil(h / 6) * 6 ELSE ceil(h / 24) * 24 END)::int
          FROM (SELECT greatest(days, 0) * 24 AS h) x $$`);

    await queryRunner.query(COUNT_APPLICATION_EVENTS_WEEKLY);

    // Complaints: grievances about an employer, counted where the migrant works.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION dashboard_count_grievances() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_weekly_employers AS d (country, region_code, week_start, company_id, volume, count)
        SELECT g.origin_country, r.region_code, dashboard_week_of((g.created_at AT TIME ZONE 'Europe/Moscow')::date), g.company_id, 'complaint', count(*)
          FROM new_grievances g CROSS JOIN LATERAL (VALUES (g.region_code), ('${EVERY_REGION}')) r(region_code)
         WHERE g.company_id IS NOT NULL
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (country, region_code, week_start, company_id, volume) DO UPDATE SET count = d.count + excluded.count;
        RETURN NULL;
      END $$`);

    // The stage-time histogram follows the exits' log: an update (the decider filled in later) moves the exit between cells.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_count_stage_exits() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO dashboard_weekly_stage_times AS t (country, region_code, week_start, stage, decided_by, hours_bucket, count, with_deadline, within)
          SELECT s.country, r.region_code, dashboard_week_of(s.left_on), s.stage, s.decided_by, dashboard_hours_bucket(s.days),
                 -count(*), -count(s.within_deadline), -count(*) FILTER (WHERE s.within_deadline)
            FROM old_exits s CROSS JOIN LATERAL (VALUES (s.region_code), ('${EVERY_REGION}')) r(region_code)
           GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
          ON CONFLICT ON CONSTRAINT dashboard_weekly_stage_times_key
          DO UPDATE SET count = t.count + excluded.count, with_deadline = t.with_deadline + excluded.with_deadline, within = t.within + excluded.within;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO dashboard_weekly_stage_times AS t (country, region_code, week_start, stage, decided_by, hours_bucket, count, with_deadline, within)
          SELECT s.country, r.region_code, dashboard_week_of(s.left_on), s.stage, s.decided_by, dashboard_hours_bucket(s.days),
                 count(*), count(s.within_deadline), count(*) FILTER (WHERE s.within_deadline)
            FROM new_exits s CROSS JOIN LATERAL (VALUES (s.region_code), ('${EVERY_REGION}')) r(region_code)
           GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
          ON CONFLICT ON CONSTRAINT dashboard_weekly_stage_times_key
          DO UPDATE SET count = t.count + excluded.count, with_deadline = t.with_deadline + excluded.with_deadline, within = t.within + excluded.within;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER dashboard_stage_exits_inserted AFTER INSERT ON dashboard_stage_durations REFERENCING NEW TABLE AS new_exits
      FOR EACH STATEMENT EXECUTE FUNCTION dashboard_count_stage_exits()`);
    await queryRunner.query(`
      CREATE TRIGGER dashboard_stage_exits_updated AFTER UPDATE ON dashboard_stage_durations REFERENCING OLD TABLE AS old_exits NEW TABLE AS new_exits
      FOR EACH STATEMENT EXECUTE FUNCTION dashboard_count_stage_exits()`);
    await queryRunner.query(`
      CREATE TRIGGER dashboard_stage_exits_deleted AFTER DELETE ON dashboard_stage_durations REFERENCING OLD TABLE AS old_exits
      FOR EACH STATEMENT EXECUTE FUNCTION dashboard_count_stage_exits()`);

    // Backfill from the daily rollup and the exits' log, then drop what no dashboard reads any more.
    for (const [table, key] of [
      ['dashboard_weekly_regions', ''],
      ['dashboard_weekly_occupations', 'occupation_code, '],
      ['dashboard_weekly_employers', 'company_id, '],
    ] as const) {
      const volumes =
        table === 'dashboard_weekly_regions' || table === 'dashboard_weekly_occupations'
          ? `d.volume <> 'complaint'`
          : `d.volume IN ('approved', 'withdrawn', 'complaint')`;
      await queryRunner.query(`
        INSERT INTO ${table} (country, region_code, week_start, ${key}volume, count)
        SELECT d.country, r.region_code, dashboard_week_of(d.day), ${key}d.volume, sum(d.count)
          FROM dashboard_daily_volumes d CROSS JOIN LATERAL (VALUES (d.region_code), ('${EVERY_REGION}')) r(region_code)
         WHERE ${volumes}
         GROUP BY 1, 2, 3, ${key}d.volume`);
    }
    await queryRunner.query(`
      INSERT INTO dashboard_weekly_stage_times (country, region_code, week_start, stage, decided_by, hours_bucket, count, with_deadline, within)
      SELECT s.country, r.region_code, dashboard_week_of(s.left_on), s.stage, s.decided_by, dashboard_hours_bucket(s.days),
             count(*), count(s.within_deadline), count(*) FILTER (WHERE s.within_deadline)
        FROM dashboard_stage_durations s CROSS JOIN LATERAL (VALUES (s.region_code), ('${EVERY_REGION}')) r(region_code)
       GROUP BY 1, 2, 3, 4, 5, 6`);
    await queryRunner.query(`DROP TABLE dashboard_daily_volumes`);
    await queryRunner.query(`DROP INDEX dashboard_stage_durations_period_idx`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER dashboard_stage_exits_deleted ON dashboard_stage_durations`);
    await queryRunner.query(`DROP TRIGGER dashboard_stage_exits_updated ON dashboard_stage_durations`);
    await queryRunner.query(`DROP TRIGGER dashboard_stage_exits_inserted ON dashboard_stage_durations`);
    await queryRunner.query(
      `CREATE INDEX dashboard_stage_durations_period_idx ON dashboard_stage_durations (stage, country, left_on) INCLUDE (region_code, days, within_deadline, decided_by)`,
    );
    await queryRunner.query(`
      CREATE TABLE dashboard_daily_volumes (
        day date NOT NULL,
        country character varying(2) NOT NULL,
        region_code character varying(8) NOT NULL,
        occupation_code character varying(4) NOT NULL,
        company_id uuid NOT NULL,
        volume character varying(16) NOT NULL,
        count integer NOT NULL,
        CONSTRAINT dashboard_daily_volumes_pkey PRIMARY KEY (country, day, region_code, occupation_code, company_id, volume)
      )`);
    // The DashboardRollups migration's functions as they were, and its daily rollup rebuilt from the sources.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION dashboard_count_application_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_daily_volumes AS d (day, country, region_code, occupation_code, company_id, volume, count)
        SELECT (e.created_at AT TIME ZONE 'Europe/Moscow')::date, p.origin_country, v.region_code, v.occupation_code, v.company_id,
               dashboard_volume_of(e.from_status, e.to_status), count(*)
          FROM new_events e JOIN applications a ON a.id = e.application_id JOIN vacancies v ON v.id = a.vacancy_id
          JOIN candidate_profiles p ON p.id = a.candidate_id
         WHERE dashboard_volume_of(e.from_status, e.to_status) IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (country, day, region_code, occupation_code, company_id, volume) DO UPDATE SET count = d.count + excluded.count;

${shortlistingExitsFrom('new_events')}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION dashboard_count_grievances() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_daily_volumes AS d (day, country, region_code, occupation_code, company_id, volume, count)
        SELECT (g.created_at AT TIME ZONE 'Europe/Moscow')::date, g.origin_country, g.region_code, '', g.company_id, 'complaint', count(*)
          FROM new_grievances g WHERE g.company_id IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (country, day, region_code, occupation_code, company_id, volume) DO UPDATE SET count = d.count + excluded.count;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      INSERT INTO dashboard_daily_volumes (day, country, region_code, occupation_code, company_id, volume, count)
      SELECT (e.created_at AT TIME ZONE 'Europe/Moscow')::date, p.origin_country, v.region_code, v.occupation_code, v.company_id,
             dashboard_volume_of(e.from_status, e.to_status), count(*)
        FROM application_events e JOIN applications a ON a.id = e.application_id JOIN vacancies v ON v.id = a.vacancy_id
        JOIN candidate_profiles p ON p.id = a.candidate_id
       WHERE dashboard_volume_of(e.from_status, e.to_status) IS NOT NULL
       GROUP BY 1, 2, 3, 4, 5, 6
      UNION ALL
      SELECT (g.created_at AT TIME ZONE 'Europe/Moscow')::date, g.origin_country, g.region_code, '', g.company_id, 'complaint', count(*)
        FROM grievances g WHERE g.company_id IS NOT NULL
       GROUP BY 1, 2, 3, 4, 5, 6`);
    await queryRunner.query(
      `DROP TABLE dashboard_weekly_stage_times, dashboard_weekly_employers, dashboard_weekly_occupations, dashboard_weekly_regions`,
    );
    await queryRunner.query(`DROP FUNCTION dashboard_count_stage_exits(), dashboard_hours_bucket(double precision), dashboard_week_of(date)`);
  }
}
