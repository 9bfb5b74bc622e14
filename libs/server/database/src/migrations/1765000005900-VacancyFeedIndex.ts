import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The open vacancy feed pages published vacancies by their last change: (updated_at, id), keyset. */
export class VacancyFeedIndex1765000005900 implements MigrationInterface {
  name = 'VacancyFeedIndex1765000005900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "vacancies_published_updated_idx" ON "vacancies" ("updated_at", "id") WHERE "status" = 'PUBLISHED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."vacancies_published_updated_idx"`);
  }
}
