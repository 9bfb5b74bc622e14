/**
 * Writes notification requests and reminders in the caller's transaction (transactional outbox): they commit or
 * vanish with the change, and wait in PostgreSQL while Redis is down. The worker relays both.
 */
import { Injectable } from '@nestjs/common';
import type { OutboxTopic } from '@jumush/contracts';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity, ReminderOutboxEntity } from '@jumush/server/database';
import { remindJobId, type RemindJobData } from '@jumush/server/queues';

export interface OutboxRequest {
  /** One of the catalogued topics (the topic catalogue in @jumush/server/notifications says who hears what). */
  topic: OutboxTopic;
  aggregateType: string;
  aggregateId: string;
  recipientIds: string[];
  payload: Record<string, unknown>;
}

@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, request: OutboxRequest): Promise<void> {
    if (request.recipientIds.length === 0) return;
    await manager.save(manager.create(OutboxMessageEntity, request));
  }

  /**
   * A delayed reminder, due at `dueAt`, under a deterministic job id (by default its kind, subject and time), so
   * writing it twice schedules it once.
   */
  async scheduleReminder(manager: EntityManager, data: RemindJobData, dueAt: Date, jobId = remindJobId(data, dueAt)): Promise<void> {
    await manager.insert(ReminderOutboxEntity, { jobId, data: { ...data }, dueAt });
  }
}
