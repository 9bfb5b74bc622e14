import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SEED_OCCUPATIONS } from '@jumush/domain';

/**
 * Occupations are data: `occupations` holds what libs/domain occupations.ts held until now (the ISCO-08 code, the
 * sector, the name and synonyms in the five languages), in the same order, all active. The admin's console adds,
 * renames and deactivates them from now on; SEED_OCCUPATIONS stays as it was seeded, never edited.
 */
export class OccupationsAsData1765000006460 implements MigrationInterface {
  name = 'OccupationsAsData1765000006460';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "occupations" ("code" character varying(4) NOT NULL, "sector" character varying(24) NOT NULL, "names" jsonb NOT NULL, "synonyms" jsonb NOT NULL, "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "occupations_code" CHECK ("code" ~ '^[1-9][0-9]{3}$'), CONSTRAINT "occupations_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "occupations_position_idx" ON "occupations" ("position") `);
    const rows = SEED_OCCUPATIONS.map((occupation, index) => ({
      code: occupation.code,
      sector: occupation.sector,
      names: occupation.name,
      synonyms: occupation.synonyms,
      position: index + 1,
    }));
    await queryRunner.query(
      `INSERT INTO "occupations" ("code", "sector", "names", "synonyms", "position")
       SELECT r."code", r."sector", r."names", r."synonyms", r."position"
         FROM jsonb_to_recordset($1::jsonb) AS r("code" varchar, "sector" varchar, "names" jsonb, "synonyms" jsonb, "position" integer)`,
      [JSON.stringify(rows)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "occupations"`);
  }
}
