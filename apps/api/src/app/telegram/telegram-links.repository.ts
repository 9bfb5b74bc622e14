/**
 * The SQL of linking Telegram chats: the one-time link tokens and the chat id on notification_preferences.
 * Statement builders are pure (unit-tested); the repository runs them on the EntityManager it is given, so the
 * service decides what shares a transaction.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationChannel } from '@jumush/contracts';
import type { Role } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import type { SqlQuery } from '../vacancies/vacancy-search';

export interface LinkStatusRow {
  linked: boolean;
}

export interface UnlinkedChatRow {
  chat_id: string;
}

export interface ConsumedTokenRow {
  account_id: string;
  /** Whether the token had not expired at the moment given. */
  valid: boolean;
}

export interface StoppedAccountRow {
  account_id: string;
  role: Role;
}

/** The account's role and languages, and the channels it chose (null when it never chose). */
export interface LinkAccountRow {
  role: Role;
  locale: string | null;
  notification_locale: string | null;
  channels: string[] | null;
}

export function linkStatusStatement(accountId: string): SqlQuery {
  return {
    text: 'SELECT telegram_chat_id IS NOT NULL AS linked FROM notification_preferences WHERE account_id = $1',
    values: [accountId],
  };
}

/** One token per account: a new one replaces (and so voids) the previous. */
export function saveLinkTokenStatement(accountId: string, tokenHash: string, expiresAt: Date): SqlQuery {
  return {
    text: `INSERT INTO telegram_link_tokens (account_id, token_hash, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (account_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at, created_at = now()`,
    values: [accountId, tokenHash, expiresAt],
  };
}

/** Deleting is what makes the token single-use: of two concurrent /start, one gets the row. */
export function consumeLinkTokenStatement(tokenHash: string, now: Date): SqlQuery {
  return {
    text: 'DELETE FROM telegram_link_tokens WHERE token_hash = $1 RETURNING account_id, expires_at > $2 AS valid',
    values: [tokenHash, now],
  };
}

/** The account's chat, let go of (the row locked first), and the Telegram channel switched off. */
export function unlinkAccountStatement(accountId: string): SqlQuery {
  return {
    text: `WITH linked AS (
           SELECT account_id, telegram_chat_id FROM notification_preferences WHERE account_id = $1 AND telegram_chat_id IS NOT NULL FOR UPDATE
         )
         UPDATE notification_preferences p SET telegram_chat_id = NULL, channels = array_remove(p.channels, '${NotificationChannel.Telegram}'), updated_at = now()
           FROM linked WHERE p.account_id = linked.account_id
         RETURNING linked.telegram_chat_id AS chat_id`,
    values: [accountId],
  };
}

/** Every account linked to the chat lets go of it, with the Telegram channel. */
export function unlinkChatStatement(chatId: string): SqlQuery {
  return {
    text: `UPDATE notification_preferences p SET telegram_chat_id = NULL, channels = array_remove(p.channels, '${NotificationChannel.Telegram}'), updated_at = now()
           FROM accounts a WHERE a.id = p.account_id AND p.telegram_chat_id = $1
         RETURNING p.account_id, a.role`,
    values: [chatId],
  };
}

/** Stores the chat and the channels (which the caller has decided), creating the preferences row if need be. */
export function linkChatStatement(accountId: string, chatId: string, channels: readonly string[]): SqlQuery {
  return {
    text: `INSERT INTO notification_preferences (account_id, channels, telegram_chat_id) VALUES ($1, $2::notification_channel[], $3)
       ON CONFLICT (account_id) DO UPDATE SET channels = EXCLUDED.channels, telegram_chat_id = EXCLUDED.telegram_chat_id, updated_at = now()`,
    values: [accountId, channels, chatId],
  };
}

export function linkAccountStatement(accountId: string): SqlQuery {
  return {
    text: `SELECT a.role, a.locale, p.locale AS notification_locale, p.channels::text[] AS channels
         FROM accounts a LEFT JOIN notification_preferences p ON p.account_id = a.id WHERE a.id = $1`,
    values: [accountId],
  };
}

/** The migrant whose check-in it is, when this chat is the one they linked (and their account still stands). */
export interface CheckInOwnerRow {
  account_id: string;
  origin_country: string | null;
  locale: string | null;
  notification_locale: string | null;
}

export function checkInOwnerOfChatStatement(checkInId: string, chatId: string): SqlQuery {
  return {
    text: `SELECT p.account_id, p.origin_country, ac.locale, np.locale AS notification_locale
         FROM check_ins c JOIN applications a ON a.id = c.application_id JOIN candidate_profiles p ON p.id = a.candidate_id
         JOIN accounts ac ON ac.id = p.account_id AND ac.disabled_at IS NULL
         JOIN notification_preferences np ON np.account_id = p.account_id AND np.telegram_chat_id = $2
        WHERE c.id = $1`,
    values: [checkInId, chatId],
  };
}

const run = <T>(manager: EntityManager, { text, values }: SqlQuery) => queryRows<T>(manager, text, values);

@Injectable()
export class TelegramLinksRepository {
  async isLinked(manager: EntityManager, accountId: string): Promise<boolean> {
    const [row] = await run<LinkStatusRow>(manager, linkStatusStatement(accountId));
    return row?.linked ?? false;
  }

  async saveLinkToken(manager: EntityManager, accountId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await run(manager, saveLinkTokenStatement(accountId, tokenHash, expiresAt));
  }

  /** The token's account and whether it was still valid at `now`, or undefined for an unknown (or used) token. */
  async consumeLinkToken(manager: EntityManager, tokenHash: string, now: Date): Promise<ConsumedTokenRow | undefined> {
    const [row] = await run<ConsumedTokenRow>(manager, consumeLinkTokenStatement(tokenHash, now));
    return row;
  }

  unlinkAccount(manager: EntityManager, accountId: string): Promise<UnlinkedChatRow[]> {
    return run<UnlinkedChatRow>(manager, unlinkAccountStatement(accountId));
  }

  unlinkChat(manager: EntityManager, chatId: string): Promise<StoppedAccountRow[]> {
    return run<StoppedAccountRow>(manager, unlinkChatStatement(chatId));
  }

  async linkChat(manager: EntityManager, accountId: string, chatId: string, channels: readonly string[]): Promise<void> {
    await run(manager, linkChatStatement(accountId, chatId, channels));
  }

  async checkInOwnerOfChat(manager: EntityManager, checkInId: string, chatId: string): Promise<CheckInOwnerRow | undefined> {
    const [row] = await run<CheckInOwnerRow>(manager, checkInOwnerOfChatStatement(checkInId, chatId));
    return row;
  }

  async account(manager: EntityManager, accountId: string): Promise<LinkAccountRow | undefined> {
    const [row] = await run<LinkAccountRow>(manager, linkAccountStatement(accountId));
    return row;
  }
}
