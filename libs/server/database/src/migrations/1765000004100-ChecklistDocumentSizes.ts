import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A checklist document's size, so a migrant's documents count against the per-account quota. Documents uploaded
 * before this have no size recorded and count as nothing until they are replaced.
 */
export class ChecklistDocumentSizes1765000004100 implements MigrationInterface {
  name = 'ChecklistDocumentSizes1765000004100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "checklist_items" ADD "document_size_bytes" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "checklist_items" DROP COLUMN "document_size_bytes"`);
  }
}
