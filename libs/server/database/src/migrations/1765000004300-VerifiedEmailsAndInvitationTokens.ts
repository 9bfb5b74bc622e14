import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verified e-mail addresses and invitations that cannot be hijacked (issue 13, item 1).
 *
 * - `accounts.email_verified_at`: an employer acts only once the address is proven. Existing employers who already
 *   recruit for a company are taken as verified (they have been acting for it, and their owners vouched for them by
 *   inviting or by registering the company; locking them out of running work would hurt applicants too). Employers
 *   with no company yet are not: nothing of theirs stops, and the first thing they do next is prove the address.
 *   Attaché staff and admins are created by an admin with a given address and are not asked.
 * - `company_members`: an invitation carries the hash of its own token, its expiry and when it was revoked.
 *   Invitations still open from before have no token and can never be accepted: they show as expired, and the owner
 *   invites again (matching on the e-mail text alone is what made them hijackable).
 * - `notification_deliveries.account_id` may be NULL: an invitation is e-mailed to an address that may have no
 *   account yet. NULLS NOT DISTINCT keeps one delivery per outbox row and channel for such messages too.
 */
export class VerifiedEmailsAndInvitationTokens1765000004300 implements MigrationInterface {
  name = 'VerifiedEmailsAndInvitationTokens1765000004300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "accounts" a SET "email_verified_at" = now()
        WHERE a."email" IS NOT NULL
          AND (a."role" IN ('ATTACHE', 'ADMIN') OR EXISTS (SELECT 1 FROM "company_members" m WHERE m."account_id" = a."id"))`,
    );
    await queryRunner.query(`ALTER TABLE "company_members" ADD "invitation_token_hash" character(64)`);
    await queryRunner.query(`ALTER TABLE "company_members" ADD "invitation_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "company_members" ADD "revoked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "company_members_invitation_token_unique" ON "company_members" ("invitation_token_hash") WHERE "invitation_token_hash" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "notification_deliveries" ALTER COLUMN "account_id" DROP NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."notification_deliveries_key_unique"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_deliveries_key_unique" ON "notification_deliveries" ("outbox_id", "account_id", "channel") NULLS NOT DISTINCT`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification_deliveries" WHERE "account_id" IS NULL`);
    await queryRunner.query(`DROP INDEX "public"."notification_deliveries_key_unique"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_deliveries_key_unique" ON "notification_deliveries" ("outbox_id", "account_id", "channel")`,
    );
    await queryRunner.query(`ALTER TABLE "notification_deliveries" ALTER COLUMN "account_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."company_members_invitation_token_unique"`);
    await queryRunner.query(`ALTER TABLE "company_members" DROP COLUMN "revoked_at"`);
    await queryRunner.query(`ALTER TABLE "company_members" DROP COLUMN "invitation_expires_at"`);
    await queryRunner.query(`ALTER TABLE "company_members" DROP COLUMN "invitation_token_hash"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "email_verified_at"`);
  }
}
