import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions a person can see and end: a refresh-token family remembers when its sign-in started (its absolute
 * lifetime counts from there, whatever the rotations) and the device's user agent. An admin can disable an account.
 */
export class SessionsAndDisabledAccounts1765000003320 implements MigrationInterface {
  name = 'SessionsAndDisabledAccounts1765000003320';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "family_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "user_agent" character varying(256)`);
    // A family started when its first token was issued.
    await queryRunner.query(
      `UPDATE "refresh_tokens" t SET "family_started_at" = f.started FROM (SELECT "family_id", min("created_at") AS started FROM "refresh_tokens" GROUP BY "family_id") f WHERE t."family_id" = f."family_id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "user_agent"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "family_started_at"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "disabled_at"`);
  }
}
