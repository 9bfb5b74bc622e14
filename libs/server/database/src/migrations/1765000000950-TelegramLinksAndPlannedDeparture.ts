import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Telegram chat linking (one-time link tokens, chat lookup for /stop), the planned departure date, and the reminder outbox. */
export class TelegramLinksAndPlannedDeparture1765000000950 implements MigrationInterface {
  name = 'TelegramLinksAndPlannedDeparture1765000000950';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder_outbox" ("id" BIGSERIAL NOT NULL, "job_id" character varying(200) NOT NULL, "data" jsonb NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "queued_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b24c9a1ae35d3e0929226abf672" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "reminder_outbox_unqueued_idx" ON "reminder_outbox" ("id") WHERE "queued_at" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "telegram_link_tokens" ("account_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5757e6d50450152e43d459b5bd1" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "telegram_link_tokens_hash_unique" ON "telegram_link_tokens" ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" ADD "planned_departure_on" date`);
    await queryRunner.query(
      `CREATE INDEX "notification_preferences_telegram_chat_idx" ON "notification_preferences" ("telegram_chat_id") WHERE "telegram_chat_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "telegram_link_tokens" ADD CONSTRAINT "FK_5757e6d50450152e43d459b5bd1" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "telegram_link_tokens" DROP CONSTRAINT "FK_5757e6d50450152e43d459b5bd1"`);
    await queryRunner.query(`DROP INDEX "public"."notification_preferences_telegram_chat_idx"`);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP COLUMN "planned_departure_on"`);
    await queryRunner.query(`DROP INDEX "public"."telegram_link_tokens_hash_unique"`);
    await queryRunner.query(`DROP TABLE "telegram_link_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_outbox_unqueued_idx"`);
    await queryRunner.query(`DROP TABLE "reminder_outbox"`);
  }
}
