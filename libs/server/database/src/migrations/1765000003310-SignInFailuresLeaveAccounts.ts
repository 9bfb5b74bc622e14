import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins are no longer kept on the account (a count and a lock): they slow a login's next attempts in Redis,
 * by the same rule whether or not an account exists (login-lockout.ts), so nothing about them stays on the row.
 */
export class SignInFailuresLeaveAccounts1765000003310 implements MigrationInterface {
  name = 'SignInFailuresLeaveAccounts1765000003310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "failed_login_count"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "locked_until"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "failed_login_count" integer NOT NULL DEFAULT '0'`);
  }
}
