import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A suspension says its category (issue 15): the public registry publishes it instead of the free-text reason, which
 * may name people. A country's suspension keeps it on its status row; the admin's global block on the company. Those
 * suspended before the category existed get 'other'. Reinstating clears it.
 */
export class SuspensionCategories1765000005850 implements MigrationInterface {
  name = 'SuspensionCategories1765000005850';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const categories = `('documentsInvalid', 'wageViolation', 'recruitmentFees', 'passportRetention', 'unsafeConditions', 'other')`;
    await queryRunner.query(`ALTER TABLE "company_country_statuses" ADD "suspension_category" character varying(40)`);
    await queryRunner.query(`UPDATE "company_country_statuses" SET "suspension_category" = 'other' WHERE "status" = 'SUSPENDED'`);
    await queryRunner.query(
      `ALTER TABLE "company_country_statuses" ADD CONSTRAINT "company_country_statuses_suspension_category" CHECK ("suspension_category" IS NULL OR "suspension_category" IN ${categories})`,
    );
    await queryRunner.query(`ALTER TABLE "companies" ADD "blocked_category" character varying(40)`);
    await queryRunner.query(`UPDATE "companies" SET "blocked_category" = 'other' WHERE "blocked_at" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "companies" ADD CONSTRAINT "companies_blocked_category" CHECK ("blocked_category" IS NULL OR "blocked_category" IN ${categories})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "companies" DROP CONSTRAINT "companies_blocked_category"`);
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "blocked_category"`);
    await queryRunner.query(`ALTER TABLE "company_country_statuses" DROP CONSTRAINT "company_country_statuses_suspension_category"`);
    await queryRunner.query(`ALTER TABLE "company_country_statuses" DROP COLUMN "suspension_category"`);
  }
}
