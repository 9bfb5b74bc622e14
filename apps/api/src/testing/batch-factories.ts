/** Set-based factories for batch tests: hundreds of shortlisted candidates in a few statements. */
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VacancyEntity } from '@jumush/server/database';
import { queryRows } from '@jumush/server/database';

/** Accounts of citizens of `country`, adult profiles with names, and SHORTLISTED applications to the vacancy. Returns the application ids. */
export async function insertShortlistedApplications(app: INestApplication, vacancy: VacancyEntity, count: number, country = 'KG'): Promise<string[]> {
  const dataSource = app.get(DataSource);
  const tag = Math.random().toString(36).slice(2, 8);
  const rows = await queryRows<{ id: string }>(
    dataSource.manager,
    `WITH accounts_made AS (
       INSERT INTO accounts (role, email, password_hash, origin_country, locale)
       SELECT 'MIGRANT', 'migrant-' || $3 || '-' || n || '@batch.test', 'not-a-login', $4::char(2), 'ky' FROM generate_series(1, $2) n
       RETURNING id
     ), profiles_made AS (
       INSERT INTO candidate_profiles (account_id, origin_country, surname, given_names, surname_latin, given_names_latin, birth_date, russian_level, readiness_percent, version)
       SELECT id, $4::char(2), 'Асанов', 'Бакыт', 'ASANOV', 'BAKYT', DATE '1995-03-01', 'BASIC', 50, 1 FROM accounts_made
       RETURNING id
     )
     INSERT INTO applications (vacancy_id, candidate_id, status, version) SELECT $1, id, 'SHORTLISTED', 2 FROM profiles_made RETURNING id`,
    [vacancy.id, count, tag, country],
  );
  return rows.map((row) => row.id);
}

/** A SUBMITTED batch of `country`'s candidates holding the given applications (moved to IN_BATCH), as if the employer had sent it. */
export async function insertSubmittedBatch(app: INestApplication, vacancy: VacancyEntity, applicationIds: string[], country = 'KG'): Promise<string> {
  const dataSource = app.get(DataSource);
  return dataSource.transaction(async (manager) => {
    const [batch] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO batches (vacancy_id, company_id, origin_country, status, submitted_at, deadline_at, created_by, version)
       VALUES ($1, $2, $3, 'SUBMITTED', now(), now() + interval '3 days', $2, 1) RETURNING id`,
      [vacancy.id, vacancy.companyId, country],
    );
    await manager.query(`INSERT INTO batch_items (batch_id, application_id) SELECT $1, unnest($2::uuid[])`, [batch.id, applicationIds]);
    await manager.query(`UPDATE applications SET status = 'IN_BATCH', version = version + 1 WHERE id = ANY($1::uuid[])`, [applicationIds]);
    return batch.id;
  });
}
