/**
 * Security messages: a one-time secret (a password reset code or link) and the notice that a password changed. They
 * go to the address the person signs in with (a migrant's phone by SMS, everyone else's e-mail) whatever channels
 * they chose, in their language; a secret never goes to the in-app centre, where anyone holding a signed-in device
 * would read it. The secret travels in the outbox payload sealed (AES-GCM, the field cipher of passport numbers,
 * bound to the recipient's account): only the worker opens it, to render the message.
 */
import { NotificationChannel } from '@jumush/contracts/client';
import { Role } from '@jumush/domain';
import { addressFor, deliveryChannels, type ContactPoints, type NotificationPreferences } from './preferences';
import { securityKindOf, type OutboxEvent } from './topic-catalogue';

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

/** Binds a sealed secret to its account: copied into another account's outbox row, it does not open. */
const sealContext = (accountId: string) => `outbox.oneTimeSecret|${accountId}`;

export function sealSecret(cipher: SecretSealer, accountId: string, secret: string): string {
  return cipher.encrypt(secret, sealContext(accountId));
}

/** The payload with the secret opened for the template of `accountId`'s message; the payload as it was when it has none. */
export function openSealedSecret(payload: Record<string, unknown>, accountId: string, cipher: SecretOpener): Record<string, unknown> {
  const sealed = payload[SEALED_SECRET_FIELD];
  if (typeof sealed !== 'string') return payload;
  const { [SEALED_SECRET_FIELD]: _sealed, ...rest } = payload;
  return { ...rest, [OPENED_SECRET_FIELD]: cipher.decrypt(sealed, sealContext(accountId)) };
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

/** The channels one recipient of an event hears on: a security message's own, otherwise their preferences'. */
export function recipientChannels(
  event: OutboxEvent,
  role: Role,
  preferences: NotificationPreferences,
  contacts: ContactPoints,
  configured: ReadonlySet<NotificationChannel>,
): NotificationChannel[] {
  const kind = securityKindOf(event.topic);
  return kind ? securityChannels(kind, role, contacts, configured) : deliveryChannels(preferences, contacts, configured);
}

/** True when the event's message carries a one-time secret (a capture must not keep it in production). */
export function carriesSecret(event: OutboxEvent): boolean {
  return securityKindOf(event.topic) === 'secret';
}
