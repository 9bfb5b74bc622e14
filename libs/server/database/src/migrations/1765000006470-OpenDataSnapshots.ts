import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The open data, frozen once a day (issue 15): `open_data_snapshots` has one row per Moscow date with the audit
 * chain's head at that moment, `open_data_snapshot_files` each data set of it as JSON and CSV. Neither is ever
 * changed or removed (a trigger refuses it), so a published figure can be checked against what was published then.
 */
export class OpenDataSnapshots1765000006470 implements MigrationInterface {
  name = 'OpenDataSnapshots1765000006470';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "open_data_snapshots" ("snapshot_on" date NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "audit_head_seq" bigint, "audit_head_hash" character(64), CONSTRAINT "open_data_snapshots_pkey" PRIMARY KEY ("snapshot_on"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "open_data_snapshot_files" ("snapshot_on" date NOT NULL REFERENCES "open_data_snapshots" ("snapshot_on"), "dataset" character varying(40) NOT NULL, "format" character varying(4) NOT NULL, "content" text NOT NULL, "sha256" character(64) NOT NULL, CONSTRAINT "open_data_snapshot_files_format" CHECK ("format" IN ('json', 'csv')), CONSTRAINT "open_data_snapshot_files_pkey" PRIMARY KEY ("snapshot_on", "dataset", "format"))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION open_data_snapshots_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'open data snapshots are append-only'; END $$`);
    for (const table of ['open_data_snapshots', 'open_data_snapshot_files'])
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION open_data_snapshots_append_only()`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "open_data_snapshot_files"`);
    await queryRunner.query(`DROP TABLE "open_data_snapshots"`);
    await queryRunner.query(`DROP FUNCTION open_data_snapshots_append_only()`);
  }
}
