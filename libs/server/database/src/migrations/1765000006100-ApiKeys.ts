import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys of a company's HR system. Only the SHA-256 of the secret is kept (`secret_hash`); the key is found by its
 * id, which the secret's visible part carries. A key belongs to its company and acts as its creator, a member of it,
 * limited to its scopes; the creator's account going away takes its keys with it.
 */
export class ApiKeys1765000006100 implements MigrationInterface {
  name = 'ApiKeys1765000006100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL, "company_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "scopes" text array NOT NULL, "secret_hash" character(64) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "api_keys_scopes_check" CHECK (cardinality("scopes") > 0 AND "scopes" <@ ARRAY['vacancies:read', 'vacancies:write', 'applicants:read']::text[]), CONSTRAINT "PK_api_keys" PRIMARY KEY ("id"), CONSTRAINT "FK_api_keys_company" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE, CONSTRAINT "FK_api_keys_created_by" FOREIGN KEY ("created_by") REFERENCES "accounts"("id") ON DELETE CASCADE)`,
    );
    // The owner's page lists a company's keys, newest first.
    await queryRunner.query(`CREATE INDEX "api_keys_company_idx" ON "api_keys" ("company_id", "created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
