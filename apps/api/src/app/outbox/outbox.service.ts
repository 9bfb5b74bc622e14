/**
 * Writes notification requests and reminders in the caller's transaction (transactional outbox): they commit or
 * vanish with the change, and wait in PostgreSQL while Redis is down. The worker relays both.
 */
import { Injectable } from '@nestjs/common';
import type { OutboxTopic } from '@jumush/contracts';
import type { EntityManager } from 'typeorm';
import type { Locale } from '@jumush/domain';
import { FieldCipher } from '@jumush/server/crypto';
import { OutboxMessageEntity, ReminderOutboxEntity } from '@jumush/server/database';
import { ADDRESS_FIELD, LOCALE_FIELD, sealSecret } from '@jumush/server/notifications';
import { remindJobId, type RemindJobData } from '@jumush/server/queues';

export interface OutboxRequest {
  /** One of the catalogued topics (the topic catalogue in @jumush/server/notifications says who hears what). */
  topic: OutboxTopic;
  aggregateType: string;
  aggregateId: string;
  recipientIds: string[];
  payload: Record<string, unknown>;
}

/**
 * A message that carries a one-time secret (a reset code or link, a verification or invitation link): see security.ts
 * in @jumush/server/notifications for where each goes. The secret is sealed here and opened only by the worker.
 */
export interface SecretMessageRequest {
  topic: OutboxTopic;
  aggregateType: string;
  aggregateId: string;
  /** The account it is for, when there is one (an invited address may have none). */
  recipientId: string | null;
  /** For an addressed e-mail (verification, invitation): the address it goes to and its language. */
  to?: { email: string; locale: Locale };
  /** The secret itself. */
  secret: string;
  /** Further values the template shows (never a secret). */
  payload?: Record<string, unknown>;
}

@Injectable()
export class OutboxService {
  constructor(private readonly cipher: FieldCipher) {}

  /** Writes a message carrying a secret in the caller's transaction; the outbox row holds the secret only sealed. */
  async enqueueSecret(manager: EntityManager, request: SecretMessageRequest): Promise<void> {
    const values = request.to ? { ...request.payload, [ADDRESS_FIELD]: request.to.email, [LOCALE_FIELD]: request.to.locale } : { ...request.payload };
    const payload = sealSecret(this.cipher, { topic: request.topic, payload: values }, request.recipientId, request.secret);
    await manager.save(
      manager.create(OutboxMessageEntity, {
        topic: request.topic,
        aggregateType: request.aggregateType,
        aggregateId: request.aggregateId,
        recipientIds: request.recipientId ? [request.recipientId] : [],
        payload,
      }),
    );
  }

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
