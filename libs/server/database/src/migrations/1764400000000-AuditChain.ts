import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes the audit log tamper-evident and append-only. Every event stores a SHA-256 hash of its
 * content and of the previous event's hash. A trigger computes both, so every writer — ORM or
 * set-based SQL — is chained alike; a single head row, locked while an event is written, gives the
 * chain one order (`seq`). Updates and deletes are refused; an edit made around that (disabling the
 * trigger) breaks the chain, and verification names the first broken link.
 */
export class AuditChain1764400000000 implements MigrationInterface {
  name = 'AuditChain1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "seq" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "prev_hash" character(64)`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "hash" character(64)`);
    await queryRunner.query(
      `CREATE TABLE "audit_chain_head" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "last_seq" bigint NOT NULL, "last_hash" character(64))`,
    );
    await queryRunner.query(`INSERT INTO "audit_chain_head" ("id", "last_seq", "last_hash") VALUES (1, 0, NULL)`);
    // The one definition of an event's hash, used when writing and when verifying.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_hash(prev_hash text, seq bigint, actor_id uuid, actor_role text, action text, subject_type text, subject_id text, reason text, data jsonb, created_at timestamptz)
      RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws(E'\\x1f',
          coalesce(prev_hash, ''), seq::text, coalesce(actor_id::text, ''), coalesce(actor_role, ''), action, subject_type, subject_id,
          coalesce(reason, ''), data::text, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')), 'UTF8')), 'hex')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_chain_head%ROWTYPE;
      BEGIN
        SELECT * INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        NEW.seq := head.last_seq + 1;
        NEW.prev_hash := head.last_hash;
        NEW.hash := audit_event_hash(NEW.prev_hash, NEW.seq, NEW.actor_id, NEW.actor_role, NEW.action, NEW.subject_type, NEW.subject_id, NEW.reason, NEW.data, NEW.created_at);
        UPDATE audit_chain_head SET last_seq = NEW.seq, last_hash = NEW.hash WHERE id = 1;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`);
    // Chain the events written before this migration, in the order they were written.
    await queryRunner.query(`
      DO $$
      DECLARE event record; previous text := NULL; position bigint := 0;
      BEGIN
        FOR event IN SELECT * FROM audit_events ORDER BY id LOOP
          position := position + 1;
          UPDATE audit_events SET seq = position, prev_hash = previous,
            hash = audit_event_hash(previous, position, event.actor_id, event.actor_role, event.action, event.subject_type, event.subject_id, event.reason, event.data, event.created_at)
          WHERE id = event.id RETURNING hash INTO previous;
        END LOOP;
        UPDATE audit_chain_head SET last_seq = position, last_hash = previous WHERE id = 1;
      END $$`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "seq" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "hash" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_events_seq_unique" ON "audit_events" ("seq")`);
    await queryRunner.query(`CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);
    await queryRunner.query(
      `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_append_only ON audit_events`);
    await queryRunner.query(`DROP TRIGGER audit_events_chain ON audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(`DROP FUNCTION audit_events_chain()`);
    await queryRunner.query(`DROP FUNCTION audit_event_hash(text, bigint, uuid, text, text, text, text, text, jsonb, timestamptz)`);
    await queryRunner.query(`DROP INDEX "audit_events_seq_unique"`);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "prev_hash"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "seq"`);
  }
}
