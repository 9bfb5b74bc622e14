/** Writes notification requests in the caller's transaction (transactional outbox): they commit or vanish with the change. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '@jumush/server/database';

export interface OutboxRequest {
  topic: string;
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
}
