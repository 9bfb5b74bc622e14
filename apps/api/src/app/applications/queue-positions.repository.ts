/**
 * Where a waiting application stands in its owner's queue: among the SUBMITTED applications of its vacancy (the
 * employer decides them in the order they came), or among the IN_BATCH applications of every batch waiting for the
 * attaché of its country (in order of the batch's submission). Counted per application asked about, never over the
 * whole table:
 *  - SUBMITTED: `applications_vacancy_candidate_unique (vacancy_id, candidate_id)` finds the vacancy's applications (a
 *    few hundred or thousand); status and order are read from those rows. No (vacancy_id, status) index on purpose:
 *    it made every status change a non-HOT update (migration 1765000004010).
 *  - IN_BATCH: `batch_items_open_application_unique (application_id) WHERE open` finds the application's batch,
 *    `batches_queue_idx (origin_country, status, deadline_at)` the country's batches awaiting a decision, the primary
 *    key of `batch_items` (batch_id, application_id) their applications.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueuePositionView } from '@jumush/contracts';
import { ApplicationStatus, BATCH_STATUSES_AWAITING_DECISION } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

interface CountRow {
  position: number;
  total: number;
}

/** The statement for each waiting status; $1 the application. */
export const QUEUE_POSITION_SQL = {
  [ApplicationStatus.Submitted]: `
    SELECT count(*) FILTER (WHERE (o.created_at, o.id) <= (me.created_at, me.id))::int AS position, count(*)::int AS total
      FROM applications me JOIN applications o ON o.vacancy_id = me.vacancy_id AND o.status = 'SUBMITTED'
     WHERE me.id = $1 AND me.status = 'SUBMITTED'
     GROUP BY me.id`,
  [ApplicationStatus.InBatch]: `
    WITH me AS (
      SELECT a.id, a.created_at, b.id AS batch_id, b.submitted_at, b.origin_country
        FROM applications a JOIN batch_items i ON i.application_id = a.id AND i.open JOIN batches b ON b.id = i.batch_id
       WHERE a.id = $1 AND a.status = 'IN_BATCH' AND b.status = ANY($2::batch_status[]) AND b.submitted_at IS NOT NULL)
    SELECT count(*) FILTER (WHERE (b.submitted_at, b.id, a.created_at, a.id) <= (me.submitted_at, me.batch_id, me.created_at, me.id))::int AS position,
           count(*)::int AS total
      FROM me JOIN batches b ON b.origin_country = me.origin_country AND b.status = ANY($2::batch_status[]) AND b.submitted_at IS NOT NULL
           JOIN batch_items i ON i.batch_id = b.id AND i.open
           JOIN applications a ON a.id = i.application_id AND a.status = 'IN_BATCH'
     GROUP BY me.id`,
} as const;

export type QueuedStatus = keyof typeof QUEUE_POSITION_SQL;

export function isQueuedStatus(status: string): status is QueuedStatus {
  return status === ApplicationStatus.Submitted || status === ApplicationStatus.InBatch;
}

@Injectable()
export class QueuePositionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The application's place among those waiting for the same owner; null when it waits for nobody (or no longer). */
  async positionOf(applicationId: string, status: QueuedStatus): Promise<QueuePositionView | null> {
    const [row] = await queryRows<CountRow>(
      this.dataSource.manager,
      QUEUE_POSITION_SQL[status],
      status === ApplicationStatus.InBatch ? [applicationId, BATCH_STATUSES_AWAITING_DECISION] : [applicationId],
    );
    if (!row || row.total === 0) return null;
    return { position: row.position, total: row.total, owner: status === ApplicationStatus.Submitted ? 'employer' : 'attache' };
  }

  /**
   * The places a batch's applications take in the attaché's queue as it is submitted, for their messages: after every
   * application already waiting for the attaché of its country (each batch submitted before this one), then in the
   * order QUEUE_POSITION_SQL reads them (oldest application first). `total` counts them all.
   */
  async attacheQueueOnSubmission(
    manager: EntityManager,
    batchId: string,
    country: string,
  ): Promise<{ total: number; positionById: Map<string, number> }> {
    const [row] = await queryRows<{ ahead: number; members: string[] }>(
      manager,
      `SELECT (SELECT count(*) FROM batches b JOIN batch_items i ON i.batch_id = b.id AND i.open
                 JOIN applications a ON a.id = i.application_id AND a.status = 'IN_BATCH'
                WHERE b.origin_country = $2 AND b.status = ANY($3::batch_status[]) AND b.submitted_at IS NOT NULL AND b.id <> $1)::int AS ahead,
              ARRAY(SELECT a.id::text FROM batch_items i JOIN applications a ON a.id = i.application_id
                     WHERE i.batch_id = $1 AND i.open ORDER BY a.created_at, a.id) AS members`,
      [batchId, country, BATCH_STATUSES_AWAITING_DECISION],
    );
    const positionById = new Map(row.members.map((id, index) => [id, row.ahead + index + 1]));
    return { total: row.ahead + row.members.length, positionById };
  }

  /** The positions of those of `applications` that wait in a queue, by application id. */
  async positionsOf(applications: ReadonlyArray<{ id: string; status: string }>): Promise<Map<string, QueuePositionView>> {
    const positions = new Map<string, QueuePositionView>();
    for (const application of applications) {
      if (!isQueuedStatus(application.status)) continue;
      const position = await this.positionOf(application.id, application.status);
      if (position) positions.set(application.id, position);
    }
    return positions;
  }
}
