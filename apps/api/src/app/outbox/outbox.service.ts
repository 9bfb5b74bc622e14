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
import { sealedSecretContext, type AddressedEmailPayload } from '@jumush/server/notifications';
import { remindJobId, type RemindJobData } from '@jumush/server/queues';

export interface OutboxRequest {
  /** One of the catalogued topics (the topic catalogue in @jumush/server/notifications says who hears what). */
  topic: OutboxTopic;
  aggregateType: string;
  aggregateId: string;
  recipientIds: string[];
  payload: Record<string, unknown>;
}

/** An e-mail that carries a single-use secret, to one address (see addressed-emails.ts in @jumush/server/notifications). */
export interface AddressedEmailRequest {
  topic: OutboxTopic;
  aggregateType: string;
  aggregateId: string;
  /** The account the address belongs to, when there is one (an invited address may have none). */
  recipientId: string | null;
  to: string;
  locale: Locale;
  /** The secret itself: sealed here, opened only by the worker that sends the e-mail. */
  secret: string;
  /** Further values the template shows (no secrets). */
  extra?: Record<string, string | null>;
}

@Injectable()
export class OutboxService {
  constructor(private readonly cipher: FieldCipher) {}

  /** Writes an addressed e-mail in the caller's transaction; the secret is stored only encrypted. */
  async enqueueAddressedEmail(manager: EntityManager, request: AddressedEmailRequest): Promise<void> {
    const payload: AddressedEmailPayload = {
      ...request.extra,
      to: request.to,
      locale: request.locale,
      sealedSecret: this.cipher.encrypt(request.secret, sealedSecretContext(request.topic)),
    };
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
