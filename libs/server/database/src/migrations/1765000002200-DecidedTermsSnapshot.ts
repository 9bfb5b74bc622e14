import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decided batch keeps the vacancy's terms and the employer's name as they stood at the decision
 * (`{ vacancy: <the vacancies row>, company: { legal_name, inn } }`): approval letters and the decision sheet print
 * them, so an edit of the vacancy after the decision never changes an issued document. Batches decided before this
 * migration take the terms the vacancy has now, the best record there is of them.
 */
export class DecidedTermsSnapshot1765000002200 implements MigrationInterface {
  name = 'DecidedTermsSnapshot1765000002200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "batches" ADD "decided_terms" jsonb`);
    await queryRunner.query(`
      UPDATE batches b
         SET decided_terms = jsonb_build_object('vacancy', to_jsonb(v), 'company', jsonb_build_object('legal_name', c.legal_name, 'inn', c.inn))
        FROM vacancies v JOIN companies c ON c.id = v.company_id
       WHERE v.id = b.vacancy_id AND b.decided_at IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "batches" DROP COLUMN "decided_terms"`);
  }
}
