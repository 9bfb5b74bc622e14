import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP, RFC 6238): the account's shared secret, encrypted like passport numbers (the field
 * cipher); when it was switched on (null while enrolment is unconfirmed); the last time step whose code was accepted,
 * so a code works once. Recovery codes are kept as keyed hashes, each used once.
 */
export class TwoFactorSignIn1765000005000 implements MigrationInterface {
  name = 'TwoFactorSignIn1765000005000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "totp_secret" text`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "totp_last_step" bigint`);
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "accounts_totp_enabled_has_secret" CHECK ("totp_enabled_at" IS NULL OR "totp_secret" IS NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "recovery_codes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "account_id" uuid NOT NULL REFERENCES "accounts"("id") ON DELETE CASCADE,
        "code_hash" character(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "recovery_codes_pk" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "recovery_codes_account_code_unique" ON "recovery_codes" ("account_id", "code_hash")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "recovery_codes"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "accounts_totp_enabled_has_secret"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "totp_last_step"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "totp_enabled_at"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "totp_secret"`);
  }
}
