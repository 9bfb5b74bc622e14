import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data: the origin countries. Kyrgyzstan is served first; the others follow without code changes. */
export class SeedOriginCountries1764000000001 implements MigrationInterface {
  name = 'SeedOriginCountries1764000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "origin_countries" ("code", "names", "active") VALUES
        ('KG', '{"ky":"Кыргызстан","ru":"Киргизия","en":"Kyrgyzstan"}', true),
        ('UZ', '{"ky":"Өзбекстан","ru":"Узбекистан","en":"Uzbekistan"}', false),
        ('TJ', '{"ky":"Тажикстан","ru":"Таджикистан","en":"Tajikistan"}', false)
       ON CONFLICT ("code") DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "origin_countries" WHERE "code" IN ('KG', 'UZ', 'TJ')`);
  }
}
