import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An admin account may supervise one or more origin countries (`accounts.supervised_countries`, their codes): the
 * overdue items of those countries escalate to it. Null, as for every account so far, supervises no country in
 * particular (a country without a supervisor escalates to every admin). Only an admin supervises, at least one country.
 */
export class CountrySupervisors1765000006450 implements MigrationInterface {
  name = 'CountrySupervisors1765000006450';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "supervised_countries" text array`);
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "accounts_supervised_countries_of_admin" CHECK ("supervised_countries" IS NULL OR ("role" = 'ADMIN' AND cardinality("supervised_countries") > 0))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "accounts_supervised_countries_of_admin"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "supervised_countries"`);
  }
}
