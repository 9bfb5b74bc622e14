/** How numbers, money and dates look in the documents: the same in every language, as in Russian and Kyrgyz papers. */
import { assertIsoDate, type IsoDate } from '@jumush/domain';

/** No-break space: "75 000 ₽" never breaks across lines. Text extraction gives it back as U+00A0. */
export const NBSP = '\u00a0';

/** Whole numbers with thousands grouped by no-break spaces, as Russian typesetting does: 75000 → "75 000". */
export function formatWholeNumber(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number: ${value}`);
  const digits = Math.abs(value).toString();
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return (value < 0 ? '−' : '') + groups.join(NBSP);
}

/** Whole roubles: 75000 → "75 000 ₽" (no-break spaces). */
export function formatRoubles(value: number): string {
  return `${formatWholeNumber(value)}${NBSP}₽`;
}

/** A calendar date as people in Russia and Kyrgyzstan write it: "2026-03-14" → "14.03.2026". */
export function formatDate(date: IsoDate): string {
  assertIsoDate(date);
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** Russian noun form after a number: 1 месяц, 2 месяца, 5 месяцев, 11 месяцев, 21 месяц. */
export function russianPlural(count: number, one: string, few: string, many: string): string {
  const n = Math.abs(count) % 100;
  if (n >= 11 && n <= 14) return many;
  switch (n % 10) {
    case 1:
      return one;
    case 2:
    case 3:
    case 4:
      return few;
    default:
      return many;
  }
}
