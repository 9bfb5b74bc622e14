import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single-use, short-lived secrets: e-mail verification and set-up links, SMS codes for phones and password resets
 * (rules in libs/domain `one-time-secrets.ts`). Only a hash is kept; an account has at most one live secret a purpose.
 */
export class OneTimeSecrets1765000003400 implements MigrationInterface {
  name = 'OneTimeSecrets1765000003400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "one_time_secrets" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "account_id" uuid NOT NULL REFERENCES "accounts"("id") ON DELETE CASCADE,
        "purpose" character varying(32) NOT NULL,
        "form" character varying(4) NOT NULL CHECK ("form" IN ('LINK', 'CODE')),
        "secret_hash" character(64) NOT NULL,
        "subject" character varying(254),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "failed_attempts" smallint NOT NULL DEFAULT 0,
        CONSTRAINT "one_time_secrets_pk" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "one_time_secrets_link_unique" ON "one_time_secrets" ("secret_hash") WHERE "form" = 'LINK'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "one_time_secrets_live_unique" ON "one_time_secrets" ("account_id", "purpose") WHERE "used_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "one_time_secrets"`);
  }
}
