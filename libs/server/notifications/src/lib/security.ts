/**
 * Security messages: the one-time secrets (a password reset code or link, an e-mail verification link, a company
 * invitation link) and the notice that a password changed. A reset goes to the address the person signs in with (a
 * migrant's phone by SMS, everyone else's e-mail) whatever channels they chose; a verification or an invitation is an
 * **addressed e-mail**, to the address its payload names (which may have no account yet). A secret never goes to the
 * in-app centre, where anyone holding a signed-in device would read it.
 *
 * The one way a secret travels: the API seals it into the outbox payload (`sealSecret`, AES-GCM with the field cipher
 * of passport numbers, bound to its topic and recipient) in the transaction that issued it; only the worker opens it
 * (`openSealedSecret`), in memory, just before rendering. The outbox row keeps only the ciphertext; in production a
 * capture channel (no real provider) gets no secret at all.
 */
import { NotificationChannel } from '@jumush/contracts/client';
import { Role, maySendSmsTo } from '@jumush/domain';
import { addressFor, deliveryChannels, type ContactPoints, type NotificationPreferences } from './preferences';
import { isAddressedEmailTopic, securityKindOf, type OutboxEvent } from './topic-catalogue';

export type SecurityMessageKind = 'secret' | 'notice';

/** The payload field that holds the sealed secret, and the one the worker puts the opened secret in for the template. */
export const SEALED_SECRET_FIELD = 'sealedSecret';
export const OPENED_SECRET_FIELD = 'secret';

/** What the field cipher offers, structurally (this library does not depend on the crypto one). */
export interface SecretSealer {
  encrypt(plaintext: string, context: string): string;
}
export interface SecretOpener {
  decrypt(ciphertext: string, context: string): string;
}

/** The payload fields of an addressed e-mail: where it goes and in which language. */
export const ADDRESS_FIELD = 'to';
export const LOCALE_FIELD = 'locale';

/**
 * What a sealed secret is bound to (the cipher's additional data): its topic, and the address an addressed e-mail
 * goes to or else the recipient's account. Copied into another row, topic or recipient, it does not open.
 */
function sealContext(event: OutboxEvent, accountId: string | null): string {
  const to = event.payload[ADDRESS_FIELD];
  const recipient = isAddressedEmailTopic(event.topic) ? `to:${typeof to === 'string' ? to.toLowerCase() : ''}` : `account:${accountId ?? ''}`;
  return `outbox.oneTimeSecret|${event.topic}|${recipient}`;
}

/** The event's payload with `secret` sealed in it, for the outbox row (the API's only way to write a secret there). */
export function sealSecret(cipher: SecretSealer, event: OutboxEvent, accountId: string | null, secret: string): Record<string, unknown> {
  return { ...event.payload, [SEALED_SECRET_FIELD]: cipher.encrypt(secret, sealContext(event, accountId)) };
}

/**
 * The payload with the secret opened for the template of `accountId`'s message (the worker's only way to read one);
 * the payload as it was when it has none.
 */
export function openSealedSecret(event: OutboxEvent, accountId: string | null, cipher: SecretOpener): Record<string, unknown> {
  const sealed = event.payload[SEALED_SECRET_FIELD];
  if (typeof sealed !== 'string') return event.payload;
  const { [SEALED_SECRET_FIELD]: _sealed, ...rest } = event.payload;
  return { ...rest, [OPENED_SECRET_FIELD]: cipher.decrypt(sealed, sealContext(event, accountId)) };
}

/** The channel of the person's sign-in address: migrants sign in with their phone, everyone else with e-mail. */
export function signInChannel(role: Role): NotificationChannel {
  return role === Role.Migrant ? NotificationChannel.Sms : NotificationChannel.Email;
}

/** A security message's channels: the sign-in address's (when configured and known), and IN_APP for a notice only. */
export function securityChannels(
  kind: SecurityMessageKind,
  role: Role,
  contacts: ContactPoints,
  configured: ReadonlySet<NotificationChannel>,
): NotificationChannel[] {
  const channel = signInChannel(role);
  const external = configured.has(channel) && addressFor(channel, contacts, '') !== null ? [channel] : [];
  return kind === 'notice' ? [NotificationChannel.InApp, ...external] : external;
}

/**
 * The channels one recipient of an event hears on: a security message's own, otherwise their preferences'. A number
 * not yet proven is no SMS address but for one-time secrets (the code that proves it, a reset code asked for): the
 * message goes on the person's other channels (in-app always, Telegram or e-mail when chosen) instead.
 */
export function recipientChannels(
  event: OutboxEvent,
  role: Role,
  preferences: NotificationPreferences,
  contacts: ContactPoints,
  configured: ReadonlySet<NotificationChannel>,
): NotificationChannel[] {
  const kind = securityKindOf(event.topic);
  const reachable = maySendSmsTo({ verified: contacts.phoneVerified }, { carriesSecret: kind === 'secret' })
    ? contacts
    : { ...contacts, phone: null };
  return kind ? securityChannels(kind, role, reachable, configured) : deliveryChannels(preferences, reachable, configured);
}

/** True when the event's message carries a one-time secret (never in-app; a capture must not keep it in production). */
export function carriesSecret(event: OutboxEvent): boolean {
  return securityKindOf(event.topic) === 'secret';
}
