import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After arrival, what the migrant reports about the job: the actual terms (wage, hours, housing, contract) beside
 * the promise, and fees demanded or paid with the intermediary named. Red-flag rules are data (red_flag_rules,
 * seeded here: a held passport; two fee reports in 90 days; three "not as promised" in 90 days); a tripped rule
 * puts the employer under review for the reporters' country (red_flags) with the reports as evidence.
 */
export class WorkReports1765000005600 implements MigrationInterface {
  name = 'WorkReports1765000005600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "work_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "company_id" uuid NOT NULL, "origin_country" character varying(2) NOT NULL, "region_code" character varying(8) NOT NULL, "kind" character varying(8) NOT NULL, "monthly_wage_roubles" integer, "weekly_hours" smallint, "housing" character varying(16), "contract" character varying(16), "differences" text array NOT NULL DEFAULT '{}', "fee_roubles" integer, "fee_state" character varying(16), "intermediary_name" character varying(200), "intermediary_phone" character varying(32), "fee_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "work_reports_kind" CHECK ("kind" IN ('TERMS', 'FEE')), CONSTRAINT "work_reports_terms_complete" CHECK ("kind" <> 'TERMS' OR ("monthly_wage_roubles" IS NOT NULL AND "weekly_hours" IS NOT NULL AND "housing" IS NOT NULL AND "contract" IS NOT NULL)), CONSTRAINT "work_reports_fee_complete" CHECK ("kind" <> 'FEE' OR ("fee_roubles" IS NOT NULL AND "fee_state" IS NOT NULL AND "intermediary_name" IS NOT NULL AND "fee_on" IS NOT NULL)), CONSTRAINT "PK_work_reports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "work_reports_application_idx" ON "work_reports" ("application_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "work_reports_company_idx" ON "work_reports" ("company_id", "origin_country", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "red_flag_rules" ("code" character varying(40) NOT NULL, "signal" character varying(16) NOT NULL, "threshold" smallint NOT NULL, "window_days" smallint, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "red_flag_rules_threshold" CHECK ("threshold" >= 1), CONSTRAINT "red_flag_rules_window" CHECK ("window_days" IS NULL OR "window_days" >= 1), CONSTRAINT "PK_red_flag_rules" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "red_flag_rules" ("code", "signal", "threshold", "window_days") VALUES ('passportHeld', 'passportHeld', 1, NULL), ('fees90', 'fee', 2, 90), ('notAsPromised90', 'notAsPromised', 3, 90)`,
    );
    await queryRunner.query(
      `CREATE TABLE "red_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "origin_country" character varying(2) NOT NULL, "rule_code" character varying(40) NOT NULL, "evidence" jsonb NOT NULL DEFAULT '[]', "status" character varying(16) NOT NULL DEFAULT 'UNDER_REVIEW', "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "red_flags_status" CHECK ("status" IN ('UNDER_REVIEW', 'SUSPENDED')), CONSTRAINT "PK_red_flags" PRIMARY KEY ("id"))`,
    );
    // One open flag per employer, country and rule: a rule tripping again adds its evidence to the open flag.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "red_flags_open_key" ON "red_flags" ("company_id", "origin_country", "rule_code") WHERE "status" = 'UNDER_REVIEW'`,
    );
    await queryRunner.query(`CREATE INDEX "red_flags_company_idx" ON "red_flags" ("company_id", "origin_country", "created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "red_flags"`);
    await queryRunner.query(`DROP TABLE "red_flag_rules"`);
    await queryRunner.query(`DROP TABLE "work_reports"`);
  }
}
