import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEADLINE_STAGES, DEFAULT_DEADLINE_TARGETS, HOLIDAY_CALENDARS, isPublicHoliday } from '@jumush/domain';

/** The years whose public holidays the database knows for counting deadlines in working days (the domain's calendars). */
const HOLIDAY_YEARS = { first: 2024, last: 2035 };

/**
 * The employer's shortlisting stage left by a statement's timeline entries (an application leaving SUBMITTED by their
 * decision): one row each in the exits' log, from the trigger's `new_events` or, to backfill, the whole timeline.
 * Every version of dashboard_count_application_events ends with it.
 */
export const shortlistingExitsFrom = (events: 'new_events' | 'application_events') => `
        INSERT INTO dashboard_stage_durations (stage, country, region_code, item_id, started_at, left_at, left_on, days, deadline_at)
        SELECT 'shortlisting', p.origin_country, v.region_code, e.application_id, s.started_at, e.created_at, CURRENT_DATE, 0,
               dashboard_deadline('shortlisting', s.started_at, ARRAY['RU', p.origin_country::text])
          FROM ${events} e JOIN applications a ON a.id = e.application_id JOIN vacancies v ON v.id = a.vacancy_id
          JOIN candidate_profiles p ON p.id = a.candidate_id
         CROSS JOIN LATERAL (SELECT max(x.created_at) AS started_at FROM application_events x
                              WHERE x.application_id = e.application_id AND x.to_status = 'SUBMITTED' AND x.id < e.id) s
         WHERE e.from_status = 'SUBMITTED' AND e.to_status IN ('SHORTLISTED', 'DECLINED') AND s.started_at IS NOT NULL;`;

/**
 * The oversight dashboards' rollups (issue 15), kept up to date by triggers in the transaction that changes the
 * source, so a dashboard reads a few thousand rollup rows, never every application:
 * - `dashboard_daily_volumes`: per Moscow day, origin country, vacancy region, occupation and employer, how many
 *   applications reached each counted status (fed by the application timeline) and how many grievances about the
 *   employer were opened (`complaint`).
 * - `dashboard_stage_durations`: one row per item that left a stage waiting on someone (batch decided or returned,
 *   vacancy reviewed, company verified or rejected per country, application shortlisted or declined, grievance
 *   taken up, resolved or referred): its duration, whether it met its deadline, and the staff member who decided
 *   (the batch's `decided_by`, else the attaché or admin of the audit event written in the same transaction).
 * Deadlines already stored (batches, grievances) are taken as they are; the others are counted like the domain's
 * `deadlineFor` from `dashboard_deadline_targets` (the API writes its configured targets at start) and
 * `dashboard_holidays` (the domain's calendars). Existing applications, grievances, batches and shortlisting
 * decisions are backfilled; reviews, verifications and grievance stages that left before this have no record.
 * Countries are `character varying`, not `character(2)`: compared with a text[] parameter, a `character` column is
 * cast to text and its index goes unused (a scan of the whole rollup).
 */
export class DashboardRollups1765000006300 implements MigrationInterface {
  name = 'DashboardRollups1765000006300';

  public async up(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query(`
      CREATE TABLE dashboard_stage_durations (
        id bigserial PRIMARY KEY,
        stage character varying(24) NOT NULL,
        country character varying(2) NOT NULL,
        region_code character varying(8) NOT NULL,
        item_id uuid NOT NULL,
        started_at timestamptz NOT NULL,
        left_at timestamptz NOT NULL,
        left_on date NOT NULL,
        days double precision NOT NULL,
        deadline_at timestamptz,
        within_deadline boolean,
        decided_by uuid
      )`);
    await queryRunner.query(
      `CREATE INDEX dashboard_stage_durations_period_idx ON dashboard_stage_durations (stage, country, left_on) INCLUDE (region_code, days, within_deadline, decided_by)`,
    );
    await queryRunner.query(`CREATE INDEX dashboard_stage_durations_item_idx ON dashboard_stage_durations (item_id, left_at)`);
    await queryRunner.query(
      `CREATE TABLE dashboard_deadline_targets (stage character varying(24) PRIMARY KEY, days integer NOT NULL CHECK (days >= 0), count character varying(16) NOT NULL CHECK (count IN ('workingDays', 'calendarDays')))`,
    );
    await queryRunner.query(`CREATE TABLE dashboard_holidays (country character varying(2) NOT NULL, day date NOT NULL, PRIMARY KEY (country, day))`);

    for (const stage of DEADLINE_STAGES) {
      const { days, count } = DEFAULT_DEADLINE_TARGETS[stage];
      await queryRunner.query(`INSERT INTO dashboard_deadline_targets (stage, days, count) VALUES ($1, $2, $3)`, [stage, days, count]);
    }
    const holidays: Array<[string, string]> = [];
    for (const country of Object.keys(HOLIDAY_CALENDARS)) {
      for (let day = Date.UTC(HOLIDAY_YEARS.first, 0, 1); day < Date.UTC(HOLIDAY_YEARS.last + 1, 0, 1); day += 86_400_000) {
        const date = new Date(day).toISOString().slice(0, 10);
        if (isPublicHoliday(date, country)) holidays.push([country, date]);
      }
    }
    await queryRunner.query(`INSERT INTO dashboard_holidays (country, day) SELECT * FROM unnest($1::text[], $2::date[])`, [
      holidays.map(([country]) => country),
      holidays.map(([, date]) => date),
    ]);

    // The domain's deadlineFor: the end of the Moscow day `days` working (no weekend, no holiday of any of the countries) or calendar days after the start's day.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_deadline(p_stage text, p_started timestamptz, p_countries text[]) RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
      DECLARE
        target record;
        due date := (p_started AT TIME ZONE 'Europe/Moscow')::date;
        remaining integer;
      BEGIN
        SELECT days, count INTO target FROM dashboard_deadline_targets WHERE stage = p_stage;
        IF NOT FOUND THEN RETURN NULL; END IF;
        IF target.count = 'calendarDays' THEN
          due := due + target.days;
        ELSE
          remaining := target.days;
          WHILE remaining > 0 LOOP
            due := due + 1;
            IF extract(isodow FROM due) < 6 AND NOT EXISTS (SELECT 1 FROM dashboard_holidays h WHERE h.day = due AND h.country = ANY(p_countries)) THEN
              remaining := remaining - 1;
            END IF;
          END LOOP;
        END IF;
        RETURN ((due + 1)::timestamp AT TIME ZONE 'Europe/Moscow') - interval '1 millisecond';
      END $$`);

    // What a timeline entry counts as on a dashboard; null: nothing.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_volume_of(from_status application_status, to_status application_status) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE
          WHEN to_status = 'SUBMITTED' AND from_status IS NULL THEN 'applied'
          WHEN to_status = 'SHORTLISTED' AND from_status = 'SUBMITTED' THEN 'shortlisted'
          WHEN to_status = 'APPROVED' THEN 'approved'
          WHEN to_status = 'REFUSED' THEN 'refused'
          WHEN to_status = 'DEPARTED' THEN 'departed'
          WHEN to_status = 'ARRIVED' THEN 'arrived'
          WHEN to_status = 'WITHDRAWN' THEN 'withdrawn'
        END $$`);

    // Every row of the durations rollup: its day, its length and whether it met its deadline; the decider from the
    // audit event of the same transaction when the caller did not know it (the event may also come after: see below).
    await queryRunner.query(`
      CREATE FUNCTION dashboard_stage_duration_completed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.left_on := (NEW.left_at AT TIME ZONE 'Europe/Moscow')::date;
        NEW.days := greatest(extract(epoch FROM NEW.left_at - NEW.started_at) / 86400, 0);
        NEW.within_deadline := CASE WHEN NEW.deadline_at IS NULL THEN NULL ELSE NEW.left_at <= NEW.deadline_at END;
        IF NEW.decided_by IS NULL AND NEW.stage <> 'shortlisting' THEN
          SELECT a.actor_id INTO NEW.decided_by FROM audit_events a
           WHERE a.subject_type IN ('company', 'vacancy', 'grievance') AND a.subject_id = NEW.item_id::text
             AND a.created_at = now() AND a.actor_role IN ('ATTACHE', 'ADMIN')
           ORDER BY a.id DESC LIMIT 1;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER dashboard_stage_duration_completed BEFORE INSERT ON dashboard_stage_durations FOR EACH ROW EXECUTE FUNCTION dashboard_stage_duration_completed()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION dashboard_decider_from_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE dashboard_stage_durations SET decided_by = NEW.actor_id
         WHERE item_id::text = NEW.subject_id AND left_at = NEW.created_at AND decided_by IS NULL AND stage <> 'shortlisting';
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER dashboard_decider_from_audit AFTER INSERT ON audit_events FOR EACH ROW
      WHEN (NEW.actor_role IN ('ATTACHE', 'ADMIN') AND NEW.subject_type IN ('company', 'vacancy', 'grievance') AND NEW.actor_id IS NOT NULL)
      EXECUTE FUNCTION dashboard_decider_from_audit()`);

    // The application timeline: volumes, and the employer's shortlisting stage when an application leaves SUBMITTED by their decision.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_count_application_events() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER dashboard_application_events AFTER INSERT ON application_events REFERENCING NEW TABLE AS new_events
      FOR EACH STATEMENT EXECUTE FUNCTION dashboard_count_application_events()`);

    // Complaints: grievances about an employer, counted where the migrant works.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_count_grievances() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_daily_volumes AS d (day, country, region_code, occupation_code, company_id, volume, count)
        SELECT (g.created_at AT TIME ZONE 'Europe/Moscow')::date, g.origin_country, g.region_code, '', g.company_id, 'complaint', count(*)
          FROM new_grievances g WHERE g.company_id IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (country, day, region_code, occupation_code, company_id, volume) DO UPDATE SET count = d.count + excluded.count;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER dashboard_grievances AFTER INSERT ON grievances REFERENCING NEW TABLE AS new_grievances
      FOR EACH STATEMENT EXECUTE FUNCTION dashboard_count_grievances()`);

    // A grievance leaves a stage waiting on the staff: received → taken up (or resolved at once); in progress → resolved or referred.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_grievance_left_stage() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_stage_durations (stage, country, region_code, item_id, started_at, left_at, left_on, days, deadline_at)
        VALUES (
          CASE WHEN OLD.status = 'RECEIVED' THEN 'grievanceTakeUp' ELSE 'grievanceResolution' END,
          OLD.origin_country, OLD.region_code, OLD.id,
          CASE WHEN OLD.status = 'RECEIVED' THEN OLD.created_at
               ELSE coalesce((SELECT max(s.left_at) FROM dashboard_stage_durations s WHERE s.item_id = OLD.id AND s.stage = 'grievanceTakeUp'), OLD.created_at) END,
          now(), CURRENT_DATE, 0, OLD.due_at);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER dashboard_grievance_left_stage AFTER UPDATE OF status ON grievances FOR EACH ROW
      WHEN (OLD.status IN ('RECEIVED', 'IN_PROGRESS') AND NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'CLOSED')
      EXECUTE FUNCTION dashboard_grievance_left_stage()`);

    // A batch decided or returned by the attaché.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_batch_decided() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_stage_durations (stage, country, region_code, item_id, started_at, left_at, left_on, days, deadline_at, decided_by)
        SELECT 'batchDecision', NEW.origin_country, v.region_code, NEW.id, NEW.submitted_at, coalesce(NEW.decided_at, now()), CURRENT_DATE, 0, NEW.deadline_at, NEW.decided_by
          FROM vacancies v WHERE v.id = NEW.vacancy_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER dashboard_batch_decided AFTER UPDATE OF status ON batches FOR EACH ROW
      WHEN (OLD.status IN ('SUBMITTED', 'IN_REVIEW') AND NEW.status IN ('DECIDED', 'RETURNED') AND NEW.submitted_at IS NOT NULL AND NEW.decided_by IS NOT NULL)
      EXECUTE FUNCTION dashboard_batch_decided()`);

    // A vacancy reviewed (published or rejected): counted for every country it is open to.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_vacancy_reviewed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_stage_durations (stage, country, region_code, item_id, started_at, left_at, left_on, days, deadline_at)
        SELECT 'vacancyReview', c.country, NEW.region_code, NEW.id, OLD.submitted_at, now(), CURRENT_DATE, 0,
               dashboard_deadline('vacancyReview', OLD.submitted_at, ARRAY['RU'] || NEW.open_to)
          FROM unnest(NEW.open_to) AS c(country);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER dashboard_vacancy_reviewed AFTER UPDATE OF status ON vacancies FOR EACH ROW
      WHEN (OLD.status = 'PENDING_REVIEW' AND NEW.status IN ('PUBLISHED', 'REJECTED') AND OLD.submitted_at IS NOT NULL)
      EXECUTE FUNCTION dashboard_vacancy_reviewed()`);

    // A company verified or rejected for one country.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_company_verified() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_stage_durations (stage, country, region_code, item_id, started_at, left_at, left_on, days, deadline_at)
        SELECT 'companyVerification', NEW.country, c.region_code, NEW.company_id, OLD.status_changed_at, now(), CURRENT_DATE, 0,
               dashboard_deadline('companyVerification', OLD.status_changed_at, ARRAY['RU', NEW.country::text])
          FROM companies c WHERE c.id = NEW.company_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER dashboard_company_verified AFTER UPDATE OF status ON company_country_statuses FOR EACH ROW
      WHEN (OLD.status = 'PENDING' AND NEW.status IN ('VERIFIED', 'REJECTED'))
      EXECUTE FUNCTION dashboard_company_verified()`);

    // Backfill: the volumes from the whole timeline and every grievance; the stages whose start and end are on record.
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
    await queryRunner.query(`
      INSERT INTO dashboard_stage_durations (stage, country, region_code, item_id, started_at, left_at, left_on, days, deadline_at, decided_by)
      SELECT 'batchDecision', b.origin_country, v.region_code, b.id, b.submitted_at, b.decided_at, CURRENT_DATE, 0, b.deadline_at, b.decided_by
        FROM batches b JOIN vacancies v ON v.id = b.vacancy_id
       WHERE b.status IN ('DECIDED', 'RETURNED') AND b.submitted_at IS NOT NULL AND b.decided_at IS NOT NULL AND b.decided_by IS NOT NULL`);
    await queryRunner.query(shortlistingExitsFrom('application_events'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER dashboard_company_verified ON company_country_statuses`);
    await queryRunner.query(`DROP TRIGGER dashboard_vacancy_reviewed ON vacancies`);
    await queryRunner.query(`DROP TRIGGER dashboard_batch_decided ON batches`);
    await queryRunner.query(`DROP TRIGGER dashboard_grievance_left_stage ON grievances`);
    await queryRunner.query(`DROP TRIGGER dashboard_grievances ON grievances`);
    await queryRunner.query(`DROP TRIGGER dashboard_application_events ON application_events`);
    await queryRunner.query(`DROP TRIGGER dashboard_decider_from_audit ON audit_events`);
    await queryRunner.query(`DROP TABLE dashboard_holidays, dashboard_deadline_targets, dashboard_stage_durations, dashboard_daily_volumes`);
    await queryRunner.query(
      `DROP FUNCTION dashboard_company_verified(), dashboard_vacancy_reviewed(), dashboard_batch_decided(), dashboard_grievance_left_stage(),
                     dashboard_count_grievances(), dashboard_count_application_events(), dashboard_decider_from_audit(), dashboard_stage_duration_completed(),
                     dashboard_volume_of(application_status, application_status), dashboard_deadline(text, timestamptz, text[])`,
    );
  }
}
