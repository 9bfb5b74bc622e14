import { MigrationInterface, QueryRunner } from 'typeorm';

export class Batches1764600000000 implements MigrationInterface {
  name = 'Batches1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "approval_letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "decided_on" date NOT NULL, "office" character varying(200) NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_683cc24320983f8d30f0a54053c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "approval_letters_application_unique" ON "approval_letters"  ("application_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "approval_letters_code_unique" ON "approval_letters"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "batch_decisions" ("batch_id" uuid NOT NULL, "idempotency_key" character varying(128) NOT NULL, "actor_id" uuid NOT NULL, "response" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5185b55e55d9f822750354ddb7" PRIMARY KEY ("batch_id", "idempotency_key"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."batch_status" AS ENUM('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'DECIDED', 'RETURNED')`);
    await queryRunner.query(
      `CREATE TABLE "batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "company_id" uuid NOT NULL, "origin_country" character(2) NOT NULL, "status" "public"."batch_status" NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "deadline_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "overdue" boolean NOT NULL DEFAULT false, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "return_comment" text, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_55e7ff646e969b61d37eea5be7a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "batches_vacancy_idx" ON "batches"  ("vacancy_id") `);
    await queryRunner.query(`CREATE INDEX "batches_queue_idx" ON "batches"  ("origin_country", "status", "deadline_at") `);
    await queryRunner.query(
      `CREATE TABLE "batch_items" ("batch_id" uuid NOT NULL, "application_id" uuid NOT NULL, "open" boolean NOT NULL DEFAULT true, "flags" text array NOT NULL DEFAULT '{}', "decision" character varying(16), "refusal_reason" character varying(32), "refusal_text" text, CONSTRAINT "PK_adfc6b11d2d15c43fdffed3edf8" PRIMARY KEY ("batch_id", "application_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "batch_items_open_application_unique" ON "batch_items"  ("application_id") WHERE "open"`);
    await queryRunner.query(
      `ALTER TABLE "batches" ADD CONSTRAINT "FK_d5afab76248f5f5962b2ea6f383" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "batches" ADD CONSTRAINT "FK_31dccdad175084f9483dff0216f" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "batch_items" ADD CONSTRAINT "FK_4052dad1531c1027609d0f1f06c" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "batch_items" ADD CONSTRAINT "FK_c5c95ac5496ce3bbf4b96bb2ad0" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "batch_items" DROP CONSTRAINT "FK_c5c95ac5496ce3bbf4b96bb2ad0"`);
    await queryRunner.query(`ALTER TABLE "batch_items" DROP CONSTRAINT "FK_4052dad1531c1027609d0f1f06c"`);
    await queryRunner.query(`ALTER TABLE "batches" DROP CONSTRAINT "FK_31dccdad175084f9483dff0216f"`);
    await queryRunner.query(`ALTER TABLE "batches" DROP CONSTRAINT "FK_d5afab76248f5f5962b2ea6f383"`);
    await queryRunner.query(`DROP INDEX "public"."batch_items_open_application_unique"`);
    await queryRunner.query(`DROP TABLE "batch_items"`);
    await queryRunner.query(`DROP INDEX "public"."batches_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."batches_vacancy_idx"`);
    await queryRunner.query(`DROP TABLE "batches"`);
    await queryRunner.query(`DROP TYPE "public"."batch_status"`);
    await queryRunner.query(`DROP TABLE "batch_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."approval_letters_code_unique"`);
    await queryRunner.query(`DROP INDEX "public"."approval_letters_application_unique"`);
    await queryRunner.query(`DROP TABLE "approval_letters"`);
  }
}
