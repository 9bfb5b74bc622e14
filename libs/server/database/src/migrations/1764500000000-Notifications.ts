import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification preferences, delivery and fan-out records, reminders, the in-app notification centre and captured messages. */
export class Notifications1764500000000 implements MigrationInterface {
  name = 'Notifications1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_channel" AS ENUM('IN_APP', 'EMAIL', 'SMS', 'TELEGRAM')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_delivery_status" AS ENUM('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED')`);
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("account_id" uuid NOT NULL, "channels" "public"."notification_channel" array, "locale" character varying(5), "telegram_chat_id" character varying(32), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_73cfaca5ce36388afe7d5854306" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_deliveries" ("id" BIGSERIAL NOT NULL, "outbox_id" bigint NOT NULL, "account_id" uuid NOT NULL, "channel" "public"."notification_channel" NOT NULL, "status" "public"."notification_delivery_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "provider_message_id" character varying(128), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_81daeff81f237bd384f7cfc4a4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_deliveries_status_idx" ON "notification_deliveries"  ("status", "updated_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_deliveries_key_unique" ON "notification_deliveries"  ("outbox_id", "account_id", "channel") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_fanouts" ("outbox_id" bigint NOT NULL, "deliveries" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5224a974b3f1c82f363c40bd0f3" PRIMARY KEY ("outbox_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "in_app_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "outbox_id" bigint, "type" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f871e2a23724692bbb5b3b75c98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "in_app_notifications_source_unique" ON "in_app_notifications"  ("outbox_id", "account_id") `);
    await queryRunner.query(`CREATE INDEX "in_app_notifications_unread_idx" ON "in_app_notifications"  ("account_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "in_app_notifications_account_idx" ON "in_app_notifications"  ("account_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "captured_messages" ("id" BIGSERIAL NOT NULL, "channel" "public"."notification_channel" NOT NULL, "recipient" character varying(254) NOT NULL, "subject" character varying(300), "body" text NOT NULL, "account_id" uuid, "outbox_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1e3f75ad97892381bc36993cf8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_reminders" ("key" character varying(200) NOT NULL, "outbox_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_82ad691b34ae6b6c61aad794b08" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_73cfaca5ce36388afe7d5854306" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_deliveries" ADD CONSTRAINT "FK_17dbd1c18c30120c25e9f55c6d6" FOREIGN KEY ("outbox_id") REFERENCES "outbox_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_deliveries" ADD CONSTRAINT "FK_7272b514265eecb63956673dca1" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_fanouts" ADD CONSTRAINT "FK_5224a974b3f1c82f363c40bd0f3" FOREIGN KEY ("outbox_id") REFERENCES "outbox_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "in_app_notifications" ADD CONSTRAINT "FK_02d1426bed5743cde1f0b28e5a1" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_reminders" ADD CONSTRAINT "FK_6f224a9c7a6dee147d4de6025ce" FOREIGN KEY ("outbox_id") REFERENCES "outbox_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_reminders" DROP CONSTRAINT "FK_6f224a9c7a6dee147d4de6025ce"`);
    await queryRunner.query(`ALTER TABLE "in_app_notifications" DROP CONSTRAINT "FK_02d1426bed5743cde1f0b28e5a1"`);
    await queryRunner.query(`ALTER TABLE "notification_fanouts" DROP CONSTRAINT "FK_5224a974b3f1c82f363c40bd0f3"`);
    await queryRunner.query(`ALTER TABLE "notification_deliveries" DROP CONSTRAINT "FK_7272b514265eecb63956673dca1"`);
    await queryRunner.query(`ALTER TABLE "notification_deliveries" DROP CONSTRAINT "FK_17dbd1c18c30120c25e9f55c6d6"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_73cfaca5ce36388afe7d5854306"`);
    await queryRunner.query(`DROP TABLE "notification_reminders"`);
    await queryRunner.query(`DROP TABLE "captured_messages"`);
    await queryRunner.query(`DROP INDEX "public"."in_app_notifications_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."in_app_notifications_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."in_app_notifications_source_unique"`);
    await queryRunner.query(`DROP TABLE "in_app_notifications"`);
    await queryRunner.query(`DROP TABLE "notification_fanouts"`);
    await queryRunner.query(`DROP INDEX "public"."notification_deliveries_key_unique"`);
    await queryRunner.query(`DROP INDEX "public"."notification_deliveries_status_idx"`);
    await queryRunner.query(`DROP TABLE "notification_deliveries"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TYPE "public"."notification_delivery_status"`);
    await queryRunner.query(`DROP TYPE "public"."notification_channel"`);
  }
}
