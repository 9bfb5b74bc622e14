import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verified phone numbers (issue 13): `accounts.phone_verified_at`, set when a migrant types the SMS code sent to the
 * number. Until then the number gets no SMS but the code and the migrant cannot apply.
 *
 * Migrants already registered are taken as verified: they registered when no code was asked, many are in running
 * recruitment whose every notice goes by SMS to that number, and the numbers have been receiving those SMS (a
 * wrong number would have shown by now as a person who never answers). Stopping their SMS and applications at once
 * would hurt applicants mid-process more than it protects anyone. A number they change later is proven again.
 */
export class VerifiedPhones1765000005100 implements MigrationInterface {
  name = 'VerifiedPhones1765000005100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "phone_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "accounts" SET "phone_verified_at" = "created_at" WHERE "phone" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "phone_verified_at"`);
  }
}
