import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Misspelled searches fall back to trigram word similarity against everything a vacancy is found by
 * (`$q <% search_text`); this GIN index answers that operator. Partial on published vacancies like the
 * other search indexes. Written by hand (TypeORM cannot declare GIN indexes); the entity marks it
 * synchronize: false.
 */
export class VacancySearchTextTrigram1764200000000 implements MigrationInterface {
  name = 'VacancySearchTextTrigram1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "vacancies_search_text_trigram_idx" ON "vacancies" USING GIN ("search_text" gin_trgm_ops) WHERE "status" = 'PUBLISHED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "vacancies_search_text_trigram_idx"`);
  }
}
