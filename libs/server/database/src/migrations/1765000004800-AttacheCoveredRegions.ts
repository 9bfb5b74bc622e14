import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An attaché account may be limited to the Russian regions its regional representatives cover
 * (`accounts.covered_regions`, codes of RUSSIAN_REGIONS); null, as for every account so far, is all of Russia.
 * Only an attaché has regions, and a limited one covers at least one.
 */
export class AttacheCoveredRegions1765000004800 implements MigrationInterface {
  name = 'AttacheCoveredRegions1765000004800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "covered_regions" text array`);
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "accounts_covered_regions_of_attache" CHECK ("covered_regions" IS NULL OR ("role" = 'ATTACHE' AND cardinality("covered_regions") > 0))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "accounts_covered_regions_of_attache"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "covered_regions"`);
  }
}
