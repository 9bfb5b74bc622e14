import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employers are verified per origin country, and vacancies are open to the countries the employer chooses.
 *
 * - `company_country_statuses`: one row per company and country. Today's global status moves to each company's KG
 *   row: until now only Kyrgyzstan was active (Uzbekistan and Tajikistan were seeded inactive), so every decision on
 *   record was the Kyrgyz attaché's. The other countries start PENDING: their attachés have decided nothing yet.
 * - `companies.blocked_at`/`blocked_reason`: the admin's block, the only decision left global. Nobody is blocked
 *   at first (a suspension on record was a country's, now KG's).
 * - `vacancies.open_to` replaces `origin_country`: each vacancy keeps the one country it recruited from (KG), which
 *   is also every country that could have verified its employer.
 * - Uzbekistan and Tajikistan are enabled.
 */
export class PerCountryVerification1765000004400 implements MigrationInterface {
  name = 'PerCountryVerification1765000004400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "origin_countries" SET "active" = true WHERE "code" IN ('UZ', 'TJ')`);
    await queryRunner.query(
      `CREATE TABLE "company_country_statuses" ("company_id" uuid NOT NULL, "country" character(2) NOT NULL, "status" "public"."company_status" NOT NULL DEFAULT 'PENDING', "status_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relied_on_country" character(2), CONSTRAINT "company_country_statuses_relies_on_another" CHECK ("relied_on_country" IS NULL OR "relied_on_country" <> "country"), CONSTRAINT "PK_2236321149dec4da66c631cb4f2" PRIMARY KEY ("company_id", "country"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "company_country_statuses_queue_idx" ON "company_country_statuses" ("country", "status", "status_changed_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "company_country_statuses" ADD CONSTRAINT "FK_855383e5bbd6b7a29136896c422" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "company_country_statuses" ADD CONSTRAINT "FK_e20b122767cfcc22afee0772400" FOREIGN KEY ("country") REFERENCES "origin_countries"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "company_country_statuses" ADD CONSTRAINT "FK_a1111bf91f48d642e932a260f18" FOREIGN KEY ("relied_on_country") REFERENCES "origin_countries"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "company_country_statuses" ("company_id", "country", "status", "status_reason", "status_changed_at")
       SELECT "id", 'KG', "status", "status_reason", "status_changed_at" FROM "companies"`,
    );
    await queryRunner.query(
      `INSERT INTO "company_country_statuses" ("company_id", "country", "status")
       SELECT c."id", o."code", 'PENDING' FROM "companies" c CROSS JOIN "origin_countries" o WHERE o."active" AND o."code" <> 'KG'`,
    );
    await queryRunner.query(`ALTER TABLE "companies" ADD "blocked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "blocked_reason" text`);
    await queryRunner.query(`DROP INDEX "public"."companies_status_idx"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "status_reason"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "status_changed_at"`);

    await queryRunner.query(`ALTER TABLE "vacancies" ADD "open_to" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`UPDATE "vacancies" SET "open_to" = ARRAY["origin_country"::text]`);
    await queryRunner.query(`DROP INDEX "public"."vacancies_review_queue_idx"`);
    await queryRunner.query(`ALTER TABLE "vacancies" DROP COLUMN "origin_country"`);
    await queryRunner.query(`CREATE INDEX "vacancies_review_queue_idx" ON "vacancies" ("submitted_at") WHERE "status" = 'PENDING_REVIEW'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."vacancies_review_queue_idx"`);
    await queryRunner.query(`ALTER TABLE "vacancies" ADD "origin_country" character(2) NOT NULL DEFAULT 'KG'`);
    await queryRunner.query(`UPDATE "vacancies" SET "origin_country" = coalesce("open_to"[1], 'KG')`);
    await queryRunner.query(`ALTER TABLE "vacancies" DROP COLUMN "open_to"`);
    await queryRunner.query(
      `CREATE INDEX "vacancies_review_queue_idx" ON "vacancies" ("origin_country", "submitted_at") WHERE "status" = 'PENDING_REVIEW'`,
    );
    await queryRunner.query(`ALTER TABLE "companies" ADD "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "status_reason" text`);
    await queryRunner.query(`ALTER TABLE "companies" ADD "status" "public"."company_status" NOT NULL DEFAULT 'PENDING'`);
    await queryRunner.query(
      `UPDATE "companies" c SET "status" = s."status", "status_reason" = s."status_reason", "status_changed_at" = s."status_changed_at"
         FROM "company_country_statuses" s WHERE s."company_id" = c."id" AND s."country" = 'KG'`,
    );
    await queryRunner.query(`UPDATE "companies" SET "status" = 'SUSPENDED', "status_reason" = "blocked_reason" WHERE "blocked_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "companies_status_idx" ON "companies" ("status") `);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "blocked_reason"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "blocked_at"`);
    await queryRunner.query(`DROP TABLE "company_country_statuses"`);
    await queryRunner.query(`UPDATE "origin_countries" SET "active" = false WHERE "code" IN ('UZ', 'TJ')`);
  }
}
