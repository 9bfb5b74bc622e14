import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks for employers' systems: a company's endpoints (HTTPS address, subscribed events, the signing secret sealed
 * with the field cipher, the failure record that switches it off), one delivery per event and endpoint (the event id
 * the receiver deduplicates by, the exact body, its state) and one row per attempt (the delivery log).
 */
export class Webhooks1765000006200 implements MigrationInterface {
  name = 'Webhooks1765000006200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "url" character varying(2048) NOT NULL, "description" character varying(200), "events" text array NOT NULL, "secret_sealed" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'ACTIVE', "consecutive_failures" integer NOT NULL DEFAULT 0, "failing_since" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "disabled_reason" character varying(32), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "webhook_endpoints_status" CHECK ("status" IN ('ACTIVE', 'DISABLED')), CONSTRAINT "webhook_endpoints_has_events" CHECK (cardinality("events") > 0), CONSTRAINT "PK_webhook_endpoints" PRIMARY KEY ("id"), CONSTRAINT "FK_webhook_endpoints_company" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "webhook_endpoints_company_idx" ON "webhook_endpoints" ("company_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" ("id" bigserial NOT NULL, "endpoint_id" uuid NOT NULL, "outbox_id" bigint NOT NULL, "event_id" uuid NOT NULL, "event_type" character varying(64) NOT NULL, "body" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT 0, "last_status_code" integer, "last_duration_ms" integer, "last_error" text, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "replay_of" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "webhook_deliveries_status" CHECK ("status" IN ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED')), CONSTRAINT "PK_webhook_deliveries" PRIMARY KEY ("id"), CONSTRAINT "FK_webhook_deliveries_endpoint" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE)`,
    );
    // One delivery per outbox row and endpoint: a fan-out run twice writes it once.
    await queryRunner.query(`CREATE UNIQUE INDEX "webhook_deliveries_outbox_endpoint_key" ON "webhook_deliveries" ("outbox_id", "endpoint_id")`);
    // The head of an endpoint's line: its pending delivery of the oldest outbox row.
    await queryRunner.query(
      `CREATE INDEX "webhook_deliveries_pending_idx" ON "webhook_deliveries" ("endpoint_id", "outbox_id", "id") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" ("endpoint_id", "id" DESC)`);
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery_attempts" ("id" bigserial NOT NULL, "delivery_id" bigint NOT NULL, "attempt" integer NOT NULL, "status_code" integer, "duration_ms" integer NOT NULL, "error" text, "succeeded" boolean NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_webhook_delivery_attempts" PRIMARY KEY ("id"), CONSTRAINT "FK_webhook_delivery_attempts_delivery" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "webhook_delivery_attempts_delivery_idx" ON "webhook_delivery_attempts" ("delivery_id", "attempt")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_delivery_attempts"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
  }
}
