/** Ends open applications when their vacancy closes or their employer is suspended, in the caller's transaction. */
import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '@jumush/server/database';
import { SYSTEM_CLOSABLE_APPLICATION_STATUSES, closeOpenApplication, type ApplicationClosureCause } from '@jumush/domain';

@Injectable()
export class ApplicationClosureService {
  /**
   * Ends every open application of the given vacancies (closed, or their employer suspended), with
   * timeline entries and notifications, in the caller's transaction.
   */
  async closeOpenApplications(
    manager: EntityManager,
    where: { vacancyIds?: string[]; companyId?: string },
    cause: ApplicationClosureCause,
  ): Promise<number> {
    const closable = SYSTEM_CLOSABLE_APPLICATION_STATUSES.filter((status) => closeOpenApplication(status, cause).ok);
    const rows = await queryRows<{
      id: string;
      previous: string;
      account_id: string | null;
      vacancy_id: string;
    }>(
      manager,
      `WITH open AS (
         SELECT a.id, a.status FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
          WHERE a.status = ANY($1::application_status[]) AND (v.id = ANY($2::uuid[]) OR v.company_id = $3::uuid)
          FOR UPDATE OF a
       )
       UPDATE applications a SET status = 'CLOSED', status_reason = $4, version = a.version + 1, updated_at = now()
         FROM open WHERE a.id = open.id
       RETURNING a.id, open.status AS previous, a.vacancy_id, (SELECT account_id FROM candidate_profiles p WHERE p.id = a.candidate_id) AS account_id`,
      [closable, where.vacancyIds ?? [], where.companyId ?? null, cause],
    );
    if (rows.length === 0) return 0;
    await manager.query(
      `INSERT INTO application_events (application_id, from_status, to_status, actor_role, actor_id, reason)
       SELECT id, previous::application_status, 'CLOSED', 'SYSTEM', NULL, $2 FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, previous text)`,
      [JSON.stringify(rows), cause],
    );
    await manager.query(
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
       SELECT 'application.closed', 'application', r.id::text, ARRAY[r.account_id], jsonb_build_object('applicationId', r.id, 'vacancyId', r.vacancy_id, 'from', r.previous, 'to', 'CLOSED', 'reason', $2::text)
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, previous text, account_id uuid, vacancy_id uuid) WHERE r.account_id IS NOT NULL`,
      [JSON.stringify(rows), cause],
    );
    return rows.length;
  }
}

/** Global and dependency-free, so companies and vacancies can close applications without importing them. */
@Global()
@Module({
  providers: [ApplicationClosureService],
  exports: [ApplicationClosureService],
})
export class ApplicationClosureModule {}
