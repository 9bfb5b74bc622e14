import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A grievance waiting on the staff has a deadline for its stage (taken up; then resolved or referred), in working
 * days of Russia and the migrant's country. Grievances opened before this have none (their clock never started).
 */
export class GrievanceDeadlines1765000005910 implements MigrationInterface {
  name = 'GrievanceDeadlines1765000005910';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grievances" ADD "due_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grievances" DROP COLUMN "due_at"`);
  }
}
