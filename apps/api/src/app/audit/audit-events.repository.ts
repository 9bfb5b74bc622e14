/** The only code that reads and writes audit_events: new events in the caller's transaction, a subject's history, the chain. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity, AuditHeadPublicationEntity } from '@jumush/server/database';

export interface NewAuditEvent {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason: string | null;
  data: Record<string, unknown>;
}

/** One link of the hash chain, with the hash the database recomputes for it. */
export interface AuditChainRow {
  id: string;
  seq: string;
  prev_hash: string | null;
  hash: string;
  expected: string;
}

@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, event: NewAuditEvent): Promise<void> {
    await manager.save(manager.create(AuditEventEntity, event));
  }

  /** The events of one subject in the order they happened. */
  eventsOf(subjectType: string, subjectId: string, manager: EntityManager = this.dataSource.manager): Promise<AuditEventEntity[]> {
    return manager.find(AuditEventEntity, { where: { subjectType, subjectId }, order: { id: 'ASC' } });
  }

  /**
   * The events of one application in the order they happened: its own (a submission, a letter's revocation) and
   * those of the moves that list it (subject_type 'applications', found through audit_events_applications_idx).
   */
  eventsOfApplication(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<AuditEventEntity[]> {
    return manager
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .where(`event.subject_type = 'application' AND event.subject_id = :applicationId`, { applicationId })
      .orWhere(`event.subject_type = 'applications' AND event.data -> 'applicationIds' @> CAST(:listed AS jsonb)`, {
        listed: JSON.stringify([applicationId]),
      })
      .orderBy('event.id', 'ASC')
      .getMany();
  }

  /** Up to `limit` links after `afterSeq`; the database recomputes each hash with the function its insert trigger used. */
  chainAfter(afterSeq: bigint, limit: number): Promise<AuditChainRow[]> {
    return this.dataSource.query<AuditChainRow[]>(
      `SELECT id, seq, prev_hash, hash,
              audit_event_hash(prev_hash, seq, actor_id, actor_role, action, subject_type, subject_id, reason, data, created_at) AS expected
         FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [afterSeq.toString(), limit],
    );
  }

  /** The chain's last link as the insert trigger left it; null while no event was ever written. */
  async head(): Promise<{ seq: string; hash: string } | null> {
    const rows: Array<{ seq: string; hash: string | null }> = await this.dataSource.query(
      `SELECT last_seq::text AS seq, last_hash AS hash FROM audit_chain_head WHERE id = 1`,
    );
    const row = rows[0];
    return row?.hash ? { seq: row.seq, hash: row.hash } : null;
  }

  /** A page of the daily published heads, newest day first. */
  publishedHeads(page: number, pageSize: number): Promise<[AuditHeadPublicationEntity[], number]> {
    return this.dataSource.manager.findAndCount(AuditHeadPublicationEntity, {
      order: { publishedOn: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }
}
