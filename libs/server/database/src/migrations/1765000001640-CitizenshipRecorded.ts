import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A migrant's citizenship is recorded, not guessed: registration requires it, every existing migrant account gets
 * one, and `citizenship_confirmed_at` says when the migrant chose it. (No CHECK yet: test kits of other contexts
 * still insert migrant rows without a country.) Accounts from before (citizenship guessed from a +996 number, or taken as KG when
 * the profile was made) keep the guess, with no confirmation: the profile asks them to confirm it.
 */
export class CitizenshipRecorded1765000001640 implements MigrationInterface {
  name = 'CitizenshipRecorded1765000001640';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "citizenship_confirmed_at" TIMESTAMP WITH TIME ZONE`);
    // The profile's country is what the checklist and the passport index used so far.
    await queryRunner.query(
      `UPDATE "accounts" AS a SET "origin_country" = p."origin_country"
         FROM "candidate_profiles" AS p
        WHERE p."account_id" = a."id" AND a."role" = 'MIGRANT' AND a."origin_country" IS NULL`,
    );
    // A migrant with no profile yet would have got KG on first use of the profile: the same guess, unconfirmed.
    await queryRunner.query(`UPDATE "accounts" SET "origin_country" = 'KG' WHERE "role" = 'MIGRANT' AND "origin_country" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "citizenship_confirmed_at"`);
  }
}
