/** What the product told people: the in-app notification centre of an account, and the SMS and e-mail it captured. */
import { apiCall } from './api';

export interface InAppMessage {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
}

export interface CapturedMessage {
  id: string;
  channel: 'SMS' | 'EMAIL' | 'TELEGRAM' | 'IN_APP';
  recipient: string;
  subject: string | null;
  body: string;
  accountId: string | null;
  outboxId: string | null;
  createdAt: string;
}

/** Tries `find` until it answers something (the worker delivers within seconds), or fails saying what it waited for. */
export async function eventually<T>(what: string, find: () => Promise<T | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== null && found !== undefined) return found;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The newest in-app notifications of the signed-in account. */
export async function inAppMessages(token: string): Promise<InAppMessage[]> {
  return (await apiCall<{ items: InAppMessage[] }>('GET', '/api/notifications?page=1&pageSize=100', token)).items;
}

/** The newest SMS or e-mail the capture adapters kept (admin only). */
export async function capturedMessages(adminToken: string, channel: 'SMS' | 'EMAIL'): Promise<CapturedMessage[]> {
  return (await apiCall<{ items: CapturedMessage[] }>('GET', `/api/admin/captured-messages?channel=${channel}&page=1&pageSize=100`, adminToken))
    .items;
}

/** The web addresses a message's text carries (SMS and e-mail put the link in the text). */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s«»"<>]+/g)].map((m) => m[0].replace(/[.,;:)]+$/, ''));
}

/** The language a Jumush link leads to: its first path segment. */
export function languageOf(link: string): string {
  return new URL(link).pathname.split('/')[1] ?? '';
}

/** The account's notification language, as the API resolves it for that account. */
export async function notificationLanguage(token: string): Promise<string> {
  return (await apiCall<{ locale: string }>('GET', '/api/notifications/preferences', token)).locale;
}

/**
 * The path of the newest link of that kind in an e-mail the worker sent to `address` (the stack's SMTP capture kept
 * it), to open in the browser as its recipient would.
 */
export async function mailedLink(adminToken: string, address: string, kind: '/verify-email/' | '/invitations/' | '/account-setup/'): Promise<string> {
  const link = await eventually(`a ${kind} e-mail to ${address}`, async () => {
    const mails = (await capturedMessages(adminToken, 'EMAIL')).filter((m) => m.recipient === address);
    return mails.flatMap((m) => linksIn(m.body)).find((candidate) => candidate.includes(kind));
  });
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
