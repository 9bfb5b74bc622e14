import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files as evidence after arrival: up to five attachments (PDF, JPEG, PNG) on a grievance, and one receipt on a fee
 * report. Each names its stored file by key (the orphan-file sweep keeps every key a row names).
 */
export class GrievanceAttachments1765000005920 implements MigrationInterface {
  name = 'GrievanceAttachments1765000005920';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "grievance_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grievance_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(64) NOT NULL, "size_bytes" integer NOT NULL, "storage_key" character varying(255) NOT NULL, "sha256" character varying(64) NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_grievance_attachments" PRIMARY KEY ("id"), CONSTRAINT "FK_grievance_attachments_grievance" FOREIGN KEY ("grievance_id") REFERENCES "grievances"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "grievance_attachments_grievance_idx" ON "grievance_attachments" ("grievance_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "grievance_attachments_storage_key_idx" ON "grievance_attachments" ("storage_key")`);
    await queryRunner.query(
      `ALTER TABLE "work_reports" ADD "receipt_key" character varying(255), ADD "receipt_file_name" character varying(255), ADD "receipt_content_type" character varying(64), ADD "receipt_size_bytes" integer, ADD "receipt_sha256" character varying(64), ADD "receipt_uploaded_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`CREATE INDEX "work_reports_receipt_key_idx" ON "work_reports" ("receipt_key") WHERE "receipt_key" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."work_reports_receipt_key_idx"`);
    await queryRunner.query(
      `ALTER TABLE "work_reports" DROP COLUMN "receipt_uploaded_at", DROP COLUMN "receipt_sha256", DROP COLUMN "receipt_size_bytes", DROP COLUMN "receipt_content_type", DROP COLUMN "receipt_file_name", DROP COLUMN "receipt_key"`,
    );
    await queryRunner.query(`DROP TABLE "grievance_attachments"`);
  }
}
