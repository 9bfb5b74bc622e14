import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The federal МРОТ and regional minimum wages become data the admin edits (issue 15), each row naming its legal act
 * and the date it takes effect; seeded with the figures the product shipped with (libs/domain minimum-wage-table.ts).
 * One row per region (null: federal) and date.
 */
export class MinimumWages1765000005410 implements MigrationInterface {
  name = 'MinimumWages1765000005410';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "minimum_wages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(2), "monthly_roubles" integer NOT NULL, "effective_from" date NOT NULL, "source" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "minimum_wages_positive" CHECK ("monthly_roubles" > 0), CONSTRAINT "minimum_wages_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "minimum_wages_region_date_unique" ON "minimum_wages" (coalesce("region_code", ''), "effective_from")`,
    );
    await queryRunner.query(
      `INSERT INTO "minimum_wages" ("region_code", "monthly_roubles", "effective_from", "source") VALUES
         (NULL, 16242, '2023-01-01', 'Федеральный закон от 19.12.2022 № 522-ФЗ'),
         (NULL, 19242, '2024-01-01', 'Федеральный закон от 27.11.2023 № 548-ФЗ'),
         (NULL, 22440, '2025-01-01', 'Федеральный закон от 29.10.2024 № 365-ФЗ'),
         (NULL, 27093, '2026-01-01', 'Федеральный закон от 28.11.2025 № 429-ФЗ'),
         ('77', 29389, '2024-01-01', 'Соглашение о минимальной заработной плате в городе Москве на 2024 год'),
         ('77', 32916, '2025-01-01', 'Соглашение о минимальной заработной плате в городе Москве на 2025 год от 20.12.2024 № 77-1697'),
         ('77', 39730, '2026-01-01', 'Соглашение о минимальной заработной плате в городе Москве на 2026 год от 11.12.2025'),
         ('78', 25000, '2024-01-01', 'Региональное соглашение о минимальной заработной плате в Санкт-Петербурге на 2024 год'),
         ('78', 28750, '2025-01-01', 'Региональное соглашение о минимальной заработной плате в Санкт-Петербурге на 2025 год'),
         ('78', 31250, '2026-01-01', 'Региональное соглашение о минимальной заработной плате в Санкт-Петербурге на 2026 год от 11.12.2025'),
         ('47', 20125, '2024-01-01', 'Региональное соглашение о минимальной заработной плате в Ленинградской области на 2024 год'),
         ('47', 23800, '2025-01-01', 'Региональное соглашение о минимальной заработной плате в Ленинградской области на 2025 год'),
         ('47', 27440, '2026-01-01', 'Региональное соглашение о минимальной заработной плате в Ленинградской области на 2026 год от 24.11.2025'),
         ('50', 24500, '2025-11-01', 'Соглашение о минимальной заработной плате в Московской области от 29.10.2025')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "minimum_wages"`);
  }
}
