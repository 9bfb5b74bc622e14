/**
 * E-mails that carry a single-use secret (an e-mail verification link, an invitation): the API writes the outbox row
 * in the transaction that issued the secret, with the address and the secret **sealed** by the field cipher (the
 * passport-number keyring). The worker opens it just before sending; it never reaches the in-app centre, the
 * notification list, logs or audit data, and the outbox row keeps only the ciphertext after delivery. The e-mail
 * channel keeps nothing of a sent message but the provider's message id (in development the SMTP capture keeps the
 * text in captured_messages: that mode is for development and tests only).
 */
import type { OutboxTopic } from '@jumush/contracts/client';

/** The payload of an addressed e-mail as the API writes it. */
export interface AddressedEmailPayload {
  /** The address it goes to (the one being proven, or the invited one). */
  to: string;
  /** The language to write it in. */
  locale: string;
  /** The secret, encrypted with the field cipher under `sealedSecretContext(topic)`. */
  sealedSecret: string;
  [extra: string]: unknown;
}

/** The field the worker puts the opened secret in, for `notificationContent` only (never written anywhere). */
export const OPENED_SECRET = 'openedSecret';

/** Additional authenticated data: a sealed secret opens only as the secret of its own topic. */
export function sealedSecretContext(topic: OutboxTopic | string): string {
  return `outbox.${topic}.secret`;
}
