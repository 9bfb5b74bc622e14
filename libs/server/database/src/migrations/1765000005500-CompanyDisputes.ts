import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disputes of a claimed INN (issue 13, item 8; rules in libs/domain `company-disputes.ts`): the refused registrant's
 * statement and evidence file, and the attaché's decision. One open dispute per claimant. The evidence file's key is
 * one the orphan-file sweep reads (`evidence_key`), so a dispute removed with its claimant's account leaves no file.
 */
export class CompanyDisputes1765000005500 implements MigrationInterface {
  name = 'CompanyDisputes1765000005500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "company_disputes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
        "inn" character varying(12) NOT NULL,
        "claimant_id" uuid NOT NULL REFERENCES "accounts"("id") ON DELETE CASCADE,
        "statement" text NOT NULL,
        "evidence_file_name" character varying(255) NOT NULL,
        "evidence_content_type" character varying(64) NOT NULL,
        "evidence_size_bytes" integer NOT NULL,
        "evidence_key" character varying(255) NOT NULL,
        "evidence_sha256" character(64) NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'OPEN' CHECK ("status" IN ('OPEN', 'UPHELD', 'REJECTED')),
        "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "decided_by" uuid REFERENCES "accounts"("id") ON DELETE SET NULL,
        "decision_reason" character varying(1000),
        CONSTRAINT "company_disputes_pk" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "company_disputes_one_open_per_claimant" ON "company_disputes" ("claimant_id") WHERE "status" = 'OPEN'`,
    );
    await queryRunner.query(`CREATE INDEX "company_disputes_queue_idx" ON "company_disputes" ("status", "filed_at")`);
    await queryRunner.query(`CREATE INDEX "company_disputes_company_idx" ON "company_disputes" ("company_id")`);
    await queryRunner.query(`CREATE INDEX "company_disputes_evidence_key_idx" ON "company_disputes" ("evidence_key")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "company_disputes"`);
  }
}
