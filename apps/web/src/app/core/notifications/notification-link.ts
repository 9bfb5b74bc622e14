import { SUPPORTED_LOCALES } from '@jumush/contracts/client';

/** Where "Open" on a notification goes: a page of this app (a router URL), or another site. */
export type NotificationTarget = { kind: 'app'; url: string } | { kind: 'external'; url: string };

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

/** A path of this app under a language: the link's own language when it has one, the current one otherwise. */
function underLanguage(path: string, lang: string): string {
  if (!path.startsWith('/')) return `/${lang}/${path}`;
  const first = path.split(/[/?#]/)[1] ?? '';
  return (SUPPORTED_LOCALES as readonly string[]).includes(first) ? path : `/${lang}${path}`;
}

/**
 * A notification's link as the router takes it. Messages carry full addresses (`https://jumush.kg/ky/applications/…`,
 * the same text as the SMS and e-mail): one on this site becomes its path; a path is put under the current
 * language when it has none; an address on another site stays external.
 */
export function notificationTarget(link: string, lang: string, origin: string): NotificationTarget {
  const trimmed = link.trim();
  if (trimmed.startsWith('//') || ABSOLUTE.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed, origin);
    } catch {
      return { kind: 'app', url: `/${lang}` };
    }
    if (url.origin !== origin) return { kind: 'external', url: url.href };
    return { kind: 'app', url: underLanguage(`${url.pathname}${url.search}${url.hash}`, lang) };
  }
  return { kind: 'app', url: underLanguage(trimmed, lang) };
}
