import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revoked approval letter records who revoked it and the category of the reason (FRAUD, EMPLOYER_SUSPENDED,
 * CANDIDATE_REQUEST, OTHER): the public verification page shows the category, never the free text.
 */
export class LetterRevocation1765000002100 implements MigrationInterface {
  name = 'LetterRevocation1765000002100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "approval_letters" ADD "revocation_category" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "approval_letters" ADD "revoked_by" uuid`);
    await queryRunner.query(
      `ALTER TABLE "approval_letters" ADD CONSTRAINT "approval_letters_revocation_category" CHECK ("revocation_category" IS NULL OR "revocation_category" IN ('FRAUD', 'EMPLOYER_SUSPENDED', 'CANDIDATE_REQUEST', 'OTHER'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "approval_letters" DROP CONSTRAINT "approval_letters_revocation_category"`);
    await queryRunner.query(`ALTER TABLE "approval_letters" DROP COLUMN "revoked_by"`);
    await queryRunner.query(`ALTER TABLE "approval_letters" DROP COLUMN "revocation_category"`);
  }
}
