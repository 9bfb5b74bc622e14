import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A passport number may be held by two profiles of one country: the second is saved and flagged to the attaché
 * (DUPLICATE_PASSPORT) instead of refused, so no answer tells whether a number is held. The index stays, to find them.
 */
export class PassportNumbersMayRepeat1765000003300 implements MigrationInterface {
  name = 'PassportNumbersMayRepeat1765000003300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."candidate_profiles_passport_unique"`);
    await queryRunner.query(
      `CREATE INDEX "candidate_profiles_passport_idx" ON "candidate_profiles" ("origin_country", "passport_number_index") WHERE "passport_number_index" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Fails while two profiles share a number: the attaché must settle those first.
    await queryRunner.query(`DROP INDEX "public"."candidate_profiles_passport_idx"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "candidate_profiles_passport_unique" ON "candidate_profiles" ("origin_country", "passport_number_index") WHERE "passport_number_index" IS NOT NULL`,
    );
  }
}
