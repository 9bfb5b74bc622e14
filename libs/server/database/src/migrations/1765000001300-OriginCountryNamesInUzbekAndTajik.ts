import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data: the origin countries named in Uzbek (Latin script) and Tajik, now that the product speaks both. */
export class OriginCountryNamesInUzbekAndTajik1765000001300 implements MigrationInterface {
  name = 'OriginCountryNamesInUzbekAndTajik1765000001300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "origin_countries" AS c SET "names" = c."names" || v."names"
         FROM (VALUES
           ('KG', '{"uz":"Qirgʻiziston","tg":"Қирғизистон"}'::jsonb),
           ('UZ', '{"uz":"Oʻzbekiston","tg":"Ӯзбекистон"}'::jsonb),
           ('TJ', '{"uz":"Tojikiston","tg":"Тоҷикистон"}'::jsonb)
         ) AS v("code", "names")
        WHERE c."code" = v."code"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "origin_countries" SET "names" = "names" - 'uz' - 'tg' WHERE "code" IN ('KG', 'UZ', 'TJ')`);
  }
}
