import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After arrival: the employer confirms the start of work (WORKING) or records a no-show (NO_SHOW); check-ins on
 * set days after arrival, one per (application, day); grievances with their messages, routed by the migrant's
 * country and the job's region.
 */
export class AfterArrival1765000005300 implements MigrationInterface {
  name = 'AfterArrival1765000005300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // New values are not used in this transaction, which PostgreSQL 12+ allows.
    await queryRunner.query(`ALTER TYPE "public"."application_status" ADD VALUE IF NOT EXISTS 'WORKING' AFTER 'ARRIVED'`);
    await queryRunner.query(`ALTER TYPE "public"."application_status" ADD VALUE IF NOT EXISTS 'NO_SHOW' AFTER 'WORKING'`);
    await queryRunner.query(
      `CREATE TABLE "check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "day" smallint NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fac7f27bc829a454ad477c13f62" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "check_ins_application_day_key" ON "check_ins"  ("application_id", "day") `);
    await queryRunner.query(`CREATE TYPE "public"."grievance_status" AS ENUM('RECEIVED', 'IN_PROGRESS', 'REFERRED', 'RESOLVED', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "grievances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_id" uuid NOT NULL, "application_id" uuid, "check_in_id" uuid, "origin_country" character varying(2) NOT NULL, "region_code" character varying(8) NOT NULL, "company_id" uuid, "category" character varying(32) NOT NULL, "description" text NOT NULL, "anonymous" boolean NOT NULL DEFAULT false, "status" "public"."grievance_status" NOT NULL DEFAULT 'RECEIVED', "referred_to" text, "outcome" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e272c5b9f7d097e8a00fa80fd1b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "grievances_check_in_question_key" ON "grievances"  ("check_in_id", "category") WHERE "check_in_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "grievances_candidate_idx" ON "grievances"  ("candidate_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "grievances_queue_idx" ON "grievances"  ("origin_country", "status", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "grievance_messages" ("id" BIGSERIAL NOT NULL, "grievance_id" uuid NOT NULL, "author_id" uuid, "author_role" character varying(16) NOT NULL, "body" text NOT NULL, "move" character varying(16), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85225744335040862cbc6f42b6f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "grievance_messages_grievance_idx" ON "grievance_messages"  ("grievance_id", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "grievance_messages"`);
    await queryRunner.query(`DROP TABLE "grievances"`);
    await queryRunner.query(`DROP TYPE "public"."grievance_status"`);
    await queryRunner.query(`DROP TABLE "check_ins"`);
    // PostgreSQL cannot drop an enum value; WORKING and NO_SHOW stay in application_status, unused.
  }
}
