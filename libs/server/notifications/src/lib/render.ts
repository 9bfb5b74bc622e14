/** Renders a notification in one language from its ICU MessageFormat templates. */
import IntlMessageFormat from 'intl-messageformat';
import type { NotificationLocale, NotificationType } from '@jumush/contracts/client';
import { intlLocaleOf } from './locales';
import { SMS_MAX_SEGMENTS, SMS_MAX_SEGMENTS_WITH_REASON, fitsSms, smsLength, truncateSms } from './sms-segments';
import { TEMPLATES } from './templates';

/** Values for a template's placeholders: text, counts (plural) and calendar dates (Date at UTC midnight). */
export type TemplateParams = Record<string, string | number | Date>;

export interface RenderedNotification {
  type: NotificationType;
  locale: NotificationLocale;
  title: string;
  body: string;
  /** Fits SMS_MAX_SEGMENTS, or SMS_MAX_SEGMENTS_WITH_REASON when it carries a reason (see renderSms). */
  sms: string;
}

/**
 * Named formats the templates use: `{date, date, day}` is "5 марта" / "5-март" / "March 5". Calendar
 * dates are formatted in UTC, so a date never shifts by a day with the server's time zone.
 */
const FORMATS = {
  date: { day: { day: 'numeric', month: 'long', timeZone: 'UTC' } },
} as const;

/** Values an SMS shortens first when the text is too long: they only name what the message is about. */
const SHORTENABLE = ['subject', 'vacancyTitle', 'companyName'] as const;
/**
 * Values that are the point of their message — why something was refused, rejected, suspended or returned, what
 * changed in the terms. They are shortened only after everything else, and their SMS may take more parts.
 */
const ESSENTIAL = ['reason', 'comment', 'changes'] as const;
const MIN_SHORTENED = 12;

const compiled = new Map<string, IntlMessageFormat>();

function compile(message: string, locale: NotificationLocale): IntlMessageFormat {
  const key = `${locale}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    // ignoreTag: "<" in a template is text, not rich-text markup.
    format = new IntlMessageFormat(message, intlLocaleOf(locale), FORMATS, { ignoreTag: true });
    compiled.set(key, format);
  }
  return format;
}

export function formatMessage(message: string, locale: NotificationLocale, params: TemplateParams): string {
  const result = compile(message, locale).format<string>(params);
  return Array.isArray(result) ? result.join('') : String(result);
}

function shorten(value: string, by: number): string {
  const chars = Array.from(value);
  const keep = Math.max(MIN_SHORTENED - 1, chars.length - by - 1);
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/** Shortens `keys` of `values` (the longest first, in place) until the text fits `maxSegments` or none can shrink; the last text. */
function shrinkToFit(message: string, locale: NotificationLocale, values: TemplateParams, keys: readonly string[], maxSegments: number): string {
  for (let round = 0; round < 50; round++) {
    const text = formatMessage(message, locale, values);
    const length = smsLength(text);
    if (length.segments <= maxSegments) return text;
    const candidates = keys.filter((key) => {
      const value = values[key];
      return typeof value === 'string' && Array.from(value).length > MIN_SHORTENED;
    });
    if (candidates.length === 0) return text;
    const longest = candidates.reduce((a, b) => (Array.from(String(values[a])).length >= Array.from(String(values[b])).length ? a : b));
    const excess = length.units - length.unitsPerSegment * maxSegments;
    values[longest] = shorten(String(values[longest]), Math.max(1, excess));
  }
  return formatMessage(message, locale, values);
}

/**
 * The SMS text. When it is too long, the title and subject shorten first; a message that carries a reason, a comment
 * or the changed terms then takes up to SMS_MAX_SEGMENTS_WITH_REASON parts rather than lose them, and only beyond
 * that are they shortened too. The whole text is cut last.
 */
export function renderSms(message: string, locale: NotificationLocale, params: TemplateParams, maxSegments = SMS_MAX_SEGMENTS): string {
  const values: TemplateParams = { ...params };
  const text = shrinkToFit(message, locale, values, SHORTENABLE, maxSegments);
  if (fitsSms(text, maxSegments)) return text;
  const essential = ESSENTIAL.filter((key) => typeof values[key] === 'string' && message.includes(`{${key}`));
  if (essential.length === 0) return truncateSms(text, maxSegments);
  const longer = Math.max(maxSegments, SMS_MAX_SEGMENTS_WITH_REASON);
  return truncateSms(shrinkToFit(message, locale, values, essential, longer), longer);
}

export function renderNotification(type: NotificationType, locale: NotificationLocale, params: TemplateParams): RenderedNotification {
  const template = TEMPLATES[locale][type];
  return {
    type,
    locale,
    title: formatMessage(template.title, locale, params),
    body: formatMessage(template.body, locale, params),
    sms: renderSms(template.sms, locale, params),
  };
}
