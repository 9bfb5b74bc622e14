import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain's head, published once a day (issue 15): one row per UTC day, never changed or removed, read by a
 * public endpoint so a rewritten history shows outside the database.
 */
export class AuditHeadPublications1765000005400 implements MigrationInterface {
  name = 'AuditHeadPublications1765000005400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_head_publications" ("published_on" date NOT NULL, "seq" bigint NOT NULL, "hash" character(64) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_head_publications_pkey" PRIMARY KEY ("published_on"))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_head_publications_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_head_publications is append-only'; END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_head_publications_append_only BEFORE UPDATE OR DELETE ON audit_head_publications FOR EACH ROW EXECUTE FUNCTION audit_head_publications_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_head_publications_append_only ON audit_head_publications`);
    await queryRunner.query(`DROP FUNCTION audit_head_publications_append_only()`);
    await queryRunner.query(`DROP TABLE "audit_head_publications"`);
  }
}
