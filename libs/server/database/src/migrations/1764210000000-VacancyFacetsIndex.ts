import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of the public search, partial on published vacancies like the others, written by hand (TypeORM declares
 * neither INCLUDE nor GIN); the entity marks them synchronize: false.
 * - Total and facet counts read every matching row. A vacancy's heap row is wide (description, search text,
 *   tsvector), so the counts read this narrow covering index instead (index-only scan): the facet columns, the
 *   filter columns and company_id for the join on the company's status.
 * - The trigram index on search_text goes: the misspelling fallback no longer runs word_similarity over the search
 *   text (about 0.1 ms a row, see bench/README.md); it matches the title by trigrams and occupations by name.
 */
export class VacancyFacetsIndex1764210000000 implements MigrationInterface {
  name = 'VacancyFacetsIndex1764210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "vacancies_published_facets_idx" ON "vacancies" ("region_code", "occupation_code") INCLUDE ("housing", "insurance", "travel_paid", "monthly_wage_roubles", "contract_months", "start_date", "company_id") WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(`DROP INDEX IF EXISTS "vacancies_search_text_trigram_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "vacancies_search_text_trigram_idx" ON "vacancies" USING GIN ("search_text" gin_trgm_ops) WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(`DROP INDEX IF EXISTS "vacancies_published_facets_idx"`);
  }
}
