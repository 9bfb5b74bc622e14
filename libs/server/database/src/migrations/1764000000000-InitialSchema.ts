import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."account_role" AS ENUM('MIGRANT', 'EMPLOYER', 'ATTACHE', 'ADMIN')`);
    await queryRunner.query(
      `CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "role" "public"."account_role" NOT NULL, "phone" character varying(16), "email" character varying(254), "full_name" character varying(120), "password_hash" character varying(255) NOT NULL, "origin_country" character(2), "locale" character varying(5) NOT NULL DEFAULT 'ru', "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "accounts_attache_has_country" CHECK ("role" <> 'ATTACHE' OR "origin_country" IS NOT NULL), CONSTRAINT "accounts_has_login" CHECK ("phone" IS NOT NULL OR "email" IS NOT NULL), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "accounts_phone_unique" ON "accounts"  ("phone") WHERE "phone" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "accounts_email_unique" ON "accounts"  ("email") WHERE "email" IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "actor_role" character varying(16), "action" character varying(64) NOT NULL, "subject_type" character varying(32) NOT NULL, "subject_id" character varying(64) NOT NULL, "reason" text, "data" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_events_subject_idx" ON "audit_events"  ("subject_type", "subject_id") `);
    await queryRunner.query(
      `CREATE TABLE "origin_countries" ("code" character(2) NOT NULL, "names" jsonb NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_0b436dff59cf0299cd295b86159" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "refresh_tokens_account_idx" ON "refresh_tokens"  ("account_id") `);
    await queryRunner.query(`CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens"  ("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_tokens_hash_unique" ON "refresh_tokens"  ("token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_e7d078bbcae8ab94aa0d5f9015c" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_e7d078bbcae8ab94aa0d5f9015c"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_hash_unique"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_family_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_account_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "origin_countries"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_subject_idx"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP INDEX "public"."accounts_email_unique"`);
    await queryRunner.query(`DROP INDEX "public"."accounts_phone_unique"`);
    await queryRunner.query(`DROP TABLE "accounts"`);
    await queryRunner.query(`DROP TYPE "public"."account_role"`);
  }
}
