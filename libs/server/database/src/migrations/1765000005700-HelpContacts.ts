import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Help nearby: hotlines, NGOs and consular representatives by Russian region and language, with opening hours.
 * Empty `regions` means all of Russia, empty `origin_countries` every origin country. Demonstration entries are
 * seeded with the demo data (never here: a production database must not list made-up hotlines), flagged `demo`.
 */
export class HelpContacts1765000005700 implements MigrationInterface {
  name = 'HelpContacts1765000005700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "help_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "regions" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL, "phone" character varying(40), "address" character varying(300), "website" character varying(300), "hours" jsonb NOT NULL DEFAULT '{}', "origin_countries" text array NOT NULL DEFAULT '{}', "demo" boolean NOT NULL DEFAULT false, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "help_contacts_kind_check" CHECK ("kind" IN ('HOTLINE', 'NGO', 'CONSULATE')), CONSTRAINT "PK_help_contacts" PRIMARY KEY ("id"))`,
    );
    // The migrant's list filters by region; the attaché's by country.
    await queryRunner.query(`CREATE INDEX "help_contacts_regions_idx" ON "help_contacts" USING gin ("regions")`);
    await queryRunner.query(`CREATE INDEX "help_contacts_origin_countries_idx" ON "help_contacts" USING gin ("origin_countries")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "help_contacts"`);
  }
}
