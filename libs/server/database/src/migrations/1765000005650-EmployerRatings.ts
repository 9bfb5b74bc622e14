import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ratings from those who worked there: one per application (changeable by its author), scores 1–5 for the wage paid
 * on time, the housing and the treatment, whether they would recommend the employer, an optional comment, and the
 * employer's one public answer. The company is copied from the vacancy so a company's ratings are read by one index.
 */
export class EmployerRatings1765000005650 implements MigrationInterface {
  name = 'EmployerRatings1765000005650';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "employer_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "company_id" uuid NOT NULL, "author_account_id" uuid NOT NULL, "wage_on_time" smallint NOT NULL, "housing" smallint NOT NULL, "treatment" smallint NOT NULL, "would_recommend" boolean NOT NULL, "comment" text, "answer" text, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "employer_ratings_scores" CHECK ("wage_on_time" BETWEEN 1 AND 5 AND "housing" BETWEEN 1 AND 5 AND "treatment" BETWEEN 1 AND 5), CONSTRAINT "employer_ratings_answered" CHECK (("answer" IS NULL) = ("answered_at" IS NULL)), CONSTRAINT "PK_employer_ratings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "employer_ratings_application_key" ON "employer_ratings"  ("application_id") `);
    await queryRunner.query(`CREATE INDEX "employer_ratings_company_idx" ON "employer_ratings"  ("company_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "employer_ratings"`);
  }
}
