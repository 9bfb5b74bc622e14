import { MigrationInterface, QueryRunner } from 'typeorm';

export class CandidatesAndApplications1764300000000 implements MigrationInterface {
  name = 'CandidatesAndApplications1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."application_status" AS ENUM('SUBMITTED', 'SHORTLISTED', 'DECLINED', 'IN_BATCH', 'APPROVED', 'REFUSED', 'DEPARTED', 'ARRIVED', 'WITHDRAWN', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_events" ("id" BIGSERIAL NOT NULL, "application_id" uuid NOT NULL, "from_status" "public"."application_status", "to_status" "public"."application_status" NOT NULL, "actor_role" character varying(16) NOT NULL, "actor_id" uuid, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd185969787381d8bf8c529bc00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "application_events_transition_idx" ON "application_events"  ("to_status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "application_events_application_idx" ON "application_events"  ("application_id", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."sex" AS ENUM('FEMALE', 'MALE')`);
    await queryRunner.query(`CREATE TYPE "public"."education_level" AS ENUM('NONE', 'PRIMARY', 'SECONDARY', 'VOCATIONAL', 'HIGHER')`);
    await queryRunner.query(
      `CREATE TABLE "candidate_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid, "origin_country" character(2) NOT NULL, "surname" character varying(80), "given_names" character varying(120), "surname_latin" character varying(80), "given_names_latin" character varying(120), "birth_date" date, "sex" "public"."sex", "residence_region_code" character varying(16), "residence_district_code" character varying(16), "languages" jsonb NOT NULL DEFAULT '[]', "russian_level" "public"."russian_level", "occupations" jsonb NOT NULL DEFAULT '[]', "experience_years" smallint NOT NULL DEFAULT '0', "education" "public"."education_level", "preferred_region_codes" text array NOT NULL DEFAULT '{}', "passport_number_encrypted" text, "passport_number_index" character(64), "passport_expires_on" date, "consent_version" character varying(16), "consent_given_at" TIMESTAMP WITH TIME ZONE, "readiness_percent" smallint NOT NULL DEFAULT '0', "anonymised_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_0124e486666252daba9877be58" UNIQUE ("account_id"), CONSTRAINT "PK_8e8cf5b54118601673585218cc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "candidate_profiles_account_unique" ON "candidate_profiles"  ("account_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "candidate_profiles_passport_unique" ON "candidate_profiles"  ("origin_country", "passport_number_index") WHERE "passport_number_index" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "status" "public"."application_status" NOT NULL DEFAULT 'SUBMITTED', "status_reason" text, "note" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "applications_candidate_idx" ON "applications"  ("candidate_id") `);
    await queryRunner.query(`CREATE INDEX "applications_vacancy_status_idx" ON "applications"  ("vacancy_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "applications_vacancy_candidate_unique" ON "applications"  ("vacancy_id", "candidate_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."checklist_item_kind" AS ENUM('FOREIGN_PASSPORT', 'MEDICAL_CERTIFICATE', 'MEDICAL_INSURANCE', 'PRE_DEPARTURE_ORIENTATION', 'RUSSIAN_LANGUAGE_TEST', 'POLICE_CLEARANCE')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."checklist_item_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'EXPIRED')`);
    await queryRunner.query(
      `CREATE TABLE "checklist_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "kind" "public"."checklist_item_kind" NOT NULL, "status" "public"."checklist_item_status" NOT NULL DEFAULT 'NOT_STARTED', "completed_on" date, "valid_until" date, "document_key" character varying(255), "document_type" character varying(64), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bae00945a1d4789bd648e583e29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "checklist_items_profile_kind_unique" ON "checklist_items"  ("profile_id", "kind") `);
    await queryRunner.query(
      `CREATE TABLE "outbox_messages" ("id" BIGSERIAL NOT NULL, "topic" character varying(64) NOT NULL, "aggregate_type" character varying(32) NOT NULL, "aggregate_id" character varying(64) NOT NULL, "recipient_ids" uuid array NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_messages_unpublished_idx" ON "outbox_messages"  ("id") WHERE "published_at" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "candidate_profiles" ADD CONSTRAINT "FK_0124e486666252daba9877be583" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "FK_98eda645f55272b67d408cc5c99" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "FK_b669b991b85b808f24b5734990a" FOREIGN KEY ("candidate_id") REFERENCES "candidate_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_b669b991b85b808f24b5734990a"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_98eda645f55272b67d408cc5c99"`);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP CONSTRAINT "FK_0124e486666252daba9877be583"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_messages_unpublished_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`DROP INDEX "public"."checklist_items_profile_kind_unique"`);
    await queryRunner.query(`DROP TABLE "checklist_items"`);
    await queryRunner.query(`DROP TYPE "public"."checklist_item_status"`);
    await queryRunner.query(`DROP TYPE "public"."checklist_item_kind"`);
    await queryRunner.query(`DROP INDEX "public"."applications_vacancy_candidate_unique"`);
    await queryRunner.query(`DROP INDEX "public"."applications_vacancy_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_candidate_idx"`);
    await queryRunner.query(`DROP TABLE "applications"`);
    await queryRunner.query(`DROP INDEX "public"."candidate_profiles_passport_unique"`);
    await queryRunner.query(`DROP INDEX "public"."candidate_profiles_account_unique"`);
    await queryRunner.query(`DROP TABLE "candidate_profiles"`);
    await queryRunner.query(`DROP TYPE "public"."education_level"`);
    await queryRunner.query(`DROP TYPE "public"."sex"`);
    await queryRunner.query(`DROP INDEX "public"."application_events_application_idx"`);
    await queryRunner.query(`DROP INDEX "public"."application_events_transition_idx"`);
    await queryRunner.query(`DROP TABLE "application_events"`);
    await queryRunner.query(`DROP TYPE "public"."application_status"`);
  }
}
