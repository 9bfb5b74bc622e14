/**
 * Numbers, money and dates in the interface language, with the browser's Intl. Kyrgyz, Uzbek and Tajik are
 * formatted from Angular's locale data instead (about 1.6 kB each): Chromium's reduced ICU (Android phones,
 * Debian) has no Tajik at all, prints Uzbek dates as "2026 M03 21" and Kyrgyz ones in Russian («31 января
 * 2027 г.»), so the browser cannot be trusted with them.
 */
import { formatDate as formatWithLocaleData, formatNumber as formatNumberWithLocaleData, registerLocaleData } from '@angular/common';
import localeKyrgyz from '@angular/common/locales/ky';
import localeTajik from '@angular/common/locales/tg';
import localeUzbekLatin from '@angular/common/locales/uz-Latn';

/** Our language codes whose formats come from Angular's locale data, registered under the same codes. */
const WITH_LOCALE_DATA = new Set(['ky', 'uz', 'tg']);
registerLocaleData(localeKyrgyz, 'ky');
registerLocaleData(localeUzbekLatin, 'uz');
registerLocaleData(localeTajik, 'tg');

/** Angular's "no time zone shift" for calendar dates. */
const UTC = '+0000';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function locales(lang: string): string[] {
  return lang === 'ky' ? ['ky', 'ru'] : [lang];
}

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** "75 000" (ru, ky) or "75,000" (en). */
export function formatNumber(value: number, lang: string): string {
  if (WITH_LOCALE_DATA.has(lang)) return formatNumberWithLocaleData(value, lang, '1.0-0');
  return cached(`n:${lang}`, () => new Intl.NumberFormat(locales(lang), { maximumFractionDigits: 0 })).format(value);
}

/** A number with at most `digits` decimals, in the language's way: an average score «4,5» (ru), «4.5» (en). */
export function formatDecimal(value: number, lang: string, digits = 1): string {
  if (WITH_LOCALE_DATA.has(lang)) return formatNumberWithLocaleData(value, lang, `1.0-${digits}`);
  return cached(`d${digits}:${lang}`, () => new Intl.NumberFormat(locales(lang), { maximumFractionDigits: digits })).format(value);
}

/** Whole roubles with the sign after the number, as Russian ads write it: «75 000 ₽». */
export function formatRoubles(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return `${formatNumber(value, lang)}\u00a0₽`;
}

/** Roubles with kopecks where there are any (a wage per hour): «96,15 ₽», «96,20 ₽», «156 ₽». */
export function formatRoublesAndKopecks(value: number, lang: string): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return formatRoubles(value, lang);
  const number = WITH_LOCALE_DATA.has(lang)
    ? formatNumberWithLocaleData(value, lang, '1.2-2')
    : cached(`k:${lang}`, () => new Intl.NumberFormat(locales(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(value);
  return `${number}\u00a0₽`;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date ('2026-03-01', no time zone) or a timestamp, as "1 March 2026" in the language.
 * Calendar dates are formatted in UTC so that no time zone shifts them by a day.
 */
export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return '';
  const calendar = CALENDAR_DATE.exec(value);
  const date = calendar ? new Date(Date.UTC(+calendar[1], +calendar[2] - 1, +calendar[3])) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (WITH_LOCALE_DATA.has(lang)) return formatWithLocaleData(date, 'longDate', lang, calendar ? UTC : undefined);
  const key = `d:${lang}:${calendar ? 'utc' : 'local'}`;
  return cached(
    key,
    () =>
      new Intl.DateTimeFormat(locales(lang), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        ...(calendar ? { timeZone: 'UTC' } : {}),
      }),
  ).format(date);
}

/** A timestamp with the time: "1 March 2026, 14:05". */
export function formatDateTime(value: string | null | undefined, lang: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (WITH_LOCALE_DATA.has(lang)) return `${formatWithLocaleData(date, 'longDate', lang)}, ${formatWithLocaleData(date, 'HH:mm', lang)}`;
  return cached(
    `dt:${lang}`,
    () =>
      new Intl.DateTimeFormat(locales(lang), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
  ).format(date);
}

/** 'YYYY-MM' as "March 2026". */
export function formatMonth(value: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, 1));
  if (WITH_LOCALE_DATA.has(lang)) return formatWithLocaleData(date, 'LLLL y', lang, UTC);
  return cached(`m:${lang}`, () => new Intl.DateTimeFormat(locales(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(date);
}

/** "1.2 MB" style sizes of uploaded files. */
export function formatFileSize(bytes: number, lang: string): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${formatNumber(Math.round(kilobytes), lang)} KB`;
  const megabytes = kilobytes / 1024;
  if (WITH_LOCALE_DATA.has(lang)) return `${formatNumberWithLocaleData(megabytes, lang, '1.0-1')} MB`;
  const format = cached(`mb:${lang}`, () => new Intl.NumberFormat(locales(lang), { maximumFractionDigits: 1 }));
  return `${format.format(megabytes)} MB`;
}

/** Today's calendar date in the browser's time zone, 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Plural categories used by the translation files: every plural key has all four forms. */
export type PluralForm = 'one' | 'few' | 'many' | 'other';

export function pluralForm(count: number, lang: string): PluralForm {
  const category = cached(`p:${lang}`, () => new Intl.PluralRules(locales(lang))).select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}
