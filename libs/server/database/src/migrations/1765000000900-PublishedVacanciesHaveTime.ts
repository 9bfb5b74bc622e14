import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A published vacancy always carries its publication time: search pages are keyed by it. */
export class PublishedVacanciesHaveTime1765000000900 implements MigrationInterface {
  name = 'PublishedVacanciesHaveTime1765000000900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Rows written before the rule (none through the API, which always stamps it) get their last change as the time.
    await queryRunner.query(`UPDATE "vacancies" SET "published_at" = "updated_at" WHERE "status" = 'PUBLISHED' AND "published_at" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_published_has_time" CHECK ("status" <> 'PUBLISHED' OR "published_at" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancies" DROP CONSTRAINT "vacancies_published_has_time"`);
  }
}
