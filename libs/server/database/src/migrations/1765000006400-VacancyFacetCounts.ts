import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public search's facet counts and total, kept as a rollup (issue 15; read by apps/api/src/app/vacancies/vacancy-facet-rollup.ts).
 *
 * `vacancy_facet_counts` holds how many vacancies the search can show, per country key (`*` any country, or one
 * citizenship) and per cell of a cuboid: a `grain` is a bit mask of the dimensions the cuboid keeps — 1 region,
 * 2 occupation, 4 housing + insurance + travel paid, 8 wage band (5,000 roubles), 16 contract months, 32 start
 * month — and the others are NULL (one unique index, NULLS NOT DISTINCT). Every cuboid of at most three dimensions is
 * kept, and the full one: a count reads the smallest cuboid holding its filters and its facet, whose size is bounded by
 * its dimensions (85 regions × 45 occupations × 12 …), not by the number of vacancies.
 *
 * A vacancy counts when it is PUBLISHED, not full (filled_positions < positions), its employer is not blocked, and
 * for each country it is open to that verified the employer (and once under `*` when there is one) — the search's
 * visibility rule without the application deadline, which moves with the calendar: the search subtracts the few
 * published vacancies past their deadline exactly (`vacancies_published_deadline_idx`).
 *
 * Statement triggers with transition tables keep it: on vacancies (insert, update of a counted column, delete), on
 * companies (blocked or unblocked) and on company_country_statuses (a country verifies or stops verifying: all the
 * employer's vacancies move). Deltas are summed per cell and applied in key order (no deadlock between two writers),
 * cells that reach zero are deleted (skipping locked ones). A vacancy's trigger share-locks its employer's row and a
 * country status's trigger locks it for update (as CompaniesRepository does), so a vacancy written while its
 * employer's status changes is counted under the state the other transaction committed.
 */
const KEY = 'grain, country, region_code, occupation_code, housing, insurance, travel_paid, wage_band, contract_months, start_month';

/** A vacancy's columns the rollup reads, in the order vacancy_facet_keys takes them. */
const FIELDS = (row: string) =>
  [
    'status',
    'filled_positions',
    'positions',
    'open_to',
    'region_code',
    'occupation_code',
    'housing',
    'insurance',
    'travel_paid',
    'monthly_wage_roubles',
  ]
    .concat(['contract_months', 'start_date'])
    .map((column) => `${row}.${column}`)
    .join(', ');

/** Applies `changes` — rows of FIELDS, verified text[], blocked boolean, sign int — to the rollup. */
const apply = (changes: string) => `
  INSERT INTO vacancy_facet_counts AS f (${KEY}, vacancies)
  SELECT k.grain, k.country, k.region_code, k.occupation_code, k.housing, k.insurance, k.travel_paid, k.wage_band, k.contract_months, k.start_month,
         sum(ch.sign)::int
    FROM (${changes}) ch CROSS JOIN LATERAL vacancy_facet_keys(${FIELDS('ch')}, ch.verified, ch.blocked) k
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  HAVING sum(ch.sign) <> 0
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  ON CONFLICT (${KEY}) DO UPDATE SET vacancies = f.vacancies + EXCLUDED.vacancies;
  DELETE FROM vacancy_facet_counts
   WHERE ctid = ANY (ARRAY(SELECT ctid FROM vacancy_facet_counts WHERE vacancies = 0 FOR UPDATE SKIP LOCKED)) AND vacancies = 0;`;

const VERIFIED = (company: string) =>
  `ARRAY(SELECT s.country::text FROM company_country_statuses s WHERE s.company_id = ${company} AND s.status = 'VERIFIED')`;
const BLOCKED = (company: string) => `(SELECT c.blocked_at IS NOT NULL FROM companies c WHERE c.id = ${company})`;
/** The columns whose change can move a vacancy between cells. */
const COUNTED = (row: string) =>
  `(${row}.status = 'PUBLISHED', ${row}.filled_positions < ${row}.positions, ${row}.open_to, ${row}.company_id, ${row}.region_code, ${row}.occupation_code,
    ${row}.housing, ${row}.insurance, ${row}.travel_paid, ${row}.monthly_wage_roubles, ${row}.contract_months, ${row}.start_date)`;

export class VacancyFacetCounts1765000006400 implements MigrationInterface {
  name = 'VacancyFacetCounts1765000006400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "vacancy_facet_grains" ("grain" smallint PRIMARY KEY)`);
    await queryRunner.query(`INSERT INTO "vacancy_facet_grains" SELECT g FROM generate_series(0, 63) g WHERE bit_count(g::bit(6)) <= 3 OR g = 63`);
    await queryRunner.query(`CREATE TABLE "vacancy_facet_counts" (
      "grain" smallint NOT NULL REFERENCES "vacancy_facet_grains" ("grain"),
      "country" varchar(2) NOT NULL,
      "region_code" varchar(2),
      "occupation_code" varchar(4),
      "housing" housing_option,
      "insurance" boolean,
      "travel_paid" boolean,
      "wage_band" int,
      "contract_months" smallint,
      "start_month" date,
      "vacancies" int NOT NULL
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "vacancy_facet_counts_key" ON "vacancy_facet_counts" (${KEY}) NULLS NOT DISTINCT`);
    await queryRunner.query(`CREATE INDEX "vacancy_facet_counts_emptied_idx" ON "vacancy_facet_counts" ("grain") WHERE "vacancies" = 0`);
    // Published vacancies past their deadline not yet closed: what the search subtracts from the rollup.
    await queryRunner.query(`CREATE INDEX "vacancies_published_deadline_idx" ON "vacancies" ("application_deadline") WHERE "status" = 'PUBLISHED'`);

    // The cells a vacancy counts in, given the countries that verified its employer and whether the admin blocked it.
    await queryRunner.query(`CREATE FUNCTION vacancy_facet_keys(status vacancy_status, filled_positions int, positions int, open_to text[],
        region_code varchar, occupation_code varchar, housing housing_option, insurance boolean, travel_paid boolean, monthly_wage_roubles int,
        contract_months smallint, start_date date, verified text[], blocked boolean)
      RETURNS TABLE (grain smallint, country varchar, region_code varchar, occupation_code varchar, housing housing_option, insurance boolean,
                     travel_paid boolean, wage_band int, contract_months smallint, start_month date)
      LANGUAGE sql STABLE AS $$
        SELECT g.grain, k.country::varchar,
               CASE WHEN g.grain & 1 <> 0 THEN $5 END::varchar,
               CASE WHEN g.grain & 2 <> 0 THEN $6 END::varchar,
               CASE WHEN g.grain & 4 <> 0 THEN $7 END,
               CASE WHEN g.grain & 4 <> 0 THEN $8 END,
               CASE WHEN g.grain & 4 <> 0 THEN $9 END,
               CASE WHEN g.grain & 8 <> 0 THEN $10 / 5000 * 5000 END,
               CASE WHEN g.grain & 16 <> 0 THEN $11 END,
               CASE WHEN g.grain & 32 <> 0 THEN date_trunc('month', $12)::date END
          FROM (SELECT ARRAY(SELECT DISTINCT o FROM unnest($4) o WHERE o = ANY ($13)) AS countries) s
         CROSS JOIN LATERAL (SELECT unnest(s.countries) UNION ALL SELECT '*' WHERE cardinality(s.countries) > 0) k(country)
         CROSS JOIN vacancy_facet_grains g
         WHERE $1 = 'PUBLISHED' AND $2 < $3 AND NOT coalesce($14, true)
      $$`);

    await queryRunner.query(`CREATE FUNCTION vacancy_facet_counts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM vacancy_facet_counts;
        ${apply(`SELECT ${FIELDS('v')}, ${VERIFIED('v.company_id')} AS verified, ${BLOCKED('v.company_id')} AS blocked, 1 AS sign FROM vacancies v WHERE v.status = 'PUBLISHED'`)}
      END $$`);

    await queryRunner.query(`CREATE FUNCTION vacancy_facet_vacancies_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM companies WHERE id IN (SELECT company_id FROM new_rows WHERE status = 'PUBLISHED') ORDER BY id FOR SHARE;
        IF FOUND THEN
          ${apply(`SELECT ${FIELDS('n')}, ${VERIFIED('n.company_id')} AS verified, ${BLOCKED('n.company_id')} AS blocked, 1 AS sign FROM new_rows n WHERE n.status = 'PUBLISHED'`)}
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION vacancy_facet_vacancies_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM companies WHERE id IN (SELECT company_id FROM old_rows WHERE status = 'PUBLISHED') ORDER BY id FOR SHARE;
        IF FOUND THEN
          ${apply(`SELECT ${FIELDS('o')}, ${VERIFIED('o.company_id')} AS verified, ${BLOCKED('o.company_id')} AS blocked, -1 AS sign FROM old_rows o WHERE o.status = 'PUBLISHED'`)}
        END IF;
        RETURN NULL;
      END $$`);
    const moved = `FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o.status = 'PUBLISHED' OR n.status = 'PUBLISHED') AND ${COUNTED('o')} IS DISTINCT FROM ${COUNTED('n')}`;
    await queryRunner.query(`CREATE FUNCTION vacancy_facet_vacancies_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM companies WHERE id IN (SELECT o.company_id ${moved} UNION SELECT n.company_id ${moved}) ORDER BY id FOR SHARE;
        IF FOUND THEN
          ${apply(`SELECT ${FIELDS('o')}, ${VERIFIED('o.company_id')} AS verified, ${BLOCKED('o.company_id')} AS blocked, -1 AS sign ${moved}
                   UNION ALL
                   SELECT ${FIELDS('n')}, ${VERIFIED('n.company_id')}, ${BLOCKED('n.company_id')}, 1 ${moved}`)}
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER vacancy_facet_counts_insert AFTER INSERT ON vacancies REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION vacancy_facet_vacancies_inserted()`);
    await queryRunner.query(`CREATE TRIGGER vacancy_facet_counts_update AFTER UPDATE ON vacancies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION vacancy_facet_vacancies_updated()`);
    await queryRunner.query(`CREATE TRIGGER vacancy_facet_counts_delete AFTER DELETE ON vacancies REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION vacancy_facet_vacancies_deleted()`);

    // The admin blocks or unblocks an employer: its published vacancies leave or join every country.
    await queryRunner.query(`CREATE FUNCTION vacancy_facet_companies_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${apply(`SELECT ${FIELDS('v')}, ${VERIFIED('v.company_id')} AS verified, b.blocked, b.sign
                   FROM (SELECT o.id, o.blocked_at IS NOT NULL AS blocked, -1 AS sign FROM old_rows o JOIN new_rows n ON n.id = o.id
                          WHERE (o.blocked_at IS NULL) <> (n.blocked_at IS NULL)
                         UNION ALL
                         SELECT n.id, n.blocked_at IS NOT NULL, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                          WHERE (o.blocked_at IS NULL) <> (n.blocked_at IS NULL)) b
                   JOIN vacancies v ON v.company_id = b.id AND v.status = 'PUBLISHED'`)}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER vacancy_facet_counts_company AFTER UPDATE ON companies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION vacancy_facet_companies_updated()`);

    // A country verifies, suspends, rejects or reinstates an employer: its published vacancies move for that country
    // (and under '*' when it was the first or the last to verify). The countries that verified before the statement
    // are today's, less what the statement wrote, plus what it replaced or deleted.
    for (const [event, table, before, after] of [
      [
        'INSERT',
        'REFERENCING NEW TABLE AS new_rows',
        `SELECT NULL::uuid AS company_id, NULL::text AS country, NULL::company_status AS status WHERE false`,
        'new_rows',
      ],
      ['UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', 'old_rows', 'new_rows'],
      [
        'DELETE',
        'REFERENCING OLD TABLE AS old_rows',
        'old_rows',
        `SELECT NULL::uuid AS company_id, NULL::text AS country, NULL::company_status AS status WHERE false`,
      ],
    ] as const) {
      const name = event.toLowerCase();
      const beforeRows = before === 'old_rows' ? 'old_rows' : `(${before})`;
      const afterRows = after === 'new_rows' ? 'new_rows' : `(${after})`;
      const changed = `SELECT a.company_id FROM ${afterRows} a LEFT JOIN ${beforeRows} b ON b.company_id = a.company_id AND b.country = a.country
           WHERE (a.status = 'VERIFIED') IS DISTINCT FROM (coalesce(b.status::text, '') = 'VERIFIED')
          UNION
          SELECT b.company_id FROM ${beforeRows} b LEFT JOIN ${afterRows} a ON a.company_id = b.company_id AND a.country = b.country
           WHERE (b.status = 'VERIFIED') IS DISTINCT FROM (coalesce(a.status::text, '') = 'VERIFIED')`;
      const verifiedBefore = `ARRAY(
            SELECT s.country::text FROM company_country_statuses s WHERE s.company_id = v.company_id AND s.status = 'VERIFIED'
               AND s.country::text NOT IN (SELECT a.country::text FROM ${afterRows} a WHERE a.company_id = v.company_id)
            UNION
            SELECT b.country::text FROM ${beforeRows} b WHERE b.company_id = v.company_id AND b.status = 'VERIFIED')`;
      await queryRunner.query(`CREATE FUNCTION vacancy_facet_country_statuses_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM 1 FROM companies WHERE id IN (${changed}) ORDER BY id FOR NO KEY UPDATE;
          IF FOUND THEN
            ${apply(`SELECT ${FIELDS('v')}, ${verifiedBefore} AS verified, ${BLOCKED('v.company_id')} AS blocked, -1 AS sign
                       FROM vacancies v WHERE v.status = 'PUBLISHED' AND v.company_id IN (${changed})
                     UNION ALL
                     SELECT ${FIELDS('v')}, ${VERIFIED('v.company_id')}, ${BLOCKED('v.company_id')}, 1
                       FROM vacancies v WHERE v.status = 'PUBLISHED' AND v.company_id IN (${changed})`)}
          END IF;
          RETURN NULL;
        END $$`);
      await queryRunner.query(`CREATE TRIGGER vacancy_facet_counts_country_${name} AFTER ${event} ON company_country_statuses ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION vacancy_facet_country_statuses_${name}()`);
    }

    await queryRunner.query(`SELECT vacancy_facet_counts_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER vacancy_facet_counts_country_${name} ON company_country_statuses`);
      await queryRunner.query(`DROP FUNCTION vacancy_facet_country_statuses_${name}()`);
      await queryRunner.query(`DROP TRIGGER vacancy_facet_counts_${name} ON vacancies`);
    }
    await queryRunner.query(`DROP TRIGGER vacancy_facet_counts_company ON companies`);
    await queryRunner.query(`DROP FUNCTION vacancy_facet_companies_updated()`);
    await queryRunner.query(`DROP FUNCTION vacancy_facet_vacancies_inserted()`);
    await queryRunner.query(`DROP FUNCTION vacancy_facet_vacancies_updated()`);
    await queryRunner.query(`DROP FUNCTION vacancy_facet_vacancies_deleted()`);
    await queryRunner.query(`DROP FUNCTION vacancy_facet_counts_rebuild()`);
    await queryRunner.query(`DROP FUNCTION vacancy_facet_keys`);
    await queryRunner.query(`DROP INDEX "vacancies_published_deadline_idx"`);
    await queryRunner.query(`DROP TABLE "vacancy_facet_counts"`);
    await queryRunner.query(`DROP TABLE "vacancy_facet_grains"`);
  }
}
