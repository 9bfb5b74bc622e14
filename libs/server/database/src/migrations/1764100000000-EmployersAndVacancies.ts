import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmployersAndVacancies1764100000000 implements MigrationInterface {
  name = 'EmployersAndVacancies1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram matching finds vacancies despite misspellings.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE TYPE "public"."company_status" AS ENUM('PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED')`);
    await queryRunner.query(
      `CREATE TABLE "companies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "legal_name" character varying(300) NOT NULL, "inn" character varying(12) NOT NULL, "ogrn" character varying(15) NOT NULL, "legal_address" character varying(500) NOT NULL, "region_code" character varying(2) NOT NULL, "contact_person" character varying(120) NOT NULL, "phone" character varying(16) NOT NULL, "email" character varying(254) NOT NULL, "status" "public"."company_status" NOT NULL DEFAULT 'PENDING', "status_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d4bc3e82a314fa9e29f652c2c22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "companies_inn_unique" ON "companies"  ("inn") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "companies_ogrn_unique" ON "companies"  ("ogrn") `);
    await queryRunner.query(`CREATE INDEX "companies_status_idx" ON "companies"  ("status") `);
    await queryRunner.query(`CREATE TYPE "public"."company_document_kind" AS ENUM('REGISTRATION_EXTRACT', 'LICENCE', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "company_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "kind" "public"."company_document_kind" NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(64) NOT NULL, "size_bytes" integer NOT NULL, "storage_key" character varying(255) NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df54bfe584d2de1b722f3072629" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "company_documents_company_idx" ON "company_documents"  ("company_id") `);
    await queryRunner.query(
      `CREATE TABLE "company_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "account_id" uuid, "email" character varying(254) NOT NULL, "owner" boolean NOT NULL DEFAULT false, "invited_by" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b159163d9222448886158bc5385" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "company_members_account_unique" ON "company_members"  ("account_id") WHERE "account_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "company_members_email_idx" ON "company_members"  ("email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "company_members_company_email_unique" ON "company_members"  ("company_id", "email") `);
    await queryRunner.query(`CREATE TYPE "public"."vacancy_status" AS ENUM('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'CLOSED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "vacancy_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "version" integer NOT NULL, "status" "public"."vacancy_status" NOT NULL, "terms" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1509ab5649683b2efb89dad486" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "vacancy_revisions_vacancy_version_unique" ON "vacancy_revisions"  ("vacancy_id", "version") `);
    await queryRunner.query(`CREATE TYPE "public"."shift_pattern" AS ENUM('DAY', 'NIGHT', 'ROTATING', 'TWO_ON_TWO_OFF', 'ROTATION')`);
    await queryRunner.query(`CREATE TYPE "public"."housing_option" AS ENUM('NONE', 'FREE', 'PAID')`);
    await queryRunner.query(`CREATE TYPE "public"."meals_option" AS ENUM('NONE', 'FREE', 'PAID')`);
    await queryRunner.query(`CREATE TYPE "public"."russian_level" AS ENUM('NONE', 'BASIC', 'CONVERSATIONAL', 'FLUENT')`);
    await queryRunner.query(
      // TypeORM finds this row by the database's name: whatever database the migration runs in.
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'vacancies',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('russian', coalesce(\"title\", '')), 'A') || setweight(to_tsvector('simple', coalesce(\"title\", '') || ' ' || coalesce(\"search_text\", '')), 'B') || setweight(to_tsvector('russian', coalesce(\"search_text\", '')), 'C')",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "vacancies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "origin_country" character(2) NOT NULL DEFAULT 'KG', "status" "public"."vacancy_status" NOT NULL DEFAULT 'DRAFT', "status_reason" text, "version" integer NOT NULL, "title" character varying(150) NOT NULL, "occupation_code" character varying(4) NOT NULL, "region_code" character varying(2) NOT NULL, "town" character varying(100) NOT NULL, "monthly_wage_roubles" integer NOT NULL, "weekly_hours" smallint NOT NULL, "shift_pattern" "public"."shift_pattern" NOT NULL, "housing" "public"."housing_option" NOT NULL, "housing_cost_roubles" integer, "meals" "public"."meals_option" NOT NULL, "travel_paid" boolean NOT NULL, "insurance" boolean NOT NULL, "contract_months" smallint NOT NULL, "start_date" date NOT NULL, "positions" integer NOT NULL, "filled_positions" integer NOT NULL DEFAULT '0', "russian_level" "public"."russian_level" NOT NULL, "experience_years" smallint NOT NULL DEFAULT '0', "skills" text array NOT NULL DEFAULT '{}', "description" text NOT NULL DEFAULT '', "application_deadline" date NOT NULL, "search_text" text NOT NULL DEFAULT '', "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('russian', coalesce("title", '')), 'A') || setweight(to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("search_text", '')), 'B') || setweight(to_tsvector('russian', coalesce("search_text", '')), 'C')) STORED NOT NULL, "created_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "vacancies_paid_housing_has_cost" CHECK ("housing" <> 'PAID' OR "housing_cost_roubles" IS NOT NULL), CONSTRAINT "vacancies_filled_within_positions" CHECK ("filled_positions" >= 0 AND "filled_positions" <= "positions"), CONSTRAINT "PK_3b45154a366568190cc15be2906" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "vacancies_published_occupation_idx" ON "vacancies"  ("occupation_code", "published_at") WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "vacancies_published_region_idx" ON "vacancies"  ("region_code", "published_at") WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "vacancies_published_wage_idx" ON "vacancies"  ("monthly_wage_roubles", "id") WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(`CREATE INDEX "vacancies_published_newest_idx" ON "vacancies"  ("published_at", "id") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(
      `CREATE INDEX "vacancies_review_queue_idx" ON "vacancies"  ("origin_country", "submitted_at") WHERE "status" = 'PENDING_REVIEW'`,
    );
    await queryRunner.query(`CREATE INDEX "vacancies_company_idx" ON "vacancies"  ("company_id", "status") `);
    await queryRunner.query(
      `ALTER TABLE "company_documents" ADD CONSTRAINT "FK_43830ec86bb6c8a2f2bc1f2b5f5" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "company_members" ADD CONSTRAINT "FK_e33a61fd560f6412d3ffb39f225" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "company_members" ADD CONSTRAINT "FK_fa5cf7b580a7c017d857f87765e" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vacancies" ADD CONSTRAINT "FK_053198d00d977357314f47d1cf2" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand (TypeORM cannot declare GIN indexes); the entity marks them synchronize: false.
    await queryRunner.query(`CREATE INDEX "vacancies_search_vector_idx" ON "vacancies" USING GIN ("search_vector") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(
      `CREATE INDEX "vacancies_search_trigram_idx" ON "vacancies" USING GIN ("title" gin_trgm_ops) WHERE "status" = 'PUBLISHED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "vacancies_search_trigram_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "vacancies_search_vector_idx"`);
    await queryRunner.query(`ALTER TABLE "vacancies" DROP CONSTRAINT "FK_053198d00d977357314f47d1cf2"`);
    await queryRunner.query(`ALTER TABLE "company_members" DROP CONSTRAINT "FK_fa5cf7b580a7c017d857f87765e"`);
    await queryRunner.query(`ALTER TABLE "company_members" DROP CONSTRAINT "FK_e33a61fd560f6412d3ffb39f225"`);
    await queryRunner.query(`ALTER TABLE "company_documents" DROP CONSTRAINT "FK_43830ec86bb6c8a2f2bc1f2b5f5"`);
    await queryRunner.query(`DROP INDEX "public"."vacancies_company_idx"`);
    await queryRunner.query(`DROP INDEX "public"."vacancies_review_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."vacancies_published_newest_idx"`);
    await queryRunner.query(`DROP INDEX "public"."vacancies_published_wage_idx"`);
    await queryRunner.query(`DROP INDEX "public"."vacancies_published_region_idx"`);
    await queryRunner.query(`DROP INDEX "public"."vacancies_published_occupation_idx"`);
    await queryRunner.query(`DROP TABLE "vacancies"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'vacancies'],
    );
    await queryRunner.query(`DROP TYPE "public"."russian_level"`);
    await queryRunner.query(`DROP TYPE "public"."meals_option"`);
    await queryRunner.query(`DROP TYPE "public"."housing_option"`);
    await queryRunner.query(`DROP TYPE "public"."shift_pattern"`);
    await queryRunner.query(`DROP INDEX "public"."vacancy_revisions_vacancy_version_unique"`);
    await queryRunner.query(`DROP TABLE "vacancy_revisions"`);
    await queryRunner.query(`DROP TYPE "public"."vacancy_status"`);
    await queryRunner.query(`DROP INDEX "public"."company_members_company_email_unique"`);
    await queryRunner.query(`DROP INDEX "public"."company_members_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."company_members_account_unique"`);
    await queryRunner.query(`DROP TABLE "company_members"`);
    await queryRunner.query(`DROP INDEX "public"."company_documents_company_idx"`);
    await queryRunner.query(`DROP TABLE "company_documents"`);
    await queryRunner.query(`DROP TYPE "public"."company_document_kind"`);
    await queryRunner.query(`DROP INDEX "public"."companies_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."companies_ogrn_unique"`);
    await queryRunner.query(`DROP INDEX "public"."companies_inn_unique"`);
    await queryRunner.query(`DROP TABLE "companies"`);
    await queryRunner.query(`DROP TYPE "public"."company_status"`);
  }
}
