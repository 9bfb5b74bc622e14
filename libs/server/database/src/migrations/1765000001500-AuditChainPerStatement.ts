import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chains a multi-row insert into audit_events in one pass, with the same hash per event as before (so every
 * existing link still verifies). Two costs made 1,000 events of one statement take ~150 ms:
 *  - the row trigger locked and updated the single audit_chain_head row once per event: 1,000 versions of one row
 *    in one transaction, each found by walking the ones before it;
 *  - audit_event_hash was declared IMMUTABLE although to_char and concat_ws inside it are STABLE, so PostgreSQL
 *    refused to inline it and ran it as a separate SQL function call per event (~10 µs each).
 * Now the row trigger locks the head once per transaction and carries it from event to event in a
 * transaction-local setting (`jumush.audit_chain_head` = "<transaction id>:<seq>:<hash>", undone with the
 * transaction or savepoint that set it); one AFTER STATEMENT trigger writes it back to audit_chain_head. The hash
 * function is declared STABLE, which is what its body is: the planner inlines it, in the trigger and in
 * verification alike. Its body, the one definition of a hash, is unchanged.
 */
export class AuditChainPerStatement1765000001500 implements MigrationInterface {
  name = 'AuditChainPerStatement1765000001500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER FUNCTION audit_event_hash(text, bigint, uuid, text, text, text, text, text, jsonb, timestamptz) STABLE`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        xact text := pg_current_xact_id()::text;
        head text := current_setting('jumush.audit_chain_head', true);
        parts text[];
        last_seq bigint;
        last_hash text;
      BEGIN
        -- The head this transaction already holds (locked by its first event), or the table's, locked now until commit.
        IF starts_with(head, xact || ':') THEN
          parts := string_to_array(head, ':');
          last_seq := parts[2]::bigint;
          last_hash := nullif(parts[3], '');
        ELSE
          SELECT h.last_seq, h.last_hash INTO last_seq, last_hash FROM audit_chain_head h WHERE h.id = 1 FOR UPDATE;
        END IF;
        NEW.seq := last_seq + 1;
        NEW.prev_hash := last_hash;
        NEW.hash := audit_event_hash(NEW.prev_hash, NEW.seq, NEW.actor_id, NEW.actor_role, NEW.action, NEW.subject_type, NEW.subject_id, NEW.reason, NEW.data, NEW.created_at);
        head := set_config('jumush.audit_chain_head', xact || ':' || NEW.seq || ':' || NEW.hash, true);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_events_chain_head() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parts text[] := string_to_array(current_setting('jumush.audit_chain_head', true), ':');
      BEGIN
        IF parts[1] = pg_current_xact_id()::text THEN
          UPDATE audit_chain_head SET last_seq = parts[2]::bigint, last_hash = parts[3] WHERE id = 1;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_events_chain_head AFTER INSERT ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_chain_head()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_chain_head ON audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_chain_head()`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_chain_head%ROWTYPE;
      BEGIN
        SELECT * INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        NEW.seq := head.last_seq + 1;
        NEW.prev_hash := head.last_hash;
        NEW.hash := audit_event_hash(NEW.prev_hash, NEW.seq, NEW.actor_id, NEW.actor_role, NEW.action, NEW.subject_type, NEW.subject_id, NEW.reason, NEW.data, NEW.created_at);
        UPDATE audit_chain_head SET last_seq = NEW.seq, last_hash = NEW.hash WHERE id = 1;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`ALTER FUNCTION audit_event_hash(text, bigint, uuid, text, text, text, text, text, jsonb, timestamptz) IMMUTABLE`);
  }
}
