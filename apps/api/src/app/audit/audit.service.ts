/** Writes audit events inside the caller's transaction, so a decision and its record commit together. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@jumush/domain';
import { isApiKeyActor } from '../api-keys/api-key-access';
import { AuditEventsRepository } from './audit-events.repository';

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId: string;
  reason?: string | null;
  data?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventsRepository) {}

  async record(manager: EntityManager, actor: Actor | null, record: AuditRecord): Promise<void> {
    await this.events.insert(manager, {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: record.action,
      subjectType: record.subjectType,
      subjectId: record.subjectId,
      reason: record.reason ?? null,
      // A decision an HR system made through an API key names the key beside the account it acts as.
      data: isApiKeyActor(actor) ? { ...record.data, apiKeyId: actor.apiKey.id } : (record.data ?? {}),
    });
  }
}
