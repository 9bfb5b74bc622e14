import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A move of many applications (a batch decision: 1,000 of them) writes one audit event and one outbox row instead
 * of one of each per application.
 *  - The move's audit event has subject_type 'applications' and lists what it moved in its data, column by column
 *    (`applicationIds`, and at the same positions `from`, `vacancyIds`, `reasons`), inside the hashed data, so the
 *    chain covers the list. An application's events are found through the index below
 *    (`data -> 'applicationIds' @> '["<id>"]'`).
 *  - The move's outbox row is a bundle of `bundle_size` messages of its topic (the format: OutboxBundle in
 *    @jumush/server/notifications), addressed to nobody itself. The worker writes it out as one ordinary row per
 *    message (`bundle_id`, `bundle_index`; unique, so writing a bundle out twice writes its rows once), which then
 *    go out exactly as rows written by the API did.
 *  - Both are written uncompressed when they leave the row (STORAGE EXTERNAL): a bundle of 1,000 ids barely
 *    compresses, and trying took longer than writing it.
 */
export class OneRecordPerMove1765000004000 implements MigrationInterface {
  name = 'OneRecordPerMove1765000004000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "audit_events_applications_idx" ON "audit_events" USING gin (("data" -> 'applicationIds') jsonb_path_ops) WHERE "subject_type" = 'applications'`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "data" SET STORAGE EXTERNAL`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "payload" SET STORAGE EXTERNAL`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "bundle_size" integer`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "bundle_id" bigint`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "bundle_index" integer`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "outbox_messages_bundle_unique" ON "outbox_messages" ("bundle_id", "bundle_index") WHERE "bundle_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "payload" SET STORAGE EXTENDED`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "data" SET STORAGE EXTENDED`);
    await queryRunner.query(`DROP INDEX "outbox_messages_bundle_unique"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "bundle_index"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "bundle_id"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "bundle_size"`);
    await queryRunner.query(`DROP INDEX "audit_events_applications_idx"`);
  }
}
